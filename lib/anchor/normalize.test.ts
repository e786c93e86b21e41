import { describe, expect, it } from 'vitest';
import { foldString, foldText, toFolded, toSource } from './normalize.ts';

describe('foldText', () => {
  it('folds white space runs, invisible characters, quotes and dashes', () => {
    expect(foldString('a \u00A0\n\tb\u00ADc \u201Cd\u201D \u2013 e\u2019s')).toBe('a bc "d" - e\'s');
    expect(foldString('')).toBe('');
  });

  it('maps folded offsets back to the source, a range never swallowing the following white space', () => {
    const src = 'one  \n two\u200B three';
    const f = foldText(src);
    expect(f.text).toBe('one two three');
    const at = f.text.indexOf('two');
    const r = toSource(f, at, at + 3);
    expect(src.slice(r.start, r.end)).toBe('two');
    // A range ending in a folded space ends where the source's run of white space ends.
    expect(src.slice(toSource(f, 0, 4).start, toSource(f, 0, 4).end)).toBe('one  \n ');
    expect(toFolded(f, src.indexOf('three'))).toBe(f.text.indexOf('three'));
    expect(toFolded(f, src.length)).toBe(f.text.length);
  });

  it('folds long texts in one piece', () => {
    const long = 'word\u2014 '.repeat(5000);
    const f = foldText(long);
    expect(f.text).toBe('word- '.repeat(5000));
    expect(f.map[f.text.length]).toBe(long.length);
  });
});
