import { describe, expect, it } from 'vitest';
import type { FigureValue, Measure } from '../../lib/extract/types.ts';
import type { TimelinePoint } from '../../lib/store/types.ts';
import { changeSentence, earlierQueries, figureChanges, queryKey, sentenceText, type FigureChange, type FigureHere } from './whats-new.ts';

const DAY = 86_400_000;
const q = (exact: string) => ({ exact, prefix: '', suffix: '' });

function point(articleId: number, date: number, value: FigureValue, measure: Measure = 'unknown'): TimelinePoint {
  return {
    date,
    dated: 'published',
    type: value.type,
    value,
    measure,
    quote: q(String(articleId)),
    article: { id: articleId, url: `https://example.org/${articleId}`, title: `A${articleId}`, site: 'example.org' },
  };
}

/** The store's answers, keyed as the popup keys them. */
function earlier(entries: [string, Measure, TimelinePoint[]][]): Map<string, TimelinePoint[]> {
  return new Map(entries.map(([entityId, measure, points]) => [queryKey({ entityId, measure }), points]));
}

const h200 = (amount: number): FigureValue => ({ type: 'quantity', amount, unit: 'Nvidia H200' });
const usd = (amount: number): FigureValue => ({ type: 'money', amount, currency: 'USD' });

describe('figureChanges', () => {
  const article = { id: 9, date: 100 * DAY };

  it('reports a figure that differs from the latest earlier one about the same entity and measure', () => {
    const here: FigureHere[] = [{ value: h200(200_000), about: 'nvidia-h200', measure: 'orders', quote: q('200.000') }];
    const answers = earlier([
      ['nvidia-h200', 'orders', [point(1, 10 * DAY, h200(50_000), 'orders'), point(2, 50 * DAY, h200(100_000), 'orders'), point(9, 100 * DAY, h200(200_000), 'orders')]],
    ]);
    const changes = figureChanges(here, article, answers);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ entityId: 'nvidia-h200', measure: 'orders', direction: 'up' });
    expect(changes[0].before.article.id).toBe(2);
    expect(changes[0].before.value).toEqual(h200(100_000));
  });

  it('never sets a write-off against lost revenue, even when the store answers with both', () => {
    const here: FigureHere[] = [{ value: usd(5.5e9), about: 'nvidia', measure: 'charge', quote: q('$5.5 billion') }];
    // A careless answer (all of Nvidia's money figures) must still not make a revenue figure the "before".
    const answers = earlier([['nvidia', 'charge', [point(1, 10 * DAY, usd(13.5e9), 'revenue'), point(2, 20 * DAY, usd(4.5e9), 'charge')]]]);
    const changes = figureChanges(here, article, answers);
    expect(changes.map((c) => [c.measure, c.before.value])).toEqual([['charge', usd(4.5e9)]]);
    expect(figureChanges(here, article, earlier([['nvidia', 'charge', [point(1, 10 * DAY, usd(13.5e9), 'revenue')]]]))).toEqual([]);
  });

  it('compares a figure of unknown measure with nothing, not even with another unknown one', () => {
    const here: FigureHere[] = [
      { value: usd(5.5e9), about: 'nvidia', quote: q('$5.5 billion') },
      { value: usd(6e9), about: 'nvidia', measure: 'unknown', quote: q('$6 billion') },
    ];
    expect(earlierQueries(here)).toEqual([]);
    const answers = earlier([['nvidia', 'unknown', [point(1, 10 * DAY, usd(13.5e9))]]]);
    expect(figureChanges(here, article, answers)).toEqual([]);
  });

  it('knows specs by their unit: memory with no measure read compares with earlier memory figures', () => {
    const here: FigureHere[] = [{ value: { type: 'memory', amount: 0.144, unit: 'TB' }, about: 'nvidia-b300', quote: q('0,144 TB') }];
    expect(earlierQueries(here)).toEqual([{ entityId: 'nvidia-b300', measure: 'memory' }]);
    const answers = earlier([['nvidia-b300', 'memory', [point(1, 10 * DAY, { type: 'memory', amount: 192, unit: 'GB' }, 'memory')]]]);
    expect(figureChanges(here, article, answers)).toMatchObject([{ measure: 'memory', direction: 'down' }]);
    const same = earlier([['nvidia-b300', 'memory', [point(1, 10 * DAY, { type: 'memory', amount: 144, unit: 'GB' }, 'memory')]]]);
    expect(figureChanges(here, article, same)).toEqual([]);
  });

  it('compares only like with like within a measure: other currencies and units are not earlier values', () => {
    const here: FigureHere[] = [
      { value: usd(5.5e9), about: 'nvidia', measure: 'revenue', quote: q('$5.5 billion') },
      { value: h200(200_000), about: 'nvidia-h200', measure: 'shipments', quote: q('200,000') },
    ];
    const answers = earlier([
      ['nvidia', 'revenue', [point(1, 10 * DAY, { type: 'money', amount: 40e9, currency: 'CNY' }, 'revenue')]],
      ['nvidia-h200', 'shipments', [point(1, 10 * DAY, { type: 'quantity', amount: 9_000, unit: 'wafers' }, 'shipments')]],
    ]);
    expect(figureChanges(here, article, answers)).toEqual([]);
  });

  it('ignores later articles, the article itself and figures about no entity', () => {
    const here: FigureHere[] = [
      { value: usd(5.5e9), about: 'nvidia', measure: 'revenue', quote: q('$5.5 billion') },
      { value: usd(1e9), measure: 'revenue', quote: q('$1 billion') },
    ];
    const answers = earlier([['nvidia', 'revenue', [point(9, 100 * DAY, usd(4e9), 'revenue'), point(3, 120 * DAY, usd(13.5e9), 'revenue')]]]);
    expect(figureChanges(here, article, answers)).toEqual([]);
    expect(earlierQueries(here)).toEqual([{ entityId: 'nvidia', measure: 'revenue' }]);
  });

  it('reports each entity, measure and value once, in the order of the article', () => {
    const here: FigureHere[] = [
      { value: usd(52e9), about: 'tsmc', measure: 'investment', quote: q('$52 billion') },
      { value: h200(200_000), about: 'nvidia-h200', measure: 'orders', quote: q('200,000') },
      { value: usd(52e9), about: 'tsmc', measure: 'investment', quote: q('52 billion dollars') },
      { value: usd(52e9), about: 'tsmc', measure: 'revenue', quote: q('revenue of $52 billion') },
    ];
    const answers = earlier([
      ['tsmc', 'investment', [point(1, 5 * DAY, usd(40e9), 'investment')]],
      ['tsmc', 'revenue', [point(1, 5 * DAY, usd(60e9), 'revenue')]],
      ['nvidia-h200', 'orders', [point(2, 6 * DAY, h200(100_000), 'orders')]],
    ]);
    expect(figureChanges(here, article, answers).map((c) => [c.entityId, c.measure, c.direction])).toEqual([
      ['tsmc', 'investment', 'up'],
      ['nvidia-h200', 'orders', 'up'],
      ['tsmc', 'revenue', 'down'],
    ]);
  });

  it('compares ranges by both ends', () => {
    const range: FigureValue = { type: 'money', amount: 52e9, min: 52e9, max: 56e9, currency: 'USD' };
    const here: FigureHere[] = [{ value: range, about: 'tsmc', measure: 'investment', quote: q('$52 billion to $56 billion') }];
    const same = earlier([['tsmc', 'investment', [point(1, 5 * DAY, { ...range }, 'investment')]]]);
    const wider = earlier([['tsmc', 'investment', [point(1, 5 * DAY, { ...range, max: 60e9 }, 'investment')]]]);
    const inside = earlier([['tsmc', 'investment', [point(1, 5 * DAY, { ...range, amount: 54e9, min: 54e9, max: 55e9 }, 'investment')]]]);
    expect(figureChanges(here, article, same)).toEqual([]);
    expect(figureChanges(here, article, wider)).toMatchObject([{ direction: 'down' }]);
    expect(figureChanges(here, article, inside)).toMatchObject([{ direction: 'changed' }]);
  });
});

describe('changeSentence', () => {
  const nov12 = Date.UTC(2026, 10, 12, 12);
  const change = (measure: Measure, now: FigureValue, was: FigureValue, direction: FigureChange['direction']): FigureChange => ({
    entityId: 'nvidia',
    measure,
    here: { value: now, about: 'nvidia', measure, quote: q('x') },
    before: { ...point(2, nov12, was, measure), article: { id: 2, url: 'https://example.org/2', title: 'Nvidia books H20 charge', site: 'example.org' } },
    direction,
  });
  const text = (c: FigureChange, name: string, lang: 'en' | 'de') =>
    sentenceText(changeSentence(c, name, lang), { entity: name, article: c.before.article.title }).replace(/\u00a0/g, ' ');

  it('says a change in one English sentence, with the earlier article and its date', () => {
    expect(text(change('charge', usd(5.5e9), usd(4.5e9), 'up'), 'Nvidia', 'en')).toBe(
      'Nvidia’s write-off is $5.5 bn here, up from $4.5 bn in “Nvidia books H20 charge” on Nov 12, 2026.',
    );
    expect(text(change('orders', h200(100_000), h200(200_000), 'down'), 'Nvidia', 'en')).toBe(
      'Nvidia’s orders are 100,000 Nvidia H200 here, down from 200,000 Nvidia H200 in “Nvidia books H20 charge” on Nov 12, 2026.',
    );
    expect(text(change('market-share', { type: 'percent', value: 12 }, { type: 'percent', value: 9.5 }, 'up'), 'Cerebras Systems', 'en')).toBe(
      'Cerebras Systems’ market share is 12% here, up from 9.5% in “Nvidia books H20 charge” on Nov 12, 2026.',
    );
  });

  it('says it in German with the noun’s article, locale numbers and the German date', () => {
    expect(text(change('charge', usd(5.5e9), usd(4.5e9), 'up'), 'Nvidia', 'de')).toBe(
      'Die Abschreibung von Nvidia liegt hier bei 5,5 Mrd. $, gestiegen von 4,5 Mrd. $ in „Nvidia books H20 charge“ vom 12.11.2026.',
    );
    expect(text(change('revenue', usd(13.5e9), usd(15e9), 'down'), 'Nvidia', 'de')).toBe(
      'Der Umsatz von Nvidia liegt hier bei 13,5 Mrd. $, gesunken von 15 Mrd. $ in „Nvidia books H20 charge“ vom 12.11.2026.',
    );
    expect(text(change('shipments', h200(1.2e6), h200(1e6), 'up'), 'AMD', 'de')).toMatch(/^Die Auslieferungen von AMD liegen hier bei 1,2 Millionen Nvidia H200, gestiegen von 1 Million/);
    expect(text(change('growth', { type: 'percent', value: 12 }, { type: 'percent', value: 9.87 }, 'up'), 'TSMC', 'de')).toMatch(/^Das Wachstum von TSMC liegt hier bei 12 %, gestiegen von 9,87 %/);
  });

  it('puts the entity and the earlier article in slots, so the view can make them links', () => {
    const parts = changeSentence(change('charge', usd(5.5e9), usd(4.5e9), 'changed'), 'Nvidia', 'en');
    expect(parts.filter((p) => typeof p !== 'string')).toEqual([{ slot: 'entity' }, { slot: 'article' }]);
    expect(sentenceText(parts, { entity: 'Nvidia', article: 'T' })).toMatch(/here, against \$4\.5\u00a0bn in “T”/);
  });
});
