/** Reading-list buttons and notes for the article in the tab. */
import { useState } from 'preact/hooks';
import type { TextQuoteSelector } from '../../lib/passage.ts';
import type { ArticleRow, NoteRow } from '../../lib/store/types.ts';
import { useLocale } from '../i18n/locale.tsx';
import { errorText } from '../i18n/errors.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { request } from '../ui/rpc.ts';
import { Quote } from '../common/Quote.tsx';

/** A note on the whole article rather than a passage: an empty quote (the W3C target is then the page). */
export const WHOLE_ARTICLE: TextQuoteSelector = { exact: '', prefix: '', suffix: '' };

export function ArticleActions({ article: initial }: { article: ArticleRow }) {
  const { lang, t } = useLocale();
  const [article, setArticle] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saved = article.savedAt !== undefined;
  const read = article.readAt !== undefined;

  const run = async (req: Parameters<typeof request>[0]) => {
    setBusy(true);
    setError(null);
    const res = await request(req);
    if (res.ok) setArticle(res.data as ArticleRow);
    else setError(errorText(lang, res.error));
    setBusy(false);
  };

  return (
    <div class="actions">
      <div class="buttons">
        <button
          type="button"
          class={saved ? 'secondary' : 'primary'}
          aria-pressed={saved}
          disabled={busy}
          data-action="save"
          onClick={() => void run(saved ? { type: 'list/unsave', articleId: article.id } : { type: 'list/save', articleId: article.id })}
        >
          {saved ? t.popup.removeFromList : t.popup.saveToList}
        </button>
        <button
          type="button"
          class="secondary"
          aria-pressed={read}
          disabled={busy}
          data-action="read"
          onClick={() => void run({ type: 'list/mark-read', articleId: article.id, read: !read })}
        >
          {read ? t.popup.markUnread : t.popup.markRead}
        </button>
        <span class="state" role="status">
          {saved ? (read ? `✓ ${t.popup.read}` : `✓ ${t.popup.saved}`) : ''}
        </span>
      </div>
      {error && <ErrorNote message={error} />}
    </div>
  );
}

/** The article's notes and a form for a note on the whole article. */
export function ArticleNotes({ articleId, notes: initialNotes }: { articleId: number; notes: NoteRow[] }) {
  const { lang, t } = useLocale();
  const [notes, setNotes] = useState(initialNotes);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const addNote = async (e: Event) => {
    e.preventDefault();
    const body = draft.trim();
    if (!body || busy) return;
    setBusy(true);
    setError(null);
    const res = await request({ type: 'notes/add', note: { articleId, selector: { ...WHOLE_ARTICLE }, body } });
    setBusy(false);
    if (res.ok) {
      setNotes((n) => [...n, res.data]);
      setDraft('');
      setStatus(t.popup.noteAdded);
    } else setError(errorText(lang, res.error));
  };

  return (
    <section class="article-notes" aria-labelledby="note-h">
      <form class="note-form" onSubmit={(e) => void addNote(e)}>
        <label id="note-h" for="note-body">
          {t.popup.noteLabel}
        </label>
        <textarea
          id="note-body"
          rows={2}
          value={draft}
          placeholder={t.popup.notePlaceholder}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Ctrl/⌘+Enter adds the note without leaving the keyboard.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void addNote(e);
          }}
        />
        <button type="submit" disabled={busy || !draft.trim()}>
          {t.popup.addNote}
        </button>
        <span class="muted" role="status">
          {status}
        </span>
      </form>
      {error && <ErrorNote message={error} />}
      {notes.length > 0 && (
        <details class="notes" open={notes.length <= 2}>
          <summary>{t.popup.notesHere(notes.length)}</summary>
          <ul>
            {notes.map((n) => (
              <li key={n.id}>
                {n.selector.exact ? <Quote quote={n.selector} /> : <p class="muted">{t.popup.pageNote}</p>}
                <p class="body">{n.body}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
