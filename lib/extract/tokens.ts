import { isWordCode, WORD_TABLE } from './chars.ts';

// Local bindings: the tokenizer runs per character and must not go through module getters.
const TABLE = WORD_TABLE;
const isWordSlow = isWordCode;

/**
 * Word tokens of a text as parallel offset arrays: one pass, no substrings allocated. A token is a maximal run of
 * letters, digits and combining marks, so "Intelligenz" is one token and never contains the token "Intel".
 */
export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

export function tokenize(text: string): Tokens {
  // Upper bound on tokens: one per two characters.
  let starts = new Int32Array(Math.max(16, (text.length >> 3) + 16));
  let ends = new Int32Array(starts.length);
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 256 ? TABLE[c] === 0 : !isWordSlow(c)) {
      i++;
      continue;
    }
    const s = i;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 256 ? TABLE[d] === 0 : !isWordSlow(d)) break;
      i++;
    }
    if (count === starts.length) {
      const grownS = new Int32Array(starts.length * 2);
      grownS.set(starts);
      starts = grownS;
      const grownE = new Int32Array(ends.length * 2);
      grownE.set(ends);
      ends = grownE;
    }
    starts[count] = s;
    ends[count] = i;
    count++;
  }
  return { count, starts, ends };
}

/** Index of the first token whose start is ≥ pos (binary search). */
export function tokenAt(tokens: Tokens, pos: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
