import { describe, expect, it } from 'vitest';
import type { FigureValue, Measure } from '../../lib/extract/types.ts';
import type { TimelinePoint } from '../../lib/store/types.ts';
import { comparable, comparableKey, latestComparable, magnitude, measureGroupKey, sameFigure } from './figures.ts';
import { groupLabel, groupTimeline } from './Timeline.tsx';

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

describe('figures by measure', () => {
  const usd = (amount: number): FigureValue => ({ type: 'money', amount, currency: 'USD' });
  const point = (articleId: number, date: number, value: FigureValue, measure: Measure): TimelinePoint => ({
    date,
    dated: 'published',
    type: value.type,
    value,
    measure,
    quote: { exact: '', prefix: '', suffix: '' },
    article: { id: articleId, url: `https://example.org/${articleId}`, title: `A${articleId}`, site: 'example.org' },
  });

  it('keys by measure first, so a write-off and lost revenue in dollars fall apart', () => {
    expect(measureGroupKey(usd(1), 'charge')).toBe('charge|money:USD');
    expect(measureGroupKey(usd(1), 'revenue')).not.toBe(measureGroupKey(usd(1), 'charge'));
    expect(measureGroupKey(usd(1), undefined)).toBe(measureGroupKey(usd(1), 'unknown'));
    // Specs are known by their unit.
    expect(measureGroupKey({ type: 'memory', amount: 1, unit: 'TB' }, undefined)).toBe('memory|memory');
  });

  it('lets only figures of a known measure be compared', () => {
    expect(comparable(usd(1), 'revenue')).toBe(true);
    expect(comparable(usd(1), 'unknown')).toBe(false);
    expect(comparable(usd(1), undefined)).toBe(false);
    expect(comparable({ type: 'power', amount: 700, unit: 'W' }, undefined)).toBe(true);
  });

  it('finds the latest earlier figure of the same measure and unit, never another measure or the article itself', () => {
    const points = [point(1, 10, usd(4e9), 'charge'), point(2, 20, usd(13.5e9), 'revenue'), point(3, 30, usd(5e9), 'charge'), point(4, 40, usd(9e9), 'charge')];
    expect(latestComparable({ value: usd(5.5e9), measure: 'charge' }, points, { id: 4, date: 40 })?.article.id).toBe(3);
    expect(latestComparable({ value: usd(5.5e9), measure: 'charge' }, points)?.article.id).toBe(4);
    expect(latestComparable({ value: usd(5.5e9), measure: 'revenue' }, points, { id: 9, date: 15 })).toBeUndefined();
    expect(latestComparable({ value: usd(5.5e9) }, points)).toBeUndefined();
  });

  it('groups a timeline by measure and unit, unknown figures apart and not compared', () => {
    const points = [
      point(1, 10, usd(4.5e9), 'charge'),
      point(1, 10, usd(13.5e9), 'revenue'),
      point(2, 20, usd(5.5e9), 'charge'),
      point(2, 20, usd(1e9), 'unknown'),
      point(3, 30, { type: 'money', amount: 1, currency: 'CNY' }, 'revenue'),
    ];
    const groups = groupTimeline(points, (p) => groupLabel(p, 'en'));
    expect(groups.map((g) => [g.label, g.points.map((p) => p.article.id), g.compared])).toEqual([
      ['Write-off · Amount of money (USD)', [1, 2], true],
      ['Revenue · Amount of money (USD)', [1], true],
      ['Measure not known · Amount of money (USD)', [2], false],
      ['Revenue · Amount of money (CNY)', [3], true],
    ]);
    expect(groupLabel(points[0], 'de')).toBe('Abschreibung · Geldbetrag (USD)');
    expect(groupLabel({ value: { type: 'memory', amount: 1, unit: 'TB' }, measure: 'memory' }, 'de')).toBe('Speicher');
  });
});
