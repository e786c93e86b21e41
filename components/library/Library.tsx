/**
 * The library page: the reading list, all notes, full-text search, one view per chip or company, and the reader's
 * data.
 * Views are addressed by the URL fragment (see `route.ts`).
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocale } from '../i18n/locale.tsx';
import { fetchData } from '../ui/rpc.ts';
import { useAsync } from '../ui/useAsync.ts';
import { DataView } from './DataView.tsx';
import { EntitiesView, EntityPage } from './EntityPage.tsx';
import { NotesView } from './NotesView.tsx';
import { ReadingList } from './ReadingList.tsx';
import { SearchView } from './SearchView.tsx';
import { parseRoute, routeHash, type Route } from './route.ts';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function Library() {
  const { t } = useLocale();
  const route = useRoute();
  const [totals, reloadTotals] = useAsync(() => fetchData({ type: 'stats/totals' }), []);
  const tabs = [
    ['list', t.library.nav.list],
    ['notes', t.library.nav.notes],
    ['search', t.library.nav.search],
    ['entities', t.library.nav.entities],
    ['data', t.library.nav.data],
  ] as const;
  const active = route.view === 'entity' ? 'entities' : route.view;

  return (
    <div class="page library">
      <header>
        <h1>{t.library.title}</h1>
        {totals.state === 'ready' && (
          <p class="muted" data-stats>
            {t.library.stats(totals.data.articles, totals.data.saved, totals.data.unread, totals.data.notes)}
          </p>
        )}
      </header>
      <nav class="tabs" aria-label={t.library.title}>
        {tabs.map(([view, label]) => (
          <a key={view} href={routeHash(view === 'search' ? { view, q: '' } : ({ view } as Route))} aria-current={active === view ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      <main>
        {route.view === 'list' && <ReadingList onChanged={reloadTotals} articlesMet={totals.state === 'ready' ? totals.data.articles : undefined} />}
        {route.view === 'notes' && <NotesView />}
        {route.view === 'search' && <SearchView q={route.q} />}
        {route.view === 'entities' && <EntitiesView />}
        {route.view === 'entity' && <EntityPage id={route.id} />}
        {route.view === 'data' && <DataView onChanged={reloadTotals} />}
      </main>
    </div>
  );
}
