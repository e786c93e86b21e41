import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordArticle } from './articles.ts';
import { coMentions, entityContext, figureTimeline } from './context.ts';
import type { StoreDb } from './db.ts';
import { entity, figure, report, testStore } from './testing.ts';

let db: StoreDb;
beforeEach(async () => {
  db = await testStore();
});
afterEach(() => db.close());

const day = 86_400_000;
const iso = (d: number) => new Date(d * day).toISOString();

/** Three dated articles about the H20 and one undated, seen on day 25. */
async function seed() {
  const a = await recordArticle(
    db,
    report('a', {
      publishedAt: iso(10),
      entities: [entity('nvidia-h20', 2, 'chip', 5), entity('nvidia', 1, 'company'), entity('huawei', 1, 'company')],
      figures: [figure({ type: 'money', amount: 16e9, currency: 'USD' }, 'nvidia-h20', 7), figure({ type: 'percent', value: 5 }, 'nvidia', 9)],
    }),
    30 * day,
  );
  const b = await recordArticle(
    db,
    report('b', {
      publishedAt: iso(20),
      entities: [entity('nvidia-h20'), entity('nvidia', 1, 'company')],
      figures: [figure({ type: 'money', amount: 12e9, currency: 'USD' }, 'nvidia-h20', 1), figure({ type: 'quantity', amount: 1e6 }, 'nvidia-h20', 2)],
    }),
    31 * day,
  );
  const c = await recordArticle(db, report('c', { publishedAt: iso(5), entities: [entity('nvidia-h20'), entity('huawei', 1, 'company')] }), 32 * day);
  const d = await recordArticle(
    db,
    report('d', { entities: [entity('nvidia-h20'), entity('nvidia', 1, 'company')], figures: [figure({ type: 'percent', value: 3 }, 'nvidia-h20')] }),
    25 * day,
  );
  const other = await recordArticle(db, report('e', { entities: [entity('amd-mi300x')] }), 40 * day);
  return { a: a.article, b: b.article, c: c.article, d: d.article, other: other.article };
}

describe('entityContext', () => {
  it('lists articles mentioning the entity, newest first, with passage and count', async () => {
    const { a, b, c, d } = await seed();
    const ctx = await entityContext(db, 'nvidia-h20');
    expect(ctx.entityId).toBe('nvidia-h20');
    expect(ctx.total).toBe(4);
    // d has no publication date: it is dated by when it was first seen (day 25).
    expect(ctx.items.map((i) => i.article.id)).toEqual([d.id, b.id, a.id, c.id]);
    const first = ctx.items[2];
    expect(first.count).toBe(2);
    expect(first.start).toBe(5);
    expect(first.quote).toEqual({ exact: 'nvidia-h20', prefix: 'before nvidia-h20 ', suffix: ' after nvidia-h20' });
    expect(first.article).toMatchObject({ url: 'https://news.example/a', title: 'Title a', entityCount: 3 });
    expect('entityIds' in first.article).toBe(false);
  });

  it('leaves out the article being read and counts the others', async () => {
    const { a, b, c, d } = await seed();
    const ctx = await entityContext(db, 'nvidia-h20', { excludeArticleId: d.id });
    expect(ctx.total).toBe(3);
    expect(ctx.items.map((i) => i.article.id)).toEqual([b.id, a.id, c.id]);
    const notMentioning = await entityContext(db, 'nvidia-h20', { excludeArticleId: 999 });
    expect(notMentioning.total).toBe(4);
  });

  it('honours the limit, also when the excluded article is among the newest', async () => {
    const { a, b, d } = await seed();
    expect((await entityContext(db, 'nvidia-h20', { limit: 2 })).items.map((i) => i.article.id)).toEqual([d.id, b.id]);
    const ctx = await entityContext(db, 'nvidia-h20', { limit: 2, excludeArticleId: d.id });
    expect(ctx.items.map((i) => i.article.id)).toEqual([b.id, a.id]);
    expect(ctx.total).toBe(3);
  });

  it('is empty for an unknown entity', async () => {
    await seed();
    expect(await entityContext(db, 'nope')).toEqual({ entityId: 'nope', total: 0, items: [] });
  });

  it('does not mix entities whose ids share a prefix', async () => {
    await recordArticle(db, report('x', { entities: [entity('nvidia-h200')] }));
    await recordArticle(db, report('y', { entities: [entity('nvidia-h20')] }));
    const ctx = await entityContext(db, 'nvidia-h20');
    expect(ctx.items.map((i) => i.article.url)).toEqual(['https://news.example/y']);
  });
});

describe('coMentions', () => {
  it('ranks entities by shared articles, with name and kind', async () => {
    await seed();
    expect(await coMentions(db, 'nvidia-h20')).toEqual([
      { entityId: 'nvidia', kind: 'company', name: 'NVIDIA', articles: 3 },
      { entityId: 'huawei', kind: 'company', name: 'HUAWEI', articles: 2 },
    ]);
    expect(await coMentions(db, 'nvidia-h20', 1)).toHaveLength(1);
    expect(await coMentions(db, 'amd-mi300x')).toEqual([]);
    expect((await coMentions(db, 'huawei')).map((m) => [m.entityId, m.articles])).toEqual([
      ['nvidia-h20', 2],
      ['nvidia', 1],
    ]);
  });

  it('counts over the latest articles naming the entity only', async () => {
    await seed();
    const pairs = async (sample: number) => (await coMentions(db, 'nvidia-h20', 10, sample)).map((m) => [m.entityId, m.articles]);
    // Met in the order a, b, c, d: the latest one is d (with Nvidia), the latest two add c (with Huawei).
    expect(await pairs(1)).toEqual([['nvidia', 1]]);
    expect(await pairs(2)).toEqual([
      ['huawei', 1],
      ['nvidia', 1],
    ]);
    expect(await coMentions(db, 'nvidia-h20', 10, 4)).toEqual(await coMentions(db, 'nvidia-h20'));
  });
});

describe('figureTimeline', () => {
  it('lists the figures about the entity oldest first, dated by the article', async () => {
    const { a, b, d } = await seed();
    const points = await figureTimeline(db, 'nvidia-h20');
    expect(points.map((p) => [p.date / day, p.dated, p.article.id, p.type])).toEqual([
      [10, 'published', a.id, 'money'],
      [20, 'published', b.id, 'money'],
      [20, 'published', b.id, 'quantity'],
      [25, 'seen', d.id, 'percent'],
    ]);
    expect(points[0]).toMatchObject({
      value: { type: 'money', amount: 16e9, currency: 'USD' },
      article: { id: a.id, url: 'https://news.example/a', title: 'Title a', site: 'news.example' },
    });
    expect(points[0].quote.exact).toContain('16000000000');
  });

  it('keeps the newest points when limited', async () => {
    const { b, d } = await seed();
    expect((await figureTimeline(db, 'nvidia-h20', { limit: 2 })).map((p) => [p.article.id, p.type])).toEqual([
      [b.id, 'quantity'],
      [d.id, 'percent'],
    ]);
  });

  it('leaves out figures about other entities or about nothing', async () => {
    await seed();
    expect((await figureTimeline(db, 'nvidia')).map((p) => p.value)).toEqual([{ type: 'percent', value: 5 }]);
    expect(await figureTimeline(db, 'huawei')).toEqual([]);
  });

  it('dates each point by its own article, with other articles met in between', async () => {
    // Articles 1 and 12 carry MI308 figures; the ten between them do not.
    const mi308 = (name: string, d: number) =>
      recordArticle(db, report(name, { publishedAt: iso(d), entities: [entity('amd-mi308x')], figures: [figure({ type: 'percent', value: d }, 'amd-mi308x')] }), d * day);
    const other = (name: string, d: number) => recordArticle(db, report(name, { publishedAt: iso(d), entities: [entity('nvidia', 1, 'company')] }), d * day);
    await mi308('first', 1);
    for (let i = 2; i <= 11; i++) await other(`o${i}`, i);
    await mi308('last', 12);
    expect((await figureTimeline(db, 'amd-mi308x')).map((p) => [p.article.title, p.value])).toEqual([
      ['Title first', { type: 'percent', value: 1 }],
      ['Title last', { type: 'percent', value: 12 }],
    ]);
    await mi308('next', 13);
    expect((await figureTimeline(db, 'amd-mi308x', { limit: 2 })).map((p) => p.article.title)).toEqual(['Title last', 'Title next']);
  });

  it('follows re-annotation: replaced figures leave the timeline', async () => {
    await seed();
    await recordArticle(db, report('b', { publishedAt: iso(20), entities: [entity('nvidia-h20')] }), 50 * day);
    expect((await figureTimeline(db, 'nvidia-h20')).map((p) => p.date / day)).toEqual([10, 25]);
  });

  it('answers one measure, and with earlierThan only what other articles said no later than that one', async () => {
    const usd = (amount: number) => ({ type: 'money', amount, currency: 'USD' }) as const;
    const at = (name: string, d: number, figures: ReturnType<typeof figure>[]) =>
      recordArticle(db, report(name, { publishedAt: iso(d), entities: [entity('nvidia', 1, 'company')], figures }), d * day);
    const a = await at('a', 10, [figure(usd(4.5e9), 'nvidia', 1, 'charge'), figure(usd(13.5e9), 'nvidia', 2, 'revenue')]);
    const b = await at('b', 20, [figure(usd(5.5e9), 'nvidia', 1, 'charge'), figure(usd(1e9), 'nvidia', 2)]);
    const c = await at('c', 30, [figure(usd(6e9), 'nvidia', 1, 'charge')]);
    // Many figures of other measures do not push the earlier write-off out of reach.
    await at('d', 15, Array.from({ length: 30 }, (_, i) => figure(usd(i * 1e9), 'nvidia', i, 'revenue')));

    const charges = await figureTimeline(db, 'nvidia', { measure: 'charge' });
    expect(charges.map((p) => [p.article.id, p.measure])).toEqual([
      [a.article.id, 'charge'],
      [b.article.id, 'charge'],
      [c.article.id, 'charge'],
    ]);
    expect((await figureTimeline(db, 'nvidia', { measure: 'charge', earlierThan: b.article.id, limit: 1 })).map((p) => p.article.id)).toEqual([a.article.id]);
    expect(await figureTimeline(db, 'nvidia', { measure: 'charge', earlierThan: a.article.id })).toEqual([]);
    // A figure with no measure read is stored as unknown, the rest as the extractor said.
    expect((await figureTimeline(db, 'nvidia', { measure: 'unknown' })).map((p) => p.value)).toEqual([usd(1e9)]);
    expect((await figureTimeline(db, 'nvidia', { earlierThan: b.article.id })).every((p) => p.date <= 20 * day && p.article.id !== b.article.id)).toBe(true);
  });
});
