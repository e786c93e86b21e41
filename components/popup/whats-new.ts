/**
 * "What's new here": figures in the article being read that differ from what earlier articles said about the
 * same entity and the same measure (Nvidia's write-off of $5.5 billion here against $4.5 billion before; never
 * against the revenue it lost). Pure.
 */
import type { FigureValue, Language, Measure } from '../../lib/extract/types.ts';
import { figureMeasure } from '../../lib/store/measure.ts';
import type { TextQuoteSelector } from '../../lib/passage.ts';
import type { TimelinePoint } from '../../lib/store/types.ts';
import { figureShort, formatDate } from '../card/format.ts';
import { strings as cardStrings, type SentencePart } from '../card/i18n.ts';
import { uiStrings } from '../i18n/strings.ts';
import { comparable, latestComparable, magnitude, measureGroupKey, sameFigure } from '../common/figures.ts';

export { EARLIER_POINTS } from '../common/figures.ts';

/** Newest figures per entity the popup's timeline shows: enough to see a trend, few enough to answer fast at 10,000 articles. */
export const POPUP_TIMELINE_POINTS = 50;

/** A figure of the current article. */
export interface FigureHere {
  value: FigureValue;
  about?: string;
  measure?: Measure;
  quote: TextQuoteSelector;
}

/** Which way a figure moved: both ends of a range up, both down, or neither. */
export type Direction = 'up' | 'down' | 'changed';

export interface FigureChange {
  entityId: string;
  measure: Measure;
  here: FigureHere;
  /** The latest comparable figure about the entity from an earlier article. */
  before: TimelinePoint;
  direction: Direction;
}

/** One question to the store: the earlier figures of one measure about one entity. */
export interface EarlierQuery {
  entityId: string;
  measure: Measure;
}

/** The key under which the answer to an {@link EarlierQuery} is passed to {@link figureChanges}. */
export function queryKey(q: EarlierQuery): string {
  return `${q.entityId}\u0000${q.measure}`;
}

/** The questions to ask for an article's figures: one per entity and known measure, in the order of the article. */
export function earlierQueries(here: readonly FigureHere[]): EarlierQuery[] {
  const out = new Map<string, EarlierQuery>();
  for (const f of here) {
    if (!f.about || !comparable(f.value, f.measure)) continue;
    const q = { entityId: f.about, measure: figureMeasure(f.value, f.measure) };
    out.set(queryKey(q), q);
  }
  return [...out.values()];
}

export function direction(now: FigureValue, was: FigureValue): Direction {
  const [n0, n1] = magnitude(now);
  const [w0, w1] = magnitude(was);
  if (n0 >= w0 && n1 >= w1) return 'up';
  if (n0 <= w0 && n1 <= w1) return 'down';
  return 'changed';
}

/**
 * Compares each figure about an entity with the latest earlier figure of the same entity, measure and unit (dated
 * no later than this article, and not from it) and keeps those that differ. Figures with nothing earlier to compare
 * with, or whose measure is not known (see `comparable`), are left out. One change per entity, measure, unit and
 * value, in the order of the article.
 *
 * @param earlier the store's answers to {@link earlierQueries}, by {@link queryKey}
 */
export function figureChanges(
  here: readonly FigureHere[],
  article: { id: number; date: number },
  earlier: ReadonlyMap<string, readonly TimelinePoint[]>,
): FigureChange[] {
  const out: FigureChange[] = [];
  const seen = new Set<string>();
  for (const f of here) {
    if (!f.about || !comparable(f.value, f.measure)) continue;
    const measure = figureMeasure(f.value, f.measure);
    const dedupe = `${f.about}\u0000${measureGroupKey(f.value, measure)}\u0000${magnitude(f.value).join('-')}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const before = latestComparable(f, earlier.get(queryKey({ entityId: f.about, measure })) ?? [], article);
    if (before && !sameFigure(before.value, f.value)) {
      out.push({ entityId: f.about, measure, here: f, before, direction: direction(f.value, before.value) });
    }
  }
  return out;
}

/**
 * A change as one sentence: "Nvidia’s write-off is $5.5 bn here, up from $4.5 bn in “…” on Nov 12, 2026." The
 * entity and the earlier article are slots the view fills with links; the article's title is the reader's own
 * data, so this sentence is only ever rendered in an extension page.
 */
export function changeSentence(c: FigureChange, name: string, lang: Language): SentencePart[] {
  return uiStrings(lang).popup.change({
    name,
    measure: cardStrings(lang).measures[c.measure],
    here: figureShort(c.here.value, lang),
    before: figureShort(c.before.value, lang),
    direction: c.direction,
    date: formatDate(c.before.date, lang),
  });
}

/** A sentence as plain text, its slots filled with the entity's name and the article's title. */
export function sentenceText(parts: readonly SentencePart[], fill: { entity?: string; article?: string }): string {
  return parts.map((p) => (typeof p === 'string' ? p : (fill[p.slot] ?? ''))).join('');
}
