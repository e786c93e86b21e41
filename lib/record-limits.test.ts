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

  it('keeps its spent slots across workers: a restarted worker starts from the snapshot the last one left', () => {
    let now = 10_000;
    const windows = [{ ms: 60_000, max: 2 }];
    const first = new RecordBudget(windows, () => now);
    let saved = {};
    first.onChange = (s) => (saved = structuredClone(s));
    expect([first.take(7), first.take(7)]).toEqual([true, true]);
    now += 1_000;
    const second = new RecordBudget(windows, () => now);
    second.restore(saved);
    expect(second.take(7)).toBe(false);
    expect(second.take(8)).toBe(true);
    now += 60_000;
    expect(second.take(7)).toBe(true);
  });

  it('ignores a snapshot that is not one: wrong keys, times in the future or outside every window', () => {
    const now = 100_000;
    const budget = new RecordBudget([{ ms: 60_000, max: 1 }], () => now);
    budget.restore({ x: [now - 1], '3': 'soon', '4': [now + 5_000, now - 90_000, 'a'] });
    budget.restore(null);
    budget.restore([1, 2]);
    expect(budget.snapshot()).toEqual({});
    expect([budget.take(3), budget.take(4)]).toEqual([true, true]);
  });
});
