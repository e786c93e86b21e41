/**
 * The reading list: saving articles, marking them read, tags, and the filtered list the library page shows.
 */
import { requireArticle, summarize } from './articles.ts';
import type { StoreDb } from './db.ts';
import { guard } from './errors.ts';
import type { ArticleRow, ArticleSummary } from './types.ts';
import { fold } from '../fold.ts';

export type ReadState = 'all' | 'unread' | 'read';
export type ListSort = 'saved' | 'date' | 'seen' | 'title';

export interface ListQuery {
  /** `saved` (default): the reading list; `seen`: every stored article. */
  scope?: 'saved' | 'seen';
  state?: ReadState;
  tag?: string;
  /** Words that must all occur in the title (case- and accent-insensitive). */
  text?: string;
  entityId?: string;
  /** Newest first for dates; A–Z for title. Default: `saved` for the reading list, `seen` otherwise. */
  sort?: ListSort;
  offset?: number;
  /** Default 50. */
  limit?: number;
}

export interface ListPage {
  /** Matching articles before paging. */
  total: number;
  items: ArticleSummary[];
}

/**
 * Tags: white space collapsed, lower case (so "China" and "china" are one tag), at most 40 characters,
 * empties and duplicates dropped, at most 20.
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().toLocaleLowerCase().slice(0, 40).trim();
    if (tag) out.add(tag);
    if (out.size === 20) break;
  }
  return [...out];
}

const SORTS: Record<ListSort, (a: ArticleRow, b: ArticleRow) => number> = {
  saved: (a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0) || b.lastSeen - a.lastSeen,
  date: (a, b) => b.date - a.date || b.id - a.id,
  seen: (a, b) => b.lastSeen - a.lastSeen || b.id - a.id,
  title: (a, b) => a.title.localeCompare(b.title) || a.id - b.id,
};

/**
 * The reading list (or all stored articles), filtered by read state, tag, title words and entity.
 * Reads the rows of the narrowest index (entity, tag, read, saved) in one request and filters the rest in
 * memory: a cursor with a filter costs a round trip per row.
 */
export async function readingList(db: StoreDb, q: ListQuery = {}): Promise<ListPage> {
  const scope = q.scope ?? 'saved';
  const state = q.state ?? 'all';
  const words = q.text ? fold(q.text).split(/\s+/).filter(Boolean) : [];
  const tag = q.tag !== undefined ? normaliseTags([q.tag])[0] ?? '' : undefined;
  return guard(async () => {
    let rows: ArticleRow[];
    if (q.entityId) rows = await db.articles.where('entityIds').equals(q.entityId).toArray();
    else if (tag !== undefined) rows = await db.articles.where('tags').equals(tag).toArray();
    else if (state === 'read') rows = await db.articles.where('readAt').aboveOrEqual(-Infinity).toArray();
    else if (scope === 'saved') rows = await db.articles.where('savedAt').aboveOrEqual(-Infinity).toArray();
    else rows = await db.articles.toArray();
    rows = rows.filter((a) => {
      if (scope === 'saved' && a.savedAt === undefined) return false;
      if (state === 'read' && a.readAt === undefined) return false;
      if (state === 'unread' && a.readAt !== undefined) return false;
      if (tag !== undefined && !a.tags.includes(tag)) return false;
      if (words.length) {
        const title = fold(a.title);
        if (!words.every((w) => title.includes(w))) return false;
      }
      return true;
    });
    rows.sort(SORTS[q.sort ?? (scope === 'saved' ? 'saved' : 'seen')]);
    const offset = Math.max(0, q.offset ?? 0);
    const limit = Math.max(0, q.limit ?? 50);
    return { total: rows.length, items: rows.slice(offset, offset + limit).map(summarize) };
  });
}

/** Changes one article in a transaction of its own; `not-found` when it does not exist. */
async function change(db: StoreDb, articleId: number, edit: (a: ArticleRow) => void): Promise<ArticleRow> {
  return guard(() =>
    db.transaction('rw', db.articles, async () => {
      const row = await requireArticle(db, articleId);
      edit(row);
      await db.articles.put(row);
      return row;
    }),
  );
}

/** Puts an article on the reading list; saving it again keeps the first save time. */
export function save(db: StoreDb, articleId: number, now: number = Date.now()): Promise<ArticleRow> {
  return change(db, articleId, (a) => {
    a.savedAt ??= now;
  });
}

/** Takes an article off the reading list (and forgets that it was read). Tags and notes stay. */
export function unsave(db: StoreDb, articleId: number): Promise<ArticleRow> {
  return change(db, articleId, (a) => {
    delete a.savedAt;
    delete a.readAt;
  });
}

/**
 * Marks an article read or unread. Marking read puts an unsaved article on the reading list, since "read"
 * is a reading-list state.
 */
export function markRead(db: StoreDb, articleId: number, read = true, now: number = Date.now()): Promise<ArticleRow> {
  return change(db, articleId, (a) => {
    if (read) {
      a.savedAt ??= now;
      a.readAt ??= now;
    } else {
      delete a.readAt;
    }
  });
}

/** Replaces an article's tags (normalised with {@link normaliseTags}). */
export function setTags(db: StoreDb, articleId: number, tags: readonly string[]): Promise<ArticleRow> {
  const clean = normaliseTags(tags);
  return change(db, articleId, (a) => {
    a.tags = clean;
  });
}

/** Every tag in use with the number of articles carrying it, most used first. */
export async function allTags(db: StoreDb): Promise<{ tag: string; articles: number }[]> {
  return guard(() =>
    db.transaction('r', db.articles, async () => {
      const tags = (await db.articles.orderBy('tags').uniqueKeys()).map(String);
      const counts = await Promise.all(tags.map((t) => db.articles.where('tags').equals(t).count()));
      return tags.map((tag, i) => ({ tag, articles: counts[i] })).sort((a, b) => b.articles - a.articles || a.tag.localeCompare(b.tag));
    }),
  );
}
