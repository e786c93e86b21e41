// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { EarlyPaint, type PaintSpan } from './early-paint.ts';
import { HighlightLayer } from './highlights.ts';
import { sketchPage, type SketchNode } from './sketch.ts';
import { fakeHighlightApi } from './testing.ts';

const ARTICLE = `<article><h1>Nvidia stoppt die H20</h1>
  <p>Nvidia hat die Fertigung der <b>H20</b>-Chips angehalten, meldet die Zeitung.</p>
  <p>Der Umsatz lag bei 4,5 Milliarden Dollar; <a href="/x">AMD</a> folgt mit dem MI308.</p>
  <p>${'Weitere Sätze über den Markt in China und die Lage der Branche. '.repeat(4)}</p></article>`;

/** The sketch's main text and nodes, and the spans of some words in it. */
function sketch(words: [string, PaintSpan[2]][]) {
  const nodes: SketchNode[] = [];
  const text = sketchPage(document, nodes).main;
  let from = 0;
  const spans: PaintSpan[] = words.map(([w, kind]) => {
    const start = text.indexOf(w, from);
    from = start + w.length;
    return [start, start + w.length, kind];
  });
  return { text, nodes, spans };
}

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
});

describe('the sketch behind early highlights', () => {
  it('records each text node of the main text where its text starts', () => {
    const nodes: SketchNode[] = [];
    const text = sketchPage(document, nodes).main;
    expect(nodes.length).toBeGreaterThan(4);
    for (const { node, at } of nodes) expect(text.slice(at, at + node.data.length)).toBe(node.data);
  });

  it('leaves out editable regions', () => {
    document.body.innerHTML = `<article><p>${'Nvidia liefert den H20 nach China. '.repeat(8)}</p><div contenteditable="true">AMD MI308 im Entwurf</div></article>`;
    expect(sketchPage(document).main).not.toContain('MI308');
  });
});

describe('EarlyPaint', () => {
  it('shows the spans as ranges over the page text, under the kinds’ highlight names, and leaves the DOM alone', () => {
    const html = document.body.innerHTML;
    const api = fakeHighlightApi();
    const { text, nodes, spans } = sketch([['Nvidia', 'company'], ['H20', 'chip'], ['4,5 Milliarden Dollar', 'figure'], ['AMD', 'company'], ['MI308', 'chip']]);
    const paint = new EarlyPaint(api, document);
    expect(paint.show(text, nodes, { spans, colors: {} })).toBe(5);
    expect(api.texts('chiplens-company')).toEqual(['Nvidia', 'AMD']);
    expect(api.texts('chiplens-chip')).toEqual(['H20', 'MI308']);
    expect(api.texts('chiplens-figure')).toEqual(['4,5 Milliarden Dollar']);
    expect(document.body.innerHTML).toBe(html);
  });

  it('skips a span whose text changed since the sketch, or that runs across elements', () => {
    const api = fakeHighlightApi();
    const { text, nodes, spans } = sketch([['Nvidia', 'company'], ['H20', 'chip'], ['AMD', 'company']]);
    // Across elements: "H20-Chips" is "<b>H20</b>" and "-Chips".
    const across = text.indexOf('H20-Chips');
    const crossing: PaintSpan = [across, across + 'H20-Chips'.length, 'chip'];
    document.querySelector('a')!.firstChild!.textContent = 'Intel';
    const paint = new EarlyPaint(api, document);
    paint.show(text, nodes, { spans: [...spans, crossing].sort((x, y) => x[0] - y[0]), colors: {} });
    expect(api.texts('chiplens-company')).toEqual(['Nvidia']);
    expect(api.texts('chiplens-chip')).toEqual(['H20']);
  });

  it('is taken over by the annotator’s layer: same Highlight objects, confirmed ranges replaced, the rest gone at release', () => {
    const api = fakeHighlightApi();
    const { text, nodes, spans } = sketch([['Nvidia', 'company'], ['H20', 'chip'], ['AMD', 'company'], ['MI308', 'chip']]);
    const paint = new EarlyPaint(api, document);
    paint.show(text, nodes, { spans, colors: {} });
    const early = { chip: api.registry.get('chiplens-chip'), company: api.registry.get('chiplens-company') };
    const layer = new HighlightLayer<string>({ ...api, create: (kind) => paint.adopt(kind) ?? api.create(kind) }, document);
    // The annotator finds Nvidia and the MI308 again (its own Range objects over the same text), not AMD and H20.
    const shown = ['chiplens-chip', 'chiplens-company'].flatMap((n) => [...(api.registry.get(n) as unknown as Set<Range>)]);
    for (const r of shown) {
      if (r.toString() !== 'Nvidia' && r.toString() !== 'MI308') continue;
      const mine = document.createRange();
      mine.setStart(r.startContainer, r.startOffset);
      mine.setEnd(r.endContainer, r.endOffset);
      paint.confirm(mine);
      layer.add(r.toString() === 'Nvidia' ? 'company' : 'chip', mine, r.toString());
    }
    expect(api.registry.get('chiplens-chip')).toBe(early.chip);
    expect(api.registry.get('chiplens-company')).toBe(early.company);
    expect(api.texts('chiplens-company')).toEqual(['Nvidia', 'AMD']);
    expect(api.texts('chiplens-chip')).toEqual(['H20', 'MI308']);
    paint.release();
    expect(api.texts('chiplens-company')).toEqual(['Nvidia']);
    expect(api.texts('chiplens-chip')).toEqual(['MI308']);
    expect(api.registry.get('chiplens-chip')).toBe(early.chip);
    expect(paint.size).toBe(0);
  });

  it('takes its own highlights and stylesheet away on release when nobody adopted them', () => {
    const api = fakeHighlightApi();
    const { text, nodes, spans } = sketch([['Nvidia', 'company'], ['4,5 Milliarden Dollar', 'figure']]);
    const sheets = () => document.adoptedStyleSheets.length + document.querySelectorAll('style').length;
    const before = sheets();
    const paint = new EarlyPaint(api, document);
    paint.show(text, nodes, { spans, colors: { company: '#112233' } });
    expect(sheets()).toBe(before + 1);
    // Something else took the figure name meanwhile: it stays.
    const theirs = api.create('figure');
    api.registry.set('chiplens-figure', theirs);
    paint.release();
    expect([...api.registry.keys()]).toEqual(['chiplens-figure']);
    expect(api.registry.get('chiplens-figure')).toBe(theirs);
    expect(sheets()).toBe(before);
  });

  it('hands its stylesheet over: released, the sheet stays for the annotator', () => {
    const { text, nodes, spans } = sketch([['Nvidia', 'company']]);
    const sheets = () => document.adoptedStyleSheets.length + document.querySelectorAll('style').length;
    const before = sheets();
    const paint = new EarlyPaint(fakeHighlightApi(), document);
    paint.show(text, nodes, { spans, colors: {} });
    const styles = paint.adoptStyles();
    expect(styles).toBeDefined();
    paint.release();
    expect(sheets()).toBe(before + 1);
    styles!.remove();
    expect(sheets()).toBe(before);
  });

  it('shows no more than its cap', () => {
    document.body.innerHTML = `<article><p>${'Nvidia '.repeat(700)}</p></article>`;
    const nodes: SketchNode[] = [];
    const text = sketchPage(document, nodes).main;
    const spans: PaintSpan[] = [];
    for (let i = text.indexOf('Nvidia'); i >= 0; i = text.indexOf('Nvidia', i + 1)) spans.push([i, i + 6, 'company']);
    const paint = new EarlyPaint(fakeHighlightApi(), document);
    expect(paint.show(text, nodes, { spans, colors: {} })).toBe(500);
  });
});
