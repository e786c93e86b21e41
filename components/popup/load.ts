/**
 * Everything the popup shows about its tab, gathered in one pass: the tab, whether extensions may touch it,
 * the content script's summary and the stored article. The store's totals are not awaited here: counting a
 * large store takes longer than everything else together (about 100 ms at 10,000 articles, most of it counting
 * the figures), and only the welcome line for a new reader needs them.
 */
import type { PageSummary } from '../../lib/page-protocol.ts';
import { DWELL_MS } from '../../lib/record-limits.ts';
import type { ArticleDetail } from '../../lib/store/types.ts';
import { pageSummary } from '../../lib/send.ts';
import { closedReason, targetTab, type Closed, type Tab } from '../ui/page.ts';
import { request } from '../ui/rpc.ts';

export type PopupData =
  | { view: 'no-tab' }
  | { view: 'closed'; reason: Closed; url?: string }
  | {
      view: 'page';
      tab: Tab & { id: number };
      url?: string;
      /** Null when no content script answers in the tab. */
      summary: PageSummary | null;
      /** The stored article, when the page is one. */
      detail: ArticleDetail | null;
    };

/**
 * How long to wait for the content script to get the article recorded when the popup opens just after load:
 * a page is recorded once it has been in view for `DWELL_MS`.
 */
const RECORD_WAIT_MS = DWELL_MS + 500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The content script's summary. An annotated page reports itself to the store a moment after its marks
 * appear; when the popup is opened in that moment, ask again briefly so the article's context is there.
 */
export async function settledSummary(tabId: number, waitMs = RECORD_WAIT_MS): Promise<PageSummary | null> {
  const deadline = Date.now() + waitMs;
  let s = await pageSummary(tabId);
  while (s && s.state === 'active' && s.articleId === undefined && s.entities.length > 0 && s.record?.state !== 'refused' && Date.now() < deadline) {
    await sleep(150);
    s = await pageSummary(tabId);
  }
  return s;
}

/** A tab still loading gets its content script at the end of the load: wait for it a little. */
async function loadedSummary(tabId: number, waitMs = 3000): Promise<PageSummary | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const s = await settledSummary(tabId);
    if (s || Date.now() > deadline) return s;
    await sleep(200);
  }
}

export async function loadPopup(search: string): Promise<PopupData> {
  const tab = await targetTab(search);
  if (!tab || tab.id === undefined) return { view: 'no-tab' };
  const closed = closedReason(tab.url);
  if (closed) return { view: 'closed', reason: closed, url: tab.url };
  const summary = tab.status === 'loading' ? await loadedSummary(tab.id) : await settledSummary(tab.id);
  // No address and no content script: a page closed to extensions (see `Closed`).
  if (!summary && !tab.url) return { view: 'closed', reason: 'hidden' };
  const url = summary?.url ?? tab.url;
  let detail: ArticleDetail | null = null;
  if (summary?.articleId !== undefined || url) {
    const res = await request(
      summary?.articleId !== undefined ? { type: 'article/get', articleId: summary.articleId } : { type: 'article/get', url: url! },
    );
    // Not stored, or stored under another address: the page view copes without it.
    if (res.ok) detail = res.data;
  }
  return { view: 'page', tab: tab as Tab & { id: number }, url, summary, detail };
}
