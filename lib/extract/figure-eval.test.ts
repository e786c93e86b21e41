/**
 * Recall and precision of the figure grammar on the project's own evaluation set of money, percent and count
 * phrasings (`figure-phrasings.ts`), judged as the shared scorer judges articles: a found figure is right when it
 * overlaps an expected one and has its value (numbers within 0.5 %, the same currency and unit). The numbers are
 * printed; the test holds the goals (recall ≥ 90 %, precision ≥ 97 %).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from './index.ts';
import { FIGURE_PHRASINGS, HELD_OUT_PHRASINGS, type Phrasing } from './figure-phrasings.ts';
import type { FigureMention, FigureValue } from './types.ts';

const close = (x: number | undefined, y: number | undefined) =>
  typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) <= Math.max(1e-9, Math.abs(y) * 0.005);

export function sameValue(got: FigureValue, want: FigureValue): boolean {
  if (got.type !== want.type) return false;
  switch (want.type) {
    case 'percent':
      return 'min' in want ? 'min' in got && close(got.min, want.min) && close(got.max, want.max) : 'value' in got && close(got.value, want.value);
    case 'points':
      return got.type === 'points' && close(got.value, want.value);
    case 'money':
      return got.type === 'money' && close(got.amount, want.amount) && got.currency === want.currency;
    case 'quantity':
      return got.type === 'quantity' && close(got.amount, want.amount) && (!want.unit || got.unit === want.unit);
    case 'date':
      return got.type === 'date' && got.iso === want.iso;
    default:
      return 'amount' in got && close(got.amount, want.amount) && 'unit' in got && got.unit === want.unit;
  }
}

interface Outcome {
  truePositives: number;
  expected: number;
  found: number;
  falsePositives: number;
  notes: string[];
}

export function evaluate(set: Phrasing[]): Outcome {
  const out: Outcome = { truePositives: 0, expected: 0, found: 0, falsePositives: 0, notes: [] };
  for (const { lang, text, figures } of set) {
    let from = 0;
    const want = figures.map((f) => {
      const start = text.indexOf(f.text, from);
      from = start + f.text.length;
      return { ...f, start, end: start + f.text.length, matched: false };
    });
    const got = annotate(text, { lang }).mentions.filter((m): m is FigureMention => m.kind === 'figure');
    out.expected += want.length;
    out.found += got.length;
    for (const g of got) {
      const hits = want.filter((w) => w.start < g.end && g.start < w.end);
      const good = hits.find((w) => !w.matched && sameValue(g.value, w.value));
      if (good) {
        good.matched = true;
        out.truePositives++;
      } else if (!hits.some((w) => w.matched && sameValue(g.value, w.value))) {
        out.falsePositives++;
        out.notes.push(`${lang} false: "${g.text}" ${JSON.stringify(g.value)} in ${JSON.stringify(text)}`);
      }
    }
    for (const w of want) if (!w.matched) out.notes.push(`${lang} missed: "${w.text}" ${JSON.stringify(w.value)} in ${JSON.stringify(text)}`);
  }
  return out;
}

function report(label: string, set: Phrasing[]): { recall: number; precision: number } {
  const r = evaluate(set);
  const recall = r.truePositives / r.expected;
  const precision = r.truePositives / Math.max(1, r.truePositives + r.falsePositives);
  console.log(
    `${label}: ${set.length} sentences, ${r.expected} figures; recall ${(100 * recall).toFixed(1)} %, ` +
      `precision ${(100 * precision).toFixed(1)} % (${r.truePositives} right, ${r.falsePositives} false)` +
      r.notes.map((n) => `\n  ${n}`).join(''),
  );
  return { recall, precision };
}

describe('figure phrasings (own evaluation set)', () => {
  it('finds at least 90 % of the figures with at least 97 % precision', () => {
    const { recall, precision } = report('figure phrasings', FIGURE_PHRASINGS);
    expect(FIGURE_PHRASINGS.length).toBeGreaterThanOrEqual(150);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });

  it('holds the same goals on the sentences written after the grammar work', () => {
    const { recall, precision } = report('held-out phrasings', HELD_OUT_PHRASINGS);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });
});
