// The content script in Chromium with the built extension, on realistic article pages (site header and
// navigation, article, aside, comments with a form, footer) built at run time from the shared articles
// (../shared/fixtures/articles, third-party text that stays out of the repository) and from the project's own
// samples/, so the file never passes on nothing when the shared articles are absent.
// Asserts the marks against the extractor on the same text, an unchanged page (text and layout), the card on
// hover and on focus, cross-article "seen in", content added later or rendered by the page's own scripts, an
// unrelated page left alone, light and dark pages, and the site settings; saves screenshot-card.png (see saveScreenshot in the harness).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/extract/index.ts';
import type { Language } from '../../lib/extract/types.ts';
import { decodeEntities } from '../../lib/html-text.ts';
import { askTab, launchWithExtension, SAMPLES_DIR, saveScreenshot, sendToBackground, startServer, tabSummaries, waitUntil, type ExtensionBrowser, type TestServer } from './harness';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = resolve(ROOT, '../shared/fixtures/articles');
const FIXTURE_FILES = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort() : [];
if (!FIXTURE_FILES.length) {
  console.warn(`content.e2e: no shared articles in ${FIXTURES}; their cases are skipped, the cases on samples/ still run.`);
}

/** An article to build a page from: a headline and its paragraphs, as plain text. */
interface Source {
  slug: string;
  lang: Language;
  site: string;
  date: string;
  title: string;
  paragraphs: string[];
}

/** The text of the `<article>` element as the content script reads it: one block per line. */
const articleText = (s: Source) => [s.title, ...s.paragraphs].join('\n');

function fromFixture(file: string): Source {
  const lines = readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const lang: Language = file.startsWith('de-') ? 'de' : 'en';
  return { slug: file.replace(/\.txt$/, ''), lang, site: 'Testblatt', date: '2025-08-23T08:00:00Z', title: lines[0], paragraphs: lines.slice(1) };
}

/** Headline and paragraphs of one of the project's own sample pages (ignored and hidden parts left out). */
function fromSample(file: string, site: string, date: string): Source {
  const html = readFileSync(join(SAMPLES_DIR, file), 'utf8');
  const article = /<article>([\s\S]*?)<\/article>/.exec(html)![1]
    .replace(/<(\w+)[^>]*data-chiplens-ignore[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<div hidden[\s\S]*?<\/div>/g, '');
  const text = (h: string) => decodeEntities(h.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
  const title = text(/<h1>([\s\S]*?)<\/h1>/.exec(article)![1]);
  const paragraphs = [...article.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => text(m[1]));
  return { slug: file.replace(/\.html$/, ''), lang: file.startsWith('de-') ? 'de' : 'en', site, date, title, paragraphs };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A news page around the article. The site chrome names chips and companies on purpose (menus, ads, the
 * reader's draft, a page script), so a mark there is a bug; the comment and the aside name none, so the
 * page's text outside the article cannot change what the extractor reads in it.
 * The script at the end records the text and the layout before the content script runs (document_idle).
 */
function articlePage(s: Source, extraScript = ''): string {
  const de = s.lang === 'de';
  return `<!doctype html>
<html lang="${s.lang}">
<head>
<meta charset="utf-8">
<title>${esc(s.title)} | ${esc(s.site)}</title>
<meta property="og:title" content="${esc(s.title)}">
<meta property="og:site_name" content="${esc(s.site)}">
<meta property="article:published_time" content="${s.date}">
<link rel="stylesheet" href="/site.css">
<script>window.__tracking = { topics: ['Nvidia H20', 'Cambricon', 'AMD MI308'] };</script>
</head>
<body>
<header class="site-header">
  <a class="brand" href="/">${esc(s.site)}</a>
  <nav aria-label="${de ? 'Rubriken' : 'Sections'}"><ul>
    <li><a href="/nvidia">Nvidia</a></li><li><a href="/amd">AMD</a></li><li><a href="/h20">H20</a></li>
    <li><a href="/huawei">Huawei Ascend</a></li><li><a href="/tsmc">TSMC</a></li>
  </ul></nav>
</header>
<div class="layout">
  <main>
    <a id="skip" href="#article">${de ? 'Zum Artikel' : 'Skip to the article'}</a>
    <article id="article">
      <h1>${esc(s.title)}</h1>
${s.paragraphs.map((p) => `      <p>${esc(p)}</p>`).join('\n')}
    </article>
    <div class="ad" id="ad" data-chiplens-ignore><p>${de ? 'Anzeige' : 'Advertisement'}: Nvidia H20, AMD MI308, Cambricon, Hygon.</p></div>
    <section class="comments" id="comments">
      <h2>${de ? 'Kommentare (1)' : 'Comments (1)'}</h2>
      <article class="comment"><header>leser_42</header><p>${de ? 'Danke für die Übersicht, sehr hilfreich.' : 'Thanks for the overview, very helpful.'}</p></article>
      <form class="comment-form" action="#" method="post">
        <label for="comment">${de ? 'Kommentar zu Nvidia H20 schreiben' : 'Comment on the Nvidia H20'}</label>
        <textarea id="comment">Nvidia H20, Cambricon, Hygon</textarea>
        <button type="submit">${de ? 'Senden' : 'Post'}</button>
      </form>
      <div id="draft" contenteditable="true">Nvidia H20 und Cambricon im Entwurf</div>
    </section>
  </main>
  <aside class="related" aria-label="${de ? 'Mehr zum Thema' : 'Related'}"><h2>${de ? 'Mehr zum Thema' : 'Related'}</h2>
    <ul><li><a href="/archive">${de ? 'Archiv' : 'Archive'}</a></li></ul>
  </aside>
</div>
<footer class="site-footer"><p>© 2026 ${esc(s.site)} · Nvidia · AMD · H20 · Cambricon · TSMC</p></footer>
<script>
  window.__before = {
    text: document.body.textContent,
    inner: document.body.innerText,
    boxes: Array.from(document.querySelectorAll('article p, article h1, #comments, footer')).map((e) => {
      const r = e.getBoundingClientRect();
      return [r.top, r.left, r.width, r.height];
    }),
  };
  ${extraScript}
</script></body></html>`; // nothing after the script: the parser would add that white space to the body later
}

let server: TestServer;
let browser: ExtensionBrowser;
/** An extension page: reaches the tabs, storage and the background from the test. */
let helper: Page;

type Counts = Record<string, number>;

/** `kind:id` → number of mentions (figures by their type, as their marks' data-id). */
function countIds(items: { kind: string; id: string }[]): Counts {
  const out: Counts = {};
  for (const { kind, id } of items) out[`${kind}:${id}`] = (out[`${kind}:${id}`] ?? 0) + 1;
  return out;
}

function expectedCounts(s: Source): Counts {
  const a = annotate(articleText(s), { lang: s.lang });
  return countIds(a.mentions.map((m) => ({ kind: m.kind, id: m.kind === 'figure' ? m.value.type : m.id })));
}

/** Marks under `selector`, counted like {@link expectedCounts}. */
async function markCounts(page: Page, selector: string): Promise<Counts> {
  const items = await page.$$eval(`${selector} chiplens-mark`, (els) =>
    els.map((e) => ({ kind: e.getAttribute('data-kind') ?? '', id: e.getAttribute('data-id') ?? '' })),
  );
  return countIds(items);
}

/** Waits until the content script has finished its first run on the page (its performance measure). */
async function annotated(page: Page): Promise<{ marks: number; relevant: boolean }> {
  await page.waitForFunction(() => performance.getEntriesByName('chiplens:annotate', 'measure').length > 0, null, { timeout: 20_000 });
  return page.evaluate(() => {
    const m = performance.getEntriesByName('chiplens:annotate', 'measure')[0] as PerformanceMeasure;
    return m.detail as { marks: number; relevant: boolean };
  });
}

async function open(path: string, html?: string): Promise<Page> {
  if (html !== undefined) server.add(path, html);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(server.url(path));
  return page;
}

/** Sends a request to the background from the extension page. */
const ask = <T>(message: object): Promise<T> => sendToBackground<T>(helper, message);

interface Summary {
  url: string;
  state: string;
  decision: string;
  forced: boolean;
  marks: number;
  articleId?: number;
}

/** The content script's `page/summary` for the tab showing `url`. */
const summaryOf = async (url: string): Promise<Summary | undefined> =>
  (await tabSummaries<Summary>(helper)).find((t) => t.summary.url === url)?.summary;

async function recorded(page: Page): Promise<void> {
  await waitUntil(async () => (await summaryOf(page.url()))?.articleId !== undefined, 15_000, `${page.url()} to be recorded`);
}

async function setSettings(settings: object | null): Promise<void> {
  await helper.evaluate(async (s) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void>; remove(k: string): Promise<void> } } } };
    if (s) await chrome.storage.local.set({ settings: s });
    else await chrome.storage.local.remove('settings');
  }, settings);
}

/** The open card: its visible text, or null when it is closed. */
async function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('chiplens-card') as HTMLElement | null;
    if (!host || getComputedStyle(host).display === 'none') return null;
    return (host.shadowRoot?.querySelector('.card') as HTMLElement | null)?.innerText ?? null;
  });
}

/** The page's text and layout now, to compare with what its own script recorded before ChipLens ran. */
async function pageState(page: Page) {
  return page.evaluate(() => {
    const before = (window as unknown as { __before: { text: string; inner: string; boxes: number[][] } }).__before;
    const boxes = Array.from(document.querySelectorAll('article p, article h1, #comments, footer')).map((e) => {
      const r = e.getBoundingClientRect();
      return [r.top, r.left, r.width, r.height];
    });
    return { before, now: { text: document.body.textContent, inner: document.body.innerText, boxes } };
  });
}

const SITE_CHROME = ['header nav', 'footer', 'script', 'form', '#draft', '#ad'];

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  helper = await browser.extensionPage('options.html');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Checks that hold on every annotated article page built by {@link articlePage}. */
async function expectMarkedAsExtractorReads(page: Page, s: Source): Promise<Counts> {
  const detail = await annotated(page);
  expect(detail.relevant).toBe(true);
  const expected = expectedCounts(s);
  const got = await markCounts(page, '#article');
  // Every mention the extractor finds in the article text is marked, with its kind and id, and nothing else.
  expect(got).toEqual(expected);
  // Site chrome, scripts, forms, editable areas and ignored blocks stay unmarked.
  for (const sel of SITE_CHROME) expect(await page.locator(`${sel} chiplens-mark`).count(), sel).toBe(0);
  // Marks are keyboard stops with the documented attributes.
  const attrs = await page.$$eval('chiplens-mark', (els) => els.map((e) => [e.getAttribute('tabindex'), e.getAttribute('data-kind')]));
  for (const [tabindex, kind] of attrs) {
    expect(tabindex).toBe('0');
    expect(['chip', 'company', 'figure']).toContain(kind);
  }
  // No mark inside another.
  expect(await page.locator('chiplens-mark chiplens-mark').count()).toBe(0);
  // The text is unchanged, and nothing moved.
  const { before, now } = await pageState(page);
  expect(now.text).toBe(before.text);
  expect(now.inner).toBe(before.inner);
  expect(now.boxes).toEqual(before.boxes);
  return got;
}

// Shared articles first: the "seen in" count below depends on which articles the store has seen.
describe.skipIf(!FIXTURE_FILES.length)('on pages built from the shared articles', () => {
  const sources = FIXTURE_FILES.map(fromFixture);
  const pages = new Map<string, Page>();

  it.each(sources.map((s) => [s.slug, s] as const))('marks %s as the extractor reads it, and changes no text', async (_slug, s) => {
    const page = await open(`/shared/${s.slug}`, articlePage(s));
    pages.set(s.slug, page);
    const got = await expectMarkedAsExtractorReads(page, s);
    expect(Object.keys(got).length).toBeGreaterThan(2);
    await recorded(page);
  });

  it('marks known entities of the H20 article with their kinds and ids', async () => {
    const s = sources.find((x) => x.slug === 'de-h20-production-halt');
    if (!s) return expect(sources.map((x) => x.slug)).not.toContain('de-h20-production-halt');
    const page = pages.get(s.slug)!;
    const expected = expectedCounts(s);
    for (const key of ['chip:nvidia-h20', 'company:nvidia', 'company:cambricon', 'company:hygon', 'figure:percent', 'figure:money']) {
      expect(expected[key], key).toBeGreaterThan(0);
      expect(await page.locator(`#article chiplens-mark[data-kind="${key.split(':')[0]}"][data-id="${key.split(':')[1]}"]`).count(), key).toBe(expected[key]);
    }
    // The first figure of the article: a percentage, marked on exactly its text.
    expect(await page.locator('#article chiplens-mark[data-kind=figure][data-id=percent]').first().textContent()).toBe('9,87 %');
  });

  it('says on the card that an entity was seen in one other article, and which', async () => {
    // The last article read, and an entity it shares with exactly one article read before it.
    const last = sources[sources.length - 1];
    const idsOf = (s: Source) => new Set(annotate(articleText(s), { lang: s.lang }).mentions.flatMap((m) => (m.kind === 'figure' ? [] : [m.id])));
    const others = sources.slice(0, -1);
    const pick = [...idsOf(last)].map((id) => ({ id, in: others.filter((o) => idsOf(o).has(id)) })).find((c) => c.in.length === 1);
    expect(pick, 'two shared articles with an entity in common').toBeDefined();
    const page = pages.get(last.slug)!;
    const mark = page.locator(`#article chiplens-mark[data-id="${pick!.id}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const seenLine = last.lang === 'de' ? 'In 1 weiteren Artikel gesehen' : 'Seen in 1 other article';
    await expect.poll(() => cardText(page)).toContain(seenLine);
    const link = page.locator('chiplens-card .seen li a');
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toBe(pick!.in[0].title);
    expect(await link.getAttribute('href')).toBe(server.url(`/shared/${pick!.in[0].slug}`));
    expect(await page.locator('chiplens-card .seen li .meta').innerText()).toContain('Testblatt');
  });

  afterAll(async () => {
    for (const p of pages.values()) await p.close();
  });
});

describe('on a page built from the own samples', () => {
  const s = fromSample('en-amd-mi308-huawei-ascend.html', 'The Silicon Ledger', '2025-09-19T14:30:00Z');
  let page: Page;

  it('marks the article as the extractor reads it, and changes no text', async () => {
    page = await open('/built/amd-mi308', articlePage(s));
    const got = await expectMarkedAsExtractorReads(page, s);
    expect(got['chip:amd-mi308x']).toBeGreaterThan(0);
    expect(got['company:huawei']).toBeGreaterThan(0);
    expect(await page.locator('#article chiplens-mark[data-id="amd-mi308x"]').first().innerText()).toBe('MI308');
  });

  it('opens the card on hover with the chip facts, as a tooltip that leaves focus on the page', async () => {
    await page.locator('#skip').focus();
    const mark = page.locator('#article chiplens-mark[data-kind=chip][data-id="nvidia-h20"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect.poll(() => cardText(page)).toContain('Nvidia H20');
    const text = (await cardText(page))!;
    expect(text).toMatch(/Maker\s+Nvidia/);
    expect(text).toMatch(/Memory\s+96 GB HBM3/);
    const card = page.locator('chiplens-card');
    expect(await card.getAttribute('role')).toBe('tooltip');
    expect(await mark.getAttribute('aria-describedby')).toBe(await card.getAttribute('id'));
    // Focus did not move into the card.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip');
    // The card is in the viewport.
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1200);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // Above the page's own layers: a full-page overlay at z-index 10000 (as some news sites use) stays below it.
    const onTop = await page.evaluate(([x, y]) => {
      const overlay = document.createElement('div');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:10000;background:transparent';
      document.body.append(overlay);
      const hit = document.elementFromPoint(x, y)?.tagName;
      overlay.remove();
      return hit;
    }, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(onTop).toBe('CHIPLENS-CARD');
    // Leaving the highlight closes it.
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await mark.getAttribute('aria-describedby')).toBeNull();
  });

  it('shows a figure in plain words, in US dollars by the dated rate, and the entity it is about', async () => {
    const mark = page.locator('#article chiplens-mark[data-kind=figure][data-id=money]').first();
    expect(await mark.innerText()).toBe('$5.5 billion');
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect.poll(() => cardText(page)).toMatch(/In words\s+5\.5 billion/);
    const text = (await cardText(page))!;
    expect(text).toMatch(/About\s+Nvidia/);
    expect(text).toContain('5.5 × 10⁹');
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page)).toBeNull();
  });

  it('opens the card on keyboard focus; Tab walks the highlights, Escape closes, focus stays', async () => {
    await page.locator('#skip').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => {
      const a = document.activeElement;
      return a?.tagName === 'CHIPLENS-MARK' ? { id: a.getAttribute('data-id'), text: a.textContent, described: a.getAttribute('aria-describedby') } : null;
    });
    const first = await focused();
    // The first highlight in the article: its headline names AMD.
    expect(first).toMatchObject({ id: 'amd', text: 'AMD', described: 'chiplens-card' });
    await expect.poll(() => cardText(page)).toMatch(/^company\s+AMD\b/i);
    await page.keyboard.press('Tab');
    const second = await focused();
    expect(second?.described).toBe('chiplens-card');
    expect(second?.text).not.toBeNull();
    await expect.poll(() => cardText(page)).not.toMatch(/^company\s+AMD\b/i);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    // Escape closed the card and left the reader where they were.
    expect(await focused()).toMatchObject({ id: second!.id, text: second!.text, described: null });
    await page.close();
  });
});

describe('dynamic pages', () => {
  const s = fromSample('de-nvidia-h20-produktionsstopp.html', 'Halbleiter-Kurier', '2025-08-23T08:00:00Z');
  // The page's own script: two paragraphs arrive 700 ms after load, as on a client-rendered page.
  const late = `
    window.addEventListener('load', () => setTimeout(() => {
      const article = document.getElementById('article');
      for (const [id, text] of [
        ['late-1', 'Nachtrag: Cambricon meldete am Abend einen Umsatzsprung, Hygon hielt sich bedeckt.'],
        ['late-2', 'Huawei will die Produktion des Ascend 910C im kommenden Jahr verdoppeln.'],
      ]) {
        const p = document.createElement('p');
        p.id = id;
        p.textContent = text;
        article.append(p);
      }
    }, 700));`;

  it('marks paragraphs added after load, and restores marks the page re-rendered away', async () => {
    const page = await open('/built/dynamic', articlePage(s, late));
    await annotated(page);
    await page.locator('#late-1 chiplens-mark').first().waitFor({ timeout: 10_000 });
    await page.locator('#late-2 chiplens-mark').first().waitFor({ timeout: 10_000 });
    expect(await page.$$eval('#late-1 chiplens-mark', (els) => els.map((e) => `${e.getAttribute('data-id')}=${e.textContent}`))).toEqual([
      'cambricon=Cambricon',
      'hygon=Hygon',
    ]);
    expect(await page.$$eval('#late-2 chiplens-mark', (els) => els.map((e) => e.getAttribute('data-id')))).toEqual(
      expect.arrayContaining(['huawei-ascend-910c']),
    );

    // A page script renders a paragraph again from its text (as frameworks do): the marks in it are gone.
    await page.locator('#article p:has(chiplens-mark)').first().evaluate((p) => (p.id = 'rerendered'));
    const target = page.locator('#rerendered');
    const before = await target.evaluate((p) => ({ html: p.innerHTML, marks: p.querySelectorAll('chiplens-mark').length }));
    expect(before.marks).toBeGreaterThan(0);
    // The card is open on one of them when that happens.
    await target.locator('chiplens-mark').first().scrollIntoViewIfNeeded();
    await target.locator('chiplens-mark').first().hover();
    await expect.poll(() => cardText(page)).not.toBeNull();
    await target.evaluate((p) => {
      p.textContent = p.textContent;
    });
    expect(await target.locator('chiplens-mark').count()).toBe(0);
    // ChipLens puts them back, once, in the same places.
    await expect.poll(() => target.locator('chiplens-mark').count(), { timeout: 5000 }).toBe(before.marks);
    expect(await target.evaluate((p) => p.innerHTML)).toBe(before.html);
    expect(await page.locator('chiplens-mark chiplens-mark').count()).toBe(0);
    // A card whose highlight left the page does not stay behind, pointing at nothing: it is closed, or open
    // for a highlight in the page (the restored one under the pointer).
    const cardState = () =>
      page.evaluate(() => {
        const host = document.querySelector('chiplens-card') as HTMLElement;
        const open = getComputedStyle(host).display !== 'none';
        return open ? (document.querySelector('chiplens-mark[aria-describedby="chiplens-card"]')?.textContent ?? 'detached') : 'closed';
      });
    await page.waitForTimeout(500);
    expect(await cardState()).not.toBe('detached');
    // The page replaces the paragraph under the open card with one that names nothing.
    await page.mouse.move(5, 5);
    await expect.poll(() => cardState()).toBe('closed');
    const gone = page.locator('#late-1 chiplens-mark').first();
    await gone.scrollIntoViewIfNeeded();
    await gone.hover();
    await expect.poll(() => cardState()).toBe('Cambricon');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'This comment was removed by the editors. '.repeat(4);
      document.getElementById('late-1')!.replaceWith(p);
    });
    await expect.poll(() => cardState()).toBe('closed');
    await page.close();
  });
});

describe('the reader typing', () => {
  const s = fromSample('en-amd-mi308-huawei-ascend.html', 'The Silicon Ledger', '2025-09-19T14:30:00Z');

  it('leaves what the reader types in an editable area alone', async () => {
    const page = await open('/built/typing', articlePage(s));
    await annotated(page);
    const draft = page.locator('#draft');
    await draft.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Also: Nvidia H20 and Cambricon at 9.87 %.');
    // Longer than the watcher's debounce.
    await page.waitForTimeout(1000);
    expect(await draft.locator('chiplens-mark').count()).toBe(0);
    expect(await draft.innerText()).toBe('Nvidia H20 und Cambricon im Entwurf Also: Nvidia H20 and Cambricon at 9.87 %.');
    // The caret stayed in the draft.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft');
    await page.close();
  });
});

describe('a client-rendered page', () => {
  const s = fromSample('en-tsmc-smic-baidu-kunlun.html', 'The Silicon Ledger', '2025-10-02T09:00:00Z');
  // The article arrives after ChipLens has read the (empty) page, as on a single-page site.
  const render = `
    const template = document.getElementById('article');
    const held = template.innerHTML;
    template.innerHTML = '';
    window.addEventListener('load', () => setTimeout(() => { template.innerHTML = held; }, 400));`;

  it('marks the article once it is rendered, as the extractor reads it', async () => {
    const page = await open('/built/client-rendered', articlePage(s, render));
    const first = await annotated(page);
    expect(first.marks).toBe(0);
    await page.locator('#article chiplens-mark').first().waitFor({ timeout: 10_000 });
    await expect.poll(() => markCounts(page, '#article'), { timeout: 10_000 }).toEqual(expectedCounts(s));
    await page.close();
  });
});

describe('a single-page site', () => {
  const first = fromSample('en-amd-mi308-huawei-ascend.html', 'The Silicon Ledger', '2025-09-19T14:30:00Z');
  const next = fromSample('en-tsmc-smic-baidu-kunlun.html', 'The Silicon Ledger', '2025-10-02T09:00:00Z');

  it('records the next article under its own address when the site navigates and then renders it', async () => {
    const page = await open('/spa/first', articlePage(first));
    await annotated(page);
    await recorded(page);
    // As a client router does: the address changes first, the new article arrives when its data has loaded.
    const nextHtml = `<h1>${esc(next.title)}</h1>` + next.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
    await page.evaluate((html) => {
      history.pushState({}, '', '/spa/next');
      document.title = 'Loading…';
      setTimeout(() => {
        document.getElementById('article')!.innerHTML = html;
        document.title = document.querySelector('h1')!.textContent!;
        document.querySelector('meta[property="og:title"]')!.setAttribute('content', document.title);
      }, 600);
    }, nextHtml);
    const nextUrl = server.url('/spa/next');
    await waitUntil(async () => (await summaryOf(nextUrl))?.articleId !== undefined, 15_000, 'the next article to be recorded');
    // The store holds the new article under the new address (not the previous one, read before it arrived).
    const storedTitle = async () => {
      const list = await ask<{ items: { url: string; title: string }[] }>({ type: 'list/get', query: { scope: 'seen', limit: 500 } });
      return list.items.find((a) => a.url === nextUrl)?.title;
    };
    await expect.poll(storedTitle, { timeout: 10_000 }).toBe(next.title);
    // Its marks are those of the new article.
    await expect.poll(() => markCounts(page, '#article')).toEqual(expectedCounts(next));
    await page.close();
  });
});

describe('light and dark pages', () => {
  const s = fromSample('en-amd-mi308-huawei-ascend.html', 'The Silicon Ledger', '2025-09-19T14:30:00Z');
  const chipStyle = async (page: Page) => {
    const mark = page.locator('#article chiplens-mark[data-kind=chip]').first();
    const style = await mark.evaluate((m) => getComputedStyle(m).textDecorationColor);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect.poll(() => cardText(page)).not.toBeNull();
    const card = await page.evaluate(() => getComputedStyle(document.querySelector('chiplens-card')!.shadowRoot!.querySelector('.card')!).backgroundColor);
    return { style, card };
  };

  it('uses lighter highlight colours and a dark card on a dark page', async () => {
    const light = await open('/built/light', articlePage(s));
    await annotated(light);
    expect(await chipStyle(light)).toEqual({ style: 'rgb(0, 114, 178)', card: 'rgb(255, 255, 255)' });
    await light.close();
    const dark = await open('/built/dark', articlePage(s, "document.body.style.background = '#15171c'; document.body.style.color = '#e6e6e6';"));
    await annotated(dark);
    expect(await chipStyle(dark)).toEqual({ style: 'rgb(86, 180, 233)', card: 'rgb(31, 34, 39)' });
    await dark.close();
  });
});

describe('an unrelated page', () => {
  it('leaves a crisps review untouched and stores nothing', async () => {
    const totals = () => ask<{ articles: number }>({ type: 'stats/totals' });
    const storedBefore = (await totals()).articles;
    const page = await open('/en-crisps-taste-test.html');
    const detail = await annotated(page);
    expect(detail.relevant).toBe(false);
    expect(detail.marks).toBe(0);
    expect(await page.locator('chiplens-mark').count()).toBe(0);
    // Not even a stylesheet was added.
    expect(await page.locator('[data-chiplens-ui]').count()).toBe(0);
    expect((await summaryOf(page.url()))?.state).toBe('idle');
    // Give a report that should not exist the time a real one takes, then look in the store.
    await page.waitForTimeout(500);
    expect((await totals()).articles).toBe(storedBefore);
    const list = await ask<{ items: { url: string }[] }>({ type: 'list/get', query: { scope: 'seen', limit: 500 } });
    expect(list.items.map((a) => a.url)).not.toContain(page.url());

    // The reader asks for it anyway (popup or keyboard command): now it is marked.
    const forced = (await askTab<Summary>(helper, page.url(), { type: 'page/annotate' })).data;
    expect(forced).toMatchObject({ forced: true, state: 'active' });
    expect(forced!.marks).toBeGreaterThan(0);
    expect(await page.locator('chiplens-mark[data-kind=figure]').count()).toBe(forced!.marks);
    await page.close();
  });
});

describe('settings', () => {
  afterAll(() => setSettings(null));

  it('removes the marks of a kind switched off, and all marks when the site is set to "never"', async () => {
    const page = await open('/de-nvidia-h20-produktionsstopp.html');
    await annotated(page);
    const marks = (sel = '') => page.locator(`chiplens-mark${sel}`).count();
    expect(await marks('[data-kind=figure]')).toBeGreaterThan(0);
    const chips = await marks('[data-kind=chip]');
    expect(chips).toBeGreaterThan(0);
    const text = await page.evaluate(() => document.body.textContent);

    await setSettings({ enabled: true, kinds: { chip: true, company: true, figure: false }, sites: {} });
    await expect.poll(() => marks('[data-kind=figure]')).toBe(0);
    expect(await marks('[data-kind=chip]')).toBe(chips);

    await setSettings({ enabled: true, kinds: { chip: true, company: true, figure: true }, sites: { '127.0.0.1': 'never' } });
    await expect.poll(() => marks()).toBe(0);
    expect(await page.locator('[data-chiplens-ui]:not(chiplens-card)').count()).toBe(0);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    expect((await summaryOf(page.url()))?.decision).toBe('off');

    // Back to following the relevance gate: the marks return.
    await setSettings(null);
    await expect.poll(() => marks('[data-kind=chip]')).toBe(chips);
    expect(await marks('[data-kind=figure]')).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    await page.close();
  });
});

// A profile of its own, so the card's "seen in" list names only the project's own sample articles.
describe('screenshot', () => {
  let own: ExtensionBrowser;
  beforeAll(async () => {
    own = await launchWithExtension();
  });
  afterAll(() => own?.close());

  it('saves a highlighted page with an open card for the README', async () => {
    const visit = async (path: string) => {
      const page = await own.context.newPage();
      await page.setViewportSize({ width: 1200, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(server.url(path));
      await annotated(page);
      return page;
    };
    const earlier = await visit('/de-nvidia-h20-produktionsstopp.html');
    const page = await visit('/en-amd-mi308-huawei-ascend.html');
    const mark = page.locator('article chiplens-mark[data-kind=chip][data-id="nvidia-h20"]').first();
    // The highlight in the upper third, so the card opens below it with the article around it.
    await mark.evaluate((m) => window.scrollTo(0, m.getBoundingClientRect().top + window.scrollY - 220));
    // The earlier article is in the store before the card asks for it.
    await expect
      .poll(async () => {
        await page.mouse.move(5, 5);
        await expect.poll(() => cardText(page)).toBeNull();
        await mark.hover();
        await expect.poll(() => cardText(page)).not.toMatch(/Looking for other articles/);
        return cardText(page);
      }, { timeout: 15_000 })
      .toContain('Seen in 1 other article');
    expect(await cardText(page)).toContain('Nvidia stoppt H20-Fertigung');
    await saveScreenshot(page, 'screenshot-card.png');
    await earlier.close();
    await page.close();
  });
});
