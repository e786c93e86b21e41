/**
 * What the reader has met about one entity elsewhere: other articles that mention it (title, site, date,
 * passage), its figures over time, and the entities most often seen with it. Shared by the popup and the
 * library page's entity view.
 */
import { CO_MENTION_SAMPLE, type CoMention, type EntityContext as Context, type TimelinePoint } from '../../lib/store/types.ts';
import { formatDate } from '../card/format.ts';
import { isoTime } from '../../lib/store/times.ts';
import { useLocale } from '../i18n/locale.tsx';
import { fetchData } from '../ui/rpc.ts';
import { useAsync, type Async } from '../ui/useAsync.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { Quote } from './Quote.tsx';
import { Timeline } from './Timeline.tsx';

/** Stands for an answer not asked for yet: keeps its section in the loading state. */
const UNTIL_ASKED: Promise<never> = new Promise(() => undefined);

export interface EntityContextProps {
  entityId: string;
  /** The article being read: not "another" article. */
  excludeArticleId?: number;
  /** Other articles listed; default 5. */
  limit?: number;
  /** Heading level of the sections: one below the heading they sit under (the popup's entity view has an h1). */
  level?: 2 | 3 | 4;
  /** Newest figure-timeline points shown; default 200 (the popup asks for fewer: it has less room and time). */
  timelineLimit?: number;
  /** Called when the reader picks a co-mentioned entity. */
  onEntity?: (id: string, name: string) => void;
}

export function EntityContext({ entityId, excludeArticleId, limit = 5, level = 3, timelineLimit = 200, onEntity }: EntityContextProps) {
  const { lang, t } = useLocale();
  // Three requests, each shown as it arrives. The co-mentions count the latest 500 articles naming the entity and
  // take ~100 ms of the service worker's time at 10,000 articles: asked together, they held up the other two
  // answers; so they are asked once the other articles and the timeline are in.
  const [context, reloadContext] = useAsync<Context>(
    () => fetchData({ type: 'entity/context', entityId, limit, ...(excludeArticleId !== undefined ? { excludeArticleId } : {}) }),
    [entityId, excludeArticleId, limit],
  );
  const [timeline, reloadTimeline] = useAsync<TimelinePoint[]>(
    () => fetchData({ type: 'entity/timeline', entityId, limit: timelineLimit }),
    [entityId, timelineLimit],
  );
  const firstAnswered = context.state !== 'loading' && timeline.state !== 'loading';
  const [co, reloadCo] = useAsync<CoMention[]>(
    () => (firstAnswered ? fetchData({ type: 'entity/co-mentions', entityId, limit: 8 }) : UNTIL_ASKED),
    [entityId, firstAnswered],
  );
  const H = level === 2 ? 'h2' : level === 3 ? 'h3' : 'h4';
  const pending = (x: Async<unknown>, retry: () => void) =>
    x.state === 'loading' ? (
      <p class="muted" role="status">
        {t.loading}
      </p>
    ) : x.state === 'error' ? (
      <ErrorNote message={x.message} onRetry={retry} />
    ) : null;
  return (
    <div class="entity-context">
      <section aria-labelledby={`ctx-articles-${entityId}`}>
        {context.state !== 'ready' ? (
          <>
            <H id={`ctx-articles-${entityId}`}>{t.context.articlesTitle}</H>
            {pending(context, reloadContext)}
          </>
        ) : (
          <ArticleList context={context.data} headingId={`ctx-articles-${entityId}`} H={H} other={excludeArticleId !== undefined} />
        )}
      </section>
      <section aria-labelledby={`ctx-timeline-${entityId}`}>
        <H id={`ctx-timeline-${entityId}`}>{t.context.timeline}</H>
        {timeline.state === 'ready' ? <Timeline points={timeline.data} currentArticleId={excludeArticleId} level={(level + 1) as 3 | 4 | 5} /> : pending(timeline, reloadTimeline)}
      </section>
      <section aria-labelledby={`ctx-co-${entityId}`}>
        <H id={`ctx-co-${entityId}`}>{t.context.coMentions}</H>
        {co.state !== 'ready' ? (
          pending(co, reloadCo)
        ) : co.data.length === 0 ? (
          <p class="muted">{t.context.noCoMentions}</p>
        ) : (
          <ul class="chips-list">
            {co.data.map((c) => (
              <li key={c.entityId}>
                {onEntity ? (
                  <button type="button" class={`chip kind-${c.kind}`} title={t.context.coMentionCount(c.articles)} onClick={() => onEntity(c.entityId, c.name)}>
                    {c.name} <span class="count">{c.articles}</span>
                  </button>
                ) : (
                  <span class={`chip kind-${c.kind}`} title={t.context.coMentionCount(c.articles)}>
                    {c.name} <span class="count">{c.articles}</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {co.state === 'ready' && context.state === 'ready' && context.data.total > CO_MENTION_SAMPLE && (
          <p class="muted">{t.context.coMentionsSampled(CO_MENTION_SAMPLE)}</p>
        )}
      </section>
    </div>
  );
}

/** The other articles that mention the entity, newest first, with their passage. */
function ArticleList({ context, headingId, H, other }: { context: Context; headingId: string; H: 'h2' | 'h3' | 'h4'; other: boolean }) {
  const { lang, t } = useLocale();
  return (
    <>
        <H id={headingId}>{other ? t.context.otherArticles(context.total) : t.context.inArticles(context.total)}</H>
        {context.items.length > 0 && (
          <ul class="articles">
            {context.items.map((item) => (
              <li key={item.article.id}>
                <a href={item.article.url} target="_blank" rel="noopener noreferrer" class="title" lang={item.article.lang}>
                  {item.article.title || item.article.url}
                </a>
                <div class="meta">
                  <span>{item.article.site}</span> · <time dateTime={isoTime(item.article.date)}>{formatDate(item.article.date, lang)}</time> ·{' '}
                  <span>{t.mentions(item.count)}</span>
                </div>
                <Quote quote={item.quote} lang={item.article.lang} />
              </li>
            ))}
          </ul>
        )}
        {context.total > context.items.length && <p class="muted">{t.context.moreArticles(context.total - context.items.length)}</p>}
    </>
  );
}
