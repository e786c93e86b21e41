import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordArticle } from './articles.ts';
import type { StoreDb } from './db.ts';
import { BackupError, exportAll, importBackup, writeBackup, type StoreExport } from './dump.ts';
import { StoreError } from './errors.ts';
import { DUMP_VERSION } from './rows.ts';
import { entity, expectedEntities, importText, pieces, report, syntheticBackup, testStore } from './testing.ts';

let db: StoreDb;
beforeEach(async () => {
  db = await testStore();
});
afterEach(() => db.close());

/** JSON with object keys sorted, so rows whose fields were written in another order compare equal. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => `${JSON.stringify(k)}:${stable(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The store's content without ids, for comparing two stores. */
function content(d: StoreExport) {
  const urlOf = new Map(d.articles.map((a) => [a.id, a.url]));
  const strip = <T extends { id: number; articleId?: number }>(rows: T[]) =>
    rows.map(({ id: _id, articleId, ...rest }) => stable({ ...rest, article: articleId === undefined ? undefined : urlOf.get(articleId) })).sort();
  return { articles: strip(d.articles), mentions: strip(d.mentions), figures: strip(d.figures), notes: strip(d.notes) };
}

const SMALL = [...syntheticBackup(60, { pieceChars: 5000 })].join('');

async function writeText(store: StoreDb, opts: Parameters<typeof writeBackup>[2] = {}): Promise<{ text: string; pieces: number }> {
  const parts: string[] = [];
  await writeBackup(store, (t) => parts.push(t), opts);
  return { text: parts.join(''), pieces: parts.length };
}

describe('writeBackup', () => {
  it('writes the store in pieces, one row a line, as exportAll reads it', async () => {
    await importText(db, SMALL);
    const progress: number[] = [];
    const { text, pieces: n } = await writeText(db, { now: 5_000, batchRows: 100, onProgress: (p) => progress.push(p.done) });
    expect(n).toBeGreaterThan(10);
    const parsed = JSON.parse(text) as StoreExport;
    expect(parsed).toEqual(await exportAll(db, 5_000));
    expect(text.split('\n').length).toBeGreaterThan(60 * 18);
    expect(progress[progress.length - 1]).toBe(60 * 18 + 15);
  });

  it('writes an empty store as a valid, empty backup', async () => {
    const { text } = await writeText(db, { now: 1 });
    expect(JSON.parse(text)).toEqual({ format: 'chiplens-store', version: DUMP_VERSION, exportedAt: 1, articles: [], mentions: [], figures: [], notes: [] });
  });

  it('stops when cancelled', async () => {
    await importText(db, SMALL);
    const controller = new AbortController();
    const e = await writeBackup(db, () => controller.abort(), { signal: controller.signal, batchRows: 10 }).catch((err: unknown) => err);
    expect(e).toMatchObject({ code: 'aborted' });
  });
});

describe('importBackup in pieces', () => {
  it('round-trips: export, import into an empty store, export again', { timeout: 60_000 }, async () => {
    const result = await importText(db, SMALL, { mode: 'merge' }, 777);
    expect(result).toEqual({ articlesAdded: 60, articlesMerged: 0, notesAdded: 15, notesSkipped: 0 });
    expect(await db.entities.toArray()).toEqual(await expectedEntities(db));
    const { text } = await writeText(db);
    const target = await testStore('target');
    await importText(target, text, { mode: 'merge' }, 1);
    expect(content(await exportAll(target))).toEqual(content(await exportAll(db)));
    expect(await target.staged.count()).toBe(0);
    target.close();
  });

  it('leaves the store unchanged and the staging area empty when cancelled while checking', async () => {
    const kept = (await recordArticle(db, report('kept', { entities: [entity('amd')] }), 1_000)).article;
    const before = await exportAll(db, 1);
    const controller = new AbortController();
    const e = await importBackup(db, pieces(SMALL, 2000), {
      mode: 'replace',
      batchRows: 50,
      signal: controller.signal,
      onProgress: (p) => p.done >= 200 && controller.abort(),
    }).catch((err: unknown) => err);
    expect(e).toMatchObject({ code: 'aborted' });
    expect(await exportAll(db, 1)).toEqual(before);
    expect(await db.staged.count()).toBe(0);
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual([kept.id]);
  });

  it('leaves the store unchanged when cancelled while writing', async () => {
    await recordArticle(db, report('kept', { entities: [entity('amd')] }), 1_000);
    const before = await exportAll(db, 1);
    const controller = new AbortController();
    const e = await importBackup(db, pieces(SMALL), {
      mode: 'replace',
      batchRows: 50,
      signal: controller.signal,
      onProgress: (p) => p.phase === 'writing' && p.done >= 500 && controller.abort(),
    }).catch((err: unknown) => err);
    expect(e).toMatchObject({ code: 'aborted' });
    expect(await exportAll(db, 1)).toEqual(before);
    expect(await db.entities.toArray()).toEqual(await expectedEntities(db));
    expect(await db.staged.count()).toBe(0);
  });

  it('clears what an import closed half way left staged, and lands whole', async () => {
    await db.staged.add({ session: 'closed-page', table: 'articles', rows: [{ junk: true }] } as never);
    await expect(importText(db, SMALL)).resolves.toMatchObject({ articlesAdded: 60 });
    expect(await db.staged.count()).toBe(0);
    expect(await db.articles.count()).toBe(60);
  });

  it('joins an article the background records while the file is being checked', async () => {
    let recorded = false;
    const result = await importBackup(db, pieces(SMALL, 3000), {
      mode: 'merge',
      batchRows: 20,
      onProgress: (p) => {
        if (p.phase !== 'checking' || recorded) return;
        recorded = true;
        void recordArticle(db, report('x', { url: 'https://news3.example/2026/chips/article-3', entities: [entity('amd')] }), Date.parse('2026-12-01T00:00:00Z'));
      },
    });
    expect(recorded).toBe(true);
    expect(result).toMatchObject({ articlesAdded: 59, articlesMerged: 1 });
    expect(await db.articles.count()).toBe(60);
    expect(await db.entities.toArray()).toEqual(await expectedEntities(db));
  });

  it('fails an import whose staged rows another import cleared, writing nothing', async () => {
    const controller = { started: false };
    const e = await importBackup(db, pieces(SMALL, 3000), {
      mode: 'merge',
      batchRows: 20,
      onProgress: (p) => {
        if (p.phase !== 'checking' || controller.started) return;
        controller.started = true;
        // Another tab starts an import: its first step empties the staging area.
        void db.staged.clear();
      },
    }).catch((err: unknown) => err);
    expect(e).toMatchObject({ code: 'aborted' });
    expect((e as StoreError).message).toMatch(/Another import/);
    expect(await db.articles.count()).toBe(0);
  });

  it('reports the first problem in file order, as data', async () => {
    const broken = SMALL.replace('"count":', '"count":0,"x":');
    const e = (await importText(db, broken).catch((err: unknown) => err)) as BackupError;
    expect(e).toBeInstanceOf(BackupError);
    expect(e.problem).toMatchObject({ kind: 'row', table: 'mentions', index: 0, field: 'count' });
    const orphan = SMALL.replace('"articleId":60,', '"articleId":61,');
    expect(((await importText(db, orphan).catch((err: unknown) => err)) as BackupError).problem).toMatchObject({ kind: 'orphan', table: 'mentions', articleId: 61 });
    const cut = SMALL.slice(0, SMALL.length / 2);
    expect(((await importText(db, cut).catch((err: unknown) => err)) as BackupError).problem).toMatchObject({ kind: 'not-json' });
    const deep = `{"format":"chiplens-store","version":2,"exportedAt":1,"articles":[${'['.repeat(10_000)}`;
    expect(((await importText(db, deep).catch((err: unknown) => err)) as BackupError).problem).toMatchObject({ kind: 'too-deep', table: 'articles', index: 0 });
    expect(((await importText(db, '{"format":"other"}').catch((err: unknown) => err)) as BackupError).problem).toEqual({ kind: 'not-backup' });
    expect(((await importText(db, SMALL.replace('"version":2', '"version":9')).catch((err: unknown) => err)) as BackupError).problem).toEqual({ kind: 'version', version: '9' });
    expect(((await importText(db, SMALL.replace(',"notes":[', ',"notez":[')).catch((err: unknown) => err)) as BackupError).problem).toEqual({ kind: 'missing', field: 'notes' });
    expect(await db.articles.count()).toBe(0);
    expect(await db.staged.count()).toBe(0);
  });
});

/**
 * Megabytes of backup for the large test: 8 by default, so the suite stays fast on a busy 2-core machine; the code
 * path is the same at any size. `CHIPLENS_BIG_BACKUP_MB=70` runs the issue's 70 MB (about 110 s here with
 * fake-indexeddb), and `npm run bench -- store` measures export and import throughput at 200 MB and more.
 */
const BIG_MB = Number(process.env.CHIPLENS_BIG_BACKUP_MB ?? 8);

describe(`a ${BIG_MB} MB backup`, () => {
  it('imports in pieces and exports again in pieces', { timeout: 300_000 }, async () => {
    const articles = Math.round((BIG_MB * 1e6) / 4905);
    let chars = 0;
    const source = (function* () {
      for (const p of syntheticBackup(articles)) {
        chars += p.length;
        yield p;
      }
    })();
    const result = await importBackup(db, source, { mode: 'merge' });
    expect(chars).toBeGreaterThan(BIG_MB * 0.95e6);
    expect(result).toEqual({ articlesAdded: articles, articlesMerged: 0, notesAdded: Math.floor(articles / 4), notesSkipped: 0 });
    expect(await db.mentions.count()).toBe(articles * 12);
    expect(await db.staged.count()).toBe(0);
    let written = 0;
    await writeBackup(db, (t) => (written += t.length));
    expect(written).toBeGreaterThan(BIG_MB * 0.9e6);
  });
});
