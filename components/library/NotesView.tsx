/**
 * Every note and highlight, grouped under its article, most recently edited first; filtered by tag and by kind
 * (notes with text, highlights). One row's tag editor is open at a time.
 */
import { useState } from 'preact/hooks';
import { isHighlight, type ArticleRow, type NoteRow } from '../../lib/store/types.ts';
import { formatDate } from '../card/format.ts';
import { useLocale } from '../i18n/locale.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { fetchData } from '../ui/rpc.ts';
import { useAsync } from '../ui/useAsync.ts';
import { NoteItem } from './NoteItem.tsx';
import { SelectFilter } from './SelectFilter.tsx';

interface Group {
  article: ArticleRow | undefined;
  articleId: number;
  notes: NoteRow[];
}

export type NoteKind = 'all' | 'notes' | 'highlights';

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

/** The groups with only the notes of one kind (highlights, or notes that are not highlights); empty groups dropped. */
export function notesOfKind(groups: readonly Group[], kind: NoteKind): Group[] {
  if (kind === 'all') return [...groups];
  const want = kind === 'highlights';
  return groups.map((g) => ({ ...g, notes: g.notes.filter((n) => isHighlight(n) === want) })).filter((g) => g.notes.length > 0);
}

/**
 * Loads notes (all, or those of the given articles) with their articles' rows.
 * @param articleIds when given, only notes on these articles
 * @param tag when given (and no articles are), only notes carrying this tag
 */
export async function loadNotes(articleIds?: readonly number[], tag?: string): Promise<Group[]> {
  const notes = articleIds
    ? (await Promise.all(articleIds.map((id) => fetchData({ type: 'notes/list', articleId: id })))).flat().sort((a, b) => b.updatedAt - a.updatedAt)
    : await fetchData({ type: 'notes/list', ...(tag ? { tag } : {}) });
  const ids = [...new Set(notes.map((n) => n.articleId))];
  const details = await Promise.all(ids.map((id) => fetchData({ type: 'article/get', articleId: id })));
  const articles = new Map<number, ArticleRow>();
  for (const d of details) if (d) articles.set(d.article.id, d.article);
  return groupNotes(notes, articles);
}

/**
 * @param onTagsSaved called after a note's tags changed (a list of the tags in use may need reloading)
 */
export function NotesList({ groups, level = 3, onTagsSaved }: { groups: Group[]; level?: 3 | 4; onTagsSaved?: () => void }) {
  const { lang } = useLocale();
  const [gone, setGone] = useState<ReadonlySet<number>>(new Set());
  const [tagsOpen, setTagsOpen] = useState<number | null>(null);
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
                <NoteItem
                  key={n.id}
                  note={n}
                  onDeleted={(id) => setGone((s) => new Set([...s, id]))}
                  tagsOpen={tagsOpen === n.id}
                  onTagsOpen={(open) => setTagsOpen(open ? n.id : null)}
                  onTagsSaved={onTagsSaved}
                />
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
  const [tag, setTag] = useState('');
  const [kind, setKind] = useState<NoteKind>('all');
  const [tags, reloadTags] = useAsync(() => fetchData({ type: 'notes/tags' }), []);
  const [groups, reload] = useAsync(() => loadNotes(undefined, tag || undefined), [tag]);
  const tagNames = tags.state === 'ready' ? tags.data.map((x) => x.tag) : [];
  // The chosen tag stays choosable after its last note lost it, so the filter never shows a blank.
  if (tag && !tagNames.includes(tag)) tagNames.push(tag);
  const counts = new Map(tags.state === 'ready' ? tags.data.map((x) => [x.tag, x.notes] as const) : []);
  const nothingYet = groups.state === 'ready' && groups.data.length === 0 && !tag;
  const shown = groups.state === 'ready' ? notesOfKind(groups.data, kind) : [];

  return (
    <section aria-labelledby="notes-h">
      <h2 id="notes-h">{t.library.notesTitle}</h2>
      {!nothingYet && (
        <form class="filters" role="search" aria-label={t.library.notesTitle} onSubmit={(e) => e.preventDefault()}>
          <SelectFilter
            label={t.library.noteKind}
            name="kind"
            value={kind}
            choices={(['all', 'notes', 'highlights'] as const).map((k) => ({ value: k, label: t.library.noteKinds[k] }))}
            onChange={setKind}
          />
          <SelectFilter
            label={t.library.tag}
            name="tag"
            value={tag}
            choices={[{ value: '', label: t.library.anyTag }, ...tagNames.map((x) => ({ value: x, label: counts.has(x) ? `${x} (${counts.get(x)})` : x }))]}
            onChange={setTag}
          />
        </form>
      )}
      {groups.state === 'loading' && (
        <p class="muted" role="status">
          {t.loading}
        </p>
      )}
      {groups.state === 'error' && <ErrorNote message={groups.message} onRetry={reload} />}
      {groups.state === 'ready' &&
        (nothingYet ? (
          <p class="empty">{t.library.emptyNotes}</p>
        ) : shown.length === 0 ? (
          <p class="empty" role="status">
            {t.library.emptyNotesFiltered}
          </p>
        ) : (
          <NotesList groups={shown} onTagsSaved={reloadTags} />
        ))}
    </section>
  );
}
