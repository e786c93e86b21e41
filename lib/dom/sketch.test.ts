import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { holdsChipCue, mayBeChipPage } from '../gate/prefilter.ts';
import { QUICK_TEXT_MAX, quickLook, sketchPage } from './sketch.ts';

const windows: Window[] = [];
/** A document of its own, parsed as a browser parses a page. */
const page = (html: string, head = '') => {
  const w = new Window({
    url: 'https://news.example/',
    // The page as served: its scripts neither run nor load, nor do its stylesheets.
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(w);
  w.document.write(`<!doctype html><html><head>${head}</head><body>${html}</body></html>`);
  return w.document as unknown as Document;
};
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

const dir = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
/**
 * The cost corpus and the samples, up to 30 kB: happy-dom's `Range` reads a page in time that grows with the square
 * of its size (seconds for the largest). The largest corpus pages are checked in Chromium by the first-stage browser
 * test, which opens every corpus page that names a chip word and expects its first stage to ask.
 */
const PAGES = [
  ...readdirSync(dir('../../bench/cost-pages/')).map((f) => dir(`../../bench/cost-pages/${f}`)),
  ...readdirSync(dir('../../samples/')).filter((f) => f.endsWith('.html')).map((f) => dir(`../../samples/${f}`)),
].filter((f) => statSync(f).size < 30_000);
/** The body of an HTML file, with the whitespace between tags removed as minifiers do (words of two elements touch). */
const minified = (html: string) => html.replace(/>\s+</g, '><');
const bodyOf = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
const headOf = (html: string) => /<head[^>]*>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? '';

describe('quickLook', () => {
  it('reads the title, description, all headings and the body text, without what the sketch always leaves out', () => {
    const text = quickLook(
      page(
        '<header><h1>Chip news</h1><nav>Menu words</nav></header><p>Body <b>text</b> here.</p><script>var secret = 1;</script>' +
          '<style>.x{}</style><div hidden>Hidden text</div><div aria-hidden="true">Aria hidden</div><div role="navigation">Role nav</div>' +
          '<div contenteditable="">Draft</div><div contenteditable="false">Fixed text</div><footer>Footer words</footer>',
        '<title>The title</title><meta name="description" content="The description">',
      ),
    )!;
    for (const kept of ['The title', 'The description', 'Chip news', 'Body text here.', 'Fixed text']) expect(text).toContain(kept);
    for (const left of ['Menu words', 'var secret', '.x{}', 'Hidden text', 'Aria hidden', 'Role nav', 'Draft', 'Footer words']) expect(text).not.toContain(left);
  });

  it('gives up on a page with more text than it reads', () => {
    expect(quickLook(page(`<p>${'word '.repeat(QUICK_TEXT_MAX / 5 + 10)}</p>`))).toBeNull();
    expect(quickLook(page('<p>short</p>'))).toContain('short');
  });

  it('takes no decade for a Huawei model number', () => {
    expect(holdsChipCue('in den 1960er jahren und 1990ern; the 1970s and the 1980s')).toBe(false);
    expect(holdsChipCue('preis910c')).toBe(true);
    expect(holdsChipCue('das ascend 950pr')).toBe(true);
  });

  it('finds a chip word that runs into the word of the element before it', () => {
    expect(holdsChipCue(quickLook(page('<h2>Markt</h2><p>Nvidia meldet Rekord</p>'))!)).toBe(true);
    expect(holdsChipCue(quickLook(page('<p>Preis</p><p>H20</p>'))!)).toBe(true);
  });

  // Some seconds in happy-dom (see PAGES), more on a busy machine: the default five-second limit is too tight.
  it('is quiet on most pages about other things, as the sketch is', { timeout: 60_000 }, () => {
    let quiet = 0;
    for (const file of PAGES) {
      const html = readFileSync(file, 'utf8');
      const d = page(bodyOf(html), headOf(html));
      if (!holdsChipCue(quickLook(d) ?? 'x')) quiet++;
    }
    // 41 of the 55 pages up to 30 kB: 6 are chip samples or a crisps test, the rest hold a cue inside a word
    // ("Donauradweg") or name one outside what the sketch reads; those the sketch then reads.
    expect(quiet).toBeGreaterThanOrEqual(40);
  });

  // What the first stage rests on: a quiet quick look means the sketch names no chip cue either, so the page
  // would not have been asked about.
  it.each(PAGES.map((f) => [f.split('/').pop()!, f]))('says yes wherever the sketch does: %s, as written and minified', (_name, file) => {
    const html = readFileSync(file, 'utf8');
    for (const variant of [html, minified(html)]) {
      const d = page(bodyOf(variant), headOf(variant));
      const look = quickLook(d);
      if (look !== null && mayBeChipPage(sketchPage(d))) expect(holdsChipCue(look)).toBe(true);
    }
  }, 30_000);

  it('says yes wherever the sketch does, on chip words in every kind of place', () => {
    const places = [
      (w: string) => `<p>Heute: ${w}</p>`,
      (w: string) => `<p>Der Markt</p><p>${w} legt zu</p>`,
      (w: string) => `<ul><li>Eins</li><li><a href="#">x</a> ${w}</li></ul>`,
      (w: string) => `<article><h2>Titel</h2><p><b>${w}</b>-Chips</p></article>`,
      (w: string) => `<table><tr><td>2025</td><td>${w}</td></tr></table>`,
    ];
    let asked = 0;
    for (const w of ['Nvidia', 'SK Hynix', 'H200', 'MI300X', 'Halbleiter', 'Chipriesen', '3 nm', 'Ascend 910C', 'TSMCs', 'GPU']) {
      for (const place of places) {
        const d = page(place(w));
        if (!mayBeChipPage(sketchPage(d))) continue;
        asked++;
        expect(holdsChipCue(quickLook(d)!), place(w)).toBe(true);
      }
    }
    expect(asked).toBeGreaterThan(30);
  });
});
