/**
 * Describing a passage of a page's text as a W3C TextQuoteSelector, and finding it again in a later version of
 * that text. Finding tries the cheapest way first (the exact quote), then tolerates edits: an approximate search
 * (Myers) with an error budget proportional to the quote, each candidate scored by how well the quote, the
 * text before it, the text after it and its position agree with what was stored (the idea of hypothesis's
 * `match-quote.ts`). A passage that is gone gives `null`, never a guess somewhere else.
 *
 * Matching runs on folded text (see `normalize.ts`), so reflowed white space, invisible characters and quote
 * or dash variants cost nothing; offsets in and out are offsets into the unfolded text.
 */
import { approxEnds, bestPrefixMatch } from './myers.ts';
import { isSpaceCode } from '../extract/chars.ts';
import { QUOTE_CONTEXT, QUOTE_MAX, type TextPosition, type TextQuoteSelector } from '../passage.ts';
import { foldString, foldText, toFolded, toSource, type FoldedText } from './normalize.ts';

/** Where a quote was found, and how sure: 1 is the exact quote with its context at the stored position. */
export interface QuoteMatch extends TextPosition {
  score: number;
}

/** Share of the quote's length that may be edited for a fuzzy match to count. */
export const MAX_ERROR_RATE = 1 / 4;
/** Lowest score a fuzzy match needs; below it the quote's own likeness has to be backed by its context. */
export const MIN_FUZZY_SCORE = 0.7;

/** Weights of the score's parts: the quote matters most, then its context; position only breaks ties. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** Exact occurrences scored at most (a one-word quote in a long page). */
const MAX_EXACT_HITS = 1000;
/** Fuzzy candidates scored at most, fewest errors first. */
const MAX_FUZZY_CANDIDATES = 64;

/** Whether cutting at `i` would split a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && /[\uD800-\uDBFF]/.test(text[i - 1]) && /[\uDC00-\uDFFF]/.test(text[i]);
}

/**
 * The selector and position of `text[start, end)`. White space at the range's edges is left out (a selection
 * made by dragging or triple-clicking usually carries some), the range is cut to {@link QUOTE_MAX}, and no cut
 * splits a surrogate pair. Returns null when nothing but white space is left.
 */
export function describeRange(text: string, start: number, end: number): { selector: TextQuoteSelector; position: TextPosition } | null {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e - s > QUOTE_MAX) e = s + QUOTE_MAX;
  if (splitsPair(text, e)) e--;
  if (e <= s) return null;
  let ps = Math.max(0, s - QUOTE_CONTEXT);
  if (splitsPair(text, ps)) ps++;
  let se = Math.min(text.length, e + QUOTE_CONTEXT);
  if (splitsPair(text, se)) se--;
  return {
    selector: { exact: text.slice(s, e), prefix: text.slice(ps, s), suffix: text.slice(e, se) },
    position: { start: s, end: e },
  };
}

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

/** Likeness (0‥1) of `pattern` to the text that ends right at `at`. */
function endsWithScore(text: string, pattern: string, at: number): number {
  if (!pattern) return 1;
  const window = text.slice(Math.max(0, at - Math.ceil(pattern.length * 1.5)), at);
  const m = bestPrefixMatch(reverse(pattern), reverse(window));
  return m ? 1 - m.errors / pattern.length : 0;
}

/** Likeness (0‥1) of `pattern` to the text that starts right at `at`. */
function startsWithScore(text: string, pattern: string, at: number): number {
  if (!pattern) return 1;
  const m = bestPrefixMatch(pattern, text.slice(at, at + Math.ceil(pattern.length * 1.5)));
  return m ? 1 - m.errors / pattern.length : 0;
}

/** The stored selector, folded, with the folded page it is sought in. */
interface Folded extends TextQuoteSelector {
  page: FoldedText;
  /** The stored start as a folded offset, if known. */
  hint?: number;
}

function score(f: Folded, start: number, end: number, errors: number): number {
  const text = f.page.text;
  const quote = 1 - errors / f.exact.length;
  const prefix = endsWithScore(text, f.prefix, start);
  const suffix = startsWithScore(text, f.suffix, end);
  const position = f.hint === undefined ? 1 : 1 - Math.abs(start - f.hint) / Math.max(1, text.length);
  return (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) / WEIGHT_SUM;
}

function exactHits(text: string, quote: string): number[] {
  const hits: number[] = [];
  for (let at = text.indexOf(quote); at !== -1 && hits.length < MAX_EXACT_HITS; at = text.indexOf(quote, at + 1)) hits.push(at);
  return hits;
}

/**
 * Ends of approximate occurrences, one per occurrence: an occurrence shows up as a run of neighbouring end
 * positions (one more or one less character costs one more edit), of which the one with fewest edits is kept.
 */
function fuzzyEnds(text: string, quote: string, maxErrors: number): { end: number; errors: number }[] {
  const best: { end: number; errors: number }[] = [];
  for (const m of approxEnds(quote, text, maxErrors)) {
    const last = best[best.length - 1];
    if (last && m.end - last.end <= maxErrors + 1) {
      if (m.errors < last.errors) best[best.length - 1] = m;
    } else best.push(m);
  }
  return best.sort((a, b) => a.errors - b.errors).slice(0, MAX_FUZZY_CANDIDATES);
}

/** Where an approximate occurrence ending at `end` starts: the best alignment of the whole quote ending there. */
function startOf(text: string, quote: string, end: number, maxErrors: number): { start: number; errors: number } {
  const window = text.slice(Math.max(0, end - quote.length - maxErrors), end);
  const m = bestPrefixMatch(reverse(quote), reverse(window), maxErrors);
  return m ? { start: end - m.end, errors: m.errors } : { start: Math.max(0, end - quote.length), errors: maxErrors };
}

/**
 * Finds the passage `selector` describes in `text`, or null when it is not there (any more).
 *
 * - The exact quote, where it occurs: among several occurrences, the one whose context agrees best, then the
 *   one nearest `hint` (the position stored with the selector).
 * - Else the best approximate occurrence with at most {@link MAX_ERROR_RATE} of the quote edited, kept only if
 *   its score reaches {@link MIN_FUZZY_SCORE}.
 */
export function anchorQuote(text: string, selector: TextQuoteSelector, hint?: TextPosition): QuoteMatch | null {
  const exact = foldString(selector.exact).trim();
  if (!exact) return null;
  const page = foldText(text);
  const f: Folded = { page, exact, prefix: foldString(selector.prefix).trimStart(), suffix: foldString(selector.suffix).trimEnd() };
  if (hint) f.hint = toFolded(page, hint.start);

  const candidates: (TextPosition & { errors: number })[] = exactHits(page.text, exact).map((at) => ({ start: at, end: at + exact.length, errors: 0 }));
  const fuzzy = candidates.length === 0;
  if (fuzzy) {
    const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
    if (maxErrors < 1) return null;
    for (const m of fuzzyEnds(page.text, exact, maxErrors)) {
      const { start, errors } = startOf(page.text, exact, m.end, maxErrors);
      candidates.push({ start, end: m.end, errors: Math.max(errors, m.errors) });
    }
  }
  let found: QuoteMatch | null = null;
  for (const c of candidates) {
    const s = score(f, c.start, c.end, c.errors);
    if (!found || s > found.score) found = { start: c.start, end: c.end, score: s };
  }
  if (!found || (fuzzy && found.score < MIN_FUZZY_SCORE)) return null;
  return { ...toSource(page, found.start, found.end), score: found.score };
}
