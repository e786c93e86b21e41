/**
 * The content script's two questions to the background, over the typed protocol of `lib/messages.ts`:
 * record this article, and which other articles mention an entity. Failures become values the card can show.
 */
import type { SeenIn } from '../../components/card/Card.tsx';
import type { ArticleReport } from '../../lib/report.ts';
import { send } from '../../lib/send.ts';

export interface Background {
  /** Records the article; resolves to its stored id, or undefined when the background could not. */
  articleSeen(report: ArticleReport): Promise<number | undefined>;
  /** Other articles mentioning the entity: their number and the latest three. */
  entityContext(entityId: string, excludeArticleId?: number): Promise<SeenIn>;
}

type Send = typeof send;

export function backgroundBridge(sendFn: Send = send): Background {
  return {
    async articleSeen(report) {
      const res = await sendFn({ type: 'article/seen', report });
      if (!res.ok) {
        console.warn('ChipLens: the article was not recorded:', res.error.message);
        return undefined;
      }
      return res.data.article.id;
    },
    async entityContext(entityId, excludeArticleId) {
      const res = await sendFn({
        type: 'entity/context',
        entityId,
        limit: 3,
        ...(excludeArticleId !== undefined ? { excludeArticleId } : {}),
      });
      if (!res.ok) return { state: 'unavailable' };
      return {
        state: 'ready',
        total: res.data.total,
        items: res.data.items.map((i) => ({ title: i.article.title, site: i.article.site, date: i.article.date, url: i.article.url })),
      };
    },
  };
}
