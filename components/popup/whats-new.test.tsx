import { describe, expect, it } from 'vitest';
import type { FigureValue } from '../../lib/extract/types';
import type { TimelinePoint } from '../../lib/store/types';
import { figureChanges, type FigureHere } from './whats-new';

const DAY = 86_400_000;
const q = (exact: string) => ({ exact, prefix: '', suffix: '' });

function point(articleId: number, date: number, value: FigureValue): TimelinePoint {
  return {
    date,
    dated: 'published',
    type: value.type,
    value,
    quote: q(String(articleId)),
    article: { id: articleId, url: `https://example.org/${articleId}`, title: `A${articleId}`, site: 'example.org' },
  };
}

const h200 = (amount: number): FigureValue => ({ type: 'quantity', amount, unit: 'Nvidia H200' });
const usd = (amount: number): FigureValue => ({ type: 'money', amount, currency: 'USD' });

describe('figureChanges', () => {
  const article = { id: 9, date: 100 * DAY };

  it('reports a figure that differs from the latest earlier one about the same entity', () => {
    const here: FigureHere[] = [{ value: h200(200_000), about: 'nvidia-h200', quote: q('200.000') }];
    const timelines = new Map([
      ['nvidia-h200', [point(1, 10 * DAY, h200(50_000)), point(2, 50 * DAY, h200(100_000)), point(9, 100 * DAY, h200(200_000))]],
    ]);
    const changes = figureChanges(here, article, timelines);
    expect(changes).toHaveLength(1);
    expect(changes[0].entityId).toBe('nvidia-h200');
    expect(changes[0].before.article.id).toBe(2);
    expect(changes[0].before.value).toEqual(h200(100_000));
  });

  it('is silent when the earlier article said the same, even in another scale', () => {
    const here: FigureHere[] = [{ value: { type: 'memory', amount: 0.141, unit: 'TB' }, about: 'nvidia-h200', quote: q('0,141 TB') }];
    const timelines = new Map([['nvidia-h200', [point(1, 10 * DAY, { type: 'memory', amount: 141, unit: 'GB' })]]]);
    expect(figureChanges(here, article, timelines)).toEqual([]);
  });

  it('compares only like with like: other units, currencies and kinds of figure are not earlier values', () => {
    const here: FigureHere[] = [
      { value: usd(5.5e9), about: 'nvidia', quote: q('$5.5 billion') },
      { value: h200(200_000), about: 'nvidia-h200', quote: q('200,000') },
    ];
    const timelines = new Map([
      ['nvidia', [point(1, 10 * DAY, { type: 'money', amount: 40e9, currency: 'CNY' }), point(1, 10 * DAY, { type: 'percent', value: 4 })]],
      ['nvidia-h200', [point(1, 10 * DAY, { type: 'quantity', amount: 9_000, unit: 'wafers' })]],
    ]);
    expect(figureChanges(here, article, timelines)).toEqual([]);
  });

  it('ignores later articles, the article itself and figures about no entity', () => {
    const here: FigureHere[] = [
      { value: usd(5.5e9), about: 'nvidia', quote: q('$5.5 billion') },
      { value: usd(1e9), quote: q('$1 billion') },
    ];
    const timelines = new Map([['nvidia', [point(9, 100 * DAY, usd(4e9)), point(3, 120 * DAY, usd(13.5e9))]]]);
    expect(figureChanges(here, article, timelines)).toEqual([]);
  });

  it('reports each entity, kind and value once, in the order of the article', () => {
    const here: FigureHere[] = [
      { value: usd(52e9), about: 'tsmc', quote: q('$52 billion') },
      { value: h200(200_000), about: 'nvidia-h200', quote: q('200,000') },
      { value: usd(52e9), about: 'tsmc', quote: q('52 billion dollars') },
    ];
    const timelines = new Map([
      ['tsmc', [point(1, 5 * DAY, usd(40e9))]],
      ['nvidia-h200', [point(2, 6 * DAY, h200(100_000))]],
    ]);
    expect(figureChanges(here, article, timelines).map((c) => c.entityId)).toEqual(['tsmc', 'nvidia-h200']);
  });

  it('compares ranges by both ends', () => {
    const range: FigureValue = { type: 'money', amount: 52e9, min: 52e9, max: 56e9, currency: 'USD' };
    const here: FigureHere[] = [{ value: range, about: 'tsmc', quote: q('$52 billion to $56 billion') }];
    const same = new Map([['tsmc', [point(1, 5 * DAY, { ...range })]]]);
    const wider = new Map([['tsmc', [point(1, 5 * DAY, { ...range, max: 60e9 })]]]);
    expect(figureChanges(here, article, same)).toEqual([]);
    expect(figureChanges(here, article, wider)).toHaveLength(1);
  });
});
