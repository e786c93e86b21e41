/** "What's new here": this article's figures that differ from what earlier articles said. */
import type { ArticleDetail, TimelinePoint } from '../../lib/store/types';
import { figureInWords, formatDate } from '../card/format';
import { useLocale } from '../i18n/locale';
import { ErrorNote } from '../ui/ErrorNote';
import { fetchData } from '../ui/rpc';
import { useAsync } from '../ui/useAsync';
import { figureChanges, POPUP_TIMELINE_POINTS, type FigureChange } from './whats-new';

export function WhatsNew({ detail, onEntity }: { detail: ArticleDetail; onEntity: (id: string, name: string) => void }) {
  const { lang, t } = useLocale();
  const { article, figures, mentions } = detail;
  const names = new Map(mentions.map((m) => [m.entityId, m.name]));
  const [changes, reload] = useAsync<FigureChange[]>(async () => {
    const ids = [...new Set(figures.map((f) => f.about).filter((a): a is string => !!a))];
    const timelines = new Map<string, TimelinePoint[]>();
    await Promise.all(ids.map(async (id) => timelines.set(id, await fetchData({ type: 'entity/timeline', entityId: id, limit: POPUP_TIMELINE_POINTS }))));
    return figureChanges(figures, article, timelines);
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
              return (
                <li key={i}>
                  <button type="button" class="link" onClick={() => onEntity(c.entityId, name)}>
                    {name}
                  </button>
                  <div class="change">
                    <span class="now">
                      <span class="label">{t.popup.here}</span> <strong>{figureInWords(c.here.value, lang)}</strong>
                    </span>
                    <span class="was">
                      <span class="label">{t.popup.before}</span> {figureInWords(c.before.value, lang)}{' '}
                      <span class="meta">
                        (
                        <a href={c.before.article.url} target="_blank" rel="noopener noreferrer" title={c.before.article.title}>
                          {c.before.article.site}
                        </a>
                        , {formatDate(c.before.date, lang)})
                      </span>
                    </span>
                  </div>
                </li>
              );
            })}
          </ul>
        ))}
    </section>
  );
}
