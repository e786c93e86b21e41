// A page that tries to flood the store (issue: one tab wrote 60 fake articles in 27 s with pushState): every
// history.pushState with a new title of the page's choosing used to count as a new article. In Chromium with the
// built extension: the reader's data is set up first through the background, then the page runs a fast storm
// (hundreds of pushState, replaceState and hash changes within a second) and a slow one (a new address every
// 2.8 s, each long enough in view to pass the dwell time). The store may gain at most the per-tab budget of new
// articles, the reader's articles, notes and reading list stay as they were, and the popup says why the page
// was not stored.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEW_ARTICLES_PER_TAB } from '../../lib/record-limits.ts';
import type { ArticleRow, NoteRow } from '../../lib/store/types.ts';
import { launchWithExtension, sendToBackground, startServer, stopServiceWorker, tabShowing, waitUntil, type ExtensionBrowser, type TestServer } from './harness.ts';

const READER_URL = 'https://chipnotes.example/2026/h20-allocation';
const READER_TITLE = 'H20 allocation notes (reader)';
const NOTE = 'NOTE-FLOOD-1: check the allocation again';

const FLOOD_PATH = '/flood/start.html';
const FLOOD_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood start</title></head><body>
<article><h1 id="headline">Nvidia ships the H20 while AMD waits on MI308 licences</h1>
<p>Distributors say Nvidia keeps the H20 on allocation this winter. AMD says the MI308 still waits for an export
licence, and Huawei plans more Ascend 910C output next year while TSMC expects revenue to grow 12 % next quarter.</p>
<p>Buyers weigh their options before the budget rounds close.</p></article>
<script>
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const headline = document.getElementById('headline');
  window.fastStorm = async () => {
    for (let i = 0; i < 300; i++) {
      history.pushState({ i }, '', '/flood/fast/' + i + '?n=' + i);
      headline.textContent = 'Nvidia H20 fake article ' + i;
      if (i % 10 === 0) await sleep(1);
    }
    for (let i = 0; i < 30; i++) { location.hash = 'h' + i; await sleep(5); }
    history.pushState({}, '', '/flood/fast/last');
  };
  window.slowStorm = async (steps, gap, from = 0) => {
    for (let i = from; i < from + steps; i++) {
      history.pushState({ i }, '', '/flood/slow/' + i);
      headline.textContent = 'Nvidia H20 slow fake article ' + i + ' '.padEnd(2000, 'x');
      await sleep(gap);
    }
  };
</script></body></html>`;

let server: TestServer;
let browser: ExtensionBrowser;
let helper: Page;

const ask = <T>(message: object): Promise<T> => sendToBackground<T>(helper, message);

async function readerState(): Promise<unknown> {
  const notes = await ask<NoteRow[]>({ type: 'notes/list' });
  const saved = await ask<{ items: ArticleRow[] }>({ type: 'list/get', query: { scope: 'saved', state: 'all', limit: 500 } });
  const reader = await ask<{ article: ArticleRow } | null>({ type: 'article/get', url: READER_URL });
  return { notes, saved: saved.items.map((a) => ({ url: a.url, title: a.title, savedAt: a.savedAt, tags: a.tags })), reader: reader?.article };
}

async function floodArticles(): Promise<ArticleRow[]> {
  const page = await ask<{ items: ArticleRow[] }>({ type: 'list/get', query: { scope: 'seen', state: 'all', limit: 500 } });
  return page.items.filter((a) => a.url.startsWith(server.url('/flood/')));
}

beforeAll(async () => {
  server = await startServer();
  server.add(FLOOD_PATH, FLOOD_PAGE);
  browser = await launchWithExtension();
  helper = await browser.extensionPage('library.html');
  const { article } = await ask<{ article: ArticleRow }>({
    type: 'article/seen',
    report: { url: READER_URL, title: READER_TITLE, lang: 'en', entities: [], figures: [] },
  });
  await ask({ type: 'list/save', articleId: article.id });
  await ask({ type: 'list/set-tags', articleId: article.id, tags: ['flood-test'] });
  await ask({ type: 'notes/add', note: { articleId: article.id, selector: { exact: 'allocation', prefix: '', suffix: '' }, body: NOTE } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a page that fakes navigations', () => {
  it('gets at most its tab budget of new articles stored, and the reader keeps their data', async () => {
    const before = await readerState();
    const page = await browser.context.newPage();
    await page.goto(server.url(FLOOD_PATH));
    await waitUntil(async () => (await floodArticles()).length === 1, 15_000, 'the page itself to be recorded');

    // Hundreds of addresses within a second or two: only an address that stays in view for the dwell time is
    // stored (the last one, and on a busy machine one more whose hash changes went on for that long).
    const budget = NEW_ARTICLES_PER_TAB[0].max;
    await page.evaluate(() => (window as unknown as { fastStorm(): Promise<void> }).fastStorm());
    await page.waitForTimeout(4000);
    const afterFast = await floodArticles();
    expect(afterFast.length, afterFast.map((a) => a.url).join('\n')).toBeLessThanOrEqual(Math.min(3, budget));
    expect(afterFast.map((a) => a.url)).toContain(server.url('/flood/fast/last'));

    // A new address every 2.8 s, each in view long enough: the tab's budget stops it.
    await page.evaluate(([steps, gap]) => (window as unknown as { slowStorm(s: number, g: number): Promise<void> }).slowStorm(steps, gap), [budget + 3, 2800] as const);
    await page.waitForTimeout(3000);
    const stored = await floodArticles();
    expect(stored.length, stored.map((a) => a.url).join('\n')).toBeLessThanOrEqual(budget);
    expect(stored.every((a) => a.title.length <= 500)).toBe(true);
    expect(await readerState()).toEqual(before);

    // The popup says why this page is not stored.
    const tabId = await tabShowing(helper, page.url());
    expect(tabId).toBeDefined();
    const popup = await browser.extensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('[data-record="rate-limited"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('[data-record="rate-limited"]').innerText()).toContain(`${budget}`);
    await popup.close();

    // A worker that stops (as an idle one does after 30 s) does not hand the tab a fresh budget.
    await stopServiceWorker(browser.context, browser.extensionId);
    await page.evaluate(([steps, gap, from]) => (window as unknown as { slowStorm(s: number, g: number, f: number): Promise<void> }).slowStorm(steps, gap, from), [3, 2800, 100] as const);
    await page.waitForTimeout(3000);
    const afterRestart = await floodArticles();
    expect(afterRestart.length, afterRestart.map((a) => a.url).join('\n')).toBeLessThanOrEqual(budget);
    expect(await readerState()).toEqual(before);
    await page.close();
  }, 180_000);
});
