import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordArticle } from './articles.ts';
import type { StoreDb } from './db.ts';
import { addNote } from './notes.ts';
import { searchLibrary } from './search.ts';
import { report, testStore } from './testing.ts';

let db: StoreDb;
afterEach(() => db.close());
beforeEach(async () => {
  db = await testStore();
  const de = (await recordArticle(db, report('de', { title: 'Zölle auf Chips: Nvidia stoppt die H20', lang: 'de' }), 1_000)).article.id;
  const en = (await recordArticle(db, report('en', { title: 'Export rules for the H200', lang: 'en' }), 2_000)).article.id;
  const sel = (exact: string) => ({ exact, prefix: 'vor ', suffix: ' nach' });
  await addNote(db, { articleId: de, selector: sel('die Ausfuhr nach China'), body: 'Größe der Zoelle prüfen', tags: ['preise'] }, 3_000);
  await addNote(db, { articleId: de, selector: sel('Die Straße der Zölle'), body: '', color: 'yellow', tags: ['china'] }, 4_000);
  await addNote(db, { articleId: en, selector: sel('true cost'), body: 'the truth about costs' }, 5_000);
});

describe('searchLibrary', () => {
  it('groups titles, notes and highlights, each with its snippet', async () => {
    const r = await searchLibrary(db, 'zölle');
    expect(r.totals).toEqual({ article: 1, note: 1, highlight: 1 });
    expect(r.groups.article[0]).toMatchObject({ kind: 'article', title: 'Zölle auf Chips: Nvidia stoppt die H20' });
    expect(r.groups.note[0]).toMatchObject({ kind: 'note', tags: ['preise'], selector: { exact: 'die Ausfuhr nach China' } });
    // The note's own text matched ("Zoelle" in a German article).
    expect(r.groups.note[0].snippet.text).toBe('Größe der Zoelle prüfen');
    expect(r.groups.highlight[0]).toMatchObject({ kind: 'highlight', color: 'yellow', snippet: { text: 'Die Straße der Zölle', marks: [[15, 20]] } });
  });

  it('matches passages and tags, ß as ss, and needs every word', async () => {
    expect((await searchLibrary(db, 'strasse')).totals).toEqual({ article: 0, note: 0, highlight: 1 });
    expect((await searchLibrary(db, 'china ausfuhr')).groups.note).toHaveLength(1);
    // Found by its tag, a note still shows its own text (unmarked); the tag is in the hit's tags.
    expect((await searchLibrary(db, 'preise')).groups.note[0]).toMatchObject({ snippet: { text: 'Größe der Zoelle prüfen', marks: [] }, tags: ['preise'], matchedTags: ['preise'] });
    expect((await searchLibrary(db, 'zoelle')).groups.note[0].matchedTags).toEqual([]);
    const both = (await searchLibrary(db, 'china strasse')).groups.highlight[0];
    expect(both.snippet).toMatchObject({ text: 'Die Straße der Zölle', marks: [[4, 10]] });
    expect(both.matchedTags).toEqual(['china']);
    expect((await searchLibrary(db, 'h20 zölle')).totals).toEqual({ article: 1, note: 0, highlight: 0 });
    expect((await searchLibrary(db, 'h20 japan')).totals).toEqual({ article: 0, note: 0, highlight: 0 });
    expect((await searchLibrary(db, '  ')).totals).toEqual({ article: 0, note: 0, highlight: 0 });
  });

  it('orders newest first and keeps the limit per kind', async () => {
    const r = await searchLibrary(db, 'h20', 1);
    expect(r.totals.article).toBe(2);
    expect(r.groups.article.map((h) => h.title)).toEqual(['Export rules for the H200']);
  });
});
