import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { recordArticle } from './articles.ts';
import { entityContext, figureTimeline } from './context.ts';
import { BLOCKED_GRACE_MS, openStore } from './db.ts';
import { StoreError } from './errors.ts';
import { addNote, listNotes, noteTags, updateNote } from './notes.ts';
import { readingList } from './reading-list.ts';
import { SCHEMA_VERSION, declareSchema, type V1Rows, type V3Rows } from './schema.ts';
import { entity, freshDeps, report } from './testing.ts';

async function expectStoreError(p: Promise<unknown>, code: StoreError['code']): Promise<StoreError> {
  const e = await p.then(
    () => {
      throw new Error('expected a StoreError');
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StoreError);
  expect((e as StoreError).code).toBe(code);
  expect((e as StoreError).message.length).toBeGreaterThan(20);
  return e as StoreError;
}

describe('openStore', () => {
  it('creates the current schema', async () => {
    const db = await openStore('fresh', freshDeps());
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'entities', 'figures', 'mentions', 'notes', 'staged']);
    expect(db.staged.schema.idxByName).toHaveProperty('[session+table]');
    expect(db.articles.schema.idxByName).toHaveProperty('readAt');
    expect(db.articles.schema.idxByName).toHaveProperty('entityIds');
    expect(db.articles.schema.idxByName.entityIds.multi).toBe(true);
    expect(db.articles.schema.idxByName.url.unique).toBe(true);
    expect(db.mentions.schema.idxByName).toHaveProperty('[entityId+date]');
    expect(db.figures.schema.idxByName).toHaveProperty('[about+date]');
    expect(db.figures.schema.idxByName).toHaveProperty('[about+measure+date]');
    db.close();
  });

  it('reports a missing IndexedDB as unavailable', async () => {
    const noApi = { open: () => null } as unknown as IDBFactory;
    await expectStoreError(openStore('x', { ...freshDeps(), indexedDB: noApi }), 'unavailable');
  });

  it('reports a refused IndexedDB (private window) as unavailable', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    await expectStoreError(openStore('x', { ...freshDeps(), indexedDB: refusing }), 'unavailable');
  });

  it('waits out an old connection that closes on the version change', async () => {
    const deps = freshDeps();
    const old = new Dexie('chiplens', deps);
    declareSchema(old, 1);
    await old.open();
    const db = await openStore('chiplens', deps);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(old.isOpen()).toBe(false);
    db.close();
  });

  it('refuses data written by a newer schema version', async () => {
    const deps = freshDeps();
    const newer = new Dexie('chiplens', deps);
    declareSchema(newer);
    newer.version(SCHEMA_VERSION + 1).stores({ extra: '++id' });
    await newer.open();
    newer.close();
    await expectStoreError(openStore('chiplens', deps), 'version');
  });

  it('answers a blocked upgrade with an error, and opens once the old connection is gone', async () => {
    const deps = freshDeps();
    const v1 = new Dexie('chiplens', deps);
    declareSchema(v1, 1);
    await v1.open();
    v1.close();
    // A raw connection that ignores version changes (a Dexie connection would close politely).
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = deps.indexedDB.open('chiplens');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const started = Date.now();
    await expectStoreError(openStore('chiplens', deps), 'blocked');
    expect(Date.now() - started).toBeGreaterThanOrEqual(BLOCKED_GRACE_MS - 50);
    old.close();
    const db = await openStore('chiplens', deps);
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('upgrade from version 1', () => {
  const q = (exact: string) => ({ exact, prefix: `vor ${exact} `, suffix: ` nach ${exact}` });
  const v1Articles: V1Rows['articles'][] = [
    { url: 'https://a.example/h20', title: 'H20 story', site: 'a.example', lang: 'de', firstSeen: 1_000, lastSeen: 5_000 },
    { url: 'https://b.example/ascend', title: 'Ascend story', site: 'b.example', lang: 'en', firstSeen: 2_000, lastSeen: 2_500 },
    { url: 'https://c.example/empty', title: 'Nothing here', site: 'c.example', lang: 'en', firstSeen: 3_000, lastSeen: 3_000 },
  ];

  /** Fills a version-1 database the way version 1 code wrote it. */
  async function fillV1(deps: ReturnType<typeof freshDeps>): Promise<number[]> {
    const old = new Dexie('chiplens', deps);
    declareSchema(old, 1);
    await old.open();
    expect(old.verno).toBe(1);
    const ids = (await old.table('articles').bulkAdd(v1Articles, { allKeys: true })) as number[];
    const [a, b] = ids;
    const mentions: V1Rows['mentions'][] = [
      { articleId: a, entityId: 'nvidia-h20', kind: 'chip', name: 'Nvidia H20', count: 3, passage: q('H20'), start: 10 },
      { articleId: a, entityId: 'nvidia', kind: 'company', name: 'Nvidia', count: 1, passage: q('Nvidia'), start: 0 },
      { articleId: b, entityId: 'nvidia-h20', kind: 'chip', name: 'Nvidia H20', count: 1, passage: q('H20'), start: 40 },
      { articleId: b, entityId: 'huawei-ascend-910c', kind: 'chip', name: 'Huawei Ascend 910C', count: 2, passage: q('910C'), start: 5 },
    ];
    const figures: V1Rows['figures'][] = [
      { articleId: a, about: 'nvidia-h20', value: { type: 'money', amount: 12_000, currency: 'USD' }, passage: q('12.000 Dollar'), start: 50 },
      { articleId: b, about: 'nvidia-h20', value: { type: 'money', amount: 11_000, currency: 'USD' }, passage: q('11,000 dollars'), start: 70 },
      { articleId: b, value: { type: 'percent', value: 9 }, passage: q('9 %'), start: 90 },
    ];
    const notes: V1Rows['notes'][] = [
      { articleId: a, exact: 'H20', prefix: 'den ', suffix: ' nach', body: 'Check this price', createdAt: 4_000 },
      { articleId: b, exact: 'Ascend', prefix: '', suffix: ' 910C', body: '', createdAt: 4_500 },
    ];
    await old.table('mentions').bulkAdd(mentions);
    await old.table('figures').bulkAdd(figures);
    await old.table('notes').bulkAdd(notes);
    old.close();
    return ids;
  }

  it('keeps every row and fills the new fields', async () => {
    const deps = freshDeps();
    const [a, b, c] = await fillV1(deps);
    const db = await openStore('chiplens', deps);
    expect(db.verno).toBe(SCHEMA_VERSION);

    const articles = await db.articles.orderBy('id').toArray();
    expect(articles).toHaveLength(3);
    articles.forEach((row, i) => {
      expect(row).toMatchObject(v1Articles[i]);
      expect(row.date).toBe(v1Articles[i].firstSeen);
      expect(row.tags).toEqual([]);
      expect(row.savedAt).toBeUndefined();
      expect(row.readAt).toBeUndefined();
    });
    expect(articles[0].entityIds.sort()).toEqual(['nvidia', 'nvidia-h20']);
    expect(articles[1].entityIds.sort()).toEqual(['huawei-ascend-910c', 'nvidia-h20']);
    expect(articles[2].entityIds).toEqual([]);

    const mentions = await db.mentions.orderBy('id').toArray();
    expect(mentions).toHaveLength(4);
    expect(mentions[0]).toEqual({
      id: mentions[0].id,
      articleId: a,
      entityId: 'nvidia-h20',
      kind: 'chip',
      name: 'Nvidia H20',
      count: 3,
      quote: q('H20'),
      start: 10,
      date: 1_000,
    });
    expect(mentions.every((m) => !('passage' in m))).toBe(true);
    expect(mentions.map((m) => m.date)).toEqual([1_000, 1_000, 2_000, 2_000]);

    const figures = await db.figures.orderBy('id').toArray();
    expect(figures).toHaveLength(3);
    expect(figures[1]).toEqual({
      id: figures[1].id,
      articleId: b,
      about: 'nvidia-h20',
      type: 'money',
      value: { type: 'money', amount: 11_000, currency: 'USD' },
      measure: 'unknown',
      quote: q('11,000 dollars'),
      start: 70,
      date: 2_000,
    });
    expect(figures[2].type).toBe('percent');
    expect('about' in figures[2]).toBe(false);

    const notes = await db.notes.orderBy('id').toArray();
    expect(notes).toEqual([
      { id: notes[0].id, articleId: a, selector: { exact: 'H20', prefix: 'den ', suffix: ' nach' }, body: 'Check this price', tags: [], createdAt: 4_000, updatedAt: 4_000 },
      { id: notes[1].id, articleId: b, selector: { exact: 'Ascend', prefix: '', suffix: ' 910C' }, body: '', tags: [], createdAt: 4_500, updatedAt: 4_500 },
    ]);
    expect(c).toBeGreaterThan(0);

    // The per-entity counts are built from the old mentions; names come from the newest article.
    expect(await db.entities.orderBy('id').toArray()).toEqual([
      { id: 'huawei-ascend-910c', kind: 'chip', name: 'Huawei Ascend 910C', articles: 1 },
      { id: 'nvidia', kind: 'company', name: 'Nvidia', articles: 1 },
      { id: 'nvidia-h20', kind: 'chip', name: 'Nvidia H20', articles: 2 },
    ]);
    db.close();
  });

  it('serves the version-2 queries on upgraded data', async () => {
    const deps = freshDeps();
    const [a, b] = await fillV1(deps);
    const db = await openStore('chiplens', deps);

    const ctx = await entityContext(db, 'nvidia-h20');
    expect(ctx.total).toBe(2);
    expect(ctx.items.map((i) => i.article.id)).toEqual([b, a]);
    const timeline = await figureTimeline(db, 'nvidia-h20');
    expect(timeline.map((p) => [p.date, p.article.id, p.dated])).toEqual([
      [1_000, a, 'seen'],
      [2_000, b, 'seen'],
    ]);
    expect((await readingList(db, { scope: 'seen', entityId: 'huawei-ascend-910c' })).items.map((x) => x.id)).toEqual([b]);

    // Re-recording an upgraded article keeps its note.
    await recordArticle(db, report('x', { url: 'https://a.example/h20', entities: [entity('nvidia-h20')] }), 9_000);
    expect((await listNotes(db, a)).map((n) => n.body)).toEqual(['Check this price']);
    db.close();
  });

  it('is a no-op when the database is already current', async () => {
    const deps = freshDeps();
    await fillV1(deps);
    (await openStore('chiplens', deps)).close();
    const db = await openStore('chiplens', deps);
    expect(await db.mentions.count()).toBe(4);
    expect((await db.notes.toArray())[0].selector.exact).toBe('H20');
    db.close();
  });
});

describe('upgrade from version 2', () => {
  const q = (exact: string) => ({ exact, prefix: '', suffix: '' });

  it('gives every figure a measure (its unit\'s, else unknown), keeps every other field and serves measure queries', async () => {
    const deps = freshDeps();
    const old = new Dexie('chiplens', deps);
    declareSchema(old, 2);
    await old.open();
    const [a, b] = (await old.table('articles').bulkAdd(
      [
        { url: 'https://a.example/1', title: 'One', site: 'a.example', lang: 'en', date: 1_000, firstSeen: 1_000, lastSeen: 1_000, tags: [], entityIds: ['nvidia'] },
        { url: 'https://a.example/2', title: 'Two', site: 'a.example', lang: 'en', date: 2_000, firstSeen: 2_000, lastSeen: 2_000, tags: [], entityIds: ['nvidia'] },
      ],
      { allKeys: true },
    )) as number[];
    const v2Figures = [
      { articleId: a, about: 'nvidia', type: 'money', value: { type: 'money', amount: 5.5e9, currency: 'USD' }, quote: q('$5.5 billion'), start: 5, date: 1_000 },
      { articleId: b, about: 'nvidia', type: 'memory', value: { type: 'memory', amount: 141, unit: 'GB' }, quote: q('141 GB'), start: 9, date: 2_000 },
      { articleId: b, type: 'percent', value: { type: 'percent', value: 3 }, quote: q('3 %'), start: 20, date: 2_000 },
    ];
    await old.table('figures').bulkAdd(v2Figures);
    old.close();

    const db = await openStore('chiplens', deps);
    expect(db.verno).toBe(SCHEMA_VERSION);
    const figures = await db.figures.orderBy('id').toArray();
    expect(figures.map(({ id: _id, ...f }) => f)).toEqual([
      { ...v2Figures[0], measure: 'unknown' },
      { ...v2Figures[1], measure: 'memory' },
      { ...v2Figures[2], measure: 'unknown' },
    ]);
    expect((await figureTimeline(db, 'nvidia', { measure: 'memory' })).map((p) => p.article.id)).toEqual([b]);
    expect((await figureTimeline(db, 'nvidia', { measure: 'unknown' })).map((p) => p.article.id)).toEqual([a]);
    expect(await figureTimeline(db, 'nvidia', { measure: 'revenue' })).toEqual([]);
    db.close();
  });
});

describe('upgrade from version 3', () => {
  const v3Notes = (articleId: number): V3Rows['notes'][] => [
    { articleId, selector: { exact: 'H20', prefix: 'den ', suffix: ' nach' }, position: { start: 4, end: 7 }, body: 'Preis prüfen', createdAt: 1_000, updatedAt: 2_000 },
    { articleId, selector: { exact: '', prefix: '', suffix: '' }, body: 'Ganzer Artikel', createdAt: 3_000, updatedAt: 3_000 },
  ];

  it('gives every note empty tags, no colour, and a tag index the new queries use', async () => {
    const deps = freshDeps();
    const old = new Dexie('chiplens', deps);
    declareSchema(old, 3);
    await old.open();
    const articleId = (await old.table('articles').add({
      url: 'https://a.example/h20', title: 'H20', site: 'a.example', lang: 'de', date: 1, firstSeen: 1, lastSeen: 1, tags: ['alt'], entityIds: [],
    })) as number;
    const rows = v3Notes(articleId);
    await old.table('notes').bulkAdd(rows);
    old.close();

    const db = await openStore('chiplens', deps);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.notes.schema.idxByName.tags.multi).toBe(true);
    const notes = await db.notes.orderBy('id').toArray();
    expect(notes).toEqual(rows.map((r, i) => ({ ...r, id: notes[i].id, tags: [] })));
    expect(notes.every((n) => !('color' in n))).toBe(true);
    // The article's own tags are not note tags.
    expect(await noteTags(db)).toEqual([]);

    await updateNote(db, notes[0].id, { tags: ['Export', 'china'] }, 5_000);
    await addNote(db, { articleId, selector: { exact: 'B30', prefix: '', suffix: '' }, body: '', color: 'green', tags: ['china'] }, 6_000);
    expect(await noteTags(db)).toEqual([
      { tag: 'china', notes: 2 },
      { tag: 'export', notes: 1 },
    ]);
    expect((await listNotes(db, undefined, { tag: 'export' })).map((n) => n.body)).toEqual(['Preis prüfen']);
    db.close();
  });
});

describe('upgrade from version 4', () => {
  it('adds the empty staging area and keeps every row as it was', async () => {
    const deps = freshDeps();
    const old = new Dexie('chiplens', deps);
    declareSchema(old, 4);
    await old.open();
    const article = { url: 'https://a.example/x', title: 'X', site: 'a.example', lang: 'en', date: 5, firstSeen: 5, lastSeen: 6, tags: ['t'], entityIds: ['amd'] };
    const articleId = (await old.table('articles').add({ ...article })) as number;
    const mention = { articleId, entityId: 'amd', kind: 'chip', name: 'AMD', count: 1, quote: { exact: 'AMD', prefix: '', suffix: '' }, start: 0, date: 5 };
    await old.table('mentions').add({ ...mention });
    await old.table('entities').add({ id: 'amd', kind: 'chip', name: 'AMD', articles: 1 });
    old.close();

    const db = await openStore('chiplens', deps);
    expect(await db.articles.toArray()).toEqual([{ ...article, id: articleId }]);
    expect((await db.mentions.toArray()).map(({ id: _id, ...m }) => m)).toEqual([mention]);
    expect(await db.entities.toArray()).toEqual([{ id: 'amd', kind: 'chip', name: 'AMD', articles: 1 }]);
    expect(await db.staged.count()).toBe(0);
    db.close();
  });
});
