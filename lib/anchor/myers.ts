/**
 * Approximate string matching with Myers' bit-parallel algorithm (blocks of 32 pattern characters, Hyyrö's
 * formulation) and Ukkonen's cut-off. One pass over the text in O(n · ⌈k/32⌉) expected time, so a quote can be
 * looked for in a long page within milliseconds while tolerating edits.
 *
 * Distances are Levenshtein distances over UTF-16 code units.
 */

const W = 32;

/** Where a pattern ends in the text (exclusive) and with how many edits. */
export interface EndMatch {
  end: number;
  errors: number;
}

interface Blocks {
  count: number;
  /** Pattern rows in the last block. */
  lastRows: number;
  /** Bit masks of pattern positions per character code, one word per block. */
  peq: Map<number, Int32Array>;
  none: Int32Array;
}

function compile(pattern: string): Blocks {
  const count = Math.ceil(pattern.length / W);
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let v = peq.get(c);
    if (!v) peq.set(c, (v = new Int32Array(count)));
    v[(i / W) | 0] |= 1 << i % W;
  }
  return { count, lastRows: pattern.length - (count - 1) * W, peq, none: new Int32Array(count) };
}

/**
 * Advances block `b` by one text column. `hin` is the horizontal delta entering the block's top row
 * (−1, 0, +1); returns the delta leaving its last row.
 */
function advance(P: Int32Array, M: Int32Array, b: number, eqIn: number, hin: number, lastMask: number): number {
  const pv = P[b];
  const mv = M[b];
  const eq = eqIn | (hin < 0 ? 1 : 0);
  const xv = eq | mv;
  const xh = (((eq & pv) + pv) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const hout = (ph & lastMask) !== 0 ? 1 : (mh & lastMask) !== 0 ? -1 : 0;
  ph <<= 1;
  mh <<= 1;
  if (hin < 0) mh |= 1;
  else if (hin > 0) ph |= 1;
  P[b] = mh | ~(xv | ph);
  M[b] = ph & xv;
  return hout;
}

/**
 * Calls `visit(end, distance)` for every text position where the distance of the whole pattern to some
 * substring ending there is at most `maxErrors`.
 *
 * - `anchored: false` (search): the substring may start anywhere.
 * - `anchored: true`: the substring must start at text offset 0; `visit` then also sees end 0 (empty text).
 */
function scan(pattern: string, text: string, maxErrors: number, anchored: boolean, visit: (end: number, errors: number) => void): void {
  const m = pattern.length;
  if (m === 0) return;
  const bl = compile(pattern);
  const bMax = bl.count - 1;
  const P = new Int32Array(bl.count).fill(-1);
  const M = new Int32Array(bl.count);
  const score = new Int32Array(bl.count);
  const rowsOf = (b: number) => (b === bMax ? bl.lastRows : W);
  const maskOf = (b: number) => 1 << (rowsOf(b) - 1);
  // Ukkonen's cut-off: rows below the band all exceed maxErrors and need no computing. Anchored scans are
  // short (context windows) and keep every block.
  let y = anchored ? bMax : Math.min(bMax, Math.max(0, Math.ceil(maxErrors / W) - 1));
  for (let b = 0; b <= y; b++) score[b] = Math.min((b + 1) * W, m);
  if (anchored && m <= maxErrors) visit(0, m);
  const top = anchored ? 1 : 0;

  for (let j = 0; j < text.length; j++) {
    const eqs = bl.peq.get(text.charCodeAt(j)) ?? bl.none;
    let carry = top;
    for (let b = 0; b <= y; b++) {
      carry = advance(P, M, b, eqs[b], carry, maskOf(b));
      score[b] += carry;
    }
    if (y < bMax && (score[y] < maxErrors || (score[y] - carry <= maxErrors && ((eqs[y + 1] & 1) !== 0 || carry < 0)))) {
      // The first row of the next block may come within maxErrors: bring it into the band, its rows
      // starting as "one more than the row above" (an upper bound, which is all the band needs).
      y += 1;
      P[y] = -1;
      M[y] = 0;
      score[y] = score[y - 1] - carry + rowsOf(y) + advance(P, M, y, eqs[y], carry, maskOf(y));
    } else if (!anchored) {
      while (y > 0 && score[y] >= maxErrors + W) y -= 1;
    }
    if (y === bMax && score[y] <= maxErrors) visit(j + 1, score[y]);
  }
}

/** Every end position where `pattern` occurs in `text` with at most `maxErrors` edits. */
export function approxEnds(pattern: string, text: string, maxErrors: number): EndMatch[] {
  const out: EndMatch[] = [];
  scan(pattern, text, maxErrors, false, (end, errors) => out.push({ end, errors }));
  return out;
}

/**
 * The best alignment of all of `pattern` against a prefix of `text` (any length, including empty):
 * how well the text right after a point continues as `pattern`. Returns the distance and the prefix length.
 */
export function bestPrefixMatch(pattern: string, text: string, maxErrors: number = pattern.length): EndMatch | null {
  let best: EndMatch | null = null;
  scan(pattern, text, maxErrors, true, (end, errors) => {
    // Ties go to the length closest to the pattern's: the alignment that needs the fewest gaps.
    if (!best || errors < best.errors || (errors === best.errors && Math.abs(end - pattern.length) < Math.abs(best.end - pattern.length))) {
      best = { end, errors };
    }
  });
  return best;
}
