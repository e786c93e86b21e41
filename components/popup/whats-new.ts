/**
 * "What's new here": figures in the article being read that differ from what earlier articles said about the
 * same entity (say, 200,000 H200 here against 100,000 before). Pure.
 */
import type { FigureValue } from '../../lib/extract/types';
import type { Quote, TimelinePoint } from '../../lib/store/types';
import { comparableKey, magnitude, sameFigure } from '../shared/figures';

/** Newest figures per entity the popup reads: enough to see a trend, few enough to answer fast at 10,000 articles. */
export const POPUP_TIMELINE_POINTS = 50;

/** A figure of the current article. */
export interface FigureHere {
  value: FigureValue;
  about?: string;
  quote: Quote;
}

export interface FigureChange {
  entityId: string;
  here: FigureHere;
  /** The latest comparable figure about the entity from an earlier article. */
  before: TimelinePoint;
}

/**
 * Compares each figure about an entity with the latest comparable figure about that entity in an earlier
 * article (dated no later than this one, and not this one) and keeps those that differ. Figures with nothing
 * earlier to compare with are not "new" in this sense and are left out. One change per entity, kind of figure
 * and value, in the order of the article.
 *
 * @param timelines each entity's figure timeline, oldest first (as `entity/timeline` answers)
 */
export function figureChanges(
  here: readonly FigureHere[],
  article: { id: number; date: number },
  timelines: ReadonlyMap<string, readonly TimelinePoint[]>,
): FigureChange[] {
  const out: FigureChange[] = [];
  const seen = new Set<string>();
  for (const f of here) {
    if (!f.about) continue;
    const key = comparableKey(f.value);
    const dedupe = `${f.about}\u0000${key}\u0000${magnitude(f.value).join('-')}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const points = timelines.get(f.about) ?? [];
    let before: TimelinePoint | undefined;
    for (const p of points) {
      if (p.article.id === article.id || p.date > article.date || comparableKey(p.value) !== key) continue;
      if (!before || p.date >= before.date) before = p;
    }
    if (before && !sameFigure(before.value, f.value)) out.push({ entityId: f.about, here: f, before });
  }
  return out;
}
