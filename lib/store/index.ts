/** The store's public surface: open the database, then call the queries with it. */
export { DB_NAME, createStore, openStore, type StoreDb, type StoreDeps } from './db';
export { StoreError, toStoreError, type StoreErrorCode } from './errors';
export { SCHEMA_VERSION } from './schema';
export { canonicalUrl, cleanUrl } from './canonical';
export { articleByUrl, articleDetail, recordArticle, summarize, totals, type RecordResult } from './articles';
export { coMentions, entityContext, figureTimeline, type ContextOptions, type TimelineOptions } from './context';
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
} from './reading-list';
export { deleteArticle, type DeletedArticle } from './delete-article';
export { addNote, deleteNote, listNotes, updateNote, type NewNote, type NotePatch } from './notes';
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
} from './dump';
export { DUMP_VERSION, type StoreDump } from './rows';
export type * from './types';
