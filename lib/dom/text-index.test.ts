// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, chunkEnd, collectText, offsetsOf, partAt, rangeFor, textOf, TextCollector } from './text-index.ts';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectText', () => {
  it('keeps every text node exactly and puts a separator between blocks, not inside inline elements', () => {
    const body = page('<h1>Nvidia <b>H20</b></h1><p>Hygon rose <a href="#">6 %</a>.</p><ul><li>SMIC</li><li>TSMC</li></ul>');
    const ix = collectText(body);
    expect(textOf(ix)).toBe('Nvidia H20\nHygon rose 6 %.\nSMIC\nTSMC\n');
    ix.nodes.forEach((n, i) => {
      if (n) expect(textOf(ix, ix.starts[i], ix.starts[i] + n.data.length)).toBe(n.data);
      else expect(ix.parts[i]).toBe(BLOCK_SEPARATOR);
    });
  });

  it('leaves out code, styles, forms, editable areas, hidden elements, ignored elements and our own UI', () => {
    const body = page(`
      <p>Kept one.</p>
      <script>var chip = "H100";</script><style>.x::after { content: "H20" }</style>
      <noscript>H800</noscript><template><p>H200</p></template>
      <form><label>Comment</label><textarea>B200 draft</textarea><input value="A100"></form>
      <div contenteditable="true">Typed Ascend</div>
      <div contenteditable="false">Kept two.</div>
      <div hidden>Hidden H20</div>
      <div style="display: none">Undisplayed H20</div>
      <div style="visibility: hidden">Invisible H20</div>
      <aside data-chiplens-ignore><p>Ignored <b>Nvidia</b></p></aside>
      <chiplens-ui>UI Nvidia</chiplens-ui>
      <pre>H100 = 1</pre><p>Kept <code>h20()</code>three.<kbd>B200</kbd><samp>MI308</samp></p>`);
    const text = textOf(collectText(body));
    expect(text.replace(/\s+/g, ' ').trim()).toBe('Kept one. Kept two. Kept three.');
  });

  it('includes text inside unknown inline elements (it is page text) and reads hidden-ness through the injected test', () => {
    const body = page('<p>The <x-chip data-kind="chip">H20</x-chip> ships.</p><p class="x">Secret</p>');
    const ix = collectText(body, { isHidden: (el) => el.classList.contains('x') });
    expect(textOf(ix)).toBe('The H20 ships.\n');
  });

  it('gives the same index when read in many small slices as in one pass', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Para ${i} with <i>inline ${i}</i> text.</p>`).join('');
    const whole = collectText(page(html));
    const c = new TextCollector(document.body);
    let rounds = 0;
    while (!c.collect(() => true)) rounds++;
    expect(rounds).toBeGreaterThan(5);
    expect(c.index.parts).toEqual(whole.parts);
    expect(c.index.starts).toEqual(whole.starts);
    expect(c.index.cuts).toEqual(whole.cuts);
  });

  it('finds the part at an offset', () => {
    const ix = collectText(page('<p>ab<b>cd</b></p><p>ef</p>'));
    expect(ix.parts).toEqual(['ab', 'cd', '\n', 'ef', '\n']);
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => partAt(ix, o))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });
});

describe('chunkEnd', () => {
  it('cuts after a block separator in the second half of the window', () => {
    const ix = collectText(page(`<p>${'a '.repeat(30)}</p><p>${'b '.repeat(30)}</p><p>${'c '.repeat(30)}</p>`));
    const end = chunkEnd(ix, 0, 100);
    expect(textOf(ix, 0, end)).toBe(`${'a '.repeat(30)}\n`);
    expect(chunkEnd(ix, 0, 10_000)).toBe(ix.length);
  });

  it('cuts a very long block at white space, never inside a word', () => {
    const ix = collectText(page(`<p>${'word '.repeat(100)}</p>`));
    const end = chunkEnd(ix, 0, 52);
    expect(end).toBe(50);
    expect(textOf(ix, 0, end).endsWith(' ')).toBe(true);
  });
});

describe('rangeFor and offsetsOf', () => {
  it('gives a range over exactly a span of the text, across inline elements, and back', () => {
    const body = page('<p>Nvidia sells the <b>H</b>20 in China.</p><p>Hygon rose.</p>');
    const ix = collectText(body);
    const text = textOf(ix);
    const start = text.indexOf('H20');
    const r = rangeFor(ix, { start, end: start + 3 })!;
    expect(r.toString()).toBe('H20');
    expect(offsetsOf(ix, r)).toEqual({ start, end: start + 3 });
    // A span over a block boundary is one only for a passage (a note), never for a mention.
    const across = { start: text.indexOf('China'), end: text.indexOf('Hygon') + 5 };
    expect(rangeFor(ix, across)).toBeNull();
    expect(rangeFor(ix, across, { crossBlocks: true })!.toString()).toBe('China.Hygon');
  });

  it('gives no range once the page changed the text it covers', () => {
    const body = page('<p>Nvidia sells the H20.</p>');
    const ix = collectText(body);
    (body.querySelector('p')!.firstChild as Text).data = 'Nvidia sells the H200.';
    expect(rangeFor(ix, { start: 0, end: 6 })).toBeNull();
  });
});
