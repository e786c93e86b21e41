/**
 * Notes on passages of an article. A note belongs to its article by id and outlives every re-annotation.
 */
import { requireArticle } from './articles';
import type { StoreDb } from './db';
import { StoreError, guard } from './errors';
import type { NoteRow, TextPosition, TextQuoteSelector } from './types';

export interface NewNote {
  articleId: number;
  selector: TextQuoteSelector;
  position?: TextPosition;
  body: string;
}

export interface NotePatch {
  selector?: TextQuoteSelector;
  position?: TextPosition;
  body?: string;
}

/** Notes of one article in text order (by position hint, else creation), or every note, last edited first. */
export async function listNotes(db: StoreDb, articleId?: number): Promise<NoteRow[]> {
  return guard(async () => {
    if (articleId === undefined) return db.notes.orderBy('updatedAt').reverse().toArray();
    const notes = await db.notes.where('articleId').equals(articleId).toArray();
    const at = (n: NoteRow) => n.position?.start ?? Number.MAX_SAFE_INTEGER;
    return notes.sort((a, b) => at(a) - at(b) || a.createdAt - b.createdAt);
  });
}

/** Adds a note to a stored article; `not-found` when the article does not exist. */
export async function addNote(db: StoreDb, note: NewNote, now: number = Date.now()): Promise<NoteRow> {
  return guard(() =>
    db.transaction('rw', db.articles, db.notes, async () => {
      await requireArticle(db, note.articleId);
      const row: Omit<NoteRow, 'id'> = {
        articleId: note.articleId,
        selector: { exact: note.selector.exact, prefix: note.selector.prefix, suffix: note.selector.suffix },
        body: note.body,
        createdAt: now,
        updatedAt: now,
      };
      if (note.position) row.position = { start: note.position.start, end: note.position.end };
      const id = await db.notes.add(row as NoteRow);
      return { ...row, id } as NoteRow;
    }),
  );
}

/** Changes a note's body and/or anchor; `not-found` when it does not exist. */
export async function updateNote(db: StoreDb, id: number, patch: NotePatch, now: number = Date.now()): Promise<NoteRow> {
  return guard(() =>
    db.transaction('rw', db.notes, async () => {
      const row = await db.notes.get(id);
      if (!row) throw new StoreError('not-found', `There is no note with id ${id}.`);
      if (patch.body !== undefined) row.body = patch.body;
      if (patch.selector) row.selector = { exact: patch.selector.exact, prefix: patch.selector.prefix, suffix: patch.selector.suffix };
      if (patch.position) row.position = { start: patch.position.start, end: patch.position.end };
      row.updatedAt = Math.max(now, row.createdAt);
      await db.notes.put(row);
      return row;
    }),
  );
}

/** Deletes a note; `not-found` when it does not exist, so a double delete is visible. */
export async function deleteNote(db: StoreDb, id: number): Promise<void> {
  return guard(() =>
    db.transaction('rw', db.notes, async () => {
      if (!(await db.notes.get(id))) throw new StoreError('not-found', `There is no note with id ${id}.`);
      await db.notes.delete(id);
    }),
  );
}
