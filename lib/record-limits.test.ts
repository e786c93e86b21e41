import { describe, expect, it } from 'vitest';
import { RecordBudget } from './record-limits.ts';

describe('RecordBudget', () => {
  it('allows max new articles per window and key, and frees slots as the window slides', () => {
    let now = 1_000;
    const budget = new RecordBudget([{ ms: 60_000, max: 2 }, { ms: 3_600_000, max: 3 }], () => now);
    expect([budget.take(1), budget.take(1), budget.take(1)]).toEqual([true, true, false]);
    expect(budget.take(2)).toBe(true);
    now += 60_001;
    expect([budget.take(1), budget.take(1)]).toEqual([true, false]); // the hour allows three
    now += 3_600_000;
    expect(budget.take(1)).toBe(true);
  });

  it('gives back a slot that created nothing', () => {
    const budget = new RecordBudget([{ ms: 60_000, max: 1 }], () => 0);
    expect(budget.take(1)).toBe(true);
    budget.refund(1);
    expect(budget.take(1)).toBe(true);
    expect(budget.take(1)).toBe(false);
  });
});
