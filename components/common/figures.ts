/**
 * Which figures can be compared with each other, and whether two say the same. Pure.
 *
 * Two figures are comparable when they are about the same entity, measure the same thing (revenue, a write-off…)
 * and are in the same unit once scale is taken out: 96 GB and 0.096 TB are; 200,000 H200 and 200,000 wafers are
 * not; USD and CNY amounts are not (a change of exchange rate is not news about a chip); a $5.5 billion write-off
 * and $13.5 billion of lost revenue are not.
 */
import type { FigureValue, Measure } from '../../lib/extract/types.ts';
import { figureMeasure } from '../../lib/store/measure.ts';
import type { TimelinePoint } from '../../lib/store/types.ts';

/**
 * Earlier figures read per entity and measure ("what's new", the card): the store answers them from one index
 * range, so a handful is enough to find the latest one in the same currency or unit.
 */
export const EARLIER_POINTS = 20;

const SCALE: Record<string, number> = { GB: 1, TB: 1000, 'GB/s': 1, 'TB/s': 1000, TFLOPS: 1, PFLOPS: 1000 };

/** A key shared exactly by figures that can be compared. */
export function comparableKey(v: FigureValue): string {
  switch (v.type) {
    case 'money':
      return `money:${v.currency}`;
    case 'quantity':
      return `quantity:${(v.unit ?? '').toLowerCase()}`;
    default:
      return v.type;
  }
}

/** The figure's size in its key's base unit, as a range `[low, high]` (equal ends for a single value). */
export function magnitude(v: FigureValue): [number, number] {
  switch (v.type) {
    case 'percent':
      return 'value' in v ? [v.value, v.value] : [v.min, v.max];
    case 'points':
      return [v.value, v.value];
    case 'money':
    case 'quantity':
      return [v.min ?? v.amount, v.max ?? v.amount];
    case 'date': {
      const t = Date.parse(v.iso);
      return [t, t];
    }
    case 'memory':
    case 'bandwidth':
    case 'compute': {
      const x = v.amount * (SCALE[v.unit] ?? 1);
      return [x, x];
    }
    default:
      return [v.amount, v.amount];
  }
}

function close(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether two figures state the same thing (same key, same size). */
export function sameFigure(a: FigureValue, b: FigureValue): boolean {
  if (comparableKey(a) !== comparableKey(b)) return false;
  const [a0, a1] = magnitude(a);
  const [b0, b1] = magnitude(b);
  return close(a0, b0) && close(a1, b1);
}

/**
 * The group a figure is listed in (the figure timeline, the exports): its measure, then its comparable key.
 * Figures of unknown measure get groups of their own per key, apart from every classified figure.
 */
export function measureGroupKey(value: FigureValue, measure: Measure | undefined): string {
  return `${figureMeasure(value, measure)}|${comparableKey(value)}`;
}

/**
 * Whether a figure may be set against others at all ("what's new", the card's earlier figure, the timeline's
 * bars). A figure whose measure is not known compares with nothing, not even with another unknown one of the same
 * type: "$13.5 billion" and "$5.5 billion" about Nvidia with no measure read may be lost revenue and a write-off,
 * and a wrong "down from" is worse than no comparison. Specs are known by their unit (`figureMeasure`).
 */
export function comparable(value: FigureValue, measure: Measure | undefined): boolean {
  return figureMeasure(value, measure) !== 'unknown';
}

/**
 * The latest point that a figure can be compared with: same measure, same comparable key, not from the article
 * itself and dated no later than it. Undefined when there is none or the figure compares with nothing.
 *
 * @param points one entity's figures, in any order (the store's timeline answers oldest first)
 */
export function latestComparable(
  figure: { value: FigureValue; measure?: Measure },
  points: readonly TimelinePoint[],
  article?: { id: number; date: number },
): TimelinePoint | undefined {
  if (!comparable(figure.value, figure.measure)) return undefined;
  const key = measureGroupKey(figure.value, figure.measure);
  let best: TimelinePoint | undefined;
  for (const p of points) {
    if (article && (p.article.id === article.id || p.date > article.date)) continue;
    if (measureGroupKey(p.value, p.measure) !== key) continue;
    if (!best || p.date >= best.date) best = p;
  }
  return best;
}
