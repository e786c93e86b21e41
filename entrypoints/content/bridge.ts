/**
 * The content script's two questions to the background, over the typed protocol of `lib/messages.ts`:
 * record this article, and which other articles mention an entity. Failures become values the card can show.
 *
 * Only the protocol's types are imported: `lib/messages.ts` also holds the zod schemas and the store handlers,
 * which would add zod and Dexie (≈ 40 KB gzip) to a script that runs on every page. The sender below keeps the
 * same contract as its `send` (typed request, `{ok, data} | {ok, error}` answer, never throws).
 */
import { browser } from 'wxt/browser';
import type { SeenIn } from '../../components/card/Card.tsx';
import type { RequestInput, Response } from '../../lib/messages.ts';
import type { ArticleReport } from '../../lib/report.ts';

/** Sends a request to the background; an unreachable or silent background becomes a `no-response` error. */
export async function send<R extends RequestInput>(request: R): Promise<Response<R['type']>> {
  const noResponse = (detail: string): Response<R['type']> => ({
    ok: false,
    error: { code: 'no-response', message: `The ChipLens background could not be reached (${detail}).` },
  });
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    const ok = answer !== null && typeof answer === 'object' ? (answer as { ok?: unknown }).ok : undefined;
    return ok === true || ok === false ? (answer as Response<R['type']>) : noResponse('no answer');
  } catch (e) {
    return noResponse(e instanceof Error ? e.message : String(e));
  }
}

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
