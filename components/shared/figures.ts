/**
 * Which figures can be compared with each other, and whether two say the same. Pure.
 *
 * Two figures are comparable when they measure the same thing in the same unit once scale is taken out:
 * 96 GB and 0.096 TB are; 200,000 H200 and 200,000 wafers are not; USD and CNY amounts are not (a change of
 * exchange rate is not news about a chip).
 */
import type { FigureValue } from '../../lib/extract/types';

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
