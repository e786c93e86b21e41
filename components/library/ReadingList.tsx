/**
 * The reading list: unread and read articles, tags, search by title words and by a chip or company, sorting.
 * Each row shows its tags with one "Edit tags" control; one row's tag editor is open at a time.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleSummary } from '../../lib/store/types.ts';
import type { ListPage } from '../../lib/store/reading-list.ts';
import { formatDate } from '../card/format.ts';
import { isoTime } from '../../lib/store/times.ts';
import { useLocale } from '../i18n/locale.tsx';
import { errorText } from '../i18n/errors.ts';
import { noteStrings } from '../notes/strings.ts';
import { TagEditor } from '../notes/TagEditor.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { fetchData, request } from '../ui/rpc.ts';
import { useAsync } from '../ui/useAsync.ts';
import { useDebounced } from '../ui/useDebounced.ts';
import { DeleteArticle } from './DeleteArticle.tsx';
import { resolveEntity, searchEntities } from './entity-search.ts';
import { SelectFilter } from './SelectFilter.tsx';

const PAGE = 50;

type Scope = 'saved' | 'seen';
type State = 'all' | 'unread' | 'read';
type Sort = 'saved' | 'date' | 'seen' | 'title';

/**
 * @param articlesMet how many articles are stored at all (to tell an empty library from an empty list); undefined
 *   while unknown
 */
export function ReadingList({ onChanged, articlesMet }: { onChanged: () => void; articlesMet?: number }) {
  const { t } = useLocale();
  const [tagsOpen, setTagsOpen] = useState<number | null>(null);
  const [scope, setScope] = useState<Scope>('saved');
  const [state, setState] = useState<State>('all');
  const [tag, setTag] = useState('');
  const [text, setText] = useState('');
  const [entityText, setEntityText] = useState('');
  const [sort, setSort] = useState<Sort>('saved');
  const [limit, setLimit] = useState(PAGE);
  const q = useDebounced(text, 250);
  const entityQ = useDebounced(entityText, 250);
  const entity = resolveEntity(entityQ);
  const unknownEntity = entityQ.trim() !== '' && !entity;

  const [tags, reloadTags] = useAsync(() => fetchData({ type: 'list/tags' }), []);
  const [page, reload] = useAsync<ListPage | null>(async () => {
    if (unknownEntity) return null;
    return fetchData({
      type: 'list/get',
      query: {
        scope,
        state,
        sort,
        limit,
        ...(tag ? { tag } : {}),
        ...(q.trim() ? { text: q.trim() } : {}),
        ...(entity ? { entityId: entity.id } : {}),
      },
    });
  }, [scope, state, sort, limit, tag, q, entity?.id, unknownEntity]);
  // A new filter starts again from the first page.
  useEffect(() => setLimit(PAGE), [scope, state, sort, tag, q, entity?.id]);

  const changed = () => {
    reload();
    reloadTags();
    onChanged();
  };
  const filtered = scope !== 'saved' || state !== 'all' || !!tag || !!q.trim() || !!entity;
  const suggestions = entityText.trim().length >= 2 ? searchEntities(entityText, 12) : [];

  return (
    <section aria-labelledby="list-h">
      <h2 id="list-h">{t.library.listTitle}</h2>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          label={t.library.scope}
          name="scope"
          value={scope}
          choices={(['saved', 'seen'] as const).map((v) => ({ value: v, label: t.library.scopes[v] }))}
          onChange={setScope}
        />
        <SelectFilter
          label={t.library.state}
          name="state"
          value={state}
          choices={(['all', 'unread', 'read'] as const).map((v) => ({ value: v, label: t.library.states[v] }))}
          onChange={setState}
        />
        <SelectFilter
          label={t.library.tag}
          name="tag"
          value={tag}
          choices={[{ value: '', label: t.library.anyTag }, ...(tags.state === 'ready' ? tags.data.map((x) => ({ value: x.tag, label: `${x.tag} (${x.articles})` })) : [])]}
          onChange={setTag}
        />
        <label>
          {t.library.search}
          <input type="search" name="text" value={text} placeholder={t.library.searchPlaceholder} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          {t.library.entity}
          <input
            type="search"
            name="entity"
            list="entity-suggestions"
            value={entityText}
            placeholder={t.library.entityPlaceholder}
            onInput={(e) => setEntityText(e.currentTarget.value)}
          />
          <datalist id="entity-suggestions">
            {suggestions.map((s) => (
              <option key={s.id} value={s.name} />
            ))}
          </datalist>
        </label>
        <label>
          {t.library.sort}
          <select name="sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)}>
            {(['saved', 'date', 'seen', 'title'] as const).map((s) => (
              <option key={s} value={s}>
                {t.library.sorts[s]}
              </option>
            ))}
          </select>
        </label>
      </form>
      {unknownEntity && <p class="error" role="alert">{t.library.unknownEntity(entityQ.trim())}</p>}
      {page.state === 'loading' && <p class="muted" role="status">{t.loading}</p>}
      {page.state === 'error' && <ErrorNote message={page.message} onRetry={reload} />}
      {page.state === 'ready' && page.data && (
        <>
          <p class="muted" role="status">
            {page.data.total === 0
              ? filtered
                ? t.library.emptyFiltered
                : articlesMet === 0
                  ? t.library.emptyArticles
                  : t.library.emptyList
              : t.library.results(page.data.items.length, page.data.total)}
          </p>
          <ul class="list" aria-label={t.library.listTitle}>
            {page.data.items.map((a) => (
              <ListItem
                key={a.id}
                article={a}
                onChanged={changed}
                onTagsSaved={reloadTags}
                tagsOpen={tagsOpen === a.id}
                onTagsOpen={(open) => setTagsOpen(open ? a.id : null)}
              />
            ))}
          </ul>
          {page.data.items.length < page.data.total && (
            <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
              {t.library.loadMore}
            </button>
          )}
        </>
      )}
    </section>
  );
}

interface ListItemProps {
  article: ArticleSummary;
  onChanged: () => void;
  onTagsSaved: () => void;
  tagsOpen: boolean;
  onTagsOpen: (open: boolean) => void;
}

function ListItem({ article: initial, onChanged, onTagsSaved, tagsOpen, onTagsOpen }: ListItemProps) {
  const { lang, t } = useLocale();
  const [a, setA] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setA(initial), [initial]);

  const run = async (req: Parameters<typeof request>[0]) => {
    setError(null);
    const res = await request(req);
    if (!res.ok) setError(errorText(lang, res.error));
    else onChanged();
  };
  const saveTags = async (tags: string[]): Promise<string[] | string> => {
    const res = await request({ type: 'list/set-tags', articleId: a.id, tags });
    if (!res.ok) return errorText(lang, res.error);
    setA((x) => ({ ...x, tags: res.data.tags }));
    onTagsSaved();
    return res.data.tags;
  };
  const read = a.readAt !== undefined;
  const saved = a.savedAt !== undefined;
  return (
    <li data-article={a.id} class="article-row">
      <div class="main">
        <div>
          {saved && !read && <span class="unread-dot" title={t.library.states.unread} />}
          <a class="title" href={a.url} target="_blank" rel="noopener noreferrer" lang={a.lang}>
            {a.title || a.url}
          </a>
        </div>
        <div class="meta">
          {a.site} · <time dateTime={isoTime(a.date)}>{formatDate(a.date, lang)}</time>
          {a.savedAt !== undefined && <> · {t.library.savedOn(formatDate(a.savedAt, lang))}</>}
          {a.readAt !== undefined && <> · {t.library.readOn(formatDate(a.readAt, lang))}</>} · {t.library.entitiesIn(a.entityCount)}
        </div>
        <TagEditor tags={a.tags} strings={noteStrings(lang).tagStrings} onSave={saveTags} open={tagsOpen} onOpenChange={onTagsOpen} label={a.title || a.url} />
      </div>
      <div class="row actions">
        {saved && (
          <button type="button" onClick={() => void run({ type: 'list/mark-read', articleId: a.id, read: !read })}>
            {read ? t.popup.markUnread : t.popup.markRead}
          </button>
        )}
        {saved ? (
          <button type="button" onClick={() => void run({ type: 'list/unsave', articleId: a.id })}>
            {t.library.remove}
          </button>
        ) : (
          <button type="button" onClick={() => void run({ type: 'list/save', articleId: a.id })}>
            {t.popup.saveToList}
          </button>
        )}
        <DeleteArticle article={a} onDeleted={onChanged} />
      </div>
      {error && <ErrorNote message={error} />}
    </li>
  );
}

