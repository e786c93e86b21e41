/**
 * The content script's one question to the background that changes anything: record this article. Everything
 * private (other articles, notes' text) is asked for by the extension's frame, never by the content script.
 */
import type { ArticleReport } from '../../lib/report.ts';
import { send } from '../../lib/send.ts';

export interface Background {
  /** Records the article; resolves to its stored id, or undefined when the background could not. */
  articleSeen(report: ArticleReport): Promise<number | undefined>;
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
  };
}
