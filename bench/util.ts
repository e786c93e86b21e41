/** One benchmark figure as printed by `npm run bench`. */
import { seededRandom } from '../lib/rng.ts';
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The goal as text, e.g. "≤ 10". */
  goal?: string;
  ok?: boolean;
}

/** Deterministic shuffle, so every run measures the same page. */
export function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  const rnd = seededRandom(seed);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export function printTable(title: string, rows: BenchResult[]): void {
  console.log(`\n${title}`);
  for (const r of rows) {
    const v = r.value >= 100 ? r.value.toFixed(0) : r.value >= 10 ? r.value.toFixed(1) : r.value.toFixed(2);
    const verdict = r.ok === undefined ? '' : r.ok ? 'OK' : 'MISS';
    console.log(`  ${r.name.padEnd(58)} ${v.padStart(9)} ${r.unit.padEnd(5)} ${r.goal ? `goal ${r.goal}`.padEnd(12) : ''.padEnd(12)} ${verdict}`);
  }
}
