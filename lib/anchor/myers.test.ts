import { describe, expect, it } from 'vitest';
import { approxEnds, bestPrefixMatch, type EndMatch } from './myers.ts';

/** Textbook dynamic programme: D[i][j] over pattern rows and text columns. */
function dp(pattern: string, text: string, anchored: boolean): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: text.length + 1 }, (_, j) => (anchored ? j : 0));
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= text.length; j++) {
      const sub = prev[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[j] + 1, cur[j - 1] + 1));
    }
    prev = cur;
  }
  return prev; // last row: distance of the whole pattern to a substring ending at each column
}

function bruteEnds(pattern: string, text: string, k: number): EndMatch[] {
  return dp(pattern, text, false)
    .map((errors, end) => ({ end, errors }))
    .filter((x) => x.end > 0 && x.errors <= k);
}

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomString(rand: () => number, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rand() * alphabet.length)];
  return out;
}

describe('approxEnds', () => {
  it('finds exact and one-edit occurrences', () => {
    expect(approxEnds('chip', 'a chip and a chap', 0)).toEqual([{ end: 6, errors: 0 }]);
    expect(approxEnds('chip', 'a chip and a chap', 1).filter((m) => m.errors === 1).map((m) => m.end)).toContain(17);
    expect(approxEnds('', 'text', 3)).toEqual([]);
  });

  it('agrees with the dynamic programme on random inputs, across block boundaries and cut-offs', () => {
    const rand = rng(42);
    for (let round = 0; round < 600; round++) {
      const alphabet = round % 3 === 0 ? 'ab' : round % 3 === 1 ? 'abcd' : 'abcdefghij ';
      const m = 1 + Math.floor(rand() * 110);
      const pattern = randomString(rand, m, alphabet);
      // Texts that contain mutated copies of the pattern, so matches with few errors actually occur.
      let text = randomString(rand, Math.floor(rand() * 80), alphabet);
      for (let c = 0; c < 2; c++) {
        const chars = pattern.split('');
        for (let e = Math.floor(rand() * (m / 5 + 1)); e > 0; e--) chars[Math.floor(rand() * chars.length)] = alphabet[Math.floor(rand() * alphabet.length)];
        text += chars.join('') + randomString(rand, Math.floor(rand() * 40), alphabet);
      }
      const k = Math.floor(rand() * (m * 0.6 + 1));
      const got = approxEnds(pattern, text, k);
      const want = bruteEnds(pattern, text, k);
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        expect({ pattern, text, k, got }).toEqual({ pattern, text, k, got: want });
      }
    }
  });
});

describe('bestPrefixMatch', () => {
  it('aligns the whole pattern against a prefix of the text', () => {
    expect(bestPrefixMatch('export', 'exports to China')).toEqual({ end: 6, errors: 0 });
    expect(bestPrefixMatch('export', 'exprot rules')).toMatchObject({ errors: 2 });
    expect(bestPrefixMatch('abc', '')).toEqual({ end: 0, errors: 3 });
  });

  it('agrees with the dynamic programme on random inputs', () => {
    const rand = rng(7);
    for (let round = 0; round < 400; round++) {
      const pattern = randomString(rand, 1 + Math.floor(rand() * 90), 'abc ');
      const text = randomString(rand, Math.floor(rand() * 120), 'abc ');
      const row = dp(pattern, text, true);
      const min = Math.min(...row);
      expect(bestPrefixMatch(pattern, text)?.errors).toBe(min);
      expect(row[bestPrefixMatch(pattern, text)!.end]).toBe(min);
    }
  });
});
