/**
 * The content script's one question to the background that changes anything: record this article. Everything
 * private (other articles, notes' text) is asked for by the extension's frame, never by the content script.
 *
 * A page is recorded only as a navigation the reader can see: once it has been visible for {@link DWELL_MS} at
 * its address. A page script that moves the address (`pushState` storms, hash changes) or renders in a hidden
 * tab gets nothing stored: each move starts the clock again and only the report of the address the reader stays
 * on is sent. A hash or tracking-parameter change is the same article (the store's `cleanUrl` says so), so it
 * does not start the clock. The background adds its own per-tab cap on new articles.
 */
import { DWELL_MS, type RecordStatus } from '../../lib/record-limits.ts';
import type { ArticleReport } from '../../lib/report.ts';
import { send } from '../../lib/send.ts';
import { cleanUrl } from '../../lib/store/canonical.ts';
import { documentVisibility, VisibleTime } from './visible-time.ts';

export interface Background {
  /**
   * Records the article once the page has been seen (at once when the reader asked for it, by adding a note);
   * resolves to its stored id, or undefined when the background could not record it or the page moved to another
   * address meanwhile. A report replaced by a newer one for the same address resolves with the newer one's id.
   */
  articleSeen(report: ArticleReport, opts?: { readerAsked?: boolean }): Promise<number | undefined>;
  /** The record of the page at its current address; undefined before the first report. */
  status(): RecordStatus | undefined;
}

type Send = typeof send;

export interface BridgeOptions {
  send?: Send;
  time?: VisibleTime;
  dwellMs?: number;
}

export function backgroundBridge(opts: BridgeOptions = {}): Background {
  const sendFn = opts.send ?? send;
  const dwellMs = opts.dwellMs ?? DWELL_MS;
  // From the start: the first report after a load waits only for what is left of the dwell time.
  let time: VisibleTime | undefined = opts.time ?? (typeof document === 'undefined' ? undefined : new VisibleTime(documentVisibility(document)));
  let address: string | undefined;
  let latest = 0;
  let newest: Promise<number | undefined> = Promise.resolve(undefined);
  let current: RecordStatus | undefined;

  async function record(report: ArticleReport, at: string, ticket: number, clock: VisibleTime, readerAsked: boolean): Promise<number | undefined> {
    if (!readerAsked && clock.elapsed() < dwellMs) {
      if (current?.state !== 'recorded') current = { state: 'waiting', reason: clock.visible() ? 'dwell' : 'hidden' };
      await clock.until(dwellMs);
      // Replaced while waiting: the newer report speaks for this address; for another address, nothing.
      if (ticket !== latest) return at === address ? newest : undefined;
    }
    const res = await sendFn({ type: 'article/seen', report });
    if (at !== address) return undefined;
    if (!res.ok) {
      console.warn('ChipLens: the article was not recorded:', res.error.message);
      current = { state: 'refused', reason: res.error.code === 'rate-limited' ? 'rate-limited' : 'failed', message: res.error.message };
      return undefined;
    }
    current = { state: 'recorded' };
    return res.data.article.id;
  }

  return {
    articleSeen(report, { readerAsked = false } = {}) {
      time ??= new VisibleTime(documentVisibility(document));
      const at = cleanUrl(report.url) ?? report.url;
      if (at !== address) {
        // The first report is of the address the page loaded with, where the clock already runs.
        if (address !== undefined) time.reset();
        address = at;
        current = undefined;
      }
      newest = record(report, at, ++latest, time, readerAsked);
      return newest;
    },
    status: () => (current?.state === 'waiting' && time ? { state: 'waiting', reason: time.visible() ? 'dwell' : 'hidden' } : current),
  };
}
