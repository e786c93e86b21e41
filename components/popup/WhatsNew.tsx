/** "What's new here": this article's figures that differ from what earlier articles said, one sentence each. */
import type { ArticleDetail, TimelinePoint } from '../../lib/store/types.ts';
import { useLocale } from '../i18n/locale.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { fetchData } from '../ui/rpc.ts';
import { useAsync } from '../ui/useAsync.ts';
import { changeSentence, EARLIER_POINTS, earlierQueries, figureChanges, queryKey, type FigureChange } from './whats-new.ts';

export function WhatsNew({ detail, onEntity }: { detail: ArticleDetail; onEntity: (id: string, name: string) => void }) {
  const { lang, t } = useLocale();
  const { article, figures, mentions } = detail;
  const names = new Map(mentions.map((m) => [m.entityId, m.name]));
  const [changes, reload] = useAsync<FigureChange[]>(async () => {
    const earlier = new Map<string, TimelinePoint[]>();
    await Promise.all(
      earlierQueries(figures).map(async (q) =>
        earlier.set(
          queryKey(q),
          await fetchData({ type: 'entity/timeline', entityId: q.entityId, measure: q.measure, earlierThan: article.id, limit: EARLIER_POINTS }),
        ),
      ),
    );
    return figureChanges(figures, article, earlier);
  }, [article.id, figures.length]);

  return (
    <section class="whats-new" aria-labelledby="whats-new-h">
      <h2 id="whats-new-h">{t.popup.whatsNew}</h2>
      {changes.state === 'loading' && <p class="muted">{t.loading}</p>}
      {changes.state === 'error' && <ErrorNote message={changes.message} onRetry={reload} />}
      {changes.state === 'ready' &&
        (changes.data.length === 0 ? (
          <p class="muted">{t.popup.whatsNewNone}</p>
        ) : (
          <ul>
            {changes.data.map((c, i) => {
              const name = names.get(c.entityId) ?? c.entityId;
              const before = c.before.article;
              return (
                <li key={i} class="change" data-entity={c.entityId} data-measure={c.measure} data-direction={c.direction}>
                  {changeSentence(c, name, lang).map((part, j) =>
                    typeof part === 'string' ? (
                      part
                    ) : part.slot === 'entity' ? (
                      <button key={j} type="button" class="link" onClick={() => onEntity(c.entityId, name)}>
                        {name}
                      </button>
                    ) : (
                      <a key={j} href={before.url} target="_blank" rel="noopener noreferrer" title={before.site}>
                        {before.title || before.site}
                      </a>
                    ),
                  )}
                </li>
              );
            })}
          </ul>
        ))}
    </section>
  );
}
