/**
 * Full-text matching for the library's search, German and English: every word of the query must occur
 * (anywhere in a word, so "nvid" finds "Nvidia"), ignoring case and diacritics through `lib/fold.ts` (NFKD), with
 * "ß" as "ss". Umlauts: "März" also finds "Maerz" (any text), and "Maerz" also finds "März" in German texts only,
 * where "ae", "oe", "ue" stand for umlauts (in English "true" must not find "truth" by way of "tru"). Pure.
 */
import { fold, foldIndexed, type IndexedFold } from '../fold.ts';
import { isSpaceCode } from '../extract/chars.ts';
import type { Language } from '../extract/types.ts';

/** One word of a query in the forms it may take in a text. */
export interface QueryWord {
  /** Folded forms to look for in any text. */
  forms: string[];
  /** Further forms for German texts only. */
  germanForms: string[];
}

export type Query = QueryWord[];

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** The words of what the reader typed; empty when there is nothing to look for. */
export function parseQuery(input: string): Query {
  const out: Query = [];
  for (const raw of input.split(/\s+/)) {
    const base = fold(raw);
    if (!base) continue;
    const forms = new Set([base]);
    if (/[äöüÄÖÜ]/.test(raw)) forms.add(fold(raw.replace(/[äöüÄÖÜ]/g, (c) => UMLAUTS[c])));
    const collapsed = base.replace(/([aou])e/g, '$1');
    const germanForms = collapsed !== base ? [collapsed] : [];
    out.push({ forms: [...forms], germanForms });
  }
  return out;
}

/** A range of the source text, `[start, end)`. */
export type Span = [number, number];

/** Where `form` occurs in a folded text, as source ranges. */
function occurrences(f: IndexedFold, form: string, into: Span[]): void {
  for (let at = f.text.indexOf(form); at >= 0; at = f.text.indexOf(form, at + form.length)) {
    into.push([f.from[at], f.from[at + form.length - 1] + 1]);
  }
}

/** A text to search, folded once. */
export interface Searchable {
  source: string;
  folded: IndexedFold;
  lang?: Language;
}

export function searchable(source: string, lang?: Language): Searchable {
  return { source, folded: foldIndexed(source), ...(lang ? { lang } : {}) };
}

/**
 * Matches a query against the fields of one item: null unless every word occurs in at least one field; else,
 * per field, the ranges where words occur (sorted, overlaps merged).
 */
export function matchFields(query: Query, fields: readonly Searchable[]): Span[][] | null {
  if (!query.length) return null;
  const spans: Span[][] = fields.map(() => []);
  for (const word of query) {
    let found = false;
    fields.forEach((field, i) => {
      const forms = field.lang === 'de' ? [...word.forms, ...word.germanForms] : word.forms;
      const before = spans[i].length;
      for (const form of forms) occurrences(field.folded, form, spans[i]);
      if (spans[i].length > before) found = true;
    });
    if (!found) return null;
  }
  return spans.map(merge);
}

function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/** A piece of a text around its first match, the matches marked, for a result list. */
export interface Snippet {
  text: string;
  /** Ranges of `text` to mark. */
  marks: Span[];
  /** Whether text was left out before and after. */
  cut: { before: boolean; after: boolean };
}

/**
 * The part of `source` around the first of `spans`: about `width` characters, starting and ending at word
 * boundaries where one is near; line breaks and runs of white space shown as one space.
 */
export function snippet(source: string, spans: readonly Span[], width = 160): Snippet {
  const first = spans[0] ?? [0, 0];
  let start = Math.max(0, first[0] - Math.floor(width / 3));
  if (start > 0) {
    const space = source.indexOf(' ', start);
    if (space >= 0 && space < first[0]) start = space + 1;
  }
  let end = Math.min(source.length, Math.max(first[1], start + width));
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    if (space > first[1]) end = space;
  }
  // Each white-space run becomes one space; `shift` maps a source offset into the shortened text.
  const piece = source.slice(start, end);
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < piece.length; i++) {
    at.push(text.length);
    const white = isSpaceCode(piece.charCodeAt(i));
    if (white && (text.endsWith(' ') || text === '')) continue;
    text += white ? ' ' : piece[i];
  }
  at.push(text.length);
  const shift = (o: number) => at[Math.min(Math.max(o - start, 0), piece.length)];
  const marks = spans
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): Span => [shift(Math.max(s, start)), shift(Math.min(e, end))])
    .filter(([s, e]) => e > s);
  const trimmed = text.replace(/\s+$/, '');
  return { text: trimmed, marks: marks.map(([s, e]): Span => [s, Math.min(e, trimmed.length)]), cut: { before: start > 0, after: end < source.length } };
}
