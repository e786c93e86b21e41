/**
 * Folds the differences a page shows between two visits without its words changing: runs of white space
 * (reflowed paragraphs, non-breaking spaces), invisible characters (soft hyphens, zero-width spaces) and
 * typographic variants of quotes and dashes. Matching happens on the folded text; an offset map leads back.
 */
import { isSpaceCode } from '../extract/chars.ts';
import type { TextPosition } from '../passage.ts';

/** Text after folding, with the way back to the original offsets. */
export interface FoldedText {
  /** The original text. */
  source: string;
  text: string;
  /** `map[i]`: offset in `source` of the character that folded into `text[i]`; `map[text.length] = source.length`. */
  map: Int32Array;
}

/** Soft hyphen, zero-width space/joiners, word joiner, byte-order mark. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

const SAME: Record<number, number> = {};
for (const [chars, to] of [
  ['\u2018\u2019\u201A\u201B\u2032\u00B4', "'"],
  ['\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB', '"'],
  ['\u2010\u2011\u2012\u2013\u2014\u2212', '-'],
] as const) {
  for (const ch of chars) SAME[ch.charCodeAt(0)] = to.charCodeAt(0);
}

/** Folds one string (for selectors, whose offsets are not needed). */
export function foldString(s: string): string {
  return foldText(s).text;
}

/** Folds `source`, keeping for each folded character the offset it came from. */
export function foldText(source: string): FoldedText {
  const codes = new Uint16Array(source.length);
  const map = new Int32Array(source.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isSpaceCode(c)) {
      if (inSpace) continue;
      inSpace = true;
      codes[n] = 32;
    } else {
      inSpace = false;
      codes[n] = SAME[c] ?? c;
    }
    map[n++] = i;
  }
  map[n] = source.length;
  const chunks: string[] = [];
  for (let i = 0; i < n; i += 8192) chunks.push(String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192))));
  return { source, text: chunks.join(''), map: map.subarray(0, n + 1) };
}

/**
 * The original range of the folded range `[start, end)`. The end lands just after the last folded
 * character's source, so a range never swallows the white space that follows it.
 */
export function toSource(f: FoldedText, start: number, end: number): TextPosition {
  if (end <= start) return { start: f.map[start], end: f.map[start] };
  const last = f.map[end - 1];
  // A folded space stands for a whole run; a range ending in one ends where the run ends.
  let e = last + 1;
  if (f.text[end - 1] === ' ') while (e < f.source.length && isSpaceCode(f.source.charCodeAt(e))) e++;
  return { start: f.map[start], end: e };
}

/** The folded offset of an original offset (the first folded character at or after it). */
export function toFolded(f: FoldedText, offset: number): number {
  let lo = 0;
  let hi = f.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
