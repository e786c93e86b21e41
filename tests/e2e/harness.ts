/**
 * Browser-test harness: a local HTTP server for sample pages and a Chromium with the built extension.
 *
 * Typical use in a `*.e2e.test.ts` file:
 * ```ts
 * let server: TestServer; let browser: ExtensionBrowser;
 * beforeAll(async () => { server = await startServer(); browser = await launchWithExtension(); });
 * afterAll(async () => { await browser?.close(); await server?.close(); });
 * it('marks chips', async () => {
 *   const page = await browser.context.newPage();
 *   await page.goto(server.url('/nvidia-h20-stopp.html'));
 *   await page.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0);
 * });
 * ```
 * The extension must be built first (`npx wxt build`; `npm run test:e2e` does it).
 *
 * @module
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_STAGE_KEY } from '../../lib/page-protocol.ts';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Locator, type Page, type Worker } from 'playwright-core';

/** Absolute path of the bundled sample article pages that {@link startServer} serves. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

/**
 * Absolute path of the unpacked Chrome MV3 build that {@link launchWithExtension} loads: `.output/chrome-mv3`,
 * or `$CHIPLENS_OUT_DIR/chrome-mv3` when set (the same variable moves WXT's output, so parallel builds can coexist).
 */
export const EXTENSION_DIR = process.env.CHIPLENS_OUT_DIR
  ? `${process.env.CHIPLENS_OUT_DIR.replace(/[\\/]$/, '')}/chrome-mv3/`
  : fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

/** The Chromium binary used: `CHROMIUM_PATH` or Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A response the test server returns for one exact path. */
export interface Route {
  body: string | Uint8Array;
  /** Content-Type; guessed from the path's extension when omitted (HTML if none). */
  type?: string;
}

/** A running local server; see {@link startServer}. */
export interface TestServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly origin: string;
  /** Absolute URL of `path` on this server (`url('/a.html')`); `url()` is the origin's root. */
  url(path?: string): string;
  /** Registers (or replaces) an in-memory route; it takes precedence over files in `samples/`. */
  add(path: string, body: string | Uint8Array, type?: string): void;
  /** Stops the server, dropping keep-alive connections so test teardown does not hang. */
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/** Content-Type for a path by its extension; extensionless paths are HTML, as for a typical article URL. */
export function contentTypeFor(path: string): string {
  const ext = extname(path).toLowerCase();
  return ext === '' ? CONTENT_TYPES['.html']! : (CONTENT_TYPES[ext] ?? 'application/octet-stream');
}

/**
 * Starts an HTTP server on 127.0.0.1 that serves `samples/` (a directory answers with its `index.html`)
 * plus the given in-memory routes, which win over files of the same path.
 *
 * @param routes exact paths (with leading slash, no query) to responses
 * @param options.port a fixed port; the default 0 picks a free one. A busy fixed port rejects (EADDRINUSE).
 */
export async function startServer(
  routes: Record<string, Route> = {},
  options: { port?: number; root?: string } = {},
): Promise<TestServer> {
  const table = new Map<string, Route>(Object.entries(routes));
  const root = resolve(options.root ?? SAMPLES_DIR);

  const server = createServer((req, res) => {
    handle(req, res, table, root).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`server error: ${String(error)}`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path = '/') => new URL(path, origin + '/').href,
    add: (path, body, type) => {
      table.set(path, { body, type });
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  table: Map<string, Route>,
  root: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const route = table.get(path);
  if (route) {
    send(res, req.method, 200, route.type ?? contentTypeFor(path), route.body);
    return;
  }
  const file = await resolveFile(root, path);
  if (!file) {
    send(res, req.method, 404, 'text/plain; charset=utf-8', `not found: ${path}`);
    return;
  }
  send(res, req.method, 200, contentTypeFor(file), await readFile(file));
}

/** Maps a URL path to a file under `root`, refusing anything that escapes it. */
async function resolveFile(root: string, path: string): Promise<string | undefined> {
  let file = resolve(root, '.' + path);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
  }
  return info?.isFile() ? file : undefined;
}

function send(res: ServerResponse, method: string, status: number, type: string, body: string | Uint8Array): void {
  // no-store: tests register new bodies under old paths and must not see a cached one.
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(method === 'HEAD' ? undefined : body);
}

/** A Chromium with ChipLens loaded; see {@link launchWithExtension}. */
export interface ExtensionBrowser {
  /** The persistent browser context (one profile); open pages with `context.newPage()`. */
  readonly context: BrowserContext;
  /** The extension's id (the host of its `chrome-extension://` URLs). */
  readonly extensionId: string;
  /**
   * The extension's service worker, waiting (up to 10 s) until one is running.
   * It does not wake a stopped worker: send it a message first (see {@link stopServiceWorker}).
   */
  serviceWorker(): Promise<Worker>;
  /** Opens `chrome-extension://<id>/<path>` (e.g. `popup.html`) in a new tab, loaded. */
  extensionPage(path: string): Promise<Page>;
  /** Closes Chromium and deletes its temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

/** Chromium flags for an extension test run as root on a headless CI box (see /work/shared/TOOLCHAIN.md). */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--no-sandbox', // root cannot use the sandbox
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Both are needed: Playwright adds --disable-extensions unless told which extension to keep.
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/**
 * Throws a short, actionable error when the build or the browser is missing.
 * Exported so scripts can check before doing slower work.
 */
export function assertPrerequisites(extensionDir = EXTENSION_DIR, executablePath = CHROMIUM_PATH): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built (${join(extensionDir, 'manifest.json')} is missing): run \`npx wxt build\` first.`);
  }
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
  }
}

/**
 * Launches headless Chromium (a fresh temporary profile) with the unpacked build in `.output/chrome-mv3`
 * and waits for the extension's service worker, whose URL gives the extension id.
 *
 * @param options.headless default true; `false` shows the window when debugging a test on a desktop
 */
export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  assertPrerequisites();
  const extensionDir = EXTENSION_DIR.replace(/[\\/]$/, '');
  const profile = await mkdtemp(join(tmpdir(), 'chiplens-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      args: chromiumArgs(extensionDir),
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }

  // Last resort for a process that dies without calling close() (a crash, a closed stdout pipe).
  const removeProfileOnExit = (): void => rmSync(profile, { recursive: true, force: true });
  process.once('exit', removeProfileOnExit);
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    process.off('exit', removeProfileOnExit);
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    const first = context.serviceWorkers().find(isExtensionWorker) ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }));
    const extensionId = new URL(first.url()).host;
    const prefix = `chrome-extension://${extensionId}/`;

    return {
      context,
      extensionId,
      serviceWorker: async () => {
        await waitUntil(() => isServiceWorkerRunning(context, extensionId), 10_000, 'the extension service worker to run');
        const known = context.serviceWorkers().find((w) => w.url().startsWith(prefix));
        return known ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 10_000 }));
      },
      extensionPage: async (path) => {
        const page = await context.newPage();
        await page.goto(prefix + path.replace(/^\//, ''));
        return page;
      },
      close,
    };
  } catch (error) {
    await close();
    throw new Error(`ChipLens did not start in Chromium (no extension service worker): ${String(error)}`);
  }
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/**
 * A CDP session that can see every target. Persistent contexts in playwright-core 1.65 expose their browser;
 * a page session also answers the Target domain, so it is the fallback.
 */
async function targetSession(context: BrowserContext): Promise<{ session: CDPSession; dispose(): Promise<void> }> {
  const browser = context.browser();
  if (browser) {
    const session = await browser.newBrowserCDPSession();
    return { session, dispose: () => session.detach().catch(() => undefined) };
  }
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  return {
    session,
    dispose: async () => {
      await session.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}

async function workerTargetIds(session: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = await session.send('Target.getTargets');
  return targetInfos
    .filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))
    .map((t) => t.targetId);
}

/**
 * Whether the extension's service worker is running, as Chromium itself reports it (CDP targets).
 * Use this rather than `context.serviceWorkers()`: Playwright keeps its Worker object for a stopped worker
 * and reuses it when the worker restarts, so that list does not tell a stopped worker from a running one.
 */
export async function isServiceWorkerRunning(context: BrowserContext, extensionId: string): Promise<boolean> {
  const { session, dispose } = await targetSession(context);
  try {
    return (await workerTargetIds(session, extensionId)).length > 0;
  } finally {
    await dispose();
  }
}

/**
 * Stops the extension's MV3 service worker, as Chromium does after 30 s idle, and waits until Chromium
 * reports it gone, so the next event (a `runtime.sendMessage`, an alarm…) must start a fresh instance with
 * empty in-memory state. Resolves at once if no worker is running.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const { session, dispose } = await targetSession(context);
  try {
    for (const targetId of await workerTargetIds(session, extensionId)) {
      await session.send('Target.closeTarget', { targetId });
    }
    await waitUntil(async () => (await workerTargetIds(session, extensionId)).length === 0, 10_000, 'the service worker to stop');
  } finally {
    await dispose();
  }
}

/** Polls `check` every 100 ms until it is true; rejects with `what` after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A protocol answer as it crosses the message channel (see lib/messages.ts). */
export interface Answer<T> {
  ok: boolean;
  data?: T;
  error?: { code?: string; message: string };
}

interface ExtensionGlobals {
  chrome: {
    runtime: { sendMessage(m: unknown): Promise<Answer<unknown>> };
    tabs: {
      query(q: object): Promise<{ id: number }[]>;
      sendMessage(id: number, m: unknown): Promise<Answer<unknown> | undefined>;
    };
    scripting: {
      executeScript<A extends unknown[], R>(o: { target: { tabId: number }; func: (...args: A) => R; args: A }): Promise<{ result?: R }[]>;
    };
  };
}

/** Sends `request` to the background from `page` (an extension page) and returns the answer as it came. */
export async function askBackground<T>(page: Page, request: object): Promise<Answer<T>> {
  return page.evaluate(async (r) => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    return chrome.runtime.sendMessage(r);
  }, request) as Promise<Answer<T>>;
}

/** Like {@link askBackground}, but returns the answer's data and throws on an error answer. */
export async function sendToBackground<T = unknown>(page: Page, request: object): Promise<T> {
  const res = await askBackground<T>(page, request);
  if (!res.ok) throw new Error(`${JSON.stringify(request)} failed: ${res.error?.message}`);
  return res.data as T;
}

/**
 * The content script's `page/summary` of every open tab that has one, by tab id, asked from `page` (an extension
 * page). Tab addresses need the "tabs" permission, which ChipLens does not ask for: each tab's content script
 * says its own URL.
 */
export async function tabSummaries<S extends { url: string }>(page: Page, { wake = true }: { wake?: boolean } = {}): Promise<{ id: number; summary: S }[]> {
  return page.evaluate(
    async ([key, wake]) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      const out: { id: number; summary: unknown }[] = [];
      const summary = (id: number) => chrome.tabs.sendMessage(id, { type: 'page/summary' }).catch(() => undefined);
      for (const tab of await chrome.tabs.query({})) {
        let res = await summary(tab.id);
        // A quiet first stage (a page naming no chip word) has no messaging until woken, as the popup wakes it.
        if (!res && wake) {
          const woken = await chrome.scripting
            .executeScript({
              target: { tabId: tab.id },
              func: (k: string) => {
                const w = (globalThis as Record<symbol, unknown>)[Symbol.for(k)];
                if (typeof w === 'function') w();
                return typeof w === 'function';
              },
              args: [key],
            })
            .then((r) => r[0]?.result === true, () => false);
          if (woken) res = await summary(tab.id);
        }
        if (res?.ok) out.push({ id: tab.id, summary: res.data });
      }
      return out;
    },
    [FIRST_STAGE_KEY, wake] as const,
  ) as Promise<{ id: number; summary: S }[]>;
}

/** The id of the tab whose content script reports `url`, asked from `page` (an extension page); undefined if none. */
export async function tabShowing(page: Page, url: string): Promise<number | undefined> {
  return (await tabSummaries(page)).find((t) => t.summary.url === url)?.id;
}

/** Sends `request` from `page` (an extension page) to the content script of the tab showing `url`. */
export async function askTab<T>(page: Page, url: string, request: object): Promise<Answer<T>> {
  const tabId = await tabShowing(page, url);
  if (tabId === undefined) throw new Error(`no content script answers for ${url}`);
  return page.evaluate(async ([id, r]) => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    return chrome.tabs.sendMessage(id, r);
  }, [tabId, request] as const) as Promise<Answer<T>>;
}

/**
 * Where {@link saveScreenshot} writes: the README's pictures in docs/ when CHIPLENS_SCREENSHOTS=docs (`npm run
 * screenshots`), otherwise .tmp/screenshots/, so that a test run leaves the working tree as it found it.
 */
export const SCREENSHOT_DIR = fileURLToPath(
  new URL(process.env.CHIPLENS_SCREENSHOTS === 'docs' ? '../../docs/' : '../../.tmp/screenshots/', import.meta.url),
);

/** Saves a PNG of `page` as `name` in {@link SCREENSHOT_DIR}. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, name), ...options });
}

/**
 * Chromium silently drops a page's download when many came just before it (the 9th to 11th within about three
 * seconds, each earlier one finished); no prompt, no error. A reader never clicks that fast, so tests keep
 * their download clicks this far apart.
 */
const DOWNLOAD_SPACING_MS = 500;
let lastDownloadAt = 0;

/** Clicks `button` on `page`, which must start a download, and returns the file's suggested name and bytes. */
export async function clickToDownload(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const wait = lastDownloadAt + DOWNLOAD_SPACING_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastDownloadAt = Date.now();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** One highlight range in the page, as `CSS.highlights` holds it (see the on-page contract). */
export interface PageHighlight {
  /** `chip`, `company`, `figure`, `note`, `watch` or `current` (the name without `chiplens-`). */
  kind: string;
  text: string;
  /** The id of the nearest element around the range's start that has one ('' if none). */
  within: string;
}

/** Every ChipLens highlight range in the page, in document order; only those inside `selector` when given. */
export async function pageHighlights(page: Page, selector?: string): Promise<PageHighlight[]> {
  return page.evaluate((sel) => {
    const scope = sel ? document.querySelector(sel) : null;
    const out: { kind: string; text: string; range: Range; within: string }[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('chiplens-')) continue;
      for (const r of h as unknown as Set<Range>) {
        if (sel && (!scope || !scope.contains(r.startContainer))) continue;
        const el = r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement;
        out.push({ kind: name.slice('chiplens-'.length), text: r.toString(), range: r, within: el?.closest('[id]')?.id ?? '' });
      }
    }
    out.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return out.map(({ kind, text, within }) => ({ kind, text, within }));
  }, selector ?? null);
}

/**
 * Moves the real mouse (a trusted event) onto the `index`-th ChipLens highlight of `kind` whose text is `text`
 * (any text when omitted) inside the element `within` (anywhere when omitted), scrolling it into view first.
 * Returns false when there is no such highlight.
 */
export async function hoverHighlight(page: Page, kind: string, text?: string, index = 0, within?: string): Promise<boolean> {
  const point = await page.evaluate(
    ([k, t, i, w]) => {
      const h = CSS.highlights.get(`chiplens-${k}`) as unknown as Set<Range> | undefined;
      if (!h) return null;
      const scope = w ? document.querySelector(w as string) : null;
      const ranges = [...h].filter((r) => (t === null || r.toString() === t) && (!scope || scope.contains(r.startContainer)));
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = ranges[i as number];
      if (!r) return null;
      const el = r.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0];
      return box ? { x: box.left + Math.min(box.width / 2, 6), y: box.top + box.height / 2 } : null;
    },
    [kind, text ?? null, index, within ?? null] as const,
  );
  if (!point) return false;
  await page.mouse.move(point.x, point.y, { steps: 2 });
  return true;
}

/** ChipLens's private frame on `page` (card, notes), if it has been created. */
export function chiplensFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => {
    try {
      return new URL(f.url()).pathname === '/frame.html';
    } catch {
      return false;
    }
  });
}

/** Whether ChipLens's frame is showing (its host in the page is displayed). */
export async function frameShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('chiplens-ui');
    return !!host && getComputedStyle(host).display !== 'none';
  });
}

/** The open card's visible text, or null when no card is shown. */
export async function cardText(page: Page): Promise<string | null> {
  if (!(await frameShown(page))) return null;
  const frame = chiplensFrame(page);
  if (!frame) return null;
  const card = frame.locator('.card');
  return (await card.count()) ? card.innerText() : null;
}

/** Writes the reader's settings as the options page does (null removes them), from `page`, an extension page. */
/** Visible text under `root` shown smaller than `minPx`, as "tag.class 12px “text”" (screen-reader-only text aside). */
export async function smallText(page: Page, root: string, minPx: number): Promise<string[]> {
  return page.evaluate(
    ({ root, minPx }) => {
      const small: string[] = [];
      const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent?.trim() || el.closest('.sr-only') || !el.getClientRects().length) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < minPx) small.push(`${el.tagName.toLowerCase()}.${el.className} ${px}px “${n.textContent.trim().slice(0, 30)}”`);
      }
      return small;
    },
    { root, minPx },
  );
}

/** Where the background has registered its ask script (see `entrypoints/background/ask-script.ts`); [] when nowhere. */
export async function askScriptMatches(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(f: object): Promise<{ matches?: string[] }[]> } } };
    const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: ['chiplens-ask'] });
    return script?.matches ?? [];
  });
}

export async function setStoredSettings(page: Page, settings: object | null): Promise<void> {
  await page.evaluate(async (s) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void>; remove(k: string): Promise<void> } } } };
    if (s) await chrome.storage.local.set({ settings: s });
    else await chrome.storage.local.remove('settings');
  }, settings);
}

/**
 * Selects the first occurrence of `passage` inside the element `within` (across element boundaries) with a
 * script-made selection; `fromBottom` first scrolls the passage's bottom edge that many pixels above the
 * viewport's. Call {@link endSelection} to end the gesture as a reader does.
 */
export async function selectPassage(page: Page, passage: string, opts: { within?: string; fromBottom?: number } = {}): Promise<void> {
  await page.evaluate(
    ({ passage, within, fromBottom }) => {
      const root = document.querySelector(within)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join('');
      const at = text.indexOf(passage);
      if (at < 0) throw new Error(`not on the page: ${passage}`);
      const point = (offset: number, end: boolean) => {
        let base = 0;
        for (const n of nodes) {
          if (offset < base + n.length || (end && offset === base + n.length)) return { node: n, offset: offset - base };
          base += n.length;
        }
        throw new Error('offset out of range');
      };
      const s = point(at, false);
      const e = point(at + passage.length, true);
      const range = document.createRange();
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset);
      if (fromBottom !== null) window.scrollBy(0, range.getBoundingClientRect().bottom - (innerHeight - fromBottom));
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    { passage, within: opts.within ?? 'article', fromBottom: opts.fromBottom ?? null },
  );
}

/** Ends a selection gesture with a real key (a trusted event: script-made selections alone open nothing). */
export async function endSelection(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
}
