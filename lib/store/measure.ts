/**
 * The measure a stored figure carries. Pure (no Dexie), so the views can apply the same rule to a figure on the
 * page that the store applied to the figures it keeps.
 */
import { SPEC_MEASURE, type FigureValue, type Measure } from '../extract/types.ts';

/**
 * The measure to keep for a figure: what the extractor read from its clause, else what its unit implies (specs),
 * else `unknown`. Stored rows always carry one, so the `[about+measure+date]` index holds every figure.
 */
export function figureMeasure(value: FigureValue, read?: Measure): Measure {
  if (read && read !== 'unknown') return read;
  return SPEC_MEASURE[value.type] ?? 'unknown';
}
