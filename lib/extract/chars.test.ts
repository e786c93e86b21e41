import { describe, expect, it } from 'vitest';
import { isSpaceCode } from './chars.ts';

describe('isSpaceCode', () => {
  it('agrees with JavaScript\'s \\s on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('says no past the end of a text (charCodeAt gives NaN)', () => {
    expect(isSpaceCode(''.charCodeAt(0))).toBe(false);
  });
});
