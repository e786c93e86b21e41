// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorQuote, describeRange } from '../../../lib/anchor/quote.ts';
import { collectText, textOf } from '../../../lib/dom/text-index.ts';
import { NOTE_TAG, rangeToOffsets, unwrapNote, wrapOffsets } from './passage.ts';

const opts = { isHidden: () => false };
const note = () => document.createElement(NOTE_TAG);
const noted = () => Array.from(document.querySelectorAll(NOTE_TAG)).map((n) => n.textContent);

function page(html: string) {
  document.body.innerHTML = html;
  return collectText(document.body, opts);
}

function span(text: string, passage: string) {
  const start = text.indexOf(passage);
  return { start, end: start + passage.length };
}

describe('rangeToOffsets', () => {
  it('maps a selection across inline elements and paragraphs to text offsets', () => {
    const ix = page('<p>First <b>bold</b> words here.</p><p>Second para.</p>');
    const text = textOf(ix);
    const r = document.createRange();
    r.setStart(document.querySelector('b')!.firstChild!, 1);
    r.setEnd(document.querySelectorAll('p')[1].firstChild!, 6);
    const got = rangeToOffsets(ix, r)!;
    expect(text.slice(got.start, got.end)).toBe('old words here.\nSecond');
  });

  it('handles boundaries on elements and gives null for no readable text', () => {
    const ix = page('<p id="a">Alpha beta</p><form><textarea>draft</textarea></form>');
    const r = document.createRange();
    r.selectNodeContents(document.getElementById('a')!);
    const got = rangeToOffsets(ix, r)!;
    expect(textOf(ix).slice(got.start, got.end)).toBe('Alpha beta');
    const inForm = document.createRange();
    inForm.selectNodeContents(document.querySelector('form')!);
    expect(rangeToOffsets(ix, inForm)).toBeNull();
  });
});

describe('wrapOffsets and unwrapNote', () => {
  it('wraps a passage over several nodes without changing the text, and unwraps it back', () => {
    const html = '<p>One <i>two</i> three</p>\n  <ul><li>four</li>\n<li>five six</li></ul>';
    const ix = page(html);
    const text = textOf(ix);
    const before = document.body.textContent;
    const els = wrapOffsets(ix, { start: text.indexOf('two'), end: text.indexOf('five') + 4 }, note);
    expect(els.map((e) => e.textContent)).toEqual(['two', 'three', 'four', 'five']);
    // No note element between list items: white-space-only pieces stay out.
    expect(document.querySelector('ul')!.children.length).toBe(2);
    expect(document.body.textContent).toBe(before);
    els.forEach(unwrapNote);
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelector('li:last-child')!.childNodes.length).toBe(1);
  });

  it('puts the note around a highlight, never inside it', () => {
    const ix = page('<p>The <chiplens-mark data-kind="chip">H20</chiplens-mark> chip ships</p>');
    const els = wrapOffsets(ix, span(textOf(ix), '20 chip'), note);
    expect(els.map((e) => e.outerHTML)).toEqual(['<chiplens-note><chiplens-mark data-kind="chip">H20</chiplens-mark></chiplens-note>', '<chiplens-note>chip</chiplens-note>']);
  });

  it('wraps several passages with one index from the last to the first, and nests overlapping ones', () => {
    const ix = page('<p>alpha beta gamma delta epsilon</p>');
    const text = textOf(ix);
    wrapOffsets(ix, span(text, 'delta'), note);
    wrapOffsets(ix, span(text, 'beta'), note);
    expect(noted()).toEqual(['beta', 'delta']);
    // Overlap with wrapped text needs a fresh read; the new note nests.
    wrapOffsets(collectText(document.body, opts), span(text, 'gamma delta'), note);
    expect(document.body.textContent).toBe('alpha beta gamma delta epsilon');
    expect(document.querySelectorAll(`${NOTE_TAG} ${NOTE_TAG}`).length).toBe(1);
  });

  it('skips a node the page changed since it was read', () => {
    const ix = page('<p>alpha beta</p>');
    document.querySelector('p')!.firstChild!.textContent = 'other text';
    expect(wrapOffsets(ix, { start: 0, end: 5 }, note)).toEqual([]);
  });

  it('round trip: a described selection is found and wrapped again after the page reloads changed', () => {
    const ix = page('<p>Chips were <b>scarce</b> all year, said the analyst.</p>');
    const r = document.createRange();
    r.setStart(document.querySelector('b')!.firstChild!, 0);
    r.setEnd(document.querySelector('p')!.lastChild!, 9);
    const off = rangeToOffsets(ix, r)!;
    const d = describeRange(textOf(ix), off.start, off.end)!;
    expect(d.selector.exact).toBe('scarce all year');
    const ix2 = page('<div>New intro.</div><p>Chips were   <b>scarce</b>\n all year, said the analyst.</p>');
    const m = anchorQuote(textOf(ix2), d.selector, d.position)!;
    wrapOffsets(ix2, m, note);
    expect(noted().join('|')).toBe('scarce|all year');
  });
});
