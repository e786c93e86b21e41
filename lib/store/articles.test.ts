import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleByUrl, articleDetail, recordArticle, RecordRefused, totals } from './articles.ts';
import { createStore, type StoreDb } from './db.ts';
import { StoreError, toStoreError } from './errors.ts';
import { addNote, listNotes } from './notes.ts';
import { markRead, save, setTags } from './reading-list.ts';
import { entity, expectedEntities, figure, freshDeps, report, testStore } from './testing.ts';

let db: StoreDb;
beforeEach(async () => {
  db = await testStore();
});
afterEach(() => db.close());

describe('recordArticle', () => {
  it('stores the article, its mentions and its figures', async () => {
    const { article, created } = await recordArticle(
      db,
      report('one?utm_source=nl#top', {
        publishedAt: '2026-01-02T03:04:05.000Z',
        entities: [entity('nvidia-h20', 3, 'chip', 40), entity('nvidia', 1, 'company', 10)],
        figures: [figure({ type: 'money', amount: 12e3, currency: 'USD' }, 'nvidia-h20', 60), figure({ type: 'percent', value: 9 }, undefined, 80)],
      }),
      1_000,
    );
    expect(created).toBe(true);
    expect(article).toMatchObject({
      url: 'https://news.example/one',
      title: 'Title one?utm_source=nl#top',
      site: 'news.example',
      lang: 'en',
      publishedAt: Date.parse('2026-01-02T03:04:05.000Z'),
      date: Date.parse('2026-01-02T03:04:05.000Z'),
      firstSeen: 1_000,
      lastSeen: 1_000,
      tags: [],
      entityIds: ['nvidia-h20', 'nvidia'],
    });
    expect(await db.articles.get(article.id)).toEqual(article);
    const detail = (await articleDetail(db, article.id))!;
    expect(detail.mentions.map((m) => [m.entityId, m.count, m.date])).toEqual([
      ['nvidia-h20', 3, article.date],
      ['nvidia', 1, article.date],
    ]);
    expect(detail.figures.map((f) => [f.type, f.about, f.start])).toEqual([
      ['money', 'nvidia-h20', 60],
      ['percent', undefined, 80],
    ]);
    expect('about' in detail.figures[1]).toBe(false);
  });

  it('uses the canonical link as identity', async () => {
    const a = await recordArticle(db, report('amp/one', { canonical: 'https://news.example/one' }));
    expect(a.article.url).toBe('https://news.example/one');
  });

  it('refuses pages that are not http(s)', async () => {
    const e = await recordArticle(db, report('x', { url: 'file:///home/me/a.html' })).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe('invalid');
    expect(await db.articles.count()).toBe(0);
  });

  it('updates one row on a second visit and replaces mentions and figures', async () => {
    const first = await recordArticle(
      db,
      report('one', { entities: [entity('a'), entity('b')], figures: [figure({ type: 'percent', value: 1 }, 'a')] }),
      1_000,
    );
    const second = await recordArticle(
      db,
      report('one?fbclid=x', { title: 'New title', entities: [entity('b', 2), entity('c')], figures: [figure({ type: 'percent', value: 2 }, 'c')] }),
      2_000,
    );
    expect(second.created).toBe(false);
    expect(second.article.id).toBe(first.article.id);
    expect(await db.articles.count()).toBe(1);
    expect(second.article).toMatchObject({ title: 'New title', firstSeen: 1_000, lastSeen: 2_000, date: 1_000, entityIds: ['b', 'c'] });
    expect((await db.mentions.toArray()).map((m) => [m.entityId, m.count]).sort()).toEqual([
      ['b', 2],
      ['c', 1],
    ]);
    expect((await db.figures.toArray()).map((f) => f.about)).toEqual(['c']);
  });

  it('keeps notes, reading-list state, tags and a known publication date across visits', async () => {
    const { article } = await recordArticle(db, report('one', { publishedAt: '2026-05-01T00:00:00Z', entities: [entity('a')] }), 1_000);
    await save(db, article.id, 1_100);
    await markRead(db, article.id, true, 1_200);
    await setTags(db, article.id, ['export controls']);
    await addNote(db, { articleId: article.id, selector: { exact: 'a', prefix: '', suffix: '' }, body: 'mine' }, 1_300);
    const { article: again } = await recordArticle(db, report('one', { entities: [entity('b')] }), 5_000);
    expect(again).toMatchObject({
      savedAt: 1_100,
      readAt: 1_200,
      tags: ['export controls'],
      publishedAt: Date.parse('2026-05-01T00:00:00Z'),
      firstSeen: 1_000,
      lastSeen: 5_000,
    });
    expect((await listNotes(db, article.id)).map((n) => n.body)).toEqual(['mine']);
  });

  it('moves the article date onto mentions and figures when a publication date appears', async () => {
    const { article } = await recordArticle(db, report('one', { entities: [entity('a')], figures: [figure({ type: 'percent', value: 1 }, 'a')] }), 1_000);
    expect(article.date).toBe(1_000);
    await recordArticle(db, report('one', { publishedAt: '1970-01-01T00:00:00.500Z', entities: [entity('a')], figures: [figure({ type: 'percent', value: 1 }, 'a')] }), 2_000);
    expect((await db.mentions.toArray()).map((m) => m.date)).toEqual([500]);
    expect((await db.figures.toArray()).map((f) => f.date)).toEqual([500]);
  });
});

describe('atomicity', () => {
  /** A store whose writes to one table fail with a given error while `failing.on` is set. */
  function failingStore(table: string, error: () => Error) {
    const failing = { on: false };
    const store = createStore('atomic', freshDeps());
    store.use({
      stack: 'dbcore',
      name: 'inject-failure',
      create(down: DBCore): DBCore {
        return {
          ...down,
          table(name) {
            const t = down.table(name);
            if (name !== table) return t;
            return {
              ...t,
              mutate(req: DBCoreMutateRequest) {
                return failing.on ? Promise.reject(error()) : t.mutate(req);
              },
            };
          },
        };
      },
    });
    return { store, failing };
  }

  it('writes nothing of a new article when writing its figures fails', async () => {
    const { store, failing } = failingStore('figures', () => new DOMException('disk full', 'QuotaExceededError'));
    failing.on = true;
    const e = await recordArticle(store, report('one', { entities: [entity('a')], figures: [figure({ type: 'percent', value: 1 }, 'a')] })).catch(
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe('quota');
    expect(await store.articles.count()).toBe(0);
    expect(await store.mentions.count()).toBe(0);
    store.close();
  });

  it('leaves a known article exactly as it was when re-recording fails half way', async () => {
    const { store, failing } = failingStore('figures', () => new DOMException('disk full', 'QuotaExceededError'));
    const { article } = await recordArticle(
      store,
      report('one', { entities: [entity('a'), entity('b')], figures: [figure({ type: 'percent', value: 1 }, 'a')] }),
      1_000,
    );
    const before = await articleDetail(store, article.id);
    failing.on = true;
    await expect(recordArticle(store, report('one', { title: 'changed', entities: [entity('c')] }), 2_000)).rejects.toMatchObject({ code: 'quota' });
    failing.on = false;
    expect(await articleDetail(store, article.id)).toEqual(before);
    store.close();
  });

  it('reports any other failure as a StoreError too', async () => {
    const { store, failing } = failingStore('mentions', () => new TypeError('boom'));
    failing.on = true;
    const e = (await recordArticle(store, report('one', { entities: [entity('a')] })).catch((err: unknown) => err)) as StoreError;
    expect(e).toBeInstanceOf(StoreError);
    expect(e.code).toBe('unknown');
    expect(e.message).toContain('boom');
    expect(await store.articles.count()).toBe(0);
    store.close();
  });
});

describe('recordArticle and pages that claim another address', () => {
  const VICTIM = 'https://chipnotes.substack.com/p/h20-ban';
  const victimReport = (t: number) =>
    recordArticle(
      db,
      report('v', { url: VICTIM, title: 'H20 ban explained', site: 'Chip Notes', publishedAt: '2026-11-02T08:00:00Z', entities: [entity('nvidia-h20')] }),
      t,
    );

  it('keeps a page on a neighbouring subdomain off another article: its own row, the victim unchanged', async () => {
    const victim = (await victimReport(1_000)).article;
    await addNote(db, { articleId: victim.id, selector: { exact: 'ban', prefix: '', suffix: '' }, body: 'my note' });
    const attack = await recordArticle(
      db,
      report('a', {
        url: 'https://attacker.substack.com/p/x',
        canonical: VICTIM,
        title: 'Pinned forever',
        site: 'Attacker',
        publishedAt: '2099-01-01T00:00:00Z',
        entities: [entity('amd-mi308')],
      }),
      2_000,
    );
    expect(attack.article.id).not.toBe(victim.id);
    expect(attack.article.url).toBe('https://attacker.substack.com/p/x');
    expect(await db.articles.get(victim.id)).toEqual(victim);
    // The victim's note is not found from the attacker's page.
    expect((await articleByUrl(db, 'https://attacker.substack.com/p/x', VICTIM))?.id).toBe(attack.article.id);
    expect((await listNotes(db, attack.article.id)).length).toBe(0);
  });

  it('lets no page on the same host rewrite a stored article it only claims to be', async () => {
    const own = (await recordArticle(db, report('story', { title: 'Real title', site: 'News', publishedAt: '2026-10-01T00:00:00Z', entities: [entity('a')] }), 1_000)).article;
    const claim = await recordArticle(
      db,
      report('other', { canonical: 'https://news.example/story', title: 'Fake', site: 'Fake', publishedAt: '2099-01-01T00:00:00Z', entities: [entity('b')] }),
      2_000,
    );
    expect(claim).toEqual({ article: own, created: false });
    expect(await db.articles.get(own.id)).toEqual(own);
    expect((await articleDetail(db, own.id))!.mentions.map((m) => m.entityId)).toEqual(['a']);
    expect(await db.articles.count()).toBe(1);
  });

  it("creates an article from a copy when it is not stored, and the article's own address then takes it over", async () => {
    const amp = await recordArticle(db, report('amp/story', { canonical: 'https://news.example/story', title: 'AMP title' }), 1_000);
    expect(amp).toMatchObject({ created: true, article: { url: 'https://news.example/story', title: 'AMP title' } });
    const real = await recordArticle(db, report('story?utm_source=x', { title: 'Real title' }), 2_000);
    expect(real).toMatchObject({ created: false, article: { id: amp.article.id, title: 'Real title' } });
  });
});

describe('recordArticle with no budget for new articles', () => {
  it('updates a known article but refuses a new one, writing nothing', async () => {
    const known = (await recordArticle(db, report('one'), 1_000)).article;
    const again = await recordArticle(db, report('one', { title: 'Updated' }), 2_000, { mayCreate: false });
    expect(again).toMatchObject({ created: false, article: { id: known.id, title: 'Updated' } });
    const e = await recordArticle(db, report('two', { entities: [entity('x')] }), 3_000, { mayCreate: false }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(RecordRefused);
    expect(await db.articles.count()).toBe(1);
    expect(await db.mentions.count()).toBe(0);
    expect(await db.entities.count()).toBe(0);
  });
});

describe('articleByUrl', () => {
  it('finds the article from any of its addresses', async () => {
    const { article } = await recordArticle(db, report('one', { url: 'https://news.example/one?id=2', canonical: 'https://news.example/one-canonical' }));
    expect((await articleByUrl(db, 'https://news.example/one?id=2&utm_source=x', 'https://news.example/one-canonical'))?.id).toBe(article.id);
    expect((await articleByUrl(db, 'https://news.example/one-canonical#comments'))?.id).toBe(article.id);
    expect(await articleByUrl(db, 'https://news.example/other')).toBeUndefined();
    expect(await articleByUrl(db, 'about:blank')).toBeUndefined();
  });
});

describe('articleDetail', () => {
  it('returns undefined for an unknown id', async () => {
    expect(await articleDetail(db, 12345)).toBeUndefined();
  });
});

describe('entity counts', () => {
  it('follow new articles, revisits and dropped entities', async () => {
    await recordArticle(db, report('a', { entities: [entity('x'), entity('y')] }), 1);
    await recordArticle(db, report('b', { entities: [entity('y'), entity('z', 1, 'company')] }), 2);
    expect(await db.entities.orderBy('id').toArray()).toEqual([
      { id: 'x', kind: 'chip', name: 'X', articles: 1 },
      { id: 'y', kind: 'chip', name: 'Y', articles: 2 },
      { id: 'z', kind: 'company', name: 'Z', articles: 1 },
    ]);
    // Revisit of a: x is gone from it, z is new in it, y stays.
    await recordArticle(db, report('a', { entities: [entity('y'), { ...entity('z', 1, 'company'), name: 'Zed' }] }), 3);
    expect(await db.entities.orderBy('id').toArray()).toEqual([
      { id: 'y', kind: 'chip', name: 'Y', articles: 2 },
      { id: 'z', kind: 'company', name: 'Zed', articles: 2 },
    ]);
    await recordArticle(db, report('b', { entities: [] }), 4);
    expect(await db.entities.orderBy('id').toArray()).toEqual(await expectedEntities(db));
    expect((await db.entities.get('y'))!.articles).toBe(1);
  });

  it('roll back with the article when a write fails', async () => {
    const failing = { on: false };
    const store = createStore('atomic-entities', freshDeps());
    store.use({
      stack: 'dbcore',
      name: 'fail-figures',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(name) {
          const t = down.table(name);
          return name === 'figures' ? { ...t, mutate: (req: DBCoreMutateRequest) => (failing.on ? Promise.reject(new Error('x')) : t.mutate(req)) } : t;
        },
      }),
    });
    await recordArticle(store, report('a', { entities: [entity('x')] }), 1);
    failing.on = true;
    await expect(recordArticle(store, report('a', { entities: [entity('y')] }), 2)).rejects.toBeInstanceOf(StoreError);
    expect(await store.entities.toArray()).toEqual([{ id: 'x', kind: 'chip', name: 'X', articles: 1 }]);
    store.close();
  });
});

describe('totals', () => {
  it('counts articles, reading list, notes, figures and distinct entities', async () => {
    expect(await totals(db)).toEqual({ articles: 0, saved: 0, unread: 0, notes: 0, figures: 0, entities: 0 });
    const a = (await recordArticle(db, report('a', { entities: [entity('x'), entity('y')], figures: [figure({ type: 'percent', value: 1 })] }))).article;
    const b = (await recordArticle(db, report('b', { entities: [entity('y'), entity('z')] }))).article;
    await recordArticle(db, report('c', { entities: [entity('x')] }));
    await save(db, a.id);
    await markRead(db, b.id);
    await addNote(db, { articleId: a.id, selector: { exact: 'x', prefix: '', suffix: '' }, body: '' });
    expect(await totals(db)).toEqual({ articles: 3, saved: 2, unread: 1, notes: 1, figures: 1, entities: 3 });
  });
});

describe('toStoreError', () => {
  it('finds the cause inside Dexie wrappers', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(toStoreError({ name: 'AbortError', message: 'aborted', inner: quota }).code).toBe('quota');
    expect(toStoreError({ name: 'BulkError', message: '1 of 2 failed', failures: [quota] }).code).toBe('quota');
    expect(toStoreError({ name: 'BulkError', failures: { 3: { name: 'ConstraintError' } } }).code).toBe('conflict');
    expect(toStoreError({ name: 'OpenFailedError', inner: { name: 'VersionError' } }).code).toBe('version');
    expect(toStoreError({ name: 'OpenFailedError', inner: { name: 'Weird' } }).code).toBe('unavailable');
    expect(toStoreError({ name: 'AbortError' }).code).toBe('aborted');
    expect(toStoreError({ name: 'MissingAPIError' }).code).toBe('unavailable');
    expect(toStoreError('text').code).toBe('unknown');
    const own = new StoreError('not-found');
    expect(toStoreError(own)).toBe(own);
  });
});
