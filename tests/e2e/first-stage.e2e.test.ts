// The first stage in Chromium with the built extension: on pages with nothing to find (the cost corpus in
// bench/cost-pages/, written for this project: news fronts whose menus name Apple, Google, Microsoft, Intel,
// Samsung and Amazon, reviews naming a chip maker once, encyclopedia, sports, recipes, French, Spanish, Italian and
// Dutch pages…) only the first stage runs: no annotator, no highlight, no frame, nothing stored. The annotator is
// loaded on chip articles, when the reader asks, on sites set to "always", on pages naming a watch term and on
// pages with the reader's notes.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticleReport } from '../../lib/report.ts';
import { annotate } from '../../lib/extract/index.ts';
import { Window } from 'happy-dom';
import { sketchPage } from '../../lib/dom/sketch.ts';
import { mayBeChipPage } from '../../lib/gate/prefilter.ts';
import { askScriptMatches, askTab, launchWithExtension, pageHighlights, sendToBackground, setStoredSettings, startServer, tabSummaries, waitUntil, type ExtensionBrowser, type TestServer } from './harness.ts';

const CORPUS = fileURLToPath(new URL('../../bench/cost-pages/', import.meta.url));
const CORPUS_PAGES = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
const CHIP_SAMPLES = ['de-nvidia-h20-produktionsstopp.html', 'en-amd-mi308-huawei-ascend.html', 'en-tsmc-smic-baidu-kunlun.html', 'de-china-h200-freigabe.html'];

let corpus: TestServer;
let samples: TestServer;
let browser: ExtensionBrowser;
let helper: Page;

interface Summary {
  url: string;
  stage: 'first' | 'annotator';
  decision?: string;
  state: string;
  runs: number;
  marks: number;
  articleId?: number;
  notes?: { anchored: number; orphaned: number };
}

const ask = <T>(message: object) => sendToBackground<T>(helper, message);
const summaryOf = async (url: string) => (await tabSummaries<Summary>(helper)).find((t) => t.summary.url === url)?.summary;

/** Opens `url` and waits for the first look at it (the first stage's, or the annotator's first read). */
async function visit(url: string): Promise<{ page: Page; summary: Summary }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  let s: Summary | undefined;
  await waitUntil(async () => ((s = await summaryOf(page.url()))?.runs ?? 0) > 0, 15_000, `${url} to be looked at`);
  return { page, summary: s! };
}

const setSettings = (settings: object | null) => setStoredSettings(helper, settings);

beforeAll(async () => {
  corpus = await startServer({}, { root: CORPUS });
  samples = await startServer();
  browser = await launchWithExtension();
  helper = await browser.extensionPage('options.html');
});

afterAll(async () => {
  await browser?.close();
  await corpus?.close();
  await samples?.close();
});

describe('pages with nothing to find', () => {
  it(`keep only the first stage: no annotator, no highlight, no frame, nothing stored (${CORPUS_PAGES.length} pages)`, async () => {
    expect(CORPUS_PAGES.length).toBeGreaterThanOrEqual(40);
    const before = await ask<{ articles: number }>({ type: 'stats/totals' });
    const loaded: string[] = [];
    // A few tabs at a time: each waits past the first stage's later look at a page that changed (1.5 s after its first change).
    for (let i = 0; i < CORPUS_PAGES.length; i += 6) {
      const batch = CORPUS_PAGES.slice(i, i + 6);
      const pages = await Promise.all(batch.map((file) => visit(corpus.url(`/${file}`)).then((v) => v.page)));
      await pages[0].waitForTimeout(1700);
      const all = await tabSummaries<Summary>(helper);
      for (const [j, page] of pages.entries()) {
        const s = all.find((t) => t.summary.url === page.url())?.summary;
        const highlights = await pageHighlights(page);
        const hosts = await page.locator('chiplens-ui').count();
        if (s?.stage !== 'first' || highlights.length || hosts) loaded.push(`${batch[j]}: ${s?.stage}, ${highlights.length} highlights`);
        await page.close();
      }
    }
    expect(loaded).toEqual([]);
    expect((await ask<{ articles: number }>({ type: 'stats/totals' })).articles).toBe(before.articles);
  }, 180_000);
});

/** Whether the first stage should ask the background about a corpus page: its sketch, read here, names a chip word. */
async function namesChipWord(file: string): Promise<boolean> {
  const window = new Window({ url: 'http://localhost/' });
  try {
    window.document.write(readFileSync(`${CORPUS}${file}`, 'utf8'));
    return mayBeChipPage(sketchPage(window.document as unknown as Document));
  } finally {
    await window.happyDOM.close();
  }
}

describe('pages that name no chip word', () => {
  it('keep the first stage quiet: no messaging set up, so nothing answers until the popup or the background wakes it', async () => {
    const quiet: string[] = [];
    const asking: string[] = [];
    for (const file of CORPUS_PAGES) ((await namesChipWord(file)) ? asking : quiet).push(file);
    // Most pages name no chip word; a few do (a console review, a museum of "Hopper") and ask the background.
    expect(quiet.length).toBeGreaterThanOrEqual(40);
    expect(asking.length).toBeGreaterThan(0);
    // Every page that names a chip word must ask: the first stage's quick look may not miss one.
    const files = [...quiet.slice(0, 6), ...asking];
    const pages = await Promise.all(
      files.map(async (file) => {
        const page = await browser.context.newPage();
        await page.goto(corpus.url(`/${file}`));
        return page;
      }),
    );
    await pages[0].waitForTimeout(800);
    const answering = (await tabSummaries<Summary>(helper, { wake: false })).map((t) => t.summary.url);
    expect(pages.filter((p) => answering.includes(p.url())).map((p) => p.url().split('/').pop())).toEqual(asking);
    // Woken (as the popup wakes it), a quiet first stage answers, and the page stays without the annotator.
    const woken = await tabSummaries<Summary>(helper);
    for (const page of pages) expect(woken.find((t) => t.summary.url === page.url())?.summary.stage, page.url()).toBe('first');
    for (const page of pages) await page.close();
  }, 60_000);
});

describe('the annotator is loaded', () => {
  it.each(CHIP_SAMPLES)('on the chip article %s', async (file) => {
    const { page } = await visit(samples.url(`/${file}`));
    await waitUntil(async () => (await summaryOf(page.url()))?.stage === 'annotator', 10_000, 'the annotator');
    await expect.poll(async () => (await pageHighlights(page)).length, { timeout: 10_000 }).toBeGreaterThan(5);
    await page.close();
  });

  it.each(CHIP_SAMPLES.slice(0, 2))('with the first highlights taken over, not replaced: %s', async (file) => {
    // Main world, from the start: every frame, which Highlight object each chiplens-* name holds and its size. The
    // first stage shows the first highlights before the annotator is there; the annotator must go on with the
    // same objects (no frame without them) and leave none of the early ranges it did not find itself.
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const ids = new WeakMap<object, number>();
      let next = 1;
      const seen: Record<string, number[]> = {};
      Object.defineProperty(window, '__highlightFrames', { value: seen });
      const tick = () => {
        CSS.highlights?.forEach((h, name) => {
          if (!name.startsWith('chiplens-')) return;
          if (!ids.has(h)) ids.set(h, next++);
          (seen[name] ??= []).push(h.size ? ids.get(h)! : 0);
        });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(samples.url(`/${file}`));
    await waitUntil(async () => (await summaryOf(page.url()))?.stage === 'annotator', 10_000, 'the annotator');
    await waitUntil(async () => ((await summaryOf(page.url()))?.runs ?? 0) > 0, 10_000, 'the annotator’s first read');
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => (window as unknown as { __highlightFrames: Record<string, number[]> }).__highlightFrames);
    expect(Object.keys(frames).length).toBeGreaterThan(1);
    for (const [name, list] of Object.entries(frames)) {
      const first = list.findIndex((id) => id !== 0);
      expect(first, `${name} shown`).toBeGreaterThanOrEqual(0);
      // Once shown, the same Highlight, never empty.
      expect(new Set(list.slice(first)), `${name} kept one Highlight from its first frame on`).toEqual(new Set([list[first]]));
    }
    const summary = await summaryOf(page.url());
    expect((await pageHighlights(page)).length).toBe(summary?.marks);
    await page.close();
  });

  it('on a page that renders its chip article after load, under a title that says nothing (the later look)', async () => {
    // The article of a sample, written in by the page's own script 300 ms after load, as a client-rendered site
    // does: the first look sees an empty shell; the first stage looks again once the page has changed.
    const sample = readFileSync(fileURLToPath(new URL('../../samples/en-tsmc-smic-baidu-kunlun.html', import.meta.url)), 'utf8');
    const article = /<article>([\s\S]*?)<\/article>/.exec(sample)?.[1] ?? '';
    expect(article.length).toBeGreaterThan(1000);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home</title></head><body>
      <main id="app"></main>
      <script>window.addEventListener('load', () => setTimeout(() => {
        document.getElementById('app').innerHTML = ${JSON.stringify(`<article>${article}</article>`)};
      }, 300));</script></body></html>`;
    const late = await startServer({ '/late': { body: html } });
    try {
      const { page, summary } = await visit(late.url('/late'));
      expect(summary.stage).toBe('first');
      await waitUntil(async () => (await summaryOf(page.url()))?.stage === 'annotator', 8_000, 'the annotator after the page changed');
      await expect.poll(async () => (await pageHighlights(page)).length, { timeout: 10_000 }).toBeGreaterThan(5);
      await page.close();
    } finally {
      await late.close();
    }
  });

  it('when the reader asks for a page (popup or shortcut)', async () => {
    const { page, summary } = await visit(corpus.url('/en-recipe-lentil-soup.html'));
    expect(summary.stage).toBe('first');
    const res = await askTab<Summary>(helper, page.url(), { type: 'page/annotate' });
    expect(res.ok).toBe(true);
    expect(res.data).toMatchObject({ stage: 'annotator', state: 'active' });
    await page.close();
  });

  it('on a site set to "always", and on a page naming one of the reader’s watch terms', async () => {
    await setSettings({ enabled: true, kinds: { chip: true, company: true, figure: true }, sites: { '127.0.0.1': 'always' } });
    try {
      const { page } = await visit(corpus.url('/en-sports-football-match-report.html'));
      await waitUntil(async () => (await summaryOf(page.url()))?.stage === 'annotator', 10_000, 'the annotator on an "always" site');
      await page.close();
      const sport = (await import('node:fs')).readFileSync(`${CORPUS}en-sports-football-match-report.html`, 'utf8');
      const word = /<h1[^>]*>\s*([A-Z][a-z]{4,})/.exec(sport)?.[1];
      expect(word, 'a word of the headline to watch').toBeTruthy();
      await setSettings({ enabled: true, kinds: { chip: true, company: true, figure: true }, sites: {}, watchTerms: [{ term: word, kind: 'company' }] });
      const watched = await visit(corpus.url('/en-sports-football-match-report.html'));
      await waitUntil(async () => (await summaryOf(watched.page.url()))?.stage === 'annotator', 10_000, 'the annotator for a watch term');
      await watched.page.close();
    } finally {
      await setSettings(null);
    }
  });

  it('on a site set to "always" whose page names no chip word, unasked: the ask script marks it', async () => {
    const file = 'en-sports-football-match-report.html';
    expect(await namesChipWord(file)).toBe(false);
    await setSettings({ enabled: true, kinds: { chip: true, company: true, figure: true }, sites: { '127.0.0.1': 'always' } });
    try {
      await waitUntil(async () => (await askScriptMatches(helper)).includes('*://127.0.0.1/*'), 5_000, 'the ask script on the site');
      const page = await browser.context.newPage();
      await page.goto(corpus.url(`/${file}`));
      // Nothing asks the page (no summary, no wake): the first stage must ask the background itself.
      await expect.poll(async () => (await pageHighlights(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await page.close();
    } finally {
      await setSettings(null);
    }
    await waitUntil(async () => !(await askScriptMatches(helper)).includes('*://127.0.0.1/*'), 5_000, 'the ask script off the site');
  });

  it('on an open chip page when the reader switches ChipLens back on, without a reload', async () => {
    await setSettings({ enabled: false });
    try {
      const { page, summary } = await visit(samples.url(`/${CHIP_SAMPLES[0]}`));
      expect(summary).toMatchObject({ stage: 'first', decision: 'off' });
      await setSettings({ enabled: true });
      await waitUntil(async () => (await summaryOf(page.url()))?.stage === 'annotator', 10_000, 'the annotator once ChipLens is on');
      await expect.poll(async () => (await pageHighlights(page)).length, { timeout: 10_000 }).toBeGreaterThan(5);
      await page.close();
    } finally {
      await setSettings(null);
    }
  });

  it('on a page with the reader’s notes, and the note is shown', async () => {
    const url = corpus.url('/en-travel-lisbon-three-days.html');
    const first = await visit(url);
    expect(first.summary.stage).toBe('first');
    const text = await first.page.evaluate(() => document.querySelector('main, article, body')!.textContent!.replace(/\s+/g, ' '));
    const passage = text.trim().split(' ').slice(8, 14).join(' ');
    await first.page.close();
    const { article } = await ask<{ article: { id: number } }>({
      type: 'article/seen',
      report: buildArticleReport({ url, title: 'Lisbon', lang: 'en' }, text, annotate(text, { lang: 'en' })),
    });
    await ask({ type: 'notes/add', note: { articleId: article.id, selector: { exact: passage, prefix: '', suffix: '' }, body: 'Go back in spring.' } });
    expect(await namesChipWord('en-travel-lisbon-three-days.html')).toBe(false);
    const pattern = `${new URL(url).protocol}//${new URL(url).hostname}${new URL(url).pathname}*`;
    await waitUntil(async () => (await askScriptMatches(helper)).includes(pattern), 5_000, 'the ask script on the page with notes');
    // Unasked first (no summary, no wake): the ask script alone brings the annotator and its note.
    const unasked = await browser.context.newPage();
    await unasked.goto(url);
    await expect.poll(async () => (await pageHighlights(unasked)).filter((h) => h.kind === 'note').length, { timeout: 10_000 }).toBe(1);
    await unasked.close();
    const { page } = await visit(url);
    await waitUntil(async () => (await summaryOf(page.url()))?.notes?.anchored === 1, 10_000, 'the note to be placed');
    expect((await summaryOf(page.url()))?.stage).toBe('annotator');
    expect((await pageHighlights(page)).filter((h) => h.kind === 'note').map((h) => h.text.replace(/\s+/g, ' '))).toEqual([passage]);
    await page.close();
  });
});
