/**
 * One page load as the browser sees it, for the cost and page benchmarks: main-thread time from CDP
 * `Performance.getMetrics` once the page has settled, long tasks from a `longtask` observer installed before the
 * page's own scripts, the first frame with a ChipLens highlight, and a Chromium without the extension to compare
 * with. See bench/cost.ts for how "settled" is decided and why the first-highlight poller runs in a pass of its own.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/e2e/harness.ts';

/**
 * After the load event, TaskDuration is read every QUIET_MS; the page has settled at the first window in which it
 * grew by less than QUIET_GROWTH_MS, but not before MIN_SETTLE_MS (a content script at document_idle has started
 * by then), nor later than MAX_SETTLE_MS.
 */
export const QUIET_MS = 200;
export const MIN_SETTLE_MS = 400;
/** Headroom for the readings themselves and an idle page's timers (measured here: about 0.5 ms per 200 ms). */
export const QUIET_GROWTH_MS = 3;
export const MAX_SETTLE_MS = 8_000;
const NAV_TIMEOUT_MS = 30_000;
/** Hard limit for one load, whatever hangs. */
const LOAD_TIMEOUT_MS = 45_000;
/** The first-highlight poller gives up this long after DOMContentLoaded. */
export const HIGHLIGHT_WAIT_MS = 2_000;
/** One load in one browser. Times in ms; NaN when the load failed. */
export interface Sample {
  task: number;
  script: number;
  /** The main thread's own CPU time (CDP ThreadTime): steadier than TaskDuration on a busy machine. */
  thread: number;
  layout: number;
  longestTask: number;
  /** Longest task that started after DOMContentLoaded (0 when none ≥ 50 ms). */
  longestAfterDcl: number;
  highlights: string[];
  settled: boolean;
  error?: string;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}


/** Main world, before the page's scripts: long tasks from the start of the document. */
export const OBSERVE_LONG_TASKS = `(() => {
  const state = { longTasks: [] };
  Object.defineProperty(window, '__chiplensCostBench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { state.error = String(e); }
})();`;

/**
 * Main world, before the page's scripts: the first frame in which a chiplens-* highlight has ranges and its
 * `::highlight` rules are in the page (ranges without them show nothing; a build that lost its stylesheet once
 * looked faster here).
 */
const pollFirstHighlight = (waitMs: number) => `(() => {
  const state = { first: null, firstFrame: null, names: [], done: false };
  Object.defineProperty(window, '__chiplensFirstHighlight', { value: state });
  const names = () => {
    const out = [];
    if (typeof CSS === 'undefined' || !CSS.highlights) return out;
    CSS.highlights.forEach((h, name) => { if (String(name).startsWith('chiplens-') && h.size > 0) out.push(name); });
    return out;
  };
  const styled = () => {
    for (const sheet of [...(document.adoptedStyleSheets || []), ...document.styleSheets]) {
      let rules = [];
      try { rules = sheet.cssRules; } catch (e) { continue; }
      for (const r of rules) if (r.cssText.includes('::highlight(chiplens-')) return true;
    }
    return false;
  };
  const tick = () => {
    const nav0 = performance.getEntriesByType('navigation')[0];
    if (state.firstFrame === null && nav0 && nav0.domContentLoadedEventEnd > 0) state.firstFrame = performance.now();
    const found = names();
    if (found.length && styled()) { state.first = performance.now(); state.names = found; state.done = true; return; }
    const nav = performance.getEntriesByType('navigation')[0];
    const dcl = nav && nav.domContentLoadedEventEnd > 0 ? nav.domContentLoadedEventEnd : null;
    if (dcl !== null && performance.now() > dcl + ${waitMs}) { state.done = true; return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await withTimeout(cdp.send('Performance.getMetrics'), 10_000, 'Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const failed = (error: string): Sample => ({ task: NaN, thread: NaN, script: NaN, layout: NaN, longestTask: NaN, longestAfterDcl: NaN, highlights: [], settled: false, error });

/**
 * One load of `url` in a fresh tab of `context`; see the module comment. `finished`, when given, must also say so
 * before the page counts as settled: work ChipLens waits for elsewhere (the rest of a long page read in the
 * background) leaves the page's main thread quiet for a while, and its last part would otherwise go uncounted.
 */
export async function costLoad(context: BrowserContext, url: string, finished?: () => Promise<boolean>): Promise<Sample> {
  let page: Page | undefined;
  try {
    page = await withTimeout(context.newPage(), 15_000, 'opening a tab');
    const tab = page;
    return await withTimeout(
      (async (): Promise<Sample> => {
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Performance.enable');
        const m0 = await metrics(cdp);
        await tab.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
        const loaded = Date.now();
        let m = await metrics(cdp);
        let settled = false;
        while (!settled && Date.now() - loaded < MAX_SETTLE_MS) {
          await sleep(QUIET_MS);
          const next = await metrics(cdp);
          settled = (next.TaskDuration - m.TaskDuration) * 1000 < QUIET_GROWTH_MS && Date.now() - loaded >= MIN_SETTLE_MS && (!finished || (await finished()));
          m = next;
        }
        const seen = await tab.evaluate(() => {
          const state = (window as unknown as { __chiplensCostBench?: { longTasks: { start: number; duration: number }[] } }).__chiplensCostBench;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const dcl = nav?.domContentLoadedEventEnd ?? 0;
          const highlights: string[] = [];
          if (typeof CSS !== 'undefined' && CSS.highlights) {
            CSS.highlights.forEach((h, name) => {
              if (String(name).startsWith('chiplens-') && h.size > 0) highlights.push(`${name}×${h.size}`);
            });
          }
          const tasks = state?.longTasks ?? [];
          return { longTasks: tasks.map((t) => t.duration), afterDcl: tasks.filter((t) => t.start >= dcl).map((t) => t.duration), highlights };
        });
        await cdp.detach().catch(() => undefined);
        const d = (k: string) => ((m[k] ?? NaN) - (m0[k] ?? 0)) * 1000;
        return {
          task: d('TaskDuration'),
          thread: d('ThreadTime'),
          script: d('ScriptDuration'),
          layout: d('LayoutDuration'),
          longestTask: Math.max(0, ...seen.longTasks),
          longestAfterDcl: Math.max(0, ...seen.afterDcl),
          highlights: seen.highlights,
          settled,
        };
      })(),
      LOAD_TIMEOUT_MS,
      `loading ${url}`,
    );
  } catch (error) {
    return failed(String(error instanceof Error ? error.message : error).split('\n')[0]);
  } finally {
    if (page) await withTimeout(page.close(), 10_000, 'closing a tab').catch(() => undefined);
  }
}

export interface FirstHighlight {
  /** First highlight minus domContentLoadedEventEnd, ms; null when none appeared in time. */
  afterDclMs: number | null;
  /** The page's first frame after DOMContentLoaded, minus domContentLoadedEventEnd: no highlight can show sooner. */
  firstFrameAfterDclMs: number | null;
  dclEndMs: number;
  names: string[];
  error?: string;
}

export async function firstHighlightLoad(context: BrowserContext, url: string, waitMs = HIGHLIGHT_WAIT_MS): Promise<FirstHighlight> {
  let page: Page | undefined;
  try {
    page = await withTimeout(context.newPage(), 15_000, 'opening a tab');
    const tab = page;
    return await withTimeout(
      (async (): Promise<FirstHighlight> => {
        await tab.addInitScript(pollFirstHighlight(waitMs));
        await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: NAV_TIMEOUT_MS });
        await tab.waitForFunction(() => (window as unknown as { __chiplensFirstHighlight?: { done: boolean } }).__chiplensFirstHighlight?.done === true, null, {
          timeout: waitMs + 10_000,
          polling: 100,
        });
        return tab.evaluate(() => {
          const s = (window as unknown as { __chiplensFirstHighlight: { first: number | null; firstFrame: number | null; names: string[] } }).__chiplensFirstHighlight;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const dcl = nav.domContentLoadedEventEnd;
          return { afterDclMs: s.first === null ? null : s.first - dcl, firstFrameAfterDclMs: s.firstFrame === null ? null : s.firstFrame - dcl, dclEndMs: dcl, names: s.names };
        });
      })(),
      LOAD_TIMEOUT_MS,
      `loading ${url}`,
    );
  } catch (error) {
    return { afterDclMs: null, firstFrameAfterDclMs: null, dclEndMs: NaN, names: [], error: String(error instanceof Error ? error.message : error).split('\n')[0] };
  } finally {
    if (page) await withTimeout(page.close(), 10_000, 'closing a tab').catch(() => undefined);
  }
}

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A Chromium like the harness's with `args`, in a fresh profile; `cleanup` is removed with it. */
async function launchWith(args: string[], cleanup: string[] = []): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'chiplens-cost-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args });
  return {
    context,
    close: async () => {
      await withTimeout(context.close(), 20_000, 'closing Chromium').catch(() => undefined);
      for (const dir of [profile, ...cleanup]) await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** A Chromium like the harness's, without the extension: the same flags minus the two extension flags. */
export function launchPlain(): Promise<BenchBrowser> {
  return launchWith(chromiumArgs('').filter((a) => !a.includes('extension')));
}

/**
 * A Chromium with the least an extension that reads pages can be: a content script on every page from its start
 * (as ChipLens's first stage) that does nothing, and an empty service worker. What it costs a page is what the
 * browser charges any such extension (the script's own world, its injection), which no code of ChipLens can
 * save, plus the noise of the measurement itself.
 */
export async function launchReference(): Promise<BenchBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'chiplens-cost-reference-'));
  const manifest = {
    manifest_version: 3,
    name: 'reference: a content script that does nothing',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_start' }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'background.js'), '');
  await writeFile(join(dir, 'content.js'), 'void 0;\n');
  return launchWith(chromiumArgs(dir), [dir]);
}

