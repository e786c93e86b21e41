import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordArticle } from './articles.ts';
import type { StoreDb } from './db.ts';
import { deleteArticle } from './delete-article.ts';
import { addNote } from './notes.ts';
import { entity, expectedEntities, figure, report, testStore } from './testing.ts';

let db: StoreDb;
beforeEach(async () => {
  db = await testStore();
});
afterEach(() => db.close());

const quote = { exact: 'H20', prefix: 'the ', suffix: ' chip' };

describe('deleteArticle', () => {
  it('removes the article with its mentions, figures and notes, and nothing of the others', async () => {
    const gone = (
      await recordArticle(
        db,
        report('gone', { entities: [entity('nvidia-h20', 2), entity('nvidia', 1, 'company')], figures: [figure({ type: 'percent', value: 5 }, 'nvidia-h20')] }),
        1_000,
      )
    ).article;
    const kept = (await recordArticle(db, report('kept', { entities: [entity('nvidia', 1, 'company')], figures: [figure({ type: 'percent', value: 7 }, 'nvidia')] }), 2_000)).article;
    await addNote(db, { articleId: gone.id, selector: quote, body: 'on the gone one' });
    await addNote(db, { articleId: gone.id, selector: { exact: '', prefix: '', suffix: '' }, body: 'whole article' });
    const keptNote = await addNote(db, { articleId: kept.id, selector: quote, body: 'stays' });

    expect(await deleteArticle(db, gone.id)).toEqual({ mentions: 2, figures: 1, notes: 2 });

    expect((await db.articles.toArray()).map((a) => a.id)).toEqual([kept.id]);
    expect(new Set((await db.mentions.toArray()).map((m) => m.articleId))).toEqual(new Set([kept.id]));
    expect((await db.figures.toArray()).map((f) => f.articleId)).toEqual([kept.id]);
    expect(await db.notes.toArray()).toEqual([keptNote]);
    // The per-entity counts follow: the H20 is no longer met anywhere, Nvidia in one article.
    expect(await db.entities.toArray()).toEqual(await expectedEntities(db));
    expect(await db.entities.get('nvidia-h20')).toBeUndefined();
    expect((await db.entities.get('nvidia'))?.articles).toBe(1);
  });

  it('says not-found for an article that is not there, and changes nothing', async () => {
    const a = (await recordArticle(db, report('a', { entities: [entity('amd')] }), 1_000)).article;
    await deleteArticle(db, a.id);
    await expect(deleteArticle(db, a.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(deleteArticle(db, 4242)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deletes an article whose stored times are no dates', async () => {
    const id = await db.articles.add({
      url: 'https://bad.example/x',
      title: 'Bad dates',
      site: 'bad.example',
      lang: 'en',
      publishedAt: 8.64e15 + 1,
      date: 8.64e15 + 1,
      firstSeen: -5,
      lastSeen: Number.NaN,
      tags: [],
      entityIds: [],
    } as never);
    await deleteArticle(db, id);
    expect(await db.articles.count()).toBe(0);
  });
});
