/**
 * One note or highlight: a highlight's colour and the word "Highlight", its passage (or "whole article"), its
 * text, its tags (one "Edit tags" control; the list decides which row's editor is open), edit and delete (with a
 * second step).
 */
import { useState } from 'preact/hooks';
import type { NoteRow } from '../../lib/store/types.ts';
import { formatDate } from '../card/format.ts';
import { isoTime } from '../../lib/store/times.ts';
import { useLocale } from '../i18n/locale.tsx';
import { errorText } from '../i18n/errors.ts';
import { Quote } from '../common/Quote.tsx';
import { HighlightBadge } from '../notes/HighlightBadge.tsx';
import { noteStrings } from '../notes/strings.ts';
import { TagEditor } from '../notes/TagEditor.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { request } from '../ui/rpc.ts';

/** A note's text cut for an accessible name: enough to tell rows apart, not the whole note read out. */
function shortLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

export interface NoteItemProps {
  note: NoteRow;
  onDeleted: (id: number) => void;
  tagsOpen: boolean;
  onTagsOpen: (open: boolean) => void;
  onTagsSaved?: () => void;
}

export function NoteItem({ note: initial, onDeleted, tagsOpen, onTagsOpen, onTagsSaved }: NoteItemProps) {
  const { lang, t } = useLocale();
  const words = noteStrings(lang);
  const [note, setNote] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(initial.body);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const saveEdit = async (e: Event) => {
    e.preventDefault();
    const res = await request({ type: 'notes/update', id: note.id, patch: { body: draft } });
    if (res.ok) {
      setNote(res.data);
      setEditing(false);
      setError(null);
    } else setError(errorText(lang, res.error));
  };
  const saveTags = async (tags: string[]): Promise<string[] | string> => {
    const res = await request({ type: 'notes/update', id: note.id, patch: { tags } });
    if (!res.ok) return errorText(lang, res.error);
    setNote(res.data);
    onTagsSaved?.();
    return res.data.tags;
  };
  const remove = async () => {
    const res = await request({ type: 'notes/delete', id: note.id });
    if (res.ok) onDeleted(note.id);
    else setError(errorText(lang, res.error));
  };

  return (
    <li class={note.color ? 'note highlight' : 'note'} data-note={note.id}>
      {note.color && <HighlightBadge color={note.color} word={t.library.highlight} colorName={words.colors[note.color]} />}
      {note.selector.exact ? <Quote quote={note.selector} /> : <p class="muted">{t.library.wholeArticle}</p>}
      {editing ? (
        <form onSubmit={(e) => void saveEdit(e)}>
          <label class="sr-only" for={`note-edit-${note.id}`}>
            {t.edit}
          </label>
          <textarea
            id={`note-edit-${note.id}`}
            rows={3}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setEditing(false);
                setDraft(note.body);
              }
            }}
            // Focus goes straight to the text: the reader asked to edit this note.
            autoFocus
          />
          <div class="row">
            <button type="submit" class="primary">
              {t.save}
            </button>
            <button type="button" onClick={() => (setEditing(false), setDraft(note.body))}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : (
        note.body && <p class="body">{note.body}</p>
      )}
      <TagEditor
        tags={note.tags}
        strings={words.tagStrings}
        onSave={saveTags}
        open={tagsOpen}
        onOpenChange={onTagsOpen}
        label={shortLabel(note.body || note.selector.exact || t.library.wholeArticle)}
      />
      <div class="row meta">
        <time dateTime={isoTime(note.updatedAt)}>{formatDate(note.updatedAt, lang)}</time>
        {!editing && (
          <button type="button" class="link" onClick={() => setEditing(true)}>
            {t.edit}
          </button>
        )}
        {confirming ? (
          <>
            <button type="button" class="danger" onClick={() => void remove()}>
              {t.delete}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t.cancel}
            </button>
          </>
        ) : (
          <button type="button" class="link" onClick={() => setConfirming(true)}>
            {t.delete}…
          </button>
        )}
      </div>
      {error && <ErrorNote message={error} />}
    </li>
  );
}
