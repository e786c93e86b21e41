/**
 * Notes and highlights on passages of an article. A highlight is a note with a colour (see `lib/marks.ts`); both
 * belong to their article by id, carry the reader's tags and outlive every re-annotation.
 */
import type { MarkColor } from '../marks.ts';
import { requireArticle } from './articles.ts';
import type { StoreDb } from './db.ts';
import { StoreError, guard } from './errors.ts';
import { normaliseTags } from './reading-list.ts';
import type { TextPosition, TextQuoteSelector } from '../passage.ts';
import type { NoteRow } from './types.ts';

export interface NewNote {
  articleId: number;
  selector: TextQuoteSelector;
  position?: TextPosition;
  body: string;
  /** Makes it a highlight in this colour. */
  color?: MarkColor;
  tags?: readonly string[];
}

export interface NotePatch {
  selector?: TextQuoteSelector;
  position?: TextPosition;
  body?: string;
  /** A highlight's new colour (a note without one stays a note). */
  color?: MarkColor;
  /** Replaces the tags (normalised with {@link normaliseTags}). */
  tags?: readonly string[];
}

export interface NoteFilter {
  /** Only notes carrying this tag. */
  tag?: string;
}

/**
 * Notes of one article in text order (by position hint, else creation), or every note, last edited first;
 * with `filter.tag`, only those carrying the tag.
 */
export async function listNotes(db: StoreDb, articleId?: number, filter: NoteFilter = {}): Promise<NoteRow[]> {
  const tag = filter.tag !== undefined ? (normaliseTags([filter.tag])[0] ?? '') : undefined;
  return guard(async () => {
    if (articleId === undefined) {
      if (tag === undefined) return db.notes.orderBy('updatedAt').reverse().toArray();
      const tagged = await db.notes.where('tags').equals(tag).toArray();
      return tagged.sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id);
    }
    let notes = await db.notes.where('articleId').equals(articleId).toArray();
    if (tag !== undefined) notes = notes.filter((n) => n.tags.includes(tag));
    const at = (n: NoteRow) => n.position?.start ?? Number.MAX_SAFE_INTEGER;
    return notes.sort((a, b) => at(a) - at(b) || a.createdAt - b.createdAt);
  });
}

/** Adds a note (or a highlight) to a stored article; `not-found` when the article does not exist. */
export async function addNote(db: StoreDb, note: NewNote, now: number = Date.now()): Promise<NoteRow> {
  return guard(() =>
    db.transaction('rw', db.articles, db.notes, async () => {
      await requireArticle(db, note.articleId);
      const row: Omit<NoteRow, 'id'> = {
        articleId: note.articleId,
        selector: { exact: note.selector.exact, prefix: note.selector.prefix, suffix: note.selector.suffix },
        body: note.body,
        tags: normaliseTags(note.tags ?? []),
        createdAt: now,
        updatedAt: now,
      };
      if (note.position) row.position = { start: note.position.start, end: note.position.end };
      if (note.color) row.color = note.color;
      const id = await db.notes.add(row as NoteRow);
      return { ...row, id } as NoteRow;
    }),
  );
}

/** Changes a note's body, anchor, colour and/or tags; `not-found` when it does not exist. */
export async function updateNote(db: StoreDb, id: number, patch: NotePatch, now: number = Date.now()): Promise<NoteRow> {
  return guard(() =>
    db.transaction('rw', db.notes, async () => {
      const row = await db.notes.get(id);
      if (!row) throw new StoreError('not-found', `There is no note with id ${id}.`);
      if (patch.body !== undefined) row.body = patch.body;
      if (patch.selector) row.selector = { exact: patch.selector.exact, prefix: patch.selector.prefix, suffix: patch.selector.suffix };
      if (patch.position) row.position = { start: patch.position.start, end: patch.position.end };
      if (patch.color !== undefined && row.color !== undefined) row.color = patch.color;
      if (patch.tags !== undefined) row.tags = normaliseTags(patch.tags);
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

/** Every tag on notes and highlights with the number carrying it, most used first. */
export async function noteTags(db: StoreDb): Promise<{ tag: string; notes: number }[]> {
  return guard(() =>
    db.transaction('r', db.notes, async () => {
      const tags = (await db.notes.orderBy('tags').uniqueKeys()).map(String);
      const counts = await Promise.all(tags.map((t) => db.notes.where('tags').equals(t).count()));
      return tags.map((tag, i) => ({ tag, notes: counts[i] })).sort((a, b) => b.notes - a.notes || a.tag.localeCompare(b.tag));
    }),
  );
}
