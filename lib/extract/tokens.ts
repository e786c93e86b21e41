import { isWordCode, lowerCode, WORD_TABLE } from './chars.ts';

// Local bindings: the tokenizer runs per character and must not go through module getters.
const TABLE = WORD_TABLE;
const isWordSlow = isWordCode;
const lower = lowerCode;

/**
 * Word tokens of a text as parallel offset arrays: one pass, no substrings allocated. A token is a maximal run of
 * letters, digits and combining marks, so "Intelligenz" is one token and never contains the token "Intel".
 * The same pass hashes each token in lower case (and without its last character, for "Nvidias"), so the matcher
 * rejects most words without reading them again.
 */
export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 16-bit hash of the lower-cased token; see `tokenHash`. */
  hashes: Uint16Array;
  /** The same hash without the token's last character. */
  shortHashes: Uint16Array;
}

/** The hash `tokenize` stores for a lower-case key. */
export function tokenHash(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return fold(h);
}

function fold(h: number): number {
  return (h ^ (h >>> 16)) & 0xffff;
}

export function tokenize(text: string): Tokens {
  // A first guess of one token per six characters; arrays double when the text is denser.
  let cap = Math.max(16, ((text.length / 6) | 0) + 16);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let hashes = new Uint16Array(cap);
  let shortHashes = new Uint16Array(cap);
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
    let h = Math.imul(0, 31) + lower(c);
    let hPrev = 0;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 256 ? TABLE[d] === 0 : !isWordSlow(d)) break;
      hPrev = h;
      h = (Math.imul(h, 31) + (d >= 0x41 && d <= 0x5a ? d + 32 : d < 0xc0 ? d : lower(d))) | 0;
      i++;
    }
    if (count === cap) {
      cap *= 2;
      starts = grow(starts, new Int32Array(cap));
      ends = grow(ends, new Int32Array(cap));
      hashes = grow(hashes, new Uint16Array(cap));
      shortHashes = grow(shortHashes, new Uint16Array(cap));
    }
    starts[count] = s;
    ends[count] = i;
    hashes[count] = fold(h);
    shortHashes[count] = fold(hPrev);
    count++;
  }
  return { count, starts, ends, hashes, shortHashes };
}

function grow<T extends Int32Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
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
