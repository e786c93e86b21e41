/**
 * Backups: writing the whole store as a JSON backup, and restoring one, both in pieces so that a store of any
 * size fits (they run in the library page, straight against IndexedDB, not as one message to the background).
 *
 * - Export ({@link writeBackup}) reads the tables in batches inside one read transaction (one consistent snapshot,
 *   however long it takes) and hands the JSON text on piece by piece.
 * - Import ({@link importBackup}) reads the file in pieces ({@link BackupScanner}), checks every row with the
 *   schemas of `rows.ts` and the rules across rows, and stages the checked rows in the `staged` table; only when the
 *   whole file has passed are they moved into the real tables, in one transaction that also empties the staging
 *   area. Any failure, a cancel or a closed page before that transaction leaves the stored data as it was; the
 *   transaction itself lands whole or not at all. An article the background records meanwhile is met by the move
 *   like any stored one (joined by its address), since the move reads the store inside its own transaction.
 *
 * The per-entity counts are derived data: not in the backup, recomputed on import.
 */
import { Dexie } from 'dexie';
import type { z } from 'zod';
import { BackupScanner, ScanError, type ScanLimits } from '../export/json-scan.ts';
import { articleRange } from './articles.ts';
import type { StoreDb } from './db.ts';
import { recountEntities } from './entities.ts';
import { StoreError, guard, toStoreError } from './errors.ts';
import { figureMeasure } from './measure.ts';
import { normaliseTags } from './reading-list.ts';
import { BACKUP_ROW_SCHEMAS, BACKUP_TABLES, BackupHeaderSchema, DUMP_VERSION, type BackupTable, type StoreDump, type TimeRule } from './rows.ts';
import { publishedTimeOk, seenTimeOk } from './times.ts';
import type { ArticleRow, FigureRow, MentionRow, NoteRow } from './types.ts';

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

/**
 * Reads the whole store in one consistent snapshot, in batches (see {@link WriteBackupOptions}); for the export
 * formats built in memory. Times are repaired as in the JSON backup.
 */
export async function exportAll(db: StoreDb, now: number = Date.now(), opts: Omit<WriteBackupOptions, 'now'> = {}): Promise<StoreExport> {
  const out: StoreExport = { format: 'chiplens-store', version: DUMP_VERSION, exportedAt: now, articles: [], mentions: [], figures: [], notes: [] };
  await readBatches(db, { ...opts, now }, (table, rows) => {
    (out[table] as unknown[]).push(...rows);
  });
  return out;
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

// ---------------------------------------------------------------------------------------------------------
// Export in pieces

/** How far an export or import has come, in rows. */
export interface RowProgress {
  done: number;
  total: number;
}

export interface WriteBackupOptions {
  /** The backup's `exportedAt`; also the clock that repairs broken times (see {@link articleForBackup}). */
  now?: number;
  /** Rows read per batch (each batch becomes one piece of text). */
  batchRows?: number;
  signal?: AbortSignal;
  onProgress?: (p: RowProgress) => void;
}

/** A cancel asked for by the reader: nothing was written (export) or changed (import). */
function cancelled(): StoreError {
  return new StoreError('aborted', 'Cancelled; nothing was changed.');
}

/**
 * Reads every backup table in batches inside one read-only transaction (one consistent snapshot, however long),
 * handing each batch, times repaired, to `onBatch` (synchronously: the transaction must not wait for anything else).
 * Tables come in {@link BACKUP_TABLES} order; `onBatch(table, [])` marks the start of each.
 */
async function readBatches(db: StoreDb, opts: WriteBackupOptions, onBatch: (table: BackupTable, rows: object[]) => void): Promise<RowProgress> {
  const now = opts.now ?? Date.now();
  const batch = opts.batchRows ?? 2000;
  return guard(() =>
    db.transaction('r', db.articles, db.mentions, db.figures, db.notes, async () => {
      const counts = await Promise.all(BACKUP_TABLES.map((t) => db.table(t).count()));
      const progress: RowProgress = { done: 0, total: counts.reduce((a, b) => a + b, 0) };
      opts.onProgress?.({ ...progress });
      for (const table of BACKUP_TABLES) {
        onBatch(table, []);
        let last = -Infinity;
        for (;;) {
          if (opts.signal?.aborted) throw cancelled();
          const rows: { id: number }[] = await db.table(table).where(':id').above(last).limit(batch).toArray();
          if (!rows.length) break;
          last = rows[rows.length - 1].id;
          onBatch(
            table,
            table === 'articles' ? rows.map((a) => articleForBackup(a as ArticleRow, now)) : table === 'notes' ? rows.map((n) => noteForBackup(n as NoteRow, now)) : rows,
          );
          progress.done += rows.length;
          opts.onProgress?.({ ...progress });
        }
      }
      return progress;
    }),
  );
}

/**
 * Writes the whole store as a JSON backup, handing the text to `write` in pieces (one per batch of rows, one row a
 * line), read in one snapshot (see {@link readBatches}); collect the pieces, for example as Blob parts. The result
 * is what {@link importBackup} reads, and what {@link exportAll} returns, serialised.
 *
 * @throws {StoreError} `aborted` when `signal` is aborted, or the code of a storage failure.
 */
export async function writeBackup(db: StoreDb, write: (text: string) => void, opts: WriteBackupOptions = {}): Promise<RowProgress> {
  const now = opts.now ?? Date.now();
  let open = false;
  let first = true;
  write(`{"format":"chiplens-store","version":${DUMP_VERSION},"exportedAt":${now}`);
  const progress = await readBatches(db, { ...opts, now }, (table, rows) => {
    if (!rows.length) {
      write(`${open ? (first ? ']' : '\n]') : ''},\n${JSON.stringify(table)}:[`);
      open = true;
      first = true;
      return;
    }
    write(`${first ? '\n' : ',\n'}${rows.map((r) => JSON.stringify(r)).join(',\n')}`);
    first = false;
  });
  write(`${first ? ']' : '\n]'}}\n`);
  return progress;
}

// ---------------------------------------------------------------------------------------------------------
// Import in pieces

export interface ImportOptions {
  /**
   * `merge`: add what is new, join articles already stored (by URL) and keep every note of both sides.
   * `replace`: the store afterwards holds exactly the backup.
   */
  mode: 'merge' | 'replace';
  signal?: AbortSignal;
  /** Rows checked so far (`checking`, total unknown), then rows moved into the store (`writing`). */
  onProgress?: (p: { phase: 'checking' | 'writing'; done: number; total: number }) => void;
  /** Rows per staged batch and per write. */
  batchRows?: number;
  limits?: ScanLimits;
}

export interface ImportResult {
  articlesAdded: number;
  articlesMerged: number;
  notesAdded: number;
  /** Notes already present (same article, passage, body and creation time). */
  notesSkipped: number;
}

/** What is wrong with a backup file, as data the UI words in the reader's language. */
export type BackupProblem =
  /** The text is not JSON (or ends early); `at` is the character position. */
  | { kind: 'not-json'; at: number; detail: string }
  | { kind: 'not-object' }
  /** A row nests deeper, or one value is longer, than any backup's can. */
  | { kind: 'too-deep' | 'too-large'; table?: string; index?: number }
  /** `format` is not `chiplens-store`: some other JSON file. */
  | { kind: 'not-backup' }
  | { kind: 'version'; version: string }
  /** A field or table every backup has is missing. */
  | { kind: 'missing'; field: string }
  | { kind: 'row'; table: BackupTable; index: number; field: string; detail: string }
  /** A time outside the range of `times.ts`. */
  | { kind: 'time'; table: BackupTable | 'backup'; index: number; field: string; rule: TimeRule }
  | { kind: 'duplicate'; table: 'articles'; index: number; field: 'id' | 'url'; value: string }
  /** A mention, figure or note whose article is not in the backup. */
  | { kind: 'orphan'; table: BackupTable; index: number; articleId: number };

/** A backup the import refuses; `problem` says why (the first problem met, in file order). */
export class BackupError extends StoreError {
  constructor(readonly problem: BackupProblem) {
    super('invalid', `This is not a valid ChipLens backup: ${problemText(problem)}`);
  }
}

/** The problem in plain (English) words, for logs and the error message; the UI has its own in both languages. */
function problemText(p: BackupProblem): string {
  const where = (table: string, index: number, field?: string) => `${table}[${index}]${field ? `.${field}` : ''}`;
  switch (p.kind) {
    case 'not-json':
      return `not JSON at character ${p.at} (${p.detail})`;
    case 'not-object':
      return 'the file is not a JSON object';
    case 'too-deep':
    case 'too-large':
      return `${p.table === undefined ? 'a value' : where(p.table, p.index ?? 0)} is ${p.kind === 'too-deep' ? 'nested too deeply' : 'too large'}`;
    case 'not-backup':
      return 'format is not "chiplens-store"';
    case 'version':
      return `unknown backup version ${p.version}`;
    case 'missing':
      return `${p.field} is missing`;
    case 'row':
      return `${where(p.table, p.index, p.field)}: ${p.detail}`;
    case 'time':
      return `${p.table === 'backup' ? p.field : where(p.table, p.index, p.field)} is not a date from 1970 up to ${p.rule === 'seen' ? 'tomorrow' : 'a year from now'}`;
    case 'duplicate':
      return `${where(p.table, p.index, p.field)}: duplicate article ${p.field} ${p.value}`;
    case 'orphan':
      return `${where(p.table, p.index, 'articleId')} points to article ${p.articleId}, which is not in the backup`;
  }
}

/** The first issue of a failed row check as a {@link BackupProblem}. */
function rowProblem(table: BackupTable | 'backup', index: number, error: z.ZodError, field?: string): BackupProblem {
  const issue = error.issues[0];
  const path = [...(field ? [field] : []), ...issue.path.map(String)].join('.');
  const rule = issue.code === 'custom' ? (issue.params as { time?: TimeRule } | undefined)?.time : undefined;
  if (rule) return { kind: 'time', table, index, field: path, rule };
  if (table === 'backup') return { kind: 'row', table: 'articles', index: -1, field: path, detail: issue.message };
  return { kind: 'row', table, index, field: path || '(row)', detail: issue.message };
}

type DumpRows = { [T in BackupTable]: StoreDump[T][number] };
type DumpArticle = DumpRows['articles'];

/** What the checking pass learns and keeps: small (ids and addresses), whatever the size of the file. */
interface Checked {
  session: string;
  header: { format?: unknown; version?: unknown; exportedAt?: unknown };
  tables: Set<string>;
  counts: Record<BackupTable, number>;
  /** Batches staged per table, to tell at the end that none went missing. */
  batches: Record<BackupTable, number>;
  articleIds: Set<number>;
  urls: Set<string>;
  /** The first child row naming each article id, for the orphan check at the end. */
  firstReference: Map<number, { table: BackupTable; index: number }>;
}

function isBackupTable(key: string): key is BackupTable {
  return (BACKUP_TABLES as readonly string[]).includes(key);
}

/**
 * Reads a backup from `chunks` (the file's text in pieces) and restores it (see {@link ImportOptions} and the
 * module comment). Rows are checked with the schemas of `rows.ts` as they come; the first problem stops the import
 * with a {@link BackupError} and nothing stored changes.
 *
 * @throws {BackupError} for a file that is not a valid backup; {@link StoreError} `aborted` when cancelled, or the
 *   code of a storage failure (quota…).
 */
export async function importBackup(db: StoreDb, chunks: AsyncIterable<string> | Iterable<string>, opts: ImportOptions): Promise<ImportResult> {
  const batchRows = opts.batchRows ?? 2000;
  const checked: Checked = {
    session: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
    header: {},
    tables: new Set(),
    counts: { articles: 0, mentions: 0, figures: 0, notes: 0 },
    batches: { articles: 0, mentions: 0, figures: 0, notes: 0 },
    articleIds: new Set(),
    urls: new Set(),
    firstReference: new Map(),
  };
  // Leftovers of an import that did not finish (a closed page) go first; so does a staged import of another tab,
  // which then fails its own final check instead of landing half.
  await guard(() => db.staged.clear());
  try {
    await checkAndStage(db, chunks, checked, opts, batchRows);
    return await guard(() => moveStaged(db, checked, opts, batchRows));
  } catch (e) {
    await db.staged
      .where('[session+table]')
      .between([checked.session, Dexie.minKey], [checked.session, Dexie.maxKey])
      .delete()
      .catch(() => {});
    if (e instanceof ScanError) {
      const at = e.row && isBackupTable(e.row.key) ? { table: e.row.key, index: e.row.index } : {};
      if (e.problem === 'not-json') throw new BackupError({ kind: 'not-json', at: e.at, detail: e.detail });
      if (e.problem === 'not-object') throw new BackupError({ kind: 'not-object' });
      throw new BackupError({ kind: e.problem, ...at });
    }
    throw toStoreError(e);
  }
}

/** The checking pass: reads, checks and stages every row. */
async function checkAndStage(db: StoreDb, chunks: AsyncIterable<string> | Iterable<string>, c: Checked, opts: ImportOptions, batchRows: number): Promise<void> {
  const scanner = new BackupScanner(opts.limits);
  const pending: Record<BackupTable, unknown[]> = { articles: [], mentions: [], figures: [], notes: [] };
  let rows = 0;
  const stage = async (table: BackupTable) => {
    if (!pending[table].length) return;
    const batch = pending[table];
    pending[table] = [];
    await guard(() => db.staged.add({ session: c.session, table, rows: batch } as never));
    c.batches[table] += 1;
    opts.onProgress?.({ phase: 'checking', done: rows, total: 0 });
  };
  const take = async (events: ReturnType<BackupScanner['push']>) => {
    for (const ev of events) {
      if (ev.kind === 'field') {
        if (ev.key === 'format' || ev.key === 'version' || ev.key === 'exportedAt') {
          c.header[ev.key] = ev.value;
          checkHeaderField(ev.key, ev.value);
        }
      } else if (ev.kind === 'table') {
        if (isBackupTable(ev.key)) {
          if (c.tables.has(ev.key)) throw new BackupError({ kind: 'row', table: ev.key, index: 0, field: '(table)', detail: 'the table appears twice' });
          c.tables.add(ev.key);
        }
      } else if (isBackupTable(ev.key)) {
        const row = checkRow(ev.key, ev.index, ev.value, c);
        pending[ev.key].push(row);
        c.counts[ev.key] += 1;
        rows += 1;
        if (pending[ev.key].length >= batchRows) await stage(ev.key);
      }
    }
  };
  for await (const chunk of chunks) {
    if (opts.signal?.aborted) throw cancelled();
    await take(scanner.push(chunk));
  }
  await take(scanner.end());
  for (const table of BACKUP_TABLES) await stage(table);
  if (c.header.format === undefined) throw new BackupError({ kind: 'not-backup' });
  for (const field of ['version', 'exportedAt'] as const) if (c.header[field] === undefined) throw new BackupError({ kind: 'missing', field });
  for (const table of BACKUP_TABLES) if (!c.tables.has(table)) throw new BackupError({ kind: 'missing', field: table });
  // In file order: the first child whose article is missing.
  let orphan: { table: BackupTable; index: number; articleId: number } | undefined;
  for (const [articleId, at] of c.firstReference) {
    if (c.articleIds.has(articleId)) continue;
    const order = (x: { table: BackupTable; index: number }) => BACKUP_TABLES.indexOf(x.table) * 1e12 + x.index;
    if (!orphan || order(at) < order(orphan)) orphan = { ...at, articleId };
  }
  if (orphan) throw new BackupError({ kind: 'orphan', ...orphan });
  if (opts.signal?.aborted) throw cancelled();
}

function checkHeaderField(key: 'format' | 'version' | 'exportedAt', value: unknown): void {
  const parsed = BackupHeaderSchema[key].safeParse(value);
  if (parsed.success) return;
  if (key === 'format') throw new BackupError({ kind: 'not-backup' });
  if (key === 'version') throw new BackupError({ kind: 'version', version: JSON.stringify(value)?.slice(0, 40) ?? String(value) });
  const problem = rowProblem('backup', 0, parsed.error, key);
  throw new BackupError(problem.kind === 'time' ? problem : { kind: 'missing', field: key });
}

/** One row checked with its table's schema and against the rows before it. */
function checkRow(table: BackupTable, index: number, value: unknown, c: Checked): unknown {
  const parsed = BACKUP_ROW_SCHEMAS[table].safeParse(value);
  if (!parsed.success) throw new BackupError(rowProblem(table, index, parsed.error));
  const row = parsed.data;
  if (table === 'articles') {
    const a = row as DumpArticle;
    if (c.articleIds.has(a.id)) throw new BackupError({ kind: 'duplicate', table, index, field: 'id', value: String(a.id) });
    if (c.urls.has(a.url)) throw new BackupError({ kind: 'duplicate', table, index, field: 'url', value: a.url });
    c.articleIds.add(a.id);
    c.urls.add(a.url);
  } else {
    const articleId = (row as { articleId: number }).articleId;
    if (!c.firstReference.has(articleId)) c.firstReference.set(articleId, { table, index });
  }
  return row;
}

/** Keys of this import's staged batches of one table, in the order they were staged. */
function stagedBatches(db: StoreDb, session: string, table: BackupTable): Promise<number[]> {
  return db.staged.where('[session+table]').equals([session, table]).primaryKeys();
}

/** The one transaction that moves the staged rows into the store and empties the staging area. */
async function moveStaged(db: StoreDb, c: Checked, opts: ImportOptions, batchRows: number): Promise<ImportResult> {
  const total = BACKUP_TABLES.reduce((n, t) => n + c.counts[t], 0);
  const result: ImportResult = { articlesAdded: 0, articlesMerged: 0, notesAdded: 0, notesSkipped: 0 };
  return db.transaction('rw', [db.articles, db.mentions, db.figures, db.notes, db.entities, db.staged], async () => {
    let done = 0;
    const progress = (n: number) => {
      if (opts.signal?.aborted) throw cancelled();
      done += n;
      opts.onProgress?.({ phase: 'writing', done, total });
    };
    // Callbacks rather than an async generator: only Dexie's own promises may be awaited inside the transaction.
    const eachBatch = async <T extends BackupTable>(table: T, fn: (rows: DumpRows[T][]) => Promise<void>) => {
      for (const seq of await stagedBatches(db, c.session, table)) {
        const staged = await db.staged.get(seq);
        if (staged) await fn(staged.rows as DumpRows[T][]);
      }
    };
    // Every staged batch must still be there: another tab's import empties the staging area when it starts.
    const keys = await Promise.all(BACKUP_TABLES.map((t) => stagedBatches(db, c.session, t)));
    if (BACKUP_TABLES.some((t, i) => keys[i].length !== c.batches[t])) {
      throw new StoreError('aborted', 'Another import started meanwhile and took over the staging area; nothing of this one was saved. Try again.');
    }
    opts.onProgress?.({ phase: 'writing', done, total });
    if (opts.mode === 'replace') await clearAll(db);

    // Backup article id → stored id and date, for the child rows.
    const target = new Map<number, { id: number; date: number; takeChildren: boolean }>();
    const touched = new Set<string>();
    const mergedIds: number[] = [];
    await eachBatch('articles', async (batch) => {
      const stored = new Map<string, ArticleRow>();
      if (opts.mode === 'merge') for (const a of await db.articles.where('url').anyOf(batch.map((a) => a.url)).toArray()) stored.set(a.url, a);
      const fresh = batch.filter((a) => !stored.has(a.url));
      const freshRows = fresh.map(articleFrom);
      const freshIds = await db.articles.bulkAdd(freshRows as ArticleRow[], { allKeys: true });
      fresh.forEach((a, i) => target.set(a.id, { id: freshIds[i], date: freshRows[i].date, takeChildren: true }));
      result.articlesAdded += fresh.length;
      for (const a of batch) {
        for (const e of a.entityIds) touched.add(e);
        const old = stored.get(a.url);
        if (!old) continue;
        for (const e of old.entityIds) touched.add(e);
        const { row, takeChildren } = mergeArticle(old, a);
        await db.articles.put(row);
        target.set(a.id, { id: row.id, date: row.date, takeChildren });
        mergedIds.push(row.id);
        if (takeChildren) {
          await db.mentions.where('[articleId+entityId]').between(...articleRange(row.id), true, true).delete();
          await db.figures.where('articleId').equals(row.id).delete();
        } else if (row.date !== old.date) {
          await db.mentions.where('[articleId+entityId]').between(...articleRange(row.id), true, true).modify({ date: row.date });
          await db.figures.where('articleId').equals(row.id).modify({ date: row.date });
        }
        result.articlesMerged += 1;
      }
      progress(batch.length);
    });

    await eachBatch('mentions', async (batch) => {
      const rows: Omit<MentionRow, 'id'>[] = [];
      for (const { id: _id, ...m } of batch) {
        const t = target.get(m.articleId)!;
        if (t.takeChildren) rows.push({ ...m, articleId: t.id, date: t.date });
      }
      await db.mentions.bulkAdd(rows as MentionRow[]);
      progress(batch.length);
    });
    await eachBatch('figures', async (batch) => {
      const rows: Omit<FigureRow, 'id'>[] = [];
      for (const { id: _id, ...f } of batch) {
        const t = target.get(f.articleId)!;
        if (!t.takeChildren) continue;
        const row: Omit<FigureRow, 'id'> = { ...f, articleId: t.id, type: f.value.type, measure: figureMeasure(f.value, f.measure), date: t.date };
        if (row.about === undefined) delete row.about;
        rows.push(row);
      }
      await db.figures.bulkAdd(rows as FigureRow[]);
      progress(batch.length);
    });
    await recountEntities(db, touched);

    const present = new Set<string>();
    for (let i = 0; i < mergedIds.length; i += batchRows) {
      await db.notes
        .where('articleId')
        .anyOf(mergedIds.slice(i, i + batchRows))
        .each((n) => present.add(`${n.articleId}|${noteKey(n)}`));
    }
    await eachBatch('notes', async (batch) => {
      const rows: Omit<NoteRow, 'id'>[] = [];
      for (const { id: _id, ...n } of batch) {
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
        rows.push(row);
      }
      await db.notes.bulkAdd(rows as NoteRow[]);
      result.notesAdded += rows.length;
      progress(batch.length);
    });

    await db.staged.where('[session+table]').between([c.session, Dexie.minKey], [c.session, Dexie.maxKey]).delete();
    return result;
  });
}

async function clearAll(db: StoreDb): Promise<void> {
  await Promise.all([db.articles.clear(), db.mentions.clear(), db.figures.clear(), db.notes.clear(), db.entities.clear()]);
}

/** Deletes everything in one transaction (a staged import too). */
export async function wipe(db: StoreDb): Promise<void> {
  return guard(() =>
    db.transaction('rw', [db.articles, db.mentions, db.figures, db.notes, db.entities, db.staged], async () => {
      await Promise.all([clearAll(db), db.staged.clear()]);
    }),
  );
}
