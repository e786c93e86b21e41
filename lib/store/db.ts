/**
 * The Dexie database: construction and opening. Opening maps every failure (no IndexedDB, newer data on disk,
 * a blocked upgrade) to a {@link StoreError}, so callers never see a raw DOMException.
 */
import { Dexie, type EntityTable } from 'dexie';
import { StoreError, toStoreError } from './errors.ts';
import { SCHEMA_VERSION, declareSchema } from './schema.ts';
import type { ArticleRow, EntityRow, FigureRow, MentionRow, NoteRow, StagedRow } from './types.ts';

/** The typed database. */
export type StoreDb = Dexie & {
  articles: EntityTable<ArticleRow, 'id'>;
  mentions: EntityTable<MentionRow, 'id'>;
  figures: EntityTable<FigureRow, 'id'>;
  notes: EntityTable<NoteRow, 'id'>;
  entities: EntityTable<EntityRow, 'id'>;
  staged: EntityTable<StagedRow, 'seq'>;
};

/** Default database name in the extension. */
export const DB_NAME = 'chiplens';

/** How long an upgrade may wait for other connections to close before the caller is told it is blocked. */
export const BLOCKED_GRACE_MS = 500;

/** IndexedDB implementation to use; tests pass fake-indexeddb instances for isolation. */
export interface StoreDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Builds the database object without opening it. */
export function createStore(name: string = DB_NAME, deps: StoreDeps = {}): StoreDb {
  const options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {};
  // Only set what was given: an explicit `undefined` would override Dexie's global lookup.
  if (deps.indexedDB) options.indexedDB = deps.indexedDB;
  if (deps.IDBKeyRange) options.IDBKeyRange = deps.IDBKeyRange;
  const db = new Dexie(name, options) as StoreDb;
  declareSchema(db);
  return db;
}

/**
 * Builds and opens the database, upgrading it if needed.
 *
 * A blocked upgrade (another connection holds an older version open and does not let go within
 * {@link BLOCKED_GRACE_MS}) is answered with a `blocked` error instead of waiting without end; the attempt is
 * cancelled and a later call retries.
 *
 * A database already upgraded by a newer build is refused with `version`.
 *
 * @throws {StoreError} `unavailable`, `version`, `blocked`, or another code from {@link toStoreError}.
 */
export async function openStore(name: string = DB_NAME, deps: StoreDeps = {}): Promise<StoreDb> {
  let db: StoreDb;
  try {
    db = createStore(name, deps);
  } catch (e) {
    throw toStoreError(e);
  }
  let onBlocked: () => void = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_, reject) => {
    // Connections that honour `versionchange` close within moments of the event; only one that stays open
    // past the grace period really blocks.
    onBlocked = () => {
      timer ??= setTimeout(() => reject(new StoreError('blocked')), BLOCKED_GRACE_MS);
    };
  });
  db.on('blocked', onBlocked);
  const opening = db.open();
  // After a blocked upgrade is cancelled the open attempt still rejects; that outcome is already reported.
  opening.catch(() => {});
  try {
    await Promise.race([opening, blocked]);
    // Dexie opens a database a newer build has upgraded instead of failing; rows of an unknown shape must not
    // be read or written as if they were ours.
    if (db.backendDB().version > SCHEMA_VERSION * 10) throw new StoreError('version');
    return db;
  } catch (e) {
    db.close();
    throw toStoreError(e);
  } finally {
    clearTimeout(timer);
    db.on('blocked').unsubscribe(onBlocked);
  }
}
