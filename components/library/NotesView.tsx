/** Every note, grouped under its article, most recently edited first. */
import { useState } from 'preact/hooks';
import type { ArticleRow, NoteRow } from '../../lib/store/types.ts';
import { formatDate } from '../card/format.ts';
import { useLocale } from '../i18n/locale.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { fetchData } from '../ui/rpc.ts';
import { useAsync } from '../ui/useAsync.ts';
import { NoteItem } from './NoteItem.tsx';

interface Group {
  article: ArticleRow | undefined;
  articleId: number;
  notes: NoteRow[];
}

/** Notes grouped by article in the order of each article's latest note. */
export function groupNotes(notes: readonly NoteRow[], articles: ReadonlyMap<number, ArticleRow>): Group[] {
  const groups = new Map<number, Group>();
  for (const n of notes) {
    let g = groups.get(n.articleId);
    if (!g) groups.set(n.articleId, (g = { articleId: n.articleId, article: articles.get(n.articleId), notes: [] }));
    g.notes.push(n);
  }
  return [...groups.values()];
}

/**
 * Loads notes (all, or those of the given articles) with their articles' rows.
 * @param articleIds when given, only notes on these articles
 */
export async function loadNotes(articleIds?: readonly number[]): Promise<Group[]> {
  const notes = articleIds
    ? (await Promise.all(articleIds.map((id) => fetchData({ type: 'notes/list', articleId: id })))).flat().sort((a, b) => b.updatedAt - a.updatedAt)
    : await fetchData({ type: 'notes/list' });
  const ids = [...new Set(notes.map((n) => n.articleId))];
  const details = await Promise.all(ids.map((id) => fetchData({ type: 'article/get', articleId: id })));
  const articles = new Map<number, ArticleRow>();
  for (const d of details) if (d) articles.set(d.article.id, d.article);
  return groupNotes(notes, articles);
}

export function NotesList({ groups, level = 3 }: { groups: Group[]; level?: 3 | 4 }) {
  const { lang } = useLocale();
  const [gone, setGone] = useState<ReadonlySet<number>>(new Set());
  const H = level === 3 ? 'h3' : 'h4';
  return (
    <div class="notes-list">
      {groups.map((g) => {
        const notes = g.notes.filter((n) => !gone.has(n.id));
        if (!notes.length) return null;
        return (
          <section key={g.articleId} class="panel">
            <H>
              {g.article ? (
                <a href={g.article.url} target="_blank" rel="noopener noreferrer" lang={g.article.lang}>
                  {g.article.title || g.article.url}
                </a>
              ) : (
                `#${g.articleId}`
              )}
            </H>
            {g.article && (
              <p class="meta">
                {g.article.site} · {formatDate(g.article.date, lang)}
              </p>
            )}
            <ul class="list">
              {notes.map((n) => (
                <NoteItem key={n.id} note={n} onDeleted={(id) => setGone((s) => new Set([...s, id]))} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export function NotesView() {
  const { t } = useLocale();
  const [groups, reload] = useAsync(() => loadNotes(), []);
  return (
    <section aria-labelledby="notes-h">
      <h2 id="notes-h">{t.library.notesTitle}</h2>
      {groups.state === 'loading' && <p class="muted" role="status">{t.loading}</p>}
      {groups.state === 'error' && <ErrorNote message={groups.message} onRetry={reload} />}
      {groups.state === 'ready' && (groups.data.length === 0 ? <p class="muted">{t.library.emptyNotes}</p> : <NotesList groups={groups.data} />)}
    </section>
  );
}
