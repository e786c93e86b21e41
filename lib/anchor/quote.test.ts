import { describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT, QUOTE_MAX } from '../passage.ts';
import { anchorQuote, describeRange, MIN_FUZZY_SCORE } from './quote.ts';

// Written for these tests.
const PAGE = [
  'Chip makers report results',
  'The accelerator market grew again this quarter, and suppliers of high-bandwidth memory could not keep up with orders.',
  'Analysts expect the new training chips to ship in volume next spring, although packaging capacity remains tight.',
  'One fab in the south has added a second line for advanced packaging, which the company says will double output.',
  'Export rules still limit which parts may be sold abroad, and several buyers have asked for cut-down versions.',
].join('\n');

const PASSAGE = 'packaging capacity remains tight';

function noteOn(text: string, passage: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(passage, at + 1);
  if (at < 0) throw new Error(`passage not in text: ${passage}`);
  const d = describeRange(text, at, at + passage.length);
  if (!d) throw new Error('no selector');
  return d;
}

describe('describeRange', () => {
  it('stores the passage with 32 characters either side and its position', () => {
    const at = PAGE.indexOf(PASSAGE);
    const d = describeRange(PAGE, at, at + PASSAGE.length)!;
    expect(d.selector.exact).toBe(PASSAGE);
    expect(d.selector.prefix).toBe(PAGE.slice(at - QUOTE_CONTEXT, at));
    expect(d.selector.suffix).toBe(PAGE.slice(at + PASSAGE.length, at + PASSAGE.length + QUOTE_CONTEXT));
    expect(d.position).toEqual({ start: at, end: at + PASSAGE.length });
  });

  it('leaves out white space at the edges, cuts long passages and never splits a surrogate pair', () => {
    const text = 'before \n  the passage  \n after';
    const d = describeRange(text, 7, text.length - 6)!;
    expect(d.selector.exact).toBe('the passage');
    expect(text.slice(d.position.start, d.position.end)).toBe('the passage');
    expect(describeRange(text, 6, 10)).toBeNull();
    expect(describeRange('x'.repeat(5000), 10, 4000)!.selector.exact).toHaveLength(QUOTE_MAX);
    const astral = 'a😀b';
    expect(describeRange(astral, 0, 2)!.selector.exact).toBe('a');
    const pad = 'x'.repeat(QUOTE_CONTEXT - 1);
    // The 32nd character before the passage is the low half of an emoji: the prefix starts after it.
    expect(describeRange(`😀${pad}quote`, 33, 38)!.selector.prefix).toBe(pad);
    expect(describeRange(`quote${pad}😀`, 0, 5)!.selector.suffix).toBe(pad);
  });

  it('keeps the context at the ends of the text short', () => {
    const d = describeRange('short text', 0, 5)!;
    expect(d.selector).toEqual({ exact: 'short', prefix: '', suffix: ' text' });
  });
});

describe('anchorQuote', () => {
  it('finds the passage on the unchanged page exactly, with full score', () => {
    const { selector, position } = noteOn(PAGE, PASSAGE);
    const m = anchorQuote(PAGE, selector, position)!;
    expect(m).toMatchObject(position);
    expect(m.score).toBeCloseTo(1, 5);
  });

  it('finds it after the page reflowed its white space and swapped quote marks', () => {
    const quoted = 'the company says "we will double output"';
    const page = PAGE.replace('the company says will double output', quoted);
    const { selector, position } = noteOn(page, 'second line for advanced packaging, which the company says "we will');
    const changed = page.replace(/ /g, (_, i: number) => (i % 3 ? ' ' : ' \n  ')).replace('"we', '\u201Cwe');
    const m = anchorQuote(changed, selector, position)!;
    expect(m).not.toBeNull();
    expect(changed.slice(m.start, m.end).replace(/\s+/g, ' ')).toBe('second line for advanced packaging, which the company says \u201Cwe will');
  });

  it('finds it when a word inside the passage changed', () => {
    const passage = 'Analysts expect the new training chips to ship in volume next spring';
    const { selector, position } = noteOn(PAGE, passage);
    const changed = PAGE.replace('ship in volume next spring', 'ship in quantity next spring');
    const m = anchorQuote(changed, selector, position)!;
    expect(changed.slice(m.start, m.end)).toBe('Analysts expect the new training chips to ship in quantity next spring');
    expect(m.score).toBeGreaterThan(MIN_FUZZY_SCORE);
    expect(m.score).toBeLessThan(1);
  });

  it('finds it after text was inserted before it', () => {
    const { selector, position } = noteOn(PAGE, PASSAGE);
    const changed = 'Updated at noon.\n' + PAGE.replace('Analysts expect', 'Most analysts now expect');
    const m = anchorQuote(changed, selector, position)!;
    expect(changed.slice(m.start, m.end)).toBe(PASSAGE);
  });

  it('finds the right one of two occurrences by its context, even with the position hint lost', () => {
    const page = 'Tuesday: the order book is full. Memory prices rose.\nFriday: the order book is full. Logic prices fell.';
    const second = noteOn(page, 'the order book is full', 1);
    const first = noteOn(page, 'the order book is full', 0);
    const moved = 'Intro paragraph that shifts every offset by a lot of characters.\n' + page;
    expect(anchorQuote(moved, second.selector)!.start).toBe(moved.lastIndexOf('the order book is full'));
    expect(anchorQuote(moved, first.selector)!.start).toBe(moved.indexOf('the order book is full'));
    // With the same context either side, the stored position decides.
    const twin = 'x the order book is full y\nx the order book is full y';
    const d = noteOn(twin, 'the order book is full', 1);
    expect(anchorQuote(twin, d.selector, d.position)!.start).toBe(twin.lastIndexOf('the order book'));
  });

  it('gives null when the passage is gone, with no false anchor on similar text around it', () => {
    const { selector, position } = noteOn(PAGE, PASSAGE);
    const gone = PAGE.replace(', although packaging capacity remains tight', '');
    expect(anchorQuote(gone, selector, position)).toBeNull();
    const rewritten = PAGE.replace(PASSAGE, 'nobody knows how many will arrive');
    expect(anchorQuote(rewritten, selector, position)).toBeNull();
    expect(anchorQuote('', selector)).toBeNull();
    expect(anchorQuote(PAGE, { exact: '  ', prefix: '', suffix: '' })).toBeNull();
  });

  it('does not take a short quote with one changed letter from unrelated context', () => {
    const { selector } = noteOn(PAGE, 'buyers');
    // "bayers" is one edit away, but a six-letter quote gets no edits at all.
    expect(anchorQuote('Some bayers came.', selector)).toBeNull();
    const longer = noteOn(PAGE, 'several buyers have');
    expect(anchorQuote('Then a few sellers have gone home early today.', longer.selector)).toBeNull();
  });
});
