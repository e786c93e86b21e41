import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleByUrl, articleDetail, recordArticle, totals } from './articles.ts';
import { entityContext, figureTimeline } from './context.ts';
import { createStore, type StoreDb } from './db.ts';
import { exportAll, wipe, type StoreExport } from './dump.ts';
import { StoreError } from './errors.ts';
import { addNote, listNotes } from './notes.ts';
import { markRead, save, setTags } from './reading-list.ts';
import { entity, expectedEntities, figure, freshDeps, importDump, report, testStore } from './testing.ts';

let db: StoreDb;
beforeEach(async () => {
  db = await testStore();
});
afterEach(() => db.close());

async function fill(store: StoreDb) {
  const a = (
    await recordArticle(
      store,
      report('a', {
        publishedAt: '2026-02-01T00:00:00Z',
        entities: [entity('nvidia-h20', 2), entity('nvidia', 1, 'company')],
        figures: [figure({ type: 'money', amount: 5e9, currency: 'USD' }, 'nvidia-h20'), figure({ type: 'percent', min: 1, max: 2 })],
      }),
      1_000,
    )
  ).article;
  const b = (await recordArticle(store, report('b', { entities: [entity('nvidia-h20')] }), 2_000)).article;
  await save(store, a.id, 1_500);
  await markRead(store, b.id, true, 2_500);
  await setTags(store, a.id, ['china']);
  await addNote(store, { articleId: a.id, selector: { exact: 'H20', prefix: 'the ', suffix: ' chip' }, position: { start: 4, end: 7 }, body: 'note a' }, 3_000);
  await addNote(store, { articleId: b.id, selector: { exact: 'x', prefix: '', suffix: '' }, body: 'note b', tags: ['Preise'] }, 3_100);
  await addNote(store, { articleId: b.id, selector: { exact: 'y', prefix: 'a ', suffix: ' b' }, body: '', color: 'pink', tags: ['china'] }, 3_200);
  return { a, b };
}

/** A store's content without its ids, for comparing two stores. */
function content(d: StoreExport) {
  const urlOf = new Map(d.articles.map((a) => [a.id, a.url]));
  const strip = <T extends { id: number; articleId?: number }>(rows: T[]) =>
    rows
      .map(({ id: _id, articleId, ...rest }) => ({ ...rest, article: articleId === undefined ? undefined : urlOf.get(articleId) }))
      .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  return { articles: strip(d.articles), mentions: strip(d.mentions), figures: strip(d.figures), notes: strip(d.notes) };
}

describe('exportAll', () => {
  it('returns every row as plain data', async () => {
    await fill(db);
    const dump = await exportAll(db, 9_000);
    expect(dump).toMatchObject({ format: 'chiplens-store', version: 3, exportedAt: 9_000 });
    expect([dump.articles.length, dump.mentions.length, dump.figures.length, dump.notes.length]).toEqual([2, 3, 2, 3]);
    expect(dump.notes.map((n) => [n.color ?? null, n.tags])).toEqual([[null, []], [null, ['preise']], ['pink', ['china']]]);
    expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
  });
});

describe('importAll', () => {
  it('restores a backup into an empty store, queries included', async () => {
    await fill(db);
    const dump = JSON.parse(JSON.stringify(await exportAll(db)));
    const target = await testStore('other');
    const result = await importDump(target, dump, { mode: 'merge' });
    expect(result).toEqual({ articlesAdded: 2, articlesMerged: 0, notesAdded: 3, notesSkipped: 0 });
    expect(content(await exportAll(target))).toEqual(content(dump));
    expect(await target.entities.orderBy('id').toArray()).toEqual(await db.entities.orderBy('id').toArray());
    expect((await entityContext(target, 'nvidia-h20')).total).toBe(2);
    expect(await figureTimeline(target, 'nvidia-h20')).toHaveLength(1);
    target.close();
  });

  it('keeps what figures measure, and reads a backup from before measures as not known (specs by their unit)', async () => {
    await recordArticle(
      db,
      report('m', {
        entities: [entity('nvidia', 1, 'company')],
        figures: [
          figure({ type: 'money', amount: 5.5e9, currency: 'USD' }, 'nvidia', 1, 'charge'),
          figure({ type: 'memory', amount: 96, unit: 'GB' }, 'nvidia', 2),
          figure({ type: 'percent', value: 4 }, 'nvidia', 3),
        ],
      }),
    );
    const dump = JSON.parse(JSON.stringify(await exportAll(db)));
    expect(dump.figures.map((f: { measure: string }) => f.measure)).toEqual(['charge', 'memory', 'unknown']);
    const roundTrip = await testStore('round-trip');
    await importDump(roundTrip, dump, { mode: 'merge' });
    expect((await roundTrip.figures.toArray()).sort((x, y) => x.start - y.start).map((f) => f.measure)).toEqual(['charge', 'memory', 'unknown']);
    roundTrip.close();

    for (const f of dump.figures) delete f.measure;
    const older = await testStore('older');
    await importDump(older, dump, { mode: 'merge' });
    expect((await older.figures.toArray()).sort((x, y) => x.start - y.start).map((f) => f.measure)).toEqual(['unknown', 'memory', 'unknown']);
    older.close();

    dump.figures[0].measure = 'vibes';
    await expect(importDump(db, dump, { mode: 'merge' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('reads a version-2 backup (notes without tags or colour) and refuses an unknown colour', async () => {
    await fill(db);
    const dump = JSON.parse(JSON.stringify(await exportAll(db)));
    dump.version = 2;
    dump.notes = dump.notes.filter((n: { color?: string }) => !n.color).map(({ tags: _t, ...n }: { tags: string[] }) => n);
    const target = await testStore('v2');
    expect(await importDump(target, dump, { mode: 'merge' })).toMatchObject({ notesAdded: 2 });
    expect((await target.notes.toArray()).map((n) => n.tags)).toEqual([[], []]);
    const bad = JSON.parse(JSON.stringify(await exportAll(db)));
    bad.notes[2].color = 'red';
    await expect(importDump(target, bad, { mode: 'merge' })).rejects.toMatchObject({ code: 'invalid' });
    expect(await target.notes.count()).toBe(2);
    target.close();
  });

  it('merging a backup into the store it came from changes nothing', async () => {
    await fill(db);
    const before = await exportAll(db);
    const result = await importDump(db, before, { mode: 'merge' });
    expect(result).toEqual({ articlesAdded: 0, articlesMerged: 2, notesAdded: 0, notesSkipped: 3 });
    expect(content(await exportAll(db))).toEqual(content(before));
  });

  it('joins an article known on both sides: union of tags and notes, newer page facts win', async () => {
    const { a } = await fill(db);
    const other = await testStore('other');
    const o = (await recordArticle(other, report('a', { title: 'Newer title', entities: [entity('amd')] }), 10_000)).article;
    await setTags(other, o.id, ['hbm', 'China']);
    await save(other, o.id, 900);
    await addNote(other, { articleId: o.id, selector: { exact: 'y', prefix: '', suffix: '' }, body: 'from other' }, 11_000);
    const result = await importDump(db, await exportAll(other), { mode: 'merge' });
    expect(result).toEqual({ articlesAdded: 0, articlesMerged: 1, notesAdded: 1, notesSkipped: 0 });

    const detail = (await articleDetail(db, a.id))!;
    expect(detail.article).toMatchObject({
      title: 'Newer title',
      firstSeen: 1_000,
      lastSeen: 10_000,
      savedAt: 900,
      tags: ['china', 'hbm'],
      entityIds: ['amd'],
      publishedAt: Date.parse('2026-02-01T00:00:00Z'),
    });
    expect(detail.mentions.map((m) => m.entityId)).toEqual(['amd']);
    expect(await db.entities.orderBy('id').toArray()).toEqual(await expectedEntities(db));
    expect((await db.entities.get('nvidia'))).toBeUndefined();
    expect((await db.entities.get('amd'))!.articles).toBe(1);
    expect(detail.mentions[0].date).toBe(detail.article.date);
    expect(detail.figures).toEqual([]);
    expect((await listNotes(db, a.id)).map((n) => n.body).sort()).toEqual(['from other', 'note a']);
    other.close();
  });

  it('keeps the stored page facts when the backup copy is older', async () => {
    const { a } = await fill(db);
    const other = await testStore('other');
    await recordArticle(other, report('a', { title: 'Old title', entities: [entity('amd')] }), 500);
    await importDump(db, await exportAll(other), { mode: 'merge' });
    const detail = (await articleDetail(db, a.id))!;
    expect(detail.article).toMatchObject({ title: 'Title a', firstSeen: 500, lastSeen: 1_000 });
    expect(detail.mentions.map((m) => m.entityId).sort()).toEqual(['nvidia', 'nvidia-h20']);
    other.close();
  });

  it('puts read articles of a backup on the reading list, so the totals agree', async () => {
    const other = await testStore('other');
    await fill(other);
    const dump = JSON.parse(JSON.stringify(await exportAll(other)));
    const read = dump.articles.find((a: { readAt?: number }) => a.readAt !== undefined);
    delete read.savedAt;
    await importDump(db, dump, { mode: 'merge' });
    const row = (await db.articles.where('url').equals(read.url).first())!;
    expect(row.savedAt).toBe(row.readAt);
    expect(await totals(db)).toMatchObject({ saved: 2, unread: 1 });
    other.close();
  });

  it('replace mode leaves exactly the backup', async () => {
    await fill(db);
    const other = await testStore('other');
    await recordArticle(other, report('z', { entities: [entity('amd')] }), 1);
    const backup = await exportAll(other);
    await importDump(db, backup, { mode: 'replace' });
    expect(content(await exportAll(db))).toEqual(content(backup));
    expect(await db.entities.toArray()).toEqual([{ id: 'amd', kind: 'chip', name: 'AMD', articles: 1 }]);
    other.close();
  });

  it.each([
    ['not an object', 'hello'],
    ['wrong format', { format: 'other', version: 2, exportedAt: 0, articles: [], mentions: [], figures: [], notes: [] }],
    ['future version', { format: 'chiplens-store', version: 99, exportedAt: 0, articles: [], mentions: [], figures: [], notes: [] }],
  ])('rejects %s', async (_label, raw) => {
    await fill(db);
    const before = await exportAll(db);
    const e = await importDump(db, raw, { mode: 'replace' }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe('invalid');
    expect(content(await exportAll(db))).toEqual(content(before));
  });

  it('rejects a backup with one broken row and writes none of it', async () => {
    const other = await testStore('other');
    await fill(other);
    const dump = JSON.parse(JSON.stringify(await exportAll(other)));
    dump.figures[0].value = { type: 'money', amount: 'lots', currency: 'USD' };
    const bad = (await importDump(db, dump, { mode: 'merge' }).catch((err: unknown) => err)) as StoreError;
    expect(bad.code).toBe('invalid');
    expect(bad.message).toMatch(/not a valid ChipLens backup/);
    expect(bad.message).toMatch(/figures\[0\]\.value/);
    dump.figures[0].value = { type: 'money', amount: 1, currency: 'USD' };
    dump.notes[1].articleId = 4242;
    const orphan = (await importDump(db, dump, { mode: 'merge' }).catch((err: unknown) => err)) as StoreError;
    expect(orphan.code).toBe('invalid');
    expect(orphan.message).toMatch(/4242/);
    expect(await db.articles.count()).toBe(0);
    other.close();
  });

  it('rejects duplicate article URLs and non-http URLs', async () => {
    const other = await testStore('other');
    await fill(other);
    const dump = JSON.parse(JSON.stringify(await exportAll(other)));
    dump.articles[1].url = dump.articles[0].url;
    expect(((await importDump(db, dump).catch((err: unknown) => err)) as StoreError).message).toMatch(/duplicate article url/);
    dump.articles[1].url = 'javascript:alert(1)';
    expect(((await importDump(db, dump).catch((err: unknown) => err)) as StoreError).code).toBe('invalid');
    other.close();
  });

  it('normalises imported addresses as visited ones are, so a revisit finds the article and its notes', async () => {
    const other = await testStore('other');
    await fill(other);
    const dump = JSON.parse(JSON.stringify(await exportAll(other)));
    dump.articles[0].url = '  https://x.test/a?utm_source=foo#frag ';
    await importDump(db, dump);
    const found = await articleByUrl(db, 'https://x.test/a');
    expect(found?.url).toBe('https://x.test/a');
    expect((await listNotes(db, found!.id)).map((n) => n.body)).toEqual(['note a']);
    // A second import of the same backup joins the article instead of adding a twin.
    expect(await importDump(db, dump)).toMatchObject({ articlesAdded: 0, articlesMerged: 2 });
    // Two addresses of one article in one backup are reported, not stored twice.
    dump.articles[1].url = 'https://x.test/a?fbclid=1';
    expect(((await importDump(db, dump).catch((err: unknown) => err)) as StoreError).message).toMatch(/duplicate article url https:\/\/x\.test\/a/);
    other.close();
  });

  it('is all or nothing when the storage fails half way', async () => {
    const source = await testStore('source');
    await fill(source);
    const backup = await exportAll(source);
    source.close();

    const store = createStore('atomic', freshDeps());
    let failNotes = false;
    store.use({
      stack: 'dbcore',
      name: 'fail-notes',
      create(down: DBCore): DBCore {
        return {
          ...down,
          table(name) {
            const t = down.table(name);
            if (name !== 'notes') return t;
            return {
              ...t,
              mutate: (req: DBCoreMutateRequest) => (failNotes ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : t.mutate(req)),
            };
          },
        };
      },
    });
    await recordArticle(store, report('kept', { entities: [entity('x')] }), 1);
    const before = await exportAll(store);
    const entitiesBefore = await store.entities.toArray();
    failNotes = true;
    for (const mode of ['merge', 'replace'] as const) {
      await expect(importDump(store, backup, { mode })).rejects.toMatchObject({ code: 'quota' });
      expect(content(await exportAll(store))).toEqual(content(before));
      expect(await store.entities.toArray()).toEqual(entitiesBefore);
    }
    store.close();
  });
});

describe('wipe', () => {
  it('empties every table', async () => {
    await fill(db);
    await wipe(db);
    const dump = await exportAll(db);
    expect([dump.articles, dump.mentions, dump.figures, dump.notes]).toEqual([[], [], [], []]);
    expect(await db.entities.count()).toBe(0);
  });
});
