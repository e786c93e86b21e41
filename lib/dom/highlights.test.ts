// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HighlightLayer } from './highlights.ts';
import { fakeHighlightApi } from './testing.ts';
import { collectText, rangeFor, textOf } from './text-index.ts';

function setup(html: string) {
  document.body.innerHTML = html;
  const ix = collectText(document.body);
  const text = textOf(ix);
  const range = (word: string, from = 0) => {
    const start = text.indexOf(word, from);
    return rangeFor(ix, { start, end: start + word.length })!;
  };
  return { range };
}

describe('HighlightLayer', () => {
  it('registers one highlight per kind under chiplens-<kind>, one range per mention, and leaves the DOM alone', () => {
    const { range } = setup('<p>Nvidia sells the H20 and the H100; Hygon rose 6%.</p>');
    const html = document.body.innerHTML;
    const api = fakeHighlightApi();
    const layer = new HighlightLayer<string>(api, document);
    layer.add('company', range('Nvidia'), 'nvidia');
    layer.add('chip', range('H100'), 'h100');
    layer.add('chip', range('H20'), 'h20');
    layer.add('figure', range('6%'), 'pct');
    expect([...api.registry.keys()].sort()).toEqual(['chiplens-chip', 'chiplens-company', 'chiplens-figure']);
    expect(api.texts('chiplens-chip')).toEqual(['H20', 'H100']);
    expect(layer.size).toBe(4);
    expect(layer.count('chip')).toBe(2);
    expect(document.body.innerHTML).toBe(html);
    // Document order, whatever the order of adding.
    expect(layer.ordered().map((r) => r.toString())).toEqual(['Nvidia', 'H20', 'H100', '6%']);
  });

  it('removes some ranges, or a kind, or all, and unregisters only its own highlights', () => {
    const { range } = setup('<p>Nvidia sells the H20 and the H100.</p>');
    const api = fakeHighlightApi();
    const layer = new HighlightLayer<string>(api, document);
    layer.add('company', range('Nvidia'), 'nvidia');
    layer.add('chip', range('H100'), 'h100');
    layer.add('chip', range('H20'), 'h20');
    expect(layer.removeWhere((h) => h.value === 'h20')).toBe(1);
    expect(api.texts('chiplens-chip')).toEqual(['H100']);
    layer.clear(['chip']);
    expect(api.registry.has('chiplens-chip')).toBe(false);
    expect(layer.size).toBe(1);
    // A page that put its own highlight under our name keeps it.
    const theirs = api.create('chip');
    api.registry.set('chiplens-company', theirs);
    layer.clear();
    expect(api.registry.get('chiplens-company')).toBe(theirs);
    expect(layer.size).toBe(0);
  });

  it("hit-tests with the registry's highlightsFromPoint where there is no caret API, keeping only its own ranges", () => {
    const { range } = setup('<p>Nvidia sells the H20.</p>');
    const api = fakeHighlightApi();
    const layer = new HighlightLayer<string>(api, document);
    const h20 = range('H20');
    layer.add('chip', h20, 'h20');
    const foreign = range('Nvidia');
    (api.registry as unknown as { highlightsFromPoint: unknown }).highlightsFromPoint = (x: number) =>
      x > 10 ? [{ highlight: api.registry.get('chiplens-chip'), ranges: [h20] }, { highlight: {}, ranges: [foreign] }] : [];
    expect(layer.at(20, 5).map((h) => [h.kind, h.value, h.range.toString()])).toEqual([['chip', 'h20', 'H20']]);
    expect(layer.at(1, 5)).toEqual([]);
  });
});

describe('HighlightLayer on a long page', () => {
  /** An IntersectionObserver stand-in: the test says which targets are near the viewport. */
  function fakeObserver() {
    const observers: { callback: (records: IntersectionObserverEntry[]) => void; targets: Element[] }[] = [];
    class FakeIO {
      targets: Element[] = [];
      constructor(private readonly callback: (records: IntersectionObserverEntry[]) => void) {
        observers.push(this as unknown as (typeof observers)[number]);
      }
      observe(t: Element) {
        this.targets.push(t);
      }
      unobserve(t: Element) {
        this.targets = this.targets.filter((x) => x !== t);
      }
      disconnect() {
        this.targets = [];
      }
      /** Reports every target, near when `near(target)` says so. */
      report(near: (t: Element) => boolean) {
        this.callback(this.targets.map((target) => ({ target, isIntersecting: near(target) }) as unknown as IntersectionObserverEntry));
      }
    }
    return { FakeIO, observer: () => observers[0] as unknown as FakeIO };
  }

  it('paints all ranges up to its limit, then only those near the viewport, and takes the others out', () => {
    const n = 600;
    document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p id="p${i}">Nvidia ${i}</p>`).join('');
    const io = fakeObserver();
    const view = document.defaultView as unknown as { IntersectionObserver: unknown };
    const saved = view.IntersectionObserver;
    view.IntersectionObserver = io.FakeIO;
    try {
      const api = { ...fakeHighlightApi(), nearViewportOnly: true };
      const layer = new HighlightLayer<number>(api, document);
      const ranges = [...document.querySelectorAll('p')].map((p) => {
        const r = document.createRange();
        r.setStart(p.firstChild!, 0);
        r.setEnd(p.firstChild!, 6);
        return r;
      });
      ranges.forEach((r, i) => layer.add('company', r, i));
      // Painted as they came while the layer was small: the first 500.
      expect(layer.count('company')).toBe(500);
      // The observer's first report: only p0–p9 and p550–p559 are near.
      const near = (t: Element) => /^p(\d|55\d)$/.test(t.id);
      io.observer().report(near);
      expect(layer.count('company')).toBe(20);
      expect(ranges.filter((r) => layer.painted(r)).map((r) => (r.startContainer.parentNode as Element).id)).toEqual(
        [...Array.from({ length: 10 }, (_, i) => `p${i}`), ...Array.from({ length: 10 }, (_, i) => `p55${i}`)],
      );
      // Scrolled: p100–p109 come near, the others leave.
      io.observer().report((t) => /^p10\d$/.test(t.id));
      expect(ranges.filter((r) => layer.painted(r)).map((r) => (r.startContainer.parentNode as Element).id)).toEqual(Array.from({ length: 10 }, (_, i) => `p10${i}`));
    } finally {
      view.IntersectionObserver = saved;
    }
  });
});
