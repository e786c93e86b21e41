// Smoke test of the browser harness and the built extension: it loads, its worker runs and can be restarted,
// its popup renders, and the sample pages are served.
import { readdir } from 'node:fs/promises';
import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLES_DIR,
  isServiceWorkerRunning,
  launchWithExtension,
  startServer,
  stopServiceWorker,
  waitUntil,
  type ExtensionBrowser,
  type TestServer,
} from './harness.ts';

/** Status of a GET sent with `path` exactly as given. */
function rawStatus(target: TestServer, path: string): Promise<number | undefined> {
  const { hostname, port } = new URL(target.origin);
  return new Promise((done, fail) => {
    get({ hostname, port, path }, (res) => {
      res.resume();
      done(res.statusCode);
    }).on('error', fail);
  });
}

let server: TestServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer({ '/extra/note.txt': { body: 'registered at start' } });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('test server', () => {
  it('serves sample files, the index for /, in-memory routes, and 404 otherwise', async () => {
    const index = await fetch(server.url('/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('ChipLens sample articles');

    expect(await (await fetch(server.url('/extra/note.txt'))).text()).toBe('registered at start');
    server.add('/extra/page', '<!doctype html><p>Added later</p>');
    const added = await fetch(server.url('/extra/page'));
    expect(added.headers.get('content-type')).toContain('text/html');
    expect(await added.text()).toContain('Added later');

    expect((await fetch(server.url('/missing.html'))).status).toBe(404);
    // Raw paths: fetch would normalise the dots away. %2f survives URL parsing and decodes to a slash.
    expect(await rawStatus(server, '/..%2fpackage.json')).toBe(404);
    expect(await rawStatus(server, '/..%2f..%2fetc%2fhostname')).toBe(404);
  });
});

describe('extension in Chromium', () => {
  it('loads and starts its service worker', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await browser.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
    expect(await isServiceWorkerRunning(browser.context, browser.extensionId)).toBe(true);
  });

  it('renders the popup as a page', async () => {
    const errors: string[] = [];
    const popup = await browser.context.newPage();
    popup.on('pageerror', (error) => errors.push(error.message));
    try {
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      // Preact rendered into the mount point, and nothing threw while it did.
      await expect.poll(() => popup.locator('#app > *').count()).toBeGreaterThan(0);
      expect(await popup.locator('#app').innerText()).not.toBe('');
      expect(errors).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('opens every sample article from the local server', async () => {
    const articles = (await readdir(SAMPLES_DIR)).filter((f) => f.endsWith('.html') && f !== 'index.html');
    expect(articles.length).toBeGreaterThanOrEqual(5);
    const page = await browser.context.newPage();
    try {
      for (const file of articles) {
        const response = await page.goto(server.url('/' + file));
        expect(response?.status(), file).toBe(200);
        expect(await page.locator('article h1').count(), file).toBe(1);
        expect(await page.locator('link[rel=canonical]').getAttribute('href'), file).toMatch(/^https:\/\//);
        expect(await page.locator('meta[property="article:published_time"]').count(), file).toBe(1);
        // The stylesheet is served too, so the pages look like what they imitate.
        expect(await page.evaluate(() => getComputedStyle(document.body).marginTop), file).toBe('0px');
      }
    } finally {
      await page.close();
    }
  });

  it('stops the service worker, and a message from an extension page starts a fresh one', async () => {
    const { context, extensionId } = browser;
    const before = await browser.serviceWorker();
    // In-memory state of this worker instance; a restarted worker will not have it.
    await before.evaluate(() => {
      (globalThis as { smokeMarker?: string }).smokeMarker = 'first instance';
    });

    await stopServiceWorker(context, extensionId);
    expect(await isServiceWorkerRunning(context, extensionId)).toBe(false);

    const popup = await browser.extensionPage('popup.html');
    try {
      // The stub background has no listener yet, so the message may be rejected; it still wakes the worker.
      await popup.evaluate(() => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
        return chrome.runtime.sendMessage({ type: 'smoke-ping' }).catch(() => undefined);
      });
      await waitUntil(() => isServiceWorkerRunning(context, extensionId), 10_000, 'the worker to restart');
      const after = await browser.serviceWorker();
      expect(await after.evaluate(() => (globalThis as { smokeMarker?: string }).smokeMarker ?? 'fresh')).toBe('fresh');
    } finally {
      await popup.close();
    }
  });
});
