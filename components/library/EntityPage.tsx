/**
 * The entity views of the library: a search over the chips and companies ChipLens knows, and one page per
 * entity with everything the reader has met about it: the articles and passages, its figures over time, what
 * it is mentioned with, and the reader's notes on those articles.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLocale } from '../i18n/locale.tsx';
import { EntityContext } from '../common/EntityContext.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { fetchData } from '../ui/rpc.ts';
import { useAsync } from '../ui/useAsync.ts';
import { useDebounced } from '../ui/useDebounced.ts';
import { entityById, searchEntities, type EntityHit } from './entity-search.ts';
import { loadNotes, NotesList } from './NotesView.tsx';
import { routeHash } from './route.ts';

export function EntitiesView() {
  const { t } = useLocale();
  const [text, setText] = useState('');
  const q = useDebounced(text, 200);
  const [hits] = useAsync(async () => {
    const found = searchEntities(q, 15);
    // How often the reader met each, so the ones met come first.
    const totals = await Promise.all(found.map((h) => fetchData({ type: 'entity/context', entityId: h.id, limit: 1 }).then((c) => c.total)));
    return found.map((h, i) => ({ ...h, articles: totals[i] })).sort((a, b) => Number(b.articles > 0) - Number(a.articles > 0));
  }, [q]);
  return (
    <section aria-labelledby="entities-h">
      <h2 id="entities-h">{t.library.entitiesTitle}</h2>
      <p class="muted">{t.library.entitySearchHint}</p>
      <div class="entity-search" role="search">
        <label>
          <span class="sr-only">{t.library.entityPlaceholder}</span>
          <input type="search" value={text} placeholder={t.library.entityPlaceholder} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
      </div>
      {hits.state === 'error' && <ErrorNote message={hits.message} />}
      {hits.state === 'ready' && q.trim() && (
        <ul class="entity-results">
          {hits.data.map((h) => (
            <li key={h.id}>
              <a href={routeHash({ view: 'entity', id: h.id })} class={`chip kind-${h.kind}`}>
                {h.name} <span class="count">{t.articles(h.articles)}</span>
              </a>
            </li>
          ))}
          {hits.data.length === 0 && <li class="muted">{t.library.unknownEntity(q.trim())}</li>}
        </ul>
      )}
    </section>
  );
}

export function EntityPage({ id }: { id: string }) {
  const { t } = useLocale();
  const kb: EntityHit | undefined = entityById(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [id]);
  const [notes, reloadNotes] = useAsync(async () => {
    const ctx = await fetchData({ type: 'entity/context', entityId: id, limit: 100 });
    return ctx.items.length ? loadNotes(ctx.items.map((i) => i.article.id)) : [];
  }, [id]);
  const name = kb?.name ?? id;
  return (
    <section aria-labelledby="entity-h" class={kb ? `kind-${kb.kind}` : undefined}>
      <p class="muted">
        <a href={routeHash({ view: 'entities' })}>← {t.library.entitiesTitle}</a>
      </p>
      <h2 id="entity-h" tabIndex={-1} ref={heading}>
        {name} {kb && <span class="muted">· {t.kindOne[kb.kind]}</span>}
      </h2>
      {!kb && <p class="muted">{t.library.entityNotFound}</p>}
      <EntityContext entityId={id} limit={100} onEntity={(other) => (location.hash = routeHash({ view: 'entity', id: other }))} />
      <h3>{t.library.entityNotes}</h3>
      {notes.state === 'loading' && <p class="muted">{t.loading}</p>}
      {notes.state === 'error' && <ErrorNote message={notes.message} onRetry={reloadNotes} />}
      {notes.state === 'ready' && (notes.data.length ? <NotesList groups={notes.data} level={4} /> : <p class="muted">{t.library.emptyNotes}</p>)}
    </section>
  );
}
