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
