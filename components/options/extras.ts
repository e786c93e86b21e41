/**
 * Watch terms and highlight colours: editing rules for the options page. Pure.
 *
 * The values live in the shared settings object (`lib/settings.ts`) as `watchTerms` and `colors`.
 */
import { WATCH_TERM_MAX, WATCH_TERM_MIN, type MarkColors, type MarkKind, type WatchTerm } from '../../lib/settings.ts';

export type { MarkColors, WatchTerm };

/** The light-page colours of `lib/dom/highlight-style.ts` (Okabe–Ito), shown when the reader has not chosen one. */
export const DEFAULT_COLORS: Readonly<Record<MarkKind, string>> = { chip: '#0072b2', company: '#d55e00', figure: '#009e73' };

/** White space collapsed and trimmed. */
export function cleanTerm(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/**
 * The list with a new term added, or null when the term is too short, too long or already there
 * (ignoring case: the matcher does too).
 */
export function addWatchTerm(list: readonly WatchTerm[], raw: string, kind: WatchTerm['kind']): WatchTerm[] | null {
  const term = cleanTerm(raw);
  if (term.length < WATCH_TERM_MIN || term.length > WATCH_TERM_MAX) return null;
  const key = term.toLocaleLowerCase();
  if (list.some((w) => w.term.toLocaleLowerCase() === key)) return null;
  return [...list, { term, kind }];
}

export function removeWatchTerm(list: readonly WatchTerm[], term: string): WatchTerm[] {
  return list.filter((w) => w.term !== term);
}

/** The colours with one kind set (`null` restores the default). Only `#rrggbb` is kept. */
export function withColor(colors: MarkColors, kind: MarkKind, value: string | null): MarkColors {
  const next = { ...colors };
  if (value !== null && /^#[0-9a-f]{6}$/i.test(value) && value.toLowerCase() !== DEFAULT_COLORS[kind]) next[kind] = value.toLowerCase();
  else delete next[kind];
  return next;
}
