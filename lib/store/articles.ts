/**
 * Articles: recording a visit, looking one up, totals.
 */
import { Dexie } from 'dexie';
import type { ArticleReport } from '../report.ts';
import { canonicalUrl, cleanUrl } from './canonical.ts';
import type { StoreDb } from './db.ts';
import { applyEntityChange } from './entities.ts';
import { StoreError, guard } from './errors.ts';
import { figureMeasure } from './measure.ts';
import { publishedTimeOk } from './times.ts';
import type { ArticleDetail, ArticleRow, ArticleSummary, FigureRow, MentionRow, Totals } from './types.ts';

/** An article row as lists show it: without the entity list, with its length. */
export function summarize(row: ArticleRow): ArticleSummary {
  const { entityIds, ...rest } = row;
  return { ...rest, entityCount: entityIds.length };
}

/** All rows of one article in a compound index whose first part is the article id. */
export function articleRange(articleId: number): [[number, unknown], [number, unknown]] {
  return [
    [articleId, Dexie.minKey],
    [articleId, Dexie.maxKey],
  ];
}

/** The identity URL of a report, or an `invalid` error. */
export function identityOf(report: Pick<ArticleReport, 'url' | 'canonical'>): string {
  const url = canonicalUrl(report.url, report.canonical);
  if (url === null) throw new StoreError('invalid', `Only http(s) pages can be stored, not "${report.url.slice(0, 200)}".`);
  return url;
}

/** A new article was refused because the sender may not add more now; nothing was written. */
export class RecordRefused extends Error {
  override readonly name = 'RecordRefused';
  constructor() {
    super('ChipLens recorded enough new articles from this tab for now; this page was not stored. It will be on its next visit.');
  }
}

export interface RecordResult {
  article: ArticleRow;
  /** False when the article was stored before (this visit updated it). */
  created: boolean;
}

/**
 * Records a visit: upserts the article by its identity URL and replaces its mentions and figures, all in one
 * transaction (with the per-entity article counts). Notes, reading-list state, tags and `firstSeen` of a known article stay as they were; a
 * publication date once learnt is not forgotten by a visit that lacks it.
 *
 * A page that names another address as its canonical one (an AMP or print copy, or any page on the host that
 * claims to be that article) may create the article when it is not stored yet, but never rewrites a stored one:
 * its title, site, date, mentions and figures change only on a visit to the article's own address. Otherwise
 * one page could take over the record (and so the notes) of another.
 *
 * @param opts.mayCreate false when no new article may be added now (the sender's budget is spent, see
 *   `lib/record-limits.ts`): a known article is still updated, an unknown one is refused with `rate-limited`.
 */
export async function recordArticle(
  db: StoreDb,
  report: ArticleReport,
  now: number = Date.now(),
  opts: { mayCreate?: boolean } = {},
): Promise<RecordResult> {
  const url = identityOf(report);
  const ownAddress = url === cleanUrl(report.url);
  const parsed = report.publishedAt ? Date.parse(report.publishedAt) : NaN;
  const result = await guard(() =>
    db.transaction('rw', db.articles, db.mentions, db.figures, db.entities, async (): Promise<RecordResult | null> => {
      const existing = await db.articles.where('url').equals(url).first();
      if (existing && !ownAddress) return { article: existing, created: false };
      if (!existing && opts.mayCreate === false) return null;
      // A date the page states outside the sane range (see `times.ts`) is as good as none.
      const publishedAt = publishedTimeOk(parsed) ? parsed : existing?.publishedAt;
      const firstSeen = existing?.firstSeen ?? now;
      const date = publishedAt ?? firstSeen;
      const article: Omit<ArticleRow, 'id'> & { id?: number } = {
        ...(existing ?? {}),
        url,
        title: report.title,
        site: report.site ?? new URL(url).hostname,
        lang: report.lang,
        date,
        firstSeen,
        lastSeen: Math.max(now, existing?.lastSeen ?? now),
        tags: existing?.tags ?? [],
        entityIds: [...new Set(report.entities.map((e) => e.id))],
      };
      if (publishedAt === undefined) delete article.publishedAt;
      else article.publishedAt = publishedAt;

      const id = await db.articles.put(article as ArticleRow);
      await applyEntityChange(db, existing?.entityIds ?? [], report.entities);
      if (existing) {
        await db.mentions.where('[articleId+entityId]').between(...articleRange(id), true, true).delete();
        await db.figures.where('articleId').equals(id).delete();
      }
      await db.mentions.bulkAdd(
        report.entities.map(
          (e): Omit<MentionRow, 'id'> => ({
            articleId: id,
            entityId: e.id,
            kind: e.kind,
            name: e.name,
            count: e.count,
            quote: e.quote,
            start: e.start,
            date,
          }),
        ) as MentionRow[],
      );
      await db.figures.bulkAdd(
        report.figures.map((f): Omit<FigureRow, 'id'> => {
          const row: Omit<FigureRow, 'id'> = {
            articleId: id,
            type: f.value.type,
            value: f.value,
            measure: figureMeasure(f.value, f.measure),
            quote: f.quote,
            start: f.start,
            date,
          };
          if (f.about) row.about = f.about;
          return row;
        }) as FigureRow[],
      );
      return { article: { ...article, id } as ArticleRow, created: !existing };
    }),
  );
  if (result === null) throw new RecordRefused();
  return result;
}

/** The stored article for a page address, canonicalised the same way as when it was recorded. */
export async function articleByUrl(db: StoreDb, pageUrl: string, declaredCanonical?: string): Promise<ArticleRow | undefined> {
  const url = canonicalUrl(pageUrl, declaredCanonical);
  if (url === null) return undefined;
  return guard(() => db.articles.where('url').equals(url).first());
}

/** An article with everything stored about it. */
export async function articleDetail(db: StoreDb, articleId: number): Promise<ArticleDetail | undefined> {
  return guard(() =>
    db.transaction('r', db.articles, db.mentions, db.figures, db.notes, async () => {
      const article = await db.articles.get(articleId);
      if (!article) return undefined;
      const [mentions, figures, notes] = await Promise.all([
        db.mentions.where('[articleId+entityId]').between(...articleRange(articleId), true, true).toArray(),
        db.figures.where('articleId').equals(articleId).sortBy('start'),
        db.notes.where('articleId').equals(articleId).sortBy('createdAt'),
      ]);
      mentions.sort((a, b) => b.count - a.count || a.start - b.start);
      return { article, mentions, figures, notes };
    }),
  );
}

/** The article or a `not-found` error; for operations that need it to exist. */
export async function requireArticle(db: StoreDb, articleId: number): Promise<ArticleRow> {
  const row = await db.articles.get(articleId);
  if (!row) throw new StoreError('not-found', `There is no stored article with id ${articleId}.`);
  return row;
}

/** Counts for the popup and the library page. */
export async function totals(db: StoreDb): Promise<Totals> {
  return guard(() =>
    db.transaction('r', db.articles, db.notes, db.figures, db.entities, async () => {
      // Every read article is on the reading list (markRead saves, unsave forgets the read state, imports
      // are made to agree), so the unread count is a difference of two index counts.
      const [articles, saved, read, notes, figures, entities] = await Promise.all([
        db.articles.count(),
        db.articles.where('savedAt').aboveOrEqual(-Infinity).count(),
        db.articles.where('readAt').aboveOrEqual(-Infinity).count(),
        db.notes.count(),
        db.figures.count(),
        db.entities.count(),
      ]);
      return { articles, saved, unread: saved - read, notes, figures, entities };
    }),
  );
}
