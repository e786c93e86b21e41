/**
 * The library's full-text search: one box, results grouped into article titles, notes and highlights, the
 * matched words marked. A note or highlight links to its article opened at the passage (a URL text fragment).
 * The words typed are kept in the URL fragment (replacing the entry, not adding one per key), so Back from an
 * article or another view returns to the same results.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit, SearchKind, SearchResult } from '../../lib/store/search.ts';
import type { Snippet } from '../../lib/search/match.ts';
import { isoTime } from '../../lib/store/times.ts';
import { passageUrl } from '../../lib/text-fragment.ts';
import { formatDate } from '../card/format.ts';
import { useLocale } from '../i18n/locale.tsx';
import { HighlightBadge } from '../notes/HighlightBadge.tsx';
import { noteStrings } from '../notes/strings.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { fetchData } from '../ui/rpc.ts';
import { useAsync } from '../ui/useAsync.ts';
import { useDebounced } from '../ui/useDebounced.ts';
import { routeHash } from './route.ts';

/** Hits shown per group; the rest are counted. */
const PER_GROUP = 50;
const KINDS: readonly SearchKind[] = ['note', 'highlight', 'article'];

export function SearchView({ q: fromRoute }: { q: string }) {
  const { t } = useLocale();
  const [text, setText] = useState(fromRoute);
  const field = useRef<HTMLInputElement>(null);
  // Back and Forward between two searches change the route while this view stays.
  useEffect(() => setText(fromRoute), [fromRoute]);
  useEffect(() => field.current?.focus({ preventScroll: true }), []);
  const q = useDebounced(text, 250).trim();
  useEffect(() => {
    const hash = routeHash({ view: 'search', q });
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }, [q]);
  const [result, reload] = useAsync<SearchResult | null>(async () => (q ? fetchData({ type: 'library/search', query: q, limit: PER_GROUP }) : null), [q]);

  return (
    <section aria-labelledby="search-h" class="search-view">
      <h2 id="search-h">{t.library.find.title}</h2>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label class="grow">
          {t.library.find.label}
          <input ref={field} type="search" name="q" value={text} placeholder={t.library.find.placeholder} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
      </form>
      {!q && <p class="empty">{t.library.find.start}</p>}
      {q && result.state === 'loading' && (
        <p class="muted" role="status">
          {t.loading}
        </p>
      )}
      {result.state === 'error' && <ErrorNote message={result.message} onRetry={reload} />}
      {result.state === 'ready' && result.data && <Results result={result.data} q={q} />}
    </section>
  );
}

function Results({ result, q }: { result: SearchResult; q: string }) {
  const { t } = useLocale();
  const total = KINDS.reduce((n, k) => n + result.totals[k], 0);
  if (total === 0)
    return (
      <p class="empty" role="status">
        {t.library.find.none(q)}
      </p>
    );
  return (
    <>
      <p class="muted" role="status">
        {t.library.find.found(total)}
      </p>
      <div class="search-groups">
        {KINDS.filter((k) => result.totals[k] > 0).map((kind) => (
          <section key={kind} aria-labelledby={`found-${kind}`} data-kind={kind}>
            <h3 id={`found-${kind}`}>{t.library.find.groups[kind](result.totals[kind])}</h3>
            <ul class="list hits">
              {result.groups[kind].map((hit) => (
                <Hit key={`${kind}-${hit.noteId ?? hit.articleId}`} hit={hit} />
              ))}
            </ul>
            {result.groups[kind].length < result.totals[kind] && <p class="muted">{t.library.find.newest(result.groups[kind].length, result.totals[kind])}</p>}
          </section>
        ))}
      </div>
    </>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const { lang, t } = useLocale();
  const onPassage = hit.kind !== 'article' && hit.selector;
  const href = onPassage ? passageUrl(hit.url, hit.selector!) : hit.url;
  return (
    <li data-note={hit.noteId} data-article={hit.articleId}>
      <a class={hit.kind === 'article' ? 'title' : 'passage'} href={href} target="_blank" rel="noopener noreferrer" lang={hit.lang}>
        <Marked snippet={hit.snippet} />
        <span class="sr-only"> {onPassage ? t.library.find.opensPassage : t.library.find.opensArticle}</span>
      </a>
      <div class="meta row">
        {hit.color && <HighlightBadge color={hit.color} word={t.library.highlight} colorName={noteStrings(lang).colors[hit.color]} />}
        {hit.kind !== 'article' && <span lang={hit.lang}>{hit.title || hit.url}</span>}
        <time dateTime={isoTime(hit.date)}>{formatDate(hit.date, lang)}</time>
        {hit.tags?.map((tag) =>
          hit.matchedTags?.includes(tag) ? (
            <mark class="tag" key={tag}>
              {tag}
            </mark>
          ) : (
            <span class="tag" key={tag}>
              {tag}
            </span>
          ),
        )}
      </div>
    </li>
  );
}

/** A snippet's text with its matches in `<mark>`, and "…" where text was left out. */
export function Marked({ snippet }: { snippet: Snippet }) {
  const parts = [];
  let at = 0;
  for (const [s, e] of snippet.marks) {
    if (s > at) parts.push(snippet.text.slice(at, s));
    parts.push(<mark key={s}>{snippet.text.slice(s, e)}</mark>);
    at = e;
  }
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return (
    <span class="snippet">
      {snippet.cut.before && '…'}
      {parts}
      {snippet.cut.after && '…'}
    </span>
  );
}
