// The store inside the real service worker: messages from an extension page are validated and answered through
// sendResponse, data lands in Chromium's IndexedDB, and survives the worker being stopped and woken again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyResponse } from '../../lib/messages.ts';
import type { ArticleReport } from '../../lib/report.ts';
import { isServiceWorkerRunning, launchWithExtension, stopServiceWorker, waitUntil, type ExtensionBrowser } from './harness.ts';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.extensionPage('popup.html');
});

afterAll(async () => {
  await browser?.close();
});

/** Sends one message from the extension page, exactly as the UI does, and returns the raw answer. */
function ask(message: unknown): Promise<AnyResponse> {
  return page.evaluate((m) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage(m);
  }, message) as Promise<AnyResponse>;
}

function data<T>(res: AnyResponse): T {
  if (!res?.ok) throw new Error(`expected ok, got ${JSON.stringify(res)}`);
  return res.data as T;
}

const quote = (exact: string) => ({ exact, prefix: 'context before ', suffix: ' context after' });

function articleReport(slug: string, publishedAt: string, price: number): ArticleReport {
  return {
    url: `https://news.example/${slug}?utm_source=feed`,
    title: `Article ${slug}`,
    site: 'news.example',
    lang: 'de',
    publishedAt,
    entities: [
      { id: 'nvidia-h20', kind: 'chip', name: 'Nvidia H20', count: 3, quote: quote('H20'), start: 120 },
      { id: 'nvidia', kind: 'company', name: 'Nvidia', count: 1, quote: quote('Nvidia'), start: 10 },
    ],
    figures: [{ value: { type: 'money', amount: price, currency: 'USD' }, about: 'nvidia-h20', quote: quote(`${price} Dollar`), start: 200 }],
  };
}

describe('store in the service worker', () => {
  let first: number;

  it('records visited articles through article/seen', async () => {
    const a = data<{ article: { id: number; url: string }; created: boolean }>(
      await ask({ type: 'article/seen', report: articleReport('h20-exports', '2026-03-01T08:00:00Z', 12_000) }),
    );
    expect(a.created).toBe(true);
    expect(a.article.url).toBe('https://news.example/h20-exports');
    first = a.article.id;
    const b = data<{ created: boolean }>(await ask({ type: 'article/seen', report: articleReport('h20-prices', '2026-04-01T08:00:00Z', 10_000) }));
    expect(b.created).toBe(true);
  });

  it('answers malformed and unknown messages with errors and writes nothing', async () => {
    expect(await ask({ type: 'article/seen', report: { url: 42 } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await ask({ type: 'no/such-thing' })).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(await ask({ type: 'data/wipe' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(data<{ articles: number }>(await ask({ type: 'stats/totals' })).articles).toBe(2);
  });

  it('still has the data after the worker is stopped and woken by a message', async () => {
    const { context, extensionId } = browser;
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => {
      (globalThis as { storeTestMarker?: string }).storeTestMarker = 'old instance';
    });
    await stopServiceWorker(context, extensionId);
    expect(await isServiceWorkerRunning(context, extensionId)).toBe(false);

    // This message wakes a fresh worker, which must open the database again to answer it.
    const ctx = data<{ total: number; items: { article: { id: number; url: string; title: string }; count: number; quote: { exact: string } }[] }>(
      await ask({ type: 'entity/context', entityId: 'nvidia-h20', excludeArticleId: first }),
    );
    expect(ctx.total).toBe(1);
    expect(ctx.items.map((i) => i.article.url)).toEqual(['https://news.example/h20-prices']);
    expect(ctx.items[0]).toMatchObject({ count: 3, quote: { exact: 'H20' } });

    await waitUntil(() => isServiceWorkerRunning(context, extensionId), 10_000, 'the worker to run');
    const fresh = await browser.serviceWorker();
    expect(await fresh.evaluate(() => (globalThis as { storeTestMarker?: string }).storeTestMarker ?? 'fresh')).toBe('fresh');

    const timeline = data<{ value: { amount: number } }[]>(await ask({ type: 'entity/timeline', entityId: 'nvidia-h20' }));
    expect(timeline.map((p) => p.value.amount)).toEqual([12_000, 10_000]);
    const all = data<{ total: number }>(await ask({ type: 'entity/context', entityId: 'nvidia-h20' }));
    expect(all.total).toBe(2);
  });

  it('keeps reading-list state across a restart and a revisit', async () => {
    data(await ask({ type: 'list/save', articleId: first }));
    data(await ask({ type: 'notes/add', note: { articleId: first, selector: quote('H20'), body: 'check price' } }));
    await stopServiceWorker(browser.context, browser.extensionId);
    const again = data<{ created: boolean; article: { savedAt?: number } }>(
      await ask({ type: 'article/seen', report: articleReport('h20-exports', '2026-03-01T08:00:00Z', 12_500) }),
    );
    expect(again.created).toBe(false);
    expect(again.article.savedAt).toBeGreaterThan(0);
    const notes = data<{ body: string }[]>(await ask({ type: 'notes/list', articleId: first }));
    expect(notes.map((n) => n.body)).toEqual(['check price']);
    expect(data<{ articles: number; saved: number; notes: number }>(await ask({ type: 'stats/totals' }))).toMatchObject({ articles: 2, saved: 1, notes: 1 });
  });
});
