import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage, type AnyResponse, type RequestInput } from './messages.ts';
import { send } from './send.ts';
import { buildArticleReport } from './report.ts';
import type { StoreDb } from './store/db.ts';
import { StoreError } from './store/errors.ts';
import { entity, figure, report, testStore } from './store/testing.ts';

let db: StoreDb;
beforeEach(async () => {
  db = await testStore();
  fakeBrowser.reset();
});
afterEach(() => db.close());

/** Sends through the router and checks the answer survives JSON, as Chrome's messaging serialises it. */
async function ask(raw: unknown): Promise<AnyResponse> {
  const res = await handleMessage(db, raw);
  expect(JSON.parse(JSON.stringify(res))).toEqual(res);
  return res;
}

function data<T = unknown>(res: AnyResponse): T {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}: ${res.error.message}`);
  return res.data as T;
}

async function counts() {
  return Promise.all([db.articles.count(), db.mentions.count(), db.figures.count(), db.notes.count()]);
}

const seen = (slug: string, parts = {}) => ({ type: 'article/seen', report: report(slug, parts) }) as const;

describe('handleMessage: rejected messages', () => {
  it.each([
    ['null', null],
    ['a string', 'article/seen'],
    ['an array', [{ type: 'article/seen' }]],
    ['no type', { report: {} }],
    ['a numeric type', { type: 42 }],
    ['an unknown type', { type: 'article/delete-all' }],
    ['an inherited property name', { type: 'toString' }],
  ])('answers unknown-type for %s, without opening the store', async (_label, raw) => {
    const open = vi.fn(async () => db);
    const res = await handleMessage(open, raw);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('unknown-type');
      expect(res.error.message).toMatch(/ChipLens does not know/);
    }
    expect(open).not.toHaveBeenCalled();
  });

  const bad: [string, unknown, RegExp][] = [
    ['article/seen without report', { type: 'article/seen' }, /report/],
    ['article/seen with a bad language', seen('a', { lang: 'fr' }), /report\.lang/],
    ['article/seen with a bad figure', seen('a', { figures: [figure({ type: 'money', amount: 1, currency: 'dollars' } as never)] }), /figures/],
    ['article/seen with too many entities', seen('a', { entities: Array.from({ length: 301 }, (_, i) => entity(`e${i}`)) }), /entities/],
    ['article/seen with an extra field', { ...seen('a'), sneaky: true }, /sneaky|Unrecognized/],
    ['article/get without address', { type: 'article/get' }, /needs articleId or url/],
    ['entity/context without entity', { type: 'entity/context' }, /entityId/],
    ['entity/context with limit 0', { type: 'entity/context', entityId: 'x', limit: 0 }, /limit/],
    ['entity/context with a misspelt option', { type: 'entity/context', entityId: 'x', excludeArticleID: 3 }, /excludeArticleID/],
    ['entity/timeline with a string limit', { type: 'entity/timeline', entityId: 'x', limit: '5' }, /limit/],
    ['entity/timeline with a measure not in the vocabulary', { type: 'entity/timeline', entityId: 'x', measure: 'vibes' }, /measure/],
    ['article/seen with a figure measure not in the vocabulary', seen('a', { figures: [{ ...figure({ type: 'percent', value: 1 }), measure: 'vibes' } as never] }), /measure/],
    ['entity/co-mentions with an empty id', { type: 'entity/co-mentions', entityId: '' }, /entityId/],
    ['list/get with a bad state', { type: 'list/get', query: { state: 'maybe' } }, /query\.state/],
    ['list/save with a negative id', { type: 'list/save', articleId: -1 }, /articleId/],
    ['list/mark-read with a fractional id', { type: 'list/mark-read', articleId: 1.5 }, /articleId/],
    ['list/set-tags without tags', { type: 'list/set-tags', articleId: 1 }, /tags/],
    ['notes/add with a reversed position', { type: 'notes/add', note: { articleId: 1, selector: { exact: 'a', prefix: '', suffix: '' }, position: { start: 5, end: 2 }, body: '' } }, /position/],
    ['notes/add with a huge body', { type: 'notes/add', note: { articleId: 1, selector: { exact: 'a', prefix: '', suffix: '' }, body: 'x'.repeat(100_001) } }, /body/],
    ['notes/update without patch', { type: 'notes/update', id: 1 }, /patch/],
    ['notes/delete without id', { type: 'notes/delete' }, /id/],
    ['notes/add in a colour not offered', { type: 'notes/add', note: { articleId: 1, selector: { exact: 'a', prefix: '', suffix: '' }, body: '', color: 'red' } }, /color/],
    ['notes/update with tags that are no list', { type: 'notes/update', id: 1, patch: { tags: 'china' } }, /tags/],
    ['library/search without a query', { type: 'library/search' }, /query/],
    ['article/delete without an id', { type: 'article/delete' }, /articleId/],
    ['data/wipe without confirmation', { type: 'data/wipe' }, /confirm/],
    ['data/wipe with confirm "yes"', { type: 'data/wipe', confirm: 'yes' }, /confirm/],
  ];

  it.each(bad)('answers bad-request for %s', async (_label, raw, field) => {
    const res = await ask(raw);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('bad-request');
      expect(res.error.message).toMatch(field);
    }
  });

  it('writes nothing and deletes nothing for any malformed or unknown message', async () => {
    data(await ask(seen('kept', { entities: [entity('a')] })));
    const before = await counts();
    for (const [, raw] of bad) await ask(raw);
    for (const raw of [null, { type: 'nope' }, { type: 'data/wipe', confirm: false }]) await ask(raw);
    expect(await counts()).toEqual(before);
  });
});

describe('handleMessage: every request', () => {
  it('records, looks up and queries articles', async () => {
    const a = data<{ article: { id: number }; created: boolean }>(
      await ask(
        seen('a', {
          publishedAt: '2026-01-01T00:00:00Z',
          entities: [entity('nvidia-h20', 2), entity('nvidia', 1, 'company')],
          figures: [figure({ type: 'money', amount: 5e9, currency: 'USD' }, 'nvidia-h20')],
        }),
      ),
    );
    expect(a.created).toBe(true);
    const b = data<{ article: { id: number } }>(await ask(seen('b', { publishedAt: '2026-02-01T00:00:00Z', entities: [entity('nvidia-h20'), entity('nvidia', 1, 'company')] })));

    const byUrl = data<{ article: { id: number }; mentions: unknown[]; figures: unknown[]; notes: unknown[] }>(
      await ask({ type: 'article/get', url: 'https://news.example/a?utm_source=x' }),
    );
    expect(byUrl.article.id).toBe(a.article.id);
    expect([byUrl.mentions.length, byUrl.figures.length, byUrl.notes.length]).toEqual([2, 1, 0]);
    expect(data<{ article: { id: number } }>(await ask({ type: 'article/get', articleId: b.article.id })).article.id).toBe(b.article.id);
    expect(data(await ask({ type: 'article/get', url: 'https://news.example/missing' }))).toBeNull();
    expect(data(await ask({ type: 'article/get', articleId: 999 }))).toBeNull();

    const ctx = data<{ total: number; items: { article: { id: number } }[] }>(
      await ask({ type: 'entity/context', entityId: 'nvidia-h20', excludeArticleId: b.article.id }),
    );
    expect(ctx.total).toBe(1);
    expect(ctx.items.map((i) => i.article.id)).toEqual([a.article.id]);
    expect(data<unknown[]>(await ask({ type: 'entity/timeline', entityId: 'nvidia-h20' }))).toHaveLength(1);
    expect(data(await ask({ type: 'entity/co-mentions', entityId: 'nvidia-h20', limit: 5 }))).toEqual([
      { entityId: 'nvidia', kind: 'company', name: 'NVIDIA', articles: 2 },
    ]);
  });

  it('accepts a report built by buildArticleReport', async () => {
    const text = 'Der H20 von Nvidia kostet 12.000 Dollar.';
    const r = buildArticleReport({ url: 'https://x.example/a', title: 'T', lang: 'de' }, text, {
      language: 'de',
      relevant: true,
      mentions: [
        { kind: 'chip', id: 'nvidia-h20', name: 'Nvidia H20', start: 4, end: 7, text: 'H20' },
        { kind: 'figure', value: { type: 'money', amount: 12000, currency: 'USD' }, about: 'nvidia-h20', start: 26, end: 39, text: '12.000 Dollar' },
      ],
    });
    expect(data<{ created: boolean }>(await ask({ type: 'article/seen', report: r })).created).toBe(true);
  });

  it('runs the reading list', async () => {
    const id = data<{ article: { id: number } }>(await ask(seen('a', { title: 'Ascend roadmap' }))).article.id;
    expect(data<{ savedAt: number }>(await ask({ type: 'list/save', articleId: id })).savedAt).toBeGreaterThan(0);
    expect(data<{ readAt: number }>(await ask({ type: 'list/mark-read', articleId: id })).readAt).toBeGreaterThan(0);
    expect(data<{ readAt?: number }>(await ask({ type: 'list/mark-read', articleId: id, read: false })).readAt).toBeUndefined();
    expect(data<{ tags: string[] }>(await ask({ type: 'list/set-tags', articleId: id, tags: ['China', ' china ', 'hbm'] })).tags).toEqual(['china', 'hbm']);
    expect(data(await ask({ type: 'list/tags' }))).toEqual([
      { tag: 'china', articles: 1 },
      { tag: 'hbm', articles: 1 },
    ]);
    expect(data<{ total: number }>(await ask({ type: 'list/get', query: { state: 'unread', text: 'ascend' } })).total).toBe(1);
    expect(data<{ total: number }>(await ask({ type: 'list/get' })).total).toBe(1);
    expect(data<{ savedAt?: number }>(await ask({ type: 'list/unsave', articleId: id })).savedAt).toBeUndefined();
    expect(data<{ total: number }>(await ask({ type: 'list/get', query: {} })).total).toBe(0);
  });

  it('runs notes, totals, article deletion and wipe', async () => {
    const id = data<{ article: { id: number } }>(await ask(seen('a', { entities: [entity('x')] }))).article.id;
    const selector = { exact: 'x', prefix: 'a ', suffix: ' b' };
    const note = data<{ id: number; body: string }>(await ask({ type: 'notes/add', note: { articleId: id, selector, position: { start: 2, end: 3 }, body: 'hi' } }));
    expect(note.body).toBe('hi');
    expect(data<{ body: string }>(await ask({ type: 'notes/update', id: note.id, patch: { body: 'edited' } })).body).toBe('edited');
    expect(data<{ body: string }[]>(await ask({ type: 'notes/list', articleId: id })).map((n) => n.body)).toEqual(['edited']);
    expect(data<unknown[]>(await ask({ type: 'notes/list' }))).toHaveLength(1);
    expect(data(await ask({ type: 'stats/totals' }))).toEqual({ articles: 1, saved: 0, unread: 0, notes: 1, figures: 0, entities: 1 });

    // A highlight: its colour reaches the page's anchors, its tags and the note's text do not.
    const mark = data<{ id: number }>(await ask({ type: 'notes/add', note: { articleId: id, selector: { exact: 'a', prefix: '', suffix: ' x' }, body: '', color: 'green', tags: ['China'] } }));
    const anchors = data<{ anchors: object[] }>(await ask({ type: 'notes/anchors', articleId: id })).anchors;
    expect(anchors).toEqual([
      { id: note.id, selector, position: { start: 2, end: 3 } },
      { id: mark.id, selector: { exact: 'a', prefix: '', suffix: ' x' }, color: 'green' },
    ]);
    expect(data(await ask({ type: 'notes/update', id: note.id, patch: { tags: ['china', 'Preis'] } }))).toMatchObject({ tags: ['china', 'preis'] });
    expect(data(await ask({ type: 'notes/tags' }))).toEqual([{ tag: 'china', notes: 2 }, { tag: 'preis', notes: 1 }]);
    expect(data<{ id: number }[]>(await ask({ type: 'notes/list', tag: 'preis' })).map((n) => n.id)).toEqual([note.id]);
    expect(data<{ totals: object }>(await ask({ type: 'library/search', query: 'edited' })).totals).toEqual({ article: 0, note: 1, highlight: 0 });
    expect(data(await ask({ type: 'notes/delete', id: mark.id }))).toBeNull();
    expect(data(await ask({ type: 'notes/delete', id: note.id }))).toBeNull();
    expect(data(await ask({ type: 'article/delete', articleId: id }))).toEqual({ mentions: 1, figures: 0, notes: 0 });
    expect(await ask({ type: 'article/delete', articleId: id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    data(await ask(seen('b', { entities: [entity('x')] })));
    expect(data(await ask({ type: 'data/wipe', confirm: true }))).toBeNull();
    expect(await counts()).toEqual([0, 0, 0, 0]);
    // Backups no longer travel as messages: the library page reads and writes the store itself.
    for (const type of ['data/export', 'data/import']) expect(await ask({ type })).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });
});

describe('handleMessage: store failures become error values', () => {
  it('passes on not-found and invalid', async () => {
    for (const raw of [
      { type: 'list/save', articleId: 77 },
      { type: 'notes/delete', id: 77 },
      { type: 'notes/add', note: { articleId: 77, selector: { exact: 'a', prefix: '', suffix: '' }, body: '' } },
    ]) {
      const res = await ask(raw);
      expect(res).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    expect(await ask(seen('a', { url: 'ftp://files.example/a' }))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await counts()).toEqual([0, 0, 0, 0]);
  });

  it('answers when the database cannot be opened', async () => {
    const unavailable = await handleMessage(() => Promise.reject(new StoreError('unavailable')), { type: 'stats/totals' });
    expect(unavailable).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const raw = await handleMessage(() => Promise.reject(new DOMException('nope', 'QuotaExceededError')), { type: 'stats/totals' });
    expect(raw).toMatchObject({ ok: false, error: { code: 'quota' } });
    const weird = await handleMessage(() => Promise.reject(new Error('kaputt')), { type: 'stats/totals' });
    expect(weird.ok).toBe(false);
    if (!weird.ok) {
      expect(weird.error.code).toBe('unknown');
      expect(weird.error.message).toContain('kaputt');
    }
  });

  it('opens the database lazily with the given opener', async () => {
    const open = vi.fn(async () => db);
    expect((await handleMessage(open, { type: 'stats/totals' })).ok).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('send', () => {
  it('returns the background’s typed answer', async () => {
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => handleMessage(db, msg));
    await send({ type: 'article/seen', report: report('a', { entities: [entity('nvidia-h20')] }) });
    const res = await send({ type: 'entity/context', entityId: 'nvidia-h20' });
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.data.items[0].article.url).toBe('https://news.example/a');
  });

  it('passes error answers through', async () => {
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => handleMessage(db, msg));
    const res = await send({ type: 'list/save', articleId: 5 });
    expect(res).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('turns an unreachable background into an error value', async () => {
    const res = await send({ type: 'stats/totals' });
    expect(res).toMatchObject({ ok: false, error: { code: 'no-response' } });
    if (!res.ok) expect(res.error.message).toMatch(/could not be reached/);
  });

  it('turns a silent or odd answer into an error value', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ something: 'else' }));
    const req: RequestInput = { type: 'stats/totals' };
    expect(await send(req)).toMatchObject({ ok: false, error: { code: 'no-response' } });
  });
});
