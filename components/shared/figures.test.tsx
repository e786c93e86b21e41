import { describe, expect, it } from 'vitest';
import { comparableKey, magnitude, sameFigure } from './figures';

describe('comparable figures', () => {
  it('keys by kind, currency and counted unit', () => {
    expect(comparableKey({ type: 'money', amount: 1, currency: 'USD' })).toBe('money:USD');
    expect(comparableKey({ type: 'quantity', amount: 1, unit: 'Wafers' })).toBe('quantity:wafers');
    expect(comparableKey({ type: 'quantity', amount: 1 })).toBe('quantity:');
    expect(comparableKey({ type: 'memory', amount: 1, unit: 'TB' })).toBe(comparableKey({ type: 'memory', amount: 1, unit: 'GB' }));
  });

  it('takes scale out of memory, bandwidth and compute', () => {
    expect(magnitude({ type: 'memory', amount: 1.5, unit: 'TB' })).toEqual([1500, 1500]);
    expect(magnitude({ type: 'bandwidth', amount: 4.8, unit: 'TB/s' })[0]).toBeCloseTo(4800);
    expect(magnitude({ type: 'compute', amount: 2, unit: 'PFLOPS' })).toEqual([2000, 2000]);
    expect(magnitude({ type: 'percent', min: 5, max: 7 })).toEqual([5, 7]);
  });

  it('says when two figures state the same', () => {
    expect(sameFigure({ type: 'bandwidth', amount: 4.8, unit: 'TB/s' }, { type: 'bandwidth', amount: 4800, unit: 'GB/s' })).toBe(true);
    expect(sameFigure({ type: 'percent', value: 9.87 }, { type: 'percent', value: 9.8 })).toBe(false);
    expect(sameFigure({ type: 'money', amount: 1e9, currency: 'USD' }, { type: 'money', amount: 1e9, currency: 'EUR' })).toBe(false);
    expect(sameFigure({ type: 'date', iso: '2026-01-28' }, { type: 'date', iso: '2026-01-28' })).toBe(true);
  });

  it('never tells two unreadable dates apart (so they are never "news")', () => {
    expect(sameFigure({ type: 'date', iso: 'soon' }, { type: 'date', iso: 'later' })).toBe(true);
    expect(sameFigure({ type: 'date', iso: 'soon' }, { type: 'date', iso: '2026-01-28' })).toBe(false);
  });
});
