// The content script in Chromium with the built extension, on realistic article pages (site header and
// navigation, article, aside, comments with a form, footer) built at run time from the shared articles
// (../shared/fixtures/articles, third-party text that stays out of the repository) and from the project's own
// samples/, so the file never passes on nothing when the shared articles are absent.
// Asserts the highlight ranges (CSS.highlights) against the extractor on the same text, an unchanged page (DOM,
// text and layout), the card on a real hover and from the keyboard, cross-article "seen in", content added later
// or rendered by the page's own scripts, an unrelated page left alone, light and dark pages, and the site
// settings; saves screenshot-card.png (see saveScreenshot in the harness).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/extract/index.ts';
import type { Language } from '../../lib/extract/types.ts';
import { decodeEntities } from '../../lib/html-text.ts';
import {
  askTab,
  cardText,
  chiplensFrame,
  frameShown,
  hoverHighlight,
  launchWithExtension,
  pageHighlights,
  SAMPLES_DIR,
  saveScreenshot,
  sendToBackground,
  setStoredSettings,
  startServer,
  tabSummaries,
  waitUntil,
  type ExtensionBrowser,
  type TestServer,
} from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, '..', 'shared', 'fixtures', 'articles');
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
    html: document.body.innerHTML,
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

/** `kind:text` → number of mentions. */
function countKeys(items: { kind: string; text: string }[]): Counts {
  const out: Counts = {};
  for (const { kind, text } of items) out[`${kind}:${text}`] = (out[`${kind}:${text}`] ?? 0) + 1;
  return out;
}

function expectedCounts(s: Source): Counts {
  return countKeys(annotate(articleText(s), { lang: s.lang }).mentions);
}

/** Highlight ranges inside `selector`, counted like {@link expectedCounts}. */
async function markCounts(page: Page, selector: string): Promise<Counts> {
  return countKeys(await pageHighlights(page, selector));
}

interface Summary {
  url: string;
  state: string;
  decision: string;
  forced: boolean;
  relevant: boolean;
  runs: number;
  marks: number;
  counts: { chip: number; company: number; figure: number };
  articleId?: number;
}

/** The content script's `page/summary` for the tab showing `url`. */
const summaryOf = async (url: string): Promise<Summary | undefined> =>
  (await tabSummaries<Summary>(helper)).find((t) => t.summary.url === url)?.summary;

/** Waits until the content script has finished its first read of the page; its summary then. */
async function annotated(page: Page): Promise<Summary> {
  let s: Summary | undefined;
  await waitUntil(async () => ((s = await summaryOf(page.url()))?.runs ?? 0) > 0, 20_000, `${page.url()} to be read`);
  return s!;
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

async function recorded(page: Page): Promise<void> {
  await waitUntil(async () => (await summaryOf(page.url()))?.articleId !== undefined, 15_000, `${page.url()} to be recorded`);
}

const setSettings = (settings: object | null) => setStoredSettings(helper, settings);

/** The page's DOM, text and layout now, to compare with what its own script recorded before ChipLens ran. */
async function pageState(page: Page) {
  return page.evaluate(() => {
    const before = (window as unknown as { __before: { html: string; text: string; inner: string; boxes: number[][] } }).__before;
    const boxes = Array.from(document.querySelectorAll('article p, article h1, #comments, footer')).map((e) => {
      const r = e.getBoundingClientRect();
      return [r.top, r.left, r.width, r.height];
    });
    return { before, now: { html: document.body.innerHTML, text: document.body.textContent, inner: document.body.innerText, boxes } };
  });
}

/** The highlight stylesheet ChipLens adopted into the page, as text ('' when there is none). */
const highlightCss = (page: Page) =>
  page.evaluate(() => document.adoptedStyleSheets.flatMap((sh) => Array.from(sh.cssRules, (r) => r.cssText)).filter((t) => t.includes('chiplens')).join('\n'));

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
  const summary = await annotated(page);
  expect(summary.relevant).toBe(true);
  const expected = expectedCounts(s);
  // Every mention the extractor finds in the article text is highlighted, with its kind, and nothing else.
  await expect.poll(() => markCounts(page, '#article')).toEqual(expected);
  const all = await pageHighlights(page);
  expect(all.length).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
  // Site chrome, scripts, forms, editable areas and ignored blocks have none.
  for (const sel of SITE_CHROME) expect(await pageHighlights(page, sel), sel).toEqual([]);
  // The page itself is as it was: the same DOM, text and layout; ChipLens added no element at all.
  const { before, now } = await pageState(page);
  expect(now.html).toBe(before.html);
  expect(now.text).toBe(before.text);
  expect(now.inner).toBe(before.inner);
  expect(now.boxes).toEqual(before.boxes);
  expect(await page.locator('chiplens-ui').count()).toBe(0);
  // Nothing of ChipLens in the page's performance timeline.
  expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.includes('chiplens')).length)).toBe(0);
  return expected;
}

// Shared articles first: the "seen in" count below depends on which articles the store has seen.
describe.skipIf(!FIXTURE_FILES.length)('on pages built from the shared articles', () => {
  const sources = FIXTURE_FILES.map(fromFixture);
  const pages = new Map<string, Page>();

  it.each(sources.map((s) => [s.slug, s] as const))('highlights %s as the extractor reads it, and changes nothing in the page', async (_slug, s) => {
    const page = await open(`/shared/${s.slug}`, articlePage(s));
    pages.set(s.slug, page);
    const got = await expectMarkedAsExtractorReads(page, s);
    expect(Object.keys(got).length).toBeGreaterThan(2);
    await recorded(page);
  });

  it('highlights the known entities and figures of the H20 article with their kinds', async () => {
    const s = sources.find((x) => x.slug === 'de-h20-production-halt');
    if (!s) return expect(sources.map((x) => x.slug)).not.toContain('de-h20-production-halt');
    const page = pages.get(s.slug)!;
    const got = await markCounts(page, '#article');
    for (const key of ['chip:H20', 'company:Nvidia', 'company:Cambricon', 'company:Hygon']) expect(got[key], key).toBeGreaterThan(0);
    // The first figure of the article: a percentage, highlighted on exactly its text.
    expect((await pageHighlights(page, '#article')).find((h) => h.kind === 'figure' && h.text.includes('%'))?.text).toBe('9,87 %');
  });

  it('says on the card that an entity was seen in one other article, and which', async () => {
    // The last article read, and an entity it shares with exactly one article read before it.
    const last = sources[sources.length - 1];
    const mentionsOf = (s: Source) => annotate(articleText(s), { lang: s.lang }).mentions.flatMap((m) => (m.kind === 'figure' ? [] : [m]));
    const others = sources.slice(0, -1);
    const pick = mentionsOf(last)
      .map((m) => ({ m, in: others.filter((o) => mentionsOf(o).some((x) => x.id === m.id)) }))
      .find((c) => c.in.length === 1);
    expect(pick, 'two shared articles with an entity in common').toBeDefined();
    const page = pages.get(last.slug)!;
    await page.bringToFront();
    expect(await hoverHighlight(page, pick!.m.kind, pick!.m.text)).toBe(true);
    // The card speaks the reader's language (options; the browser's English here), whatever the page's.
    const seenLine = 'Seen in 1 other article';
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain(seenLine);
    const frame = chiplensFrame(page)!;
    const link = frame.locator('.seen li a');
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toBe(pick!.in[0].title);
    expect(await link.getAttribute('href')).toBe(server.url(`/shared/${pick!.in[0].slug}`));
    expect(await frame.locator('.seen li .meta').innerText()).toContain('Testblatt');
    // None of it is in the page: the frame is an extension page behind a closed shadow root.
    expect(await page.content()).not.toContain(pick!.in[0].title);
  });

  afterAll(async () => {
    for (const p of pages.values()) await p.close();
  });
});

describe('on a page built from the own samples', () => {
  const s = fromSample('en-amd-mi308-huawei-ascend.html', 'The Silicon Ledger', '2025-09-19T14:30:00Z');
  let page: Page;

  it('highlights the article as the extractor reads it, and changes nothing in the page', async () => {
    page = await open('/built/amd-mi308', articlePage(s));
    const got = await expectMarkedAsExtractorReads(page, s);
    expect(got['chip:MI308']).toBeGreaterThan(0);
    expect(got['company:Huawei']).toBeGreaterThan(0);
  });

  it('opens the card on a real hover with the chip facts, leaving focus on the page', async () => {
    await page.locator('#skip').focus();
    expect(await hoverHighlight(page, 'chip', 'H20')).toBe(true);
    await expect.poll(() => cardText(page)).toContain('Nvidia H20');
    const text = (await cardText(page))!;
    expect(text).toMatch(/Maker\s+Nvidia/);
    expect(text).toMatch(/Memory\s+96 GB HBM3/);
    // The one element ChipLens adds, at the end of <html>; focus did not move into it.
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.tagName)).toBe('CHIPLENS-UI');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip');
    // The card is in the viewport.
    const box = (await page.locator('chiplens-ui').boundingBox())!;
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
    expect(onTop).toBe('CHIPLENS-UI');
    // The pointer can move into the card (its links are there) and the card stays.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(500);
    expect(await cardText(page)).toContain('Nvidia H20');
    // Leaving both closes it.
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(() => cardText(page)).toBeNull();
  });

  it('shows a figure in plain words, in US dollars by the dated rate, and the entity it is about', async () => {
    expect(await hoverHighlight(page, 'figure', '$5.5 billion')).toBe(true);
    await expect.poll(() => cardText(page)).toMatch(/In words\s+5\.5 billion/);
    const text = (await cardText(page))!;
    expect(text).toMatch(/About\s+Nvidia/);
    expect(text).toContain('5.5 × 10⁹');
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page)).toBeNull();
  });

  it('steps through highlights with Alt+Shift+J/K, focus in the card; Escape returns focus; highlights are no tab stops', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#skip').focus();
    // Tab goes from the skip link to the next control of the page itself, past every highlight.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment');
    await page.locator('#skip').focus();
    await page.keyboard.press('Alt+Shift+J');
    // The first highlight of the article: its headline names AMD.
    await expect.poll(() => cardText(page)).toMatch(/^company\s+AMD\b/i);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CHIPLENS-UI');
    const frame = chiplensFrame(page)!;
    await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
    expect(await page.locator('chiplens-ui').evaluate((h) => h.shadowRoot)).toBeNull();
    // The current highlight is marked for the eye too.
    expect((await pageHighlights(page)).filter((h) => h.kind === 'current').map((h) => h.text)).toEqual(['AMD']);
    // The next one, from inside the card.
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => cardText(page)).not.toMatch(/^company\s+AMD\b/i);
    expect(await cardText(page)).not.toBeNull();
    await page.keyboard.press('Alt+Shift+K');
    await expect.poll(() => cardText(page)).toMatch(/^company\s+AMD\b/i);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip');
    expect((await pageHighlights(page)).filter((h) => h.kind === 'current')).toEqual([]);
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

  it('highlights paragraphs added after load, and follows a page that re-renders its text', async () => {
    const page = await open('/built/dynamic', articlePage(s, late));
    await annotated(page);
    const inBlock = async (id: string) => (await pageHighlights(page, `#${id}`)).map((h) => `${h.kind}:${h.text}`);
    await expect.poll(() => inBlock('late-1'), { timeout: 10_000 }).toEqual(['company:Cambricon', 'company:Hygon']);
    await expect.poll(() => inBlock('late-2'), { timeout: 10_000 }).toEqual(expect.arrayContaining(['chip:Ascend 910C']));

    // A page script renders a paragraph again from its text (as frameworks do): its text nodes are replaced.
    const target = page.locator('#article p').nth(1);
    await target.evaluate((p) => (p.id = 'rerendered'));
    const before = await inBlock('rerendered');
    expect(before.length).toBeGreaterThan(0);
    const html = await target.evaluate((p) => p.innerHTML);
    // The card is open on one of them when that happens.
    const first = (await pageHighlights(page, '#rerendered'))[0];
    expect(await hoverHighlight(page, first.kind, first.text, 0, '#rerendered')).toBe(true);
    await expect.poll(() => cardText(page)).not.toBeNull();
    await target.evaluate((p) => {
      p.textContent = p.textContent;
    });
    // ChipLens reads it again: the same highlights, once, in the same places; a card for a range that went away closes.
    await expect.poll(() => inBlock('rerendered'), { timeout: 5000 }).toEqual(before);
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await target.evaluate((p) => p.innerHTML)).toBe(html);
    // A ticker that keeps rewriting one text node never duplicates or loses text, and its highlights follow it.
    await page.evaluate(() => {
      const p = document.getElementById('late-2')!;
      let i = 0;
      const names = ['Cambricon', 'Hygon', 'Nvidia'];
      const timer = setInterval(() => {
        (p.firstChild as Text).data = `Kurs: ${names[i++ % 3]} im Plus.`;
        if (i === 12) clearInterval(timer);
      }, 50);
    });
    await page.waitForTimeout(1800);
    expect(await page.locator('#late-2').innerText()).toBe('Kurs: Nvidia im Plus.');
    await expect.poll(() => inBlock('late-2'), { timeout: 5000 }).toEqual(['company:Nvidia']);
    // The page replaces the paragraph under an open card with one that names nothing: the card closes.
    expect(await hoverHighlight(page, 'company', 'Cambricon', 0, '#late-1')).toBe(true);
    await expect.poll(() => cardText(page)).toContain('Cambricon');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'This comment was removed by the editors. '.repeat(4);
      document.getElementById('late-1')!.replaceWith(p);
    });
    await expect.poll(() => cardText(page)).toBeNull();
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
    expect(await pageHighlights(page, '#draft')).toEqual([]);
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

  it('highlights the article once it is rendered, as the extractor reads it', async () => {
    const page = await open('/built/client-rendered', articlePage(s, render));
    await annotated(page);
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
    // Its highlights are those of the new article.
    await expect.poll(() => markCounts(page, '#article')).toEqual(expectedCounts(next));
    await page.close();
  });
});

describe('light and dark pages', () => {
  const s = fromSample('en-amd-mi308-huawei-ascend.html', 'The Silicon Ledger', '2025-09-19T14:30:00Z');
  const look = async (page: Page) => {
    await expect.poll(() => highlightCss(page)).toContain('chiplens-chip');
    const chip = /::highlight\(chiplens-chip\)[^}]*?[^a](rgb\(\d+, \d+, \d+\))/.exec(await highlightCss(page))?.[1];
    expect(await hoverHighlight(page, 'chip')).toBe(true);
    await expect.poll(() => cardText(page)).not.toBeNull();
    const card = await chiplensFrame(page)!.evaluate(() => getComputedStyle(document.querySelector('.card')!).backgroundColor);
    return { chip, card };
  };

  it('uses lighter highlight colours and a dark card on a dark page', async () => {
    const light = await open('/built/light', articlePage(s));
    await annotated(light);
    expect(await look(light)).toEqual({ chip: 'rgb(0, 114, 178)', card: 'rgb(255, 255, 255)' });
    await light.close();
    const dark = await open('/built/dark', articlePage(s, "document.body.style.background = '#15171c'; document.body.style.color = '#e6e6e6';"));
    await annotated(dark);
    expect(await look(dark)).toEqual({ chip: 'rgb(86, 180, 233)', card: 'rgb(31, 34, 39)' });
    await dark.close();
  });
});

describe('an unrelated page', () => {
  it('reads a long page to its end and highlights its last paragraph', async () => {
    const s = fromSample('en-tsmc-smic-baidu-kunlun.html', 'The Silicon Ledger', '2025-10-02T09:00:00Z');
    const paragraphs: string[] = [];
    while (paragraphs.join('\n').length < 100_000) paragraphs.push(...s.paragraphs);
    // Written for this test: the one paragraph that names this chip, far beyond the part read in the page.
    const last = 'One more line closes this long read: the Ascend 910C was named here and nowhere above.';
    const long = { ...s, slug: 'long-read', paragraphs: [...paragraphs, last] };
    const page = await open('/built/long-read', articlePage(long));
    const summary = await annotated(page);
    expect(summary).toMatchObject({ relevant: true, state: 'active' });
    const once = annotate(articleText(s), { lang: 'en' }).mentions.filter((m) => m.kind !== 'figure').length;
    // Every copy of the article is read (chunk by chunk, so a name that needs context may go unread in one that
    // lacks it: not an exact count).
    expect(summary.counts.chip + summary.counts.company).toBeGreaterThan((once * paragraphs.length) / s.paragraphs.length / 2);
    await page.locator('#article > p:last-of-type').scrollIntoViewIfNeeded();
    await expect.poll(() => pageHighlights(page, '#article > p:last-of-type')).toEqual([expect.objectContaining({ kind: 'chip', text: 'Ascend 910C' })]);
    await page.close();
  });

  it('leaves a crisps review untouched and stores nothing', async () => {
    const totals = () => ask<{ articles: number }>({ type: 'stats/totals' });
    const storedBefore = (await totals()).articles;
    const page = await open('/en-crisps-taste-test.html');
    const summary = await annotated(page);
    expect(summary.relevant).toBe(false);
    expect(summary.marks).toBe(0);
    expect(await pageHighlights(page)).toEqual([]);
    // Not even a stylesheet or a frame was added.
    expect(await highlightCss(page)).toBe('');
    expect(await page.locator('chiplens-ui').count()).toBe(0);
    expect(summary.state).toBe('idle');
    // Give a report that should not exist the time a real one takes, then look in the store.
    await page.waitForTimeout(500);
    expect((await totals()).articles).toBe(storedBefore);
    const list = await ask<{ items: { url: string }[] }>({ type: 'list/get', query: { scope: 'seen', limit: 500 } });
    expect(list.items.map((a) => a.url)).not.toContain(page.url());

    // The reader asks for it anyway (popup or keyboard command): now it is highlighted.
    const forced = (await askTab<Summary>(helper, page.url(), { type: 'page/annotate' })).data;
    expect(forced).toMatchObject({ forced: true, state: 'active' });
    expect(forced!.marks).toBeGreaterThan(0);
    const all = await pageHighlights(page);
    expect(all.length).toBe(forced!.marks);
    expect(all.every((h) => h.kind === 'figure')).toBe(true);
    await page.close();
  });
});

describe('settings', () => {
  afterAll(() => setSettings(null));

  it('removes the highlights of a kind switched off, and all when the site is set to "never"', async () => {
    const page = await open('/de-nvidia-h20-produktionsstopp.html');
    await annotated(page);
    const marks = async (kind?: string) => (await pageHighlights(page)).filter((h) => !kind || h.kind === kind).length;
    await expect.poll(() => marks('figure')).toBeGreaterThan(0);
    const chips = await marks('chip');
    expect(chips).toBeGreaterThan(0);
    const html = await page.evaluate(() => document.body.innerHTML);

    await setSettings({ enabled: true, kinds: { chip: true, company: true, figure: false }, sites: {} });
    await expect.poll(() => marks('figure')).toBe(0);
    expect(await marks('chip')).toBe(chips);

    await setSettings({ enabled: true, kinds: { chip: true, company: true, figure: true }, sites: { '127.0.0.1': 'never' } });
    await expect.poll(() => marks()).toBe(0);
    expect(await highlightCss(page)).toBe('');
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(html);
    expect((await summaryOf(page.url()))?.decision).toBe('off');

    // A colour of the reader's own, and back to following the relevance gate: the highlights return.
    await setSettings({ enabled: true, kinds: { chip: true, company: true, figure: true }, sites: {}, colors: { chip: '#aa0000' } });
    await expect.poll(() => marks('chip')).toBe(chips);
    expect(await marks('figure')).toBeGreaterThan(0);
    await expect.poll(() => highlightCss(page)).toMatch(/::highlight\(chiplens-chip\)[^}]*rgb\(170, 0, 0\)/);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(html);
    await page.close();
  });

  it("highlights the reader's watch terms as chiplens-watch", async () => {
    await setSettings({ enabled: true, kinds: { chip: true, company: true, figure: true }, sites: {}, watchTerms: [{ term: 'Packaging', kind: 'company' }] });
    const page = await open('/de-nvidia-h20-produktionsstopp.html');
    await annotated(page);
    const watched = async () => (await pageHighlights(page)).filter((h) => h.kind === 'watch').map((h) => h.text);
    const text = await page.evaluate(() => document.body.innerText);
    if (!text.includes('Packaging')) throw new Error('the sample should name Packaging');
    await expect.poll(watched).toContain('Packaging');
    await setSettings(null);
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
      await page.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0, null, { timeout: 20_000 });
      return page;
    };
    const earlier = await visit('/de-nvidia-h20-produktionsstopp.html');
    await page_wait(1000);
    const page = await visit('/en-amd-mi308-huawei-ascend.html');
    await page.bringToFront();
    // The earlier article is in the store before the card asks for it.
    await expect
      .poll(async () => {
        await page.mouse.move(5, 5);
        await expect.poll(() => frameShown(page)).toBe(false);
        await hoverHighlight(page, 'chip', 'H20');
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

const page_wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
