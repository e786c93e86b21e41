/**
 * Full dump and restore of the store, for backups and for moving between browsers. The per-entity counts are
 * derived data: not in the dump, recomputed on restore. A restore is validated
 * completely before anything is written and then written in one transaction: it lands whole or not at all.
 */
import { z } from 'zod';
import { articleRange } from './articles';
import type { StoreDb } from './db';
import { recountEntities } from './entities';
import { StoreError, guard, validationIssues } from './errors';
import { figureMeasure } from './measure';
import { normaliseTags } from './reading-list';
import { publishedTimeOk, seenTimeOk } from './times';
import { DUMP_VERSION, StoreDumpSchema, type StoreDump } from './rows';
import type { ArticleRow, FigureRow, MentionRow, NoteRow } from './types';

/** What {@link exportAll} returns: every row of every table, as stored. */
export interface StoreExport {
  format: 'chiplens-store';
  version: typeof DUMP_VERSION;
  exportedAt: number;
  articles: ArticleRow[];
  mentions: MentionRow[];
  figures: FigureRow[];
  notes: NoteRow[];
}

/** Reads the whole store in one consistent snapshot. */
export async function exportAll(db: StoreDb, now: number = Date.now()): Promise<StoreExport> {
  return guard(() =>
    db.transaction('r', db.articles, db.mentions, db.figures, db.notes, async () => {
      const [articles, mentions, figures, notes] = await Promise.all([
        db.articles.toArray(),
        db.mentions.toArray(),
        db.figures.toArray(),
        db.notes.toArray(),
      ]);
      return {
        format: 'chiplens-store',
        version: DUMP_VERSION,
        exportedAt: now,
        articles: articles.map((a) => articleForBackup(a, now)),
        mentions,
        figures,
        notes: notes.map((n) => noteForBackup(n, now)),
      };
    }),
  );
}

/**
 * A pair of times of which the first must not be later than the second (first and last seen, created and
 * edited), each replaced where it breaks the rule of `times.ts`: by its partner if that one holds, else by the time
 * of the export. Only rows stored before times were checked can need it.
 */
function saneSeenPair(first: number, last: number, now: number): [number, number] {
  const firstOk = seenTimeOk(first, now);
  const lastOk = seenTimeOk(last, now);
  if (firstOk && lastOk) return [first, last];
  if (firstOk) return [first, Math.max(first, now)];
  if (lastOk) return [last, last];
  return [now, now];
}

/**
 * An article as the backup holds it: as stored, except that a time the import would refuse (see `times.ts`) is
 * repaired, so that every backup ChipLens writes can be read back. Optional times that are no dates are left out;
 * required ones follow {@link saneSeenPair}.
 */
export function articleForBackup(a: ArticleRow, now: number): ArticleRow {
  const [firstSeen, lastSeen] = saneSeenPair(a.firstSeen, a.lastSeen, now);
  const row: ArticleRow = { ...a, firstSeen, lastSeen };
  if (row.publishedAt !== undefined && !publishedTimeOk(row.publishedAt, now)) delete row.publishedAt;
  if (row.savedAt !== undefined && !seenTimeOk(row.savedAt, now)) delete row.savedAt;
  if (row.readAt !== undefined && !seenTimeOk(row.readAt, now)) delete row.readAt;
  row.date = row.publishedAt ?? row.firstSeen;
  return row;
}

/** A note as the backup holds it: times repaired as for {@link articleForBackup}. */
export function noteForBackup(n: NoteRow, now: number): NoteRow {
  const [createdAt, updatedAt] = saneSeenPair(n.createdAt, n.updatedAt, now);
  return createdAt === n.createdAt && updatedAt === n.updatedAt ? n : { ...n, createdAt, updatedAt };
}

export interface ImportOptions {
  /**
   * `merge`: add what is new, join articles already stored (by URL) and keep every note of both sides.
   * `replace`: the store afterwards holds exactly the backup.
   */
  mode: 'merge' | 'replace';
}

export interface ImportResult {
  articlesAdded: number;
  articlesMerged: number;
  notesAdded: number;
  /** Notes already present (same article, passage, body and creation time). */
  notesSkipped: number;
}

/** Validates a backup; `invalid` with the first problems spelt out when it is not one. */
export function parseDump(raw: unknown): StoreDump {
  const parsed = StoreDumpSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StoreError('invalid', `This is not a valid ChipLens backup: ${z.prettifyError(parsed.error).split('\n').slice(0, 6).join(' ')}`, {
      cause: parsed.error,
      issues: validationIssues(parsed.error.issues),
    });
  }
  return parsed.data;
}

type DumpArticle = StoreDump['articles'][number];

function groupByArticle<T extends { articleId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.articleId);
    if (list) list.push(r);
    else out.set(r.articleId, [r]);
  }
  return out;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

/** The stored form of a backup article (without id), its date recomputed rather than trusted. */
function articleFrom(a: DumpArticle): Omit<ArticleRow, 'id'> {
  const { id: _id, date: _date, ...rest } = a;
  const row = { ...rest, tags: normaliseTags(a.tags), entityIds: [...new Set(a.entityIds)], date: a.publishedAt ?? a.firstSeen };
  // A read article is on the reading list; the store relies on it (see `totals`).
  if (row.readAt !== undefined && row.savedAt === undefined) row.savedAt = row.readAt;
  return row;
}

/** Joins a stored article and its backup copy; the more recently seen side wins the page facts. */
function mergeArticle(stored: ArticleRow, incoming: DumpArticle): { row: ArticleRow; takeChildren: boolean } {
  const takeChildren = incoming.lastSeen > stored.lastSeen;
  const fresh = takeChildren ? articleFrom(incoming) : stored;
  const row: ArticleRow = {
    ...stored,
    title: fresh.title,
    site: fresh.site,
    lang: fresh.lang,
    entityIds: fresh.entityIds,
    firstSeen: Math.min(stored.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(stored.lastSeen, incoming.lastSeen),
    tags: normaliseTags([...stored.tags, ...incoming.tags]),
    date: 0,
  };
  const publishedAt = stored.publishedAt ?? incoming.publishedAt;
  const savedAt = minDefined(stored.savedAt, incoming.savedAt);
  const readAt = stored.readAt ?? incoming.readAt;
  for (const [key, value] of [
    ['publishedAt', publishedAt],
    ['savedAt', savedAt],
    ['readAt', readAt],
  ] as const) {
    if (value === undefined) delete row[key];
    else row[key] = value;
  }
  if (row.readAt !== undefined && row.savedAt === undefined) row.savedAt = row.readAt;
  row.date = row.publishedAt ?? row.firstSeen;
  return { row, takeChildren };
}

function noteKey(n: Pick<NoteRow, 'selector' | 'body' | 'createdAt'>): string {
  return JSON.stringify([n.selector.exact, n.selector.prefix, n.selector.suffix, n.body, n.createdAt]);
}

/**
 * Restores a backup (see {@link ImportOptions}). Validation happens first; the writes share one transaction,
 * so any failure (quota, a broken row) leaves the store exactly as it was.
 *
 * @throws {StoreError} `invalid` for anything that is not a valid backup, or the code of the storage failure.
 */
export async function importAll(db: StoreDb, raw: unknown, opts: ImportOptions = { mode: 'merge' }): Promise<ImportResult> {
  const dump = parseDump(raw);
  const mentionsOf = groupByArticle(dump.mentions);
  const figuresOf = groupByArticle(dump.figures);
  const result: ImportResult = { articlesAdded: 0, articlesMerged: 0, notesAdded: 0, notesSkipped: 0 };

  return guard(() =>
    db.transaction('rw', db.articles, db.mentions, db.figures, db.notes, db.entities, async () => {
      if (opts.mode === 'replace') await clearAll(db);

      const stored = new Map<string, ArticleRow>();
      if (opts.mode === 'merge') {
        const found = await db.articles.where('url').anyOf(dump.articles.map((a) => a.url)).toArray();
        for (const a of found) stored.set(a.url, a);
      }

      // Dump article id → stored id and date, for the child rows.
      const target = new Map<number, { id: number; date: number; takeChildren: boolean }>();
      const fresh = dump.articles.filter((a) => !stored.has(a.url));
      const freshRows = fresh.map(articleFrom);
      const freshIds = await db.articles.bulkAdd(freshRows as ArticleRow[], { allKeys: true });
      fresh.forEach((a, i) => target.set(a.id, { id: freshIds[i], date: freshRows[i].date, takeChildren: true }));
      result.articlesAdded = fresh.length;

      for (const a of dump.articles) {
        const old = stored.get(a.url);
        if (!old) continue;
        const { row, takeChildren } = mergeArticle(old, a);
        await db.articles.put(row);
        target.set(a.id, { id: row.id, date: row.date, takeChildren });
        if (takeChildren) {
          await db.mentions.where('[articleId+entityId]').between(...articleRange(row.id), true, true).delete();
          await db.figures.where('articleId').equals(row.id).delete();
        } else if (row.date !== old.date) {
          await db.mentions.where('[articleId+entityId]').between(...articleRange(row.id), true, true).modify({ date: row.date });
          await db.figures.where('articleId').equals(row.id).modify({ date: row.date });
        }
        result.articlesMerged += 1;
      }

      const mentions: Omit<MentionRow, 'id'>[] = [];
      const figures: Omit<FigureRow, 'id'>[] = [];
      for (const [dumpId, t] of target) {
        if (!t.takeChildren) continue;
        for (const { id: _id, ...m } of mentionsOf.get(dumpId) ?? []) mentions.push({ ...m, articleId: t.id, date: t.date });
        for (const { id: _id, ...f } of figuresOf.get(dumpId) ?? []) {
          const row: Omit<FigureRow, 'id'> = { ...f, articleId: t.id, type: f.value.type, measure: figureMeasure(f.value, f.measure), date: t.date };
          if (row.about === undefined) delete row.about;
          figures.push(row);
        }
      }
      await db.mentions.bulkAdd(mentions as MentionRow[]);
      await db.figures.bulkAdd(figures as FigureRow[]);
      const touched = new Set<string>();
      for (const a of dump.articles) for (const e of a.entityIds) touched.add(e);
      for (const a of stored.values()) for (const e of a.entityIds) touched.add(e);
      await recountEntities(db, touched);

      const mergedIds = [...stored.values()].map((a) => a.id);
      const present = new Set<string>();
      if (mergedIds.length) {
        await db.notes
          .where('articleId')
          .anyOf(mergedIds)
          .each((n) => present.add(`${n.articleId}|${noteKey(n)}`));
      }
      const notes: Omit<NoteRow, 'id'>[] = [];
      for (const { id: _id, ...n } of dump.notes) {
        const articleId = target.get(n.articleId)!.id;
        const key = `${articleId}|${noteKey(n)}`;
        if (present.has(key)) {
          result.notesSkipped += 1;
          continue;
        }
        present.add(key);
        const row: Omit<NoteRow, 'id'> = { ...n, articleId, tags: normaliseTags(n.tags) };
        if (row.position === undefined) delete row.position;
        if (row.color === undefined) delete row.color;
        notes.push(row);
      }
      await db.notes.bulkAdd(notes as NoteRow[]);
      result.notesAdded = notes.length;
      return result;
    }),
  );
}

async function clearAll(db: StoreDb): Promise<void> {
  await Promise.all([db.articles.clear(), db.mentions.clear(), db.figures.clear(), db.notes.clear(), db.entities.clear()]);
}

/** Deletes everything in one transaction. */
export async function wipe(db: StoreDb): Promise<void> {
  return guard(() =>
    db.transaction('rw', db.articles, db.mentions, db.figures, db.notes, db.entities, () => clearAll(db)),
  );
}
