/**
 * Cross-article queries: where else an entity occurs, what it is seen with, and its figures over time.
 * Each is one range of one index plus a lookup of the articles it lands on.
 */
import { Dexie } from 'dexie';
import { summarize } from './articles.ts';
import type { Measure } from '../extract/types.ts';
import type { StoreDb } from './db.ts';
import { guard } from './errors.ts';
import { CO_MENTION_SAMPLE, type ArticleRow, type CoMention, type ContextItem, type EntityContext, type TimelinePoint } from './types.ts';

function entityRange(entityId: string): [[string, unknown], [string, unknown]] {
  return [
    [entityId, Dexie.minKey],
    [entityId, Dexie.maxKey],
  ];
}

export interface ContextOptions {
  /** The article being read, which is not "another" article. */
  excludeArticleId?: number;
  /** Default 10. */
  limit?: number;
}

/** Other articles mentioning an entity, newest first (by publication date, else first seen), with the passage. */
export async function entityContext(db: StoreDb, entityId: string, opts: ContextOptions = {}): Promise<EntityContext> {
  const limit = Math.max(0, opts.limit ?? 10);
  const exclude = opts.excludeArticleId;
  return guard(() =>
    db.transaction('r', db.mentions, db.articles, db.entities, async () => {
      const range = db.mentions.where('[entityId+date]').between(...entityRange(entityId), true, true);
      // One extra row covers the excluded article appearing among the newest.
      const [rows, count, excludedHere] = await Promise.all([
        range.reverse().limit(limit + 1).toArray(),
        db.entities.get(entityId).then((e) => e?.articles ?? 0),
        exclude === undefined ? Promise.resolve(0) : db.mentions.where('[articleId+entityId]').equals([exclude, entityId]).count(),
      ]);
      const mentions = rows.filter((m) => m.articleId !== exclude).slice(0, limit);
      const articles = await db.articles.bulkGet(mentions.map((m) => m.articleId));
      const items: ContextItem[] = [];
      for (let i = 0; i < mentions.length; i++) {
        const article = articles[i];
        if (!article) continue;
        const m = mentions[i];
        items.push({ article: summarize(article), count: m.count, quote: m.quote, start: m.start });
      }
      return { entityId, total: count - excludedHere, items };
    }),
  );
}

/**
 * Entities most often mentioned in the same articles as `entityId`, by number of shared articles among the
 * latest `sample` articles that mention it. Reading every article that names Nvidia (thousands, in a store of
 * 10,000) took ~300 ms and held the worker; the latest few hundred tell what is named with it now.
 */
export async function coMentions(db: StoreDb, entityId: string, limit = 10, sample = CO_MENTION_SAMPLE): Promise<CoMention[]> {
  return guard(() =>
    db.transaction('r', db.articles, db.entities, async () => {
      const counts = new Map<string, number>();
      // Keys only (no rows to deserialise), then the rows of the latest articles: ids grow as articles are met.
      const keys = (await db.articles.where('entityIds').equals(entityId).primaryKeys()) as number[];
      keys.sort((a, b) => a - b);
      for (const a of await db.articles.bulkGet(keys.slice(-Math.max(1, sample)))) {
        if (!a) continue;
        for (const id of a.entityIds) if (id !== entityId) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, Math.max(0, limit));
      const rows = await db.entities.bulkGet(top.map(([id]) => id));
      const out: CoMention[] = [];
      top.forEach(([id, articles], i) => {
        const e = rows[i];
        if (e) out.push({ entityId: id, kind: e.kind, name: e.name, articles });
      });
      return out;
    }),
  );
}

export interface TimelineOptions {
  /** Newest points kept when there are more; default 200. */
  limit?: number;
  /** Only figures of this measure (`[about+measure+date]`: one range however many other figures there are). */
  measure?: Measure;
  /**
   * Only figures from other articles dated no later than this one: what was said before it (for "what's new"
   * and the card). A stored article that no longer exists leaves the points unfiltered by date.
   */
  earlierThan?: number;
}

/** Figures about an entity across articles, oldest first; the article's date dates each figure. */
export async function figureTimeline(db: StoreDb, entityId: string, opts: TimelineOptions = {}): Promise<TimelinePoint[]> {
  const limit = Math.max(0, opts.limit ?? 200);
  const { measure, earlierThan } = opts;
  return guard(() =>
    db.transaction('r', db.figures, db.articles, async () => {
      const until = earlierThan === undefined ? undefined : (await db.articles.get(earlierThan))?.date;
      const high = until ?? Dexie.maxKey;
      const range =
        measure === undefined
          ? db.figures.where('[about+date]').between([entityId, Dexie.minKey], [entityId, high], true, true)
          : db.figures.where('[about+measure+date]').between([entityId, measure, Dexie.minKey], [entityId, measure, high], true, true);
      const figures = await range
        .reverse()
        .filter((f) => f.articleId !== earlierThan)
        .limit(limit)
        .toArray();
      figures.reverse();
      const ids = [...new Set(figures.map((f) => f.articleId))];
      const articles = new Map<number, ArticleRow>();
      (await db.articles.bulkGet(ids)).forEach((a) => a && articles.set(a.id, a));
      const points: TimelinePoint[] = [];
      for (const f of figures) {
        const a = articles.get(f.articleId);
        if (!a) continue;
        points.push({
          date: f.date,
          dated: a.publishedAt !== undefined ? 'published' : 'seen',
          type: f.type,
          value: f.value,
          measure: f.measure,
          quote: f.quote,
          article: { id: a.id, url: a.url, title: a.title, site: a.site },
        });
      }
      return points;
    }),
  );
}
