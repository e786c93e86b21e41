import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordArticle } from './articles.ts';
import type { StoreDb } from './db.ts';
import { StoreError } from './errors.ts';
import { addNote, deleteNote, listNotes, noteTags, updateNote } from './notes.ts';
import { report, testStore } from './testing.ts';

let db: StoreDb;
let articleId: number;
beforeEach(async () => {
  db = await testStore();
  articleId = (await recordArticle(db, report('a'))).article.id;
});
afterEach(() => db.close());

const sel = (exact: string) => ({ exact, prefix: 'p ', suffix: ' s' });

async function code(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => 'no error',
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StoreError);
  return (e as StoreError).code;
}

describe('notes', () => {
  it('adds a note with selector, position and times', async () => {
    const note = await addNote(db, { articleId, selector: sel('H20'), position: { start: 10, end: 13 }, body: 'price?' }, 1_000);
    expect(note).toEqual({ id: note.id, articleId, selector: sel('H20'), position: { start: 10, end: 13 }, body: 'price?', tags: [], createdAt: 1_000, updatedAt: 1_000 });
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('stores only the known fields of a selector', async () => {
    const note = await addNote(db, { articleId, selector: { ...sel('x'), extra: 'y' } as ReturnType<typeof sel>, body: '' });
    expect(Object.keys((await db.notes.get(note.id))!.selector).sort()).toEqual(['exact', 'prefix', 'suffix']);
    expect('position' in note).toBe(false);
  });

  it('refuses notes on an unknown article', async () => {
    expect(await code(addNote(db, { articleId: 999, selector: sel('x'), body: '' }))).toBe('not-found');
    expect(await db.notes.count()).toBe(0);
  });

  it('lists an article’s notes in text order, notes without position last', async () => {
    const late = await addNote(db, { articleId, selector: sel('b'), position: { start: 50, end: 51 }, body: '2' }, 1);
    const early = await addNote(db, { articleId, selector: sel('a'), position: { start: 5, end: 6 }, body: '1' }, 2);
    const loose = await addNote(db, { articleId, selector: sel('c'), body: '3' }, 3);
    const other = (await recordArticle(db, report('b'))).article.id;
    await addNote(db, { articleId: other, selector: sel('z'), body: 'elsewhere' }, 4);
    expect((await listNotes(db, articleId)).map((n) => n.id)).toEqual([early.id, late.id, loose.id]);
  });

  it('lists all notes, last edited first', async () => {
    const a = await addNote(db, { articleId, selector: sel('a'), body: '1' }, 1);
    const b = await addNote(db, { articleId, selector: sel('b'), body: '2' }, 2);
    await updateNote(db, a.id, { body: 'edited' }, 3);
    expect((await listNotes(db)).map((n) => n.id)).toEqual([a.id, b.id]);
  });

  it('updates body and anchor, keeping the creation time', async () => {
    const n = await addNote(db, { articleId, selector: sel('a'), body: 'old' }, 1_000);
    const updated = await updateNote(db, n.id, { body: 'new', selector: sel('b'), position: { start: 1, end: 2 } }, 2_000);
    expect(updated).toEqual({ ...n, body: 'new', selector: sel('b'), position: { start: 1, end: 2 }, updatedAt: 2_000 });
    expect(await db.notes.get(n.id)).toEqual(updated);
    const bodyOnly = await updateNote(db, n.id, { body: 'newer' }, 3_000);
    expect(bodyOnly.selector).toEqual(sel('b'));
  });

  it('deletes a note, and says so when it is already gone', async () => {
    const n = await addNote(db, { articleId, selector: sel('a'), body: '' });
    await deleteNote(db, n.id);
    expect(await db.notes.count()).toBe(0);
    expect(await code(deleteNote(db, n.id))).toBe('not-found');
    expect(await code(updateNote(db, n.id, { body: 'x' }))).toBe('not-found');
  });

  it('stores a highlight: a note with a colour, and changes its colour but never gives a note one', async () => {
    const mark = await addNote(db, { articleId, selector: sel('H20'), body: '', color: 'yellow', tags: [' Export ', 'export', 'China'] }, 1_000);
    expect(mark).toMatchObject({ color: 'yellow', body: '', tags: ['export', 'china'] });
    expect((await updateNote(db, mark.id, { color: 'blue' }, 2_000)).color).toBe('blue');
    const note = await addNote(db, { articleId, selector: sel('B30'), body: 'text' }, 1_000);
    expect('color' in (await updateNote(db, note.id, { color: 'pink' }, 2_000))).toBe(false);
  });

  it('replaces tags, filters by tag and counts tags', async () => {
    const a = await addNote(db, { articleId, selector: sel('a'), body: '1', tags: ['china'] }, 1);
    const b = await addNote(db, { articleId, selector: sel('b'), body: '', color: 'green' }, 2);
    await updateNote(db, b.id, { tags: ['China', 'Preise'] }, 3);
    expect((await listNotes(db, undefined, { tag: 'CHINA' })).map((n) => n.id)).toEqual([b.id, a.id]);
    expect((await listNotes(db, articleId, { tag: 'preise' })).map((n) => n.id)).toEqual([b.id]);
    expect(await listNotes(db, undefined, { tag: 'nothing' })).toEqual([]);
    expect(await noteTags(db)).toEqual([
      { tag: 'china', notes: 2 },
      { tag: 'preise', notes: 1 },
    ]);
    await updateNote(db, a.id, { tags: [] }, 4);
    expect(await noteTags(db)).toEqual([
      { tag: 'china', notes: 1 },
      { tag: 'preise', notes: 1 },
    ]);
  });
});
