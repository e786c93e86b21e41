import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordArticle } from './articles.ts';
import type { StoreDb } from './db.ts';
import { StoreError } from './errors.ts';
import { allTags, markRead, normaliseTags, readingList, save, setTags, unsave } from './reading-list.ts';
import { entity, report, testStore } from './testing.ts';

let db: StoreDb;
beforeEach(async () => {
  db = await testStore();
});
afterEach(() => db.close());

async function add(slug: string, title: string, entities: string[], seen: number, publishedAt?: string) {
  return (await recordArticle(db, report(slug, { title, entities: entities.map((e) => entity(e)), ...(publishedAt ? { publishedAt } : {}) }), seen))
    .article;
}

describe('save, unsave, markRead, setTags', () => {
  it('saves once and keeps the first save time', async () => {
    const a = await add('a', 'A', [], 1);
    expect((await save(db, a.id, 10)).savedAt).toBe(10);
    expect((await save(db, a.id, 20)).savedAt).toBe(10);
  });

  it('marks read and unread; marking read saves an unsaved article', async () => {
    const a = await add('a', 'A', [], 1);
    const read = await markRead(db, a.id, true, 30);
    expect(read).toMatchObject({ savedAt: 30, readAt: 30 });
    const unread = await markRead(db, a.id, false, 40);
    expect(unread.readAt).toBeUndefined();
    expect(unread.savedAt).toBe(30);
    expect((await db.articles.get(a.id))!.readAt).toBeUndefined();
  });

  it('unsave takes the article off the list but keeps its tags', async () => {
    const a = await add('a', 'A', [], 1);
    await markRead(db, a.id, true, 5);
    await setTags(db, a.id, ['chips']);
    const row = await unsave(db, a.id);
    expect(row.savedAt).toBeUndefined();
    expect(row.readAt).toBeUndefined();
    expect(row.tags).toEqual(['chips']);
    expect((await readingList(db)).total).toBe(0);
  });

  it('reports unknown articles as not-found', async () => {
    for (const op of [() => save(db, 99), () => unsave(db, 99), () => markRead(db, 99), () => setTags(db, 99, ['x'])]) {
      const e = await op().catch((err: unknown) => err);
      expect(e).toBeInstanceOf(StoreError);
      expect((e as StoreError).code).toBe('not-found');
    }
  });

  it('normalises tags', () => {
    expect(normaliseTags(['  Export  controls ', 'export controls', '', ' ', 'HBM', 'x'.repeat(60), 'Südkorea'])).toEqual([
      'export controls',
      'hbm',
      'x'.repeat(40),
      'südkorea',
    ]);
    expect(normaliseTags(Array.from({ length: 30 }, (_, i) => `t${i}`))).toHaveLength(20);
  });

  it('counts tags in use', async () => {
    const a = await add('a', 'A', [], 1);
    const b = await add('b', 'B', [], 2);
    await setTags(db, a.id, ['hbm', 'china']);
    await setTags(db, b.id, ['china']);
    expect(await allTags(db)).toEqual([
      { tag: 'china', articles: 2 },
      { tag: 'hbm', articles: 1 },
    ]);
  });
});

describe('readingList', () => {
  async function seed() {
    const a = await add('a', 'Nvidia H20 sales to China', ['nvidia-h20', 'nvidia'], 100, '2026-01-05T00:00:00Z');
    const b = await add('b', 'Huawei Ascend roadmap', ['huawei-ascend-910c'], 200, '2026-01-01T00:00:00Z');
    const c = await add('c', 'Exportkontrollen für Chips in Südkorea', ['nvidia'], 300);
    const d = await add('d', 'Seen but never saved', ['nvidia'], 400);
    await save(db, a.id, 1_000);
    await save(db, b.id, 3_000);
    await save(db, c.id, 2_000);
    await markRead(db, b.id, true, 3_500);
    await setTags(db, a.id, ['China', 'sales']);
    await setTags(db, c.id, ['china']);
    return { a, b, c, d };
  }
  const ids = (page: { items: { id: number }[] }) => page.items.map((i) => i.id);

  it('lists saved articles, last saved first', async () => {
    const { a, b, c } = await seed();
    const page = await readingList(db);
    expect(page.total).toBe(3);
    expect(ids(page)).toEqual([b.id, c.id, a.id]);
    expect(page.items[0]).toMatchObject({ title: 'Huawei Ascend roadmap', entityCount: 1 });
  });

  it('filters by read state', async () => {
    const { a, b, c } = await seed();
    expect(ids(await readingList(db, { state: 'read' }))).toEqual([b.id]);
    expect(ids(await readingList(db, { state: 'unread' }))).toEqual([c.id, a.id]);
  });

  it('filters by tag, ignoring case', async () => {
    const { a, c } = await seed();
    expect(ids(await readingList(db, { tag: 'china' }))).toEqual([c.id, a.id]);
    expect(ids(await readingList(db, { tag: 'CHINA', state: 'unread', sort: 'title' }))).toEqual([c.id, a.id]);
    expect(ids(await readingList(db, { tag: 'sales' }))).toEqual([a.id]);
    expect((await readingList(db, { tag: 'none' })).total).toBe(0);
  });

  it('searches title words, ignoring case and accents', async () => {
    const { a, c } = await seed();
    expect(ids(await readingList(db, { text: 'china h20' }))).toEqual([a.id]);
    expect(ids(await readingList(db, { text: 'SUDKOREA fur' }))).toEqual([c.id]);
    expect((await readingList(db, { text: 'china huawei' })).total).toBe(0);
  });

  it('filters by entity', async () => {
    const { a, c, d } = await seed();
    expect(ids(await readingList(db, { entityId: 'nvidia' }))).toEqual([c.id, a.id]);
    expect(ids(await readingList(db, { entityId: 'nvidia', scope: 'seen' }))).toEqual([d.id, c.id, a.id]);
  });

  it('lists every seen article in scope "seen", with its sort orders', async () => {
    const { a, b, c, d } = await seed();
    expect(ids(await readingList(db, { scope: 'seen' }))).toEqual([d.id, c.id, b.id, a.id]);
    // By date: publication date when known, else first seen (c and d were seen at 300 and 400 ms after 1970).
    expect(ids(await readingList(db, { scope: 'seen', sort: 'date' }))).toEqual([a.id, b.id, d.id, c.id]);
    expect(ids(await readingList(db, { scope: 'seen', sort: 'title' }))).toEqual([c.id, b.id, a.id, d.id]);
    expect(ids(await readingList(db, { scope: 'seen', state: 'read' }))).toEqual([b.id]);
  });

  it('pages results and reports the total', async () => {
    const { a, c } = await seed();
    const page = await readingList(db, { offset: 1, limit: 5 });
    expect(page.total).toBe(3);
    expect(ids(page)).toEqual([c.id, a.id]);
    expect(ids(await readingList(db, { limit: 1 }))).toHaveLength(1);
  });
});
