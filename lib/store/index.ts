/** The store's public surface: open the database, then call the queries with it. */
export { DB_NAME, createStore, openStore, type StoreDb, type StoreDeps } from './db.ts';
export { StoreError, toStoreError, type StoreErrorCode } from './errors.ts';
export { SCHEMA_VERSION } from './schema.ts';
export { canonicalUrl, cleanUrl } from './canonical.ts';
export { articleByUrl, articleDetail, recordArticle, summarize, totals, type RecordResult } from './articles.ts';
export { coMentions, entityContext, figureTimeline, type ContextOptions, type TimelineOptions } from './context.ts';
export {
  allTags,
  markRead,
  normaliseTags,
  readingList,
  save,
  setTags,
  unsave,
  type ListPage,
  type ListQuery,
  type ListSort,
  type ReadState,
} from './reading-list.ts';
export { deleteArticle, type DeletedArticle } from './delete-article.ts';
export { addNote, deleteNote, listNotes, updateNote, type NewNote, type NotePatch } from './notes.ts';
export {
  BackupError,
  exportAll,
  importBackup,
  wipe,
  writeBackup,
  type BackupProblem,
  type ImportOptions,
  type ImportResult,
  type RowProgress,
  type StoreExport,
} from './dump.ts';
export { DUMP_VERSION, type StoreDump } from './rows.ts';
export type * from './types.ts';
