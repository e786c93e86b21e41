/**
 * Deleting one article and everything that hangs on it: its mentions, figures and the reader's notes on it, with
 * the per-entity counts, in one transaction (all of it goes, or nothing does).
 */
import { articleRange, requireArticle } from './articles.ts';
import type { StoreDb } from './db.ts';
import { applyEntityChange } from './entities.ts';
import { guard } from './errors.ts';

/** What a deletion removed besides the article itself. */
export interface DeletedArticle {
  mentions: number;
  figures: number;
  notes: number;
}

/**
 * Deletes the article with id `articleId` and its mentions, figures and notes.
 *
 * @throws {StoreError} `not-found` when there is no such article (so a second click shows it is already gone).
 */
export async function deleteArticle(db: StoreDb, articleId: number): Promise<DeletedArticle> {
  return guard(() =>
    db.transaction('rw', db.articles, db.mentions, db.figures, db.notes, db.entities, async () => {
      const article = await requireArticle(db, articleId);
      const [mentions, figures, notes] = await Promise.all([
        db.mentions.where('[articleId+entityId]').between(...articleRange(articleId), true, true).delete(),
        db.figures.where('articleId').equals(articleId).delete(),
        db.notes.where('articleId').equals(articleId).delete(),
      ]);
      await applyEntityChange(db, article.entityIds, []);
      await db.articles.delete(articleId);
      return { mentions, figures, notes };
    }),
  );
}
