// Page integrity against ChipLens's on-page contract (DESIGN.md, "Contract: on the page"): highlights are CSS
// Custom Highlight API ranges, so the page's DOM, text, layout, events and tab order are exactly those of the
// same page in a Chromium without ChipLens. Each page (its own text, served from memory) is opened in Chromium
// with the built extension and in a second Chromium without it (same binary, same flags but the extension ones,
// same viewport), and the two are compared after the highlights have appeared:
// - chip names as text nodes directly inside display:flex and display:grid containers (anonymous flex and grid
//   items: a wrapper element would add an item and move the others);
// - a ticker whose script rewrites `el.firstChild.data` every 50 ms;
// - a document-level delegated click handler that checks `e.target.tagName === 'A'` on a link named after a chip;
// - pre, code, kbd, samp, form fields, contenteditable regions and a `data-chiplens-ignore` block naming chips,
//   none of which may be annotated;
// - the Tab order from the top of the page to the end of the article.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, chromiumArgs, launchWithExtension, startServer, type ExtensionBrowser, type TestServer } from './harness.ts';

const LAYOUT_PATH = '/integrity/layout.html';
const TICKER_PATH = '/integrity/ticker.html';
const VIEWPORT = { width: 1000, height: 700 };

/** The page's own delegated click handler: records the target and keeps a click on a link from navigating. */
const CLICK_SCRIPT = `
window.__clicks = [];
document.addEventListener('click', function (e) {
  window.__clicks.push({ tag: e.target.tagName, id: e.target.id || '', trusted: e.isTrusted });
  if (e.target.tagName === 'A') e.preventDefault();
});`;

const LAYOUT_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>How the accelerator supply chain looks this autumn | Foundry Notes</title>
<meta property="og:title" content="How the accelerator supply chain looks this autumn">
<meta property="og:site_name" content="Foundry Notes">
<meta property="article:published_time" content="2026-11-02T07:30:00Z">
<style>
  body { font: 16px/1.5 sans-serif; margin: 0; padding: 0 24px 1200px; }
  #flex { display: flex; gap: 6px; align-items: baseline; }
  #grid { display: grid; grid-template-columns: repeat(3, max-content); gap: 4px 12px; }
  #flex > *, #grid > * { color: #333; }
</style>
</head>
<body>
<header><a id="top-link" href="#top">Foundry Notes</a></header>
<main>
<article id="article">
<h1>How the accelerator supply chain looks this autumn</h1>
<p id="control">Nvidia keeps the H20 on allocation, AMD is waiting for MI308 licences and Huawei is adding capacity for the Ascend 910C, while TSMC reported 12 % growth in the quarter.</p>
<div id="flex">Nvidia H20 <span>·</span> AMD MI308 <b>Huawei</b> Ascend 910C</div>
<div id="grid">TSMC <span>SMIC</span> Nvidia H20 <em>AMD MI308</em> Intel Gaudi 3</div>
<p id="link-line">Our explainer on the <a id="chip-link" href="#explainer">Nvidia H20</a> covers the export rules in detail.</p>
<pre id="pre">$ chipctl list
Nvidia H20    AMD MI308    Huawei Ascend 910C</pre>
<p id="inline">Run <code id="code">AMD MI308</code> in the shell, press <kbd id="kbd">H20</kbd>, and the tool prints <samp id="samp">Huawei Ascend 910C ready</samp>.</p>
<form id="form" action="#"><label>Chip <input id="input" value="Nvidia H20"></label> <textarea id="textarea">AMD MI308 and Huawei Ascend 910C</textarea> <select id="select"><option>Nvidia H20</option><option>AMD MI308</option></select></form>
<div id="editable" contenteditable="true">Draft: Huawei Ascend 910C against the Nvidia H20</div>
<div id="plain-editable" contenteditable="plaintext-only">AMD MI308 draft notes</div>
<div id="ignored" data-chiplens-ignore><p>Sponsored: Nvidia H20 <span>AMD MI308</span> servers for rent</p></div>
<p>Analysts expect Huawei to ship about one million Ascend chips next year, and AMD to book roughly $800 million in charges.</p>
<p>Buyers say the next quarter will decide which of the three vendors gets the bulk of the orders.</p>
</article>
<p><button id="after-article" type="button">Next story</button></p>
</main>
<script>${CLICK_SCRIPT}</script>
</body>
</html>`;

const TICKER_NAMES = ['Nvidia H20', 'AMD MI308', 'Huawei Ascend 910C', 'Intel Gaudi 3', 'Cambricon', 'TSMC'];

const TICKER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Accelerator market wrap | Foundry Notes</title>
<meta property="og:title" content="Accelerator market wrap">
<style>body { font: 16px/1.5 sans-serif; margin: 0; padding: 0 24px; }</style>
</head>
<body>
<main>
<article id="article">
<h1>Accelerator market wrap</h1>
<p>Nvidia shares rose after the company said H20 deliveries would resume, while AMD held its MI308 guidance and Huawei said Ascend 910C output is on plan.</p>
<p id="ticker-line">Most mentioned now: <span id="ticker">Nvidia H20</span></p>
<p>TSMC and SMIC both reported higher utilisation, and analysts expect 8 % more accelerator shipments next quarter.</p>
</article>
</main>
<script>
(function () {
  var names = ${JSON.stringify(TICKER_NAMES)};
  var el = document.getElementById('ticker');
  var i = 0;
  var state = { anomalies: [], ticks: 0, values: {} };
  window.__ticker = state;
  function check(when) {
    var t = el.textContent;
    if (el.childNodes.length !== 1 || el.firstChild.nodeType !== 3 || names.indexOf(t) < 0) {
      state.anomalies.push(when + ': ' + el.childNodes.length + ' node(s), text "' + t + '"');
    }
    state.values[t] = (state.values[t] || 0) + 1;
  }
  var timer = setInterval(function () {
    i += 1;
    el.firstChild.data = names[i % names.length];
    state.ticks += 1;
    check('after tick ' + i);
  }, 50);
  new MutationObserver(function () { check('mutation'); }).observe(el, { childList: true, subtree: true, characterData: true });
  window.__stopTicker = function () {
    clearInterval(timer);
    el.firstChild.data = names[0];
  };
})();
</script>
</body>
</html>`;

let server: TestServer;
let ext: ExtensionBrowser;
let plainBrowser: Browser;

/** The page in Chromium with ChipLens, after its highlights have appeared. */
async function openWith(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(server.url(path));
  await page.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0, null, { timeout: 15_000 });
  // Let any later pass of ChipLens (a debounced re-scan) happen before the page is compared.
  await page.waitForTimeout(500);
  await page.mouse.move(1, 1);
  return page;
}

/** The same page in a Chromium without ChipLens. */
async function openWithout(path: string): Promise<Page> {
  const page = await plainBrowser.newPage({ viewport: VIEWPORT });
  await page.goto(server.url(path));
  await page.waitForLoadState('load');
  await page.mouse.move(1, 1);
  return page;
}

/** The page as its scripts can see it: HTML, text and layout, with ChipLens's UI host (if any) left out. */
function snapshot(page: Page) {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y + window.scrollY, r.width, r.height];
    };
    /** Each child: an element's box, or a text node's line boxes (the anonymous flex/grid items). */
    const items = (parent: Element) =>
      Array.from(parent.childNodes).map((n) => {
        if (n.nodeType === Node.TEXT_NODE) {
          const r = document.createRange();
          r.selectNodeContents(n);
          return { node: '#text', text: (n as Text).data, boxes: Array.from(r.getClientRects()).map((q) => [q.x, q.y + window.scrollY, q.width, q.height]) };
        }
        return { node: n.nodeName, text: n.textContent, boxes: [box(n as Element)] };
      });
    const body = document.body.cloneNode(true) as HTMLElement;
    while (body.lastElementChild?.localName === 'chiplens-ui') body.lastElementChild.remove();
    const article = document.getElementById('article')!;
    const container = (id: string) => {
      const el = document.getElementById(id);
      return el ? { nodes: el.childNodes.length, elements: el.children.length, box: box(el), items: items(el) } : null;
    };
    return {
      htmlChildren: Array.from(document.documentElement.children)
        .map((e) => e.localName)
        .filter((n) => n !== 'chiplens-ui'),
      head: document.head.innerHTML,
      article: article.innerHTML,
      body: body.innerHTML,
      articleText: article.innerText,
      bodyText: document.body.innerText,
      flex: container('flex'),
      grid: container('grid'),
      blocks: Array.from(article.children).map((e) => [e.id || e.nodeName, ...box(e)]),
      bodyBox: box(document.body),
    };
  });
}

/** The UI hosts ChipLens added: at most one `<chiplens-ui>`, the last child of `<html>` or `<body>`. */
async function expectHostAtTheEnd(page: Page): Promise<void> {
  const hosts = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((e) => e.localName.startsWith('chiplens'))
      .map((e) => ({ name: e.localName, parent: e.parentElement?.localName, last: e === e.parentElement?.lastElementChild })),
  );
  expect(hosts.length).toBeLessThanOrEqual(1);
  for (const h of hosts) {
    expect(h.name).toBe('chiplens-ui');
    expect(['html', 'body']).toContain(h.parent);
    expect(h.last).toBe(true);
  }
}

/** ChipLens's highlight ranges whose text lies inside the element `selector`. */
async function rangesIn(page: Page, selector: string): Promise<{ name: string; text: string }[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    const out: { name: string; text: string }[] = [];
    if (!root) return out;
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('chiplens')) return;
      h.forEach((r) => {
        if (root.contains(r.startContainer)) out.push({ name, text: (r as Range).toString() });
      });
    });
    return out;
  }, selector);
}

/** A real hover over the first chip highlight inside `selector`; returns where the pointer is. */
async function hoverChipIn(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const h = CSS.highlights.get('chiplens-chip');
    let range: Range | undefined;
    h?.forEach((r) => {
      if (!range && root.contains(r.startContainer)) range = r as Range;
    });
    if (!range) return null;
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, selector);
  if (!at) throw new Error(`no chip highlight in ${selector}`);
  await page.mouse.move(at.x - 15, at.y, { steps: 2 });
  await page.mouse.move(at.x, at.y, { steps: 3 });
  return at;
}

/** Whether ChipLens's frame shows a card. */
async function cardShown(page: Page): Promise<boolean> {
  const frame = page.frames().find((f) => {
    try {
      return new URL(f.url()).pathname === '/frame.html';
    } catch {
      return false;
    }
  });
  if (!frame) return false;
  return frame
    .evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.card')).some((e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true })))
    .catch(() => false);
}

/** The elements a reader reaches with Tab from the top of a freshly loaded page up to the button after the article. */
async function tabStops(page: Page): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const a = document.activeElement;
      return a ? a.localName + (a.id ? `#${a.id}` : '') : 'none';
    });
    stops.push(stop);
    if (stop === 'button#after-article') break;
  }
  return stops;
}

beforeAll(async () => {
  server = await startServer();
  server.add(LAYOUT_PATH, LAYOUT_HTML);
  server.add(TICKER_PATH, TICKER_HTML);
  ext = await launchWithExtension();
  // The same binary and flags, without the extension (Playwright's default --disable-extensions stays).
  const args = chromiumArgs('').filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'));
  plainBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args });
});

afterAll(async () => {
  await ext?.close();
  await plainBrowser?.close();
  await server?.close();
});

describe('page integrity', () => {
  it('keeps the HTML, text and layout (flex and grid items too) of the page without ChipLens, also with a card open', async () => {
    const withIt = await openWith(LAYOUT_PATH);
    const without = await openWithout(LAYOUT_PATH);
    // Positive controls: the places whose layout is compared are highlighted.
    for (const sel of ['#control', '#flex', '#grid']) expect((await rangesIn(withIt, sel)).length, `highlights in ${sel}`).toBeGreaterThan(0);

    const expected = await snapshot(without);
    expect(expected.flex?.nodes).toBe(5);
    const got = await snapshot(withIt);
    expect(got.htmlChildren).toEqual(expected.htmlChildren);
    expect(got.head).toBe(expected.head);
    expect(got.article).toBe(expected.article);
    expect(got.body).toBe(expected.body);
    expect(got.articleText).toBe(expected.articleText);
    expect(got.bodyText).toBe(expected.bodyText);
    expect(got.flex).toEqual(expected.flex);
    expect(got.grid).toEqual(expected.grid);
    expect(got.blocks).toEqual(expected.blocks);
    expect(got.bodyBox).toEqual(expected.bodyBox);
    await expectHostAtTheEnd(withIt);

    // A real hover opens a card; the page stays as it was.
    await hoverChipIn(withIt, '#flex');
    await expect.poll(() => cardShown(withIt), { timeout: 5000, message: 'a real hover over a flex item to open the card' }).toBe(true);
    const open = await snapshot(withIt);
    expect(open.article).toBe(expected.article);
    expect(open.body).toBe(expected.body);
    expect(open.flex).toEqual(expected.flex);
    expect(open.grid).toEqual(expected.grid);
    expect(open.blocks).toEqual(expected.blocks);
    await expectHostAtTheEnd(withIt);
    await withIt.close();
    await without.close();
  });

  it('annotates nothing in pre, code, kbd, samp, form fields, contenteditable regions or a data-chiplens-ignore block', async () => {
    const page = await openWith(LAYOUT_PATH);
    // The same names elsewhere in the article are highlighted, so the check below can fail.
    const control = (await rangesIn(page, '#control')).map((r) => r.text);
    expect(control).toEqual(expect.arrayContaining(['H20', 'MI308', 'Ascend 910C']));
    const violations = await page.evaluate(() => {
      const banned = Array.from(document.querySelectorAll('pre, code, kbd, samp, input, textarea, select, option, [contenteditable], [data-chiplens-ignore]'));
      const out: string[] = [];
      CSS.highlights.forEach((h, name) => {
        if (!name.startsWith('chiplens')) return;
        h.forEach((a) => {
          const r = a as Range;
          for (const el of banned) {
            if (r.intersectsNode(el)) out.push(`${name} "${r.toString()}" in ${el.localName}${el.id ? `#${el.id}` : ''}`);
          }
          const start = r.startContainer.nodeType === Node.ELEMENT_NODE ? (r.startContainer as HTMLElement) : r.startContainer.parentElement;
          if (start?.isContentEditable) out.push(`${name} "${r.toString()}" starts in editable text`);
        });
      });
      return out;
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets a real click on a highlighted chip link reach the page’s delegated handler with the link as target', async () => {
    const clickLink = async (page: Page) => {
      const at = await page.evaluate(() => {
        const link = document.getElementById('chip-link')!;
        link.scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.selectNodeContents(link);
        const rect = r.getClientRects()[0];
        // On "H20", the chip's part of the link text.
        return { x: rect.right - 12, y: rect.top + rect.height / 2 };
      });
      await page.mouse.click(at.x, at.y);
      // Again after the hover card has had time to open under the pointer.
      await page.waitForTimeout(500);
      await page.mouse.click(at.x, at.y);
      return page.evaluate(() => (window as unknown as { __clicks: unknown[] }).__clicks);
    };
    const without = await openWithout(LAYOUT_PATH);
    const expected = await clickLink(without);
    expect(expected).toEqual([
      { tag: 'A', id: 'chip-link', trusted: true },
      { tag: 'A', id: 'chip-link', trusted: true },
    ]);
    const withIt = await openWith(LAYOUT_PATH);
    expect((await rangesIn(withIt, '#chip-link')).map((r) => r.text), 'the link text is highlighted').toContain('H20');
    expect(await clickLink(withIt)).toEqual(expected);
    await withIt.close();
    await without.close();
  });

  it('has the Tab stops of the page without ChipLens: highlights are not tab stops', async () => {
    const without = await openWithout(LAYOUT_PATH);
    const expected = await tabStops(without);
    expect(expected[expected.length - 1]).toBe('button#after-article');
    const withIt = await openWith(LAYOUT_PATH);
    await withIt.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const got = await tabStops(withIt);
    expect(got.length).toBeLessThanOrEqual(expected.length);
    expect(got).toEqual(expected);
    await withIt.close();
    await without.close();
  });

  it('leaves a ticker that rewrites its text node every 50 ms whole: never doubled text, same HTML as without ChipLens', async () => {
    const page = await openWith(TICKER_PATH);
    const samples: string[] = [];
    const bad: string[] = [];
    const until = Date.now() + 2500;
    while (Date.now() < until) {
      const s = await page.evaluate(() => {
        const el = document.getElementById('ticker')!;
        return { text: el.textContent ?? '', nodes: el.childNodes.length, line: document.getElementById('ticker-line')!.textContent };
      });
      samples.push(s.text);
      if (s.nodes !== 1 || !TICKER_NAMES.includes(s.text) || s.line !== `Most mentioned now: ${s.text}`) bad.push(JSON.stringify(s));
      await page.waitForTimeout(20);
    }
    expect(bad, 'ticker states seen from the test').toEqual([]);
    const state = await page.evaluate(() => (window as unknown as { __ticker: { anomalies: string[]; ticks: number; values: Record<string, number> } }).__ticker);
    expect(state.anomalies, 'ticker states seen by the page').toEqual([]);
    expect(state.ticks).toBeGreaterThan(30);
    // It kept ticking through all its names.
    expect(Object.keys(state.values).sort()).toEqual([...TICKER_NAMES].sort());
    expect(new Set(samples).size).toBeGreaterThan(3);
    // ChipLens still runs on the page.
    expect(await page.evaluate(() => CSS.highlights.get('chiplens-chip')?.size ?? 0)).toBeGreaterThan(0);

    const without = await openWithout(TICKER_PATH);
    for (const p of [page, without]) await p.evaluate(() => (window as unknown as { __stopTicker(): void }).__stopTicker());
    await page.waitForTimeout(500);
    const [got, expected] = [await snapshot(page), await snapshot(without)];
    expect(got.article).toBe(expected.article);
    expect(got.body).toBe(expected.body);
    expect(got.articleText).toBe(expected.articleText);
    expect(got.blocks).toEqual(expected.blocks);
    await expectHostAtTheEnd(page);
    await page.close();
    await without.close();
  });
});
