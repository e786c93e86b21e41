/**
 * Page benchmark: a long article page (≥ 1 MB of text) in Chromium, annotated by the built extension, and the
 * same page highlighted by mark.js with the same term list (every alias of the knowledge base) in the same run.
 *
 * ChipLens's figures come from the page itself: the controller's `chiplens:annotate` measure (main-thread
 * busy time, longest slice, first mark, marks) and a `longtask` PerformanceObserver installed before the
 * page's own scripts. mark.js runs in a Chromium without the extension, on an identical copy of the page.
 * Article text comes from the project's own samples and, when present, the shared articles (read at run
 * time, never stored).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { decodeEntities } from '../lib/html-text.ts';
import { KB_ENTITIES } from '../lib/kb/index.ts';
import { CHROMIUM_PATH, chromiumArgs, launchWithExtension, startServer } from '../tests/e2e/harness.ts';
import { ensureBuild } from './build.ts';
import { median, type BenchResult } from './util.ts';

const ROOT = join(import.meta.dirname ?? '.', '..');
/** Article text on the page, in UTF-16 code units (as the content script counts it). */
const TARGET_CHARS = 1_000_000;
const MARKJS = join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
/** ChipLens runs (a fresh tab each; times are medians, worst cases are the worst of all runs). mark.js runs once: it takes about a minute. */
const CHIPLENS_RUNS = 3;

/** Paragraphs of the project's own chip articles and of the shared articles when present. */
function paragraphs(): string[] {
  const out: string[] = [];
  const samples = join(ROOT, 'samples');
  for (const f of readdirSync(samples).filter((f) => f.endsWith('.html') && f !== 'index.html' && !f.includes('crisps'))) {
    const article = /<article>([\s\S]*?)<\/article>/.exec(readFileSync(join(samples, f), 'utf8'))?.[1] ?? '';
    for (const m of article.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)) {
      const t = decodeEntities(m[1].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
      if (t.length > 40) out.push(t);
    }
  }
  const shared = join(ROOT, '..', 'shared', 'fixtures', 'articles');
  if (existsSync(shared)) {
    for (const f of readdirSync(shared).filter((f) => f.endsWith('.txt'))) {
      for (const line of readFileSync(join(shared, f), 'utf8').split('\n')) if (line.trim().length > 40) out.push(line.trim());
    }
  }
  return out;
}

/** Deterministic shuffle (mulberry32), so every run measures the same page. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page whose article holds at least {@link TARGET_CHARS} characters in many paragraphs. */
export function longPage(): { html: string; chars: number; paragraphs: number } {
  const pool = paragraphs();
  const body: string[] = [];
  let chars = 0;
  for (let round = 1; chars < TARGET_CHARS; round++) {
    for (const p of shuffled(pool, round)) {
      body.push(`<p>${esc(p)}</p>`);
      chars += p.length;
      if (chars >= TARGET_CHARS) break;
    }
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long chip article</title>
<link rel="stylesheet" href="/site.css"></head><body>
<header class="site-header"><a class="brand" href="/">Bench Times</a><nav><ul><li><a href="/">Home</a></li><li><a href="/chips">Chips</a></li></ul></nav></header>
<div class="layout"><main><article><h1>AI chips: a very long read</h1>
${body.join('\n')}
</article></main></div>
<footer class="site-footer"><p>© Bench Times</p></footer></body></html>`;
  return { html, chars, paragraphs: body.length };
}

/** Records long tasks from the start, before the page's own scripts and the content script. */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });`;

interface LongTask {
  start: number;
  duration: number;
}

/** One ChipLens run on the long page, as the page's performance timeline tells it. */
export interface ChipLensRun {
  endToEndMs: number;
  busyMs: number;
  longestSliceMs: number;
  firstMarkMs: number | null;
  /** The first mark since navigation start (page load and the content script's start included). */
  firstMarkSinceNavMs: number | null;
  marks: number;
  chars: number;
  mentions: number;
  /** Long tasks overlapping the run; `start` relative to the run's start. */
  longTasks: LongTask[];
}

/**
 * Loads `url` in a tab of a Chromium with ChipLens and reads the content script's first run from the page's
 * performance timeline (see the controller's `chiplens:annotate` measure), with the long tasks that overlap it.
 */
export async function measureChipLens(page: Page, url: string): Promise<ChipLensRun> {
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('chiplens:annotate', 'measure').length > 0, null, { timeout: 300_000, polling: 200 });
  // Long tasks are reported after they end: give the last one time to arrive.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const m = performance.getEntriesByName('chiplens:annotate', 'measure')[0] as PerformanceMeasure;
    const d = m.detail as Omit<ChipLensRun, 'endToEndMs' | 'longTasks' | 'firstMarkSinceNavMs'>;
    const first = performance.getEntriesByName('chiplens:first-mark', 'mark')[0];
    const all = (window as unknown as { __longTasks: LongTask[] }).__longTasks;
    const end = m.startTime + m.duration;
    // Tasks that overlap the run (the page's own parsing and layout before it are not ChipLens's).
    const longTasks = all.filter((t) => t.start + t.duration > m.startTime && t.start < end);
    return {
      ...d,
      endToEndMs: m.duration,
      firstMarkSinceNavMs: first ? first.startTime : null,
      longTasks: longTasks.map((t) => ({ start: t.start - m.startTime, duration: t.duration })),
    };
  });
}

interface MarkJsRun {
  ms: number;
  marks: number;
  longestTaskMs: number;
}

/** mark.js as a page would use it: `new Mark(article).mark(terms)`; one DOM walk per term. */
async function measureMarkJs(page: Page, url: string, terms: string[]): Promise<MarkJsRun> {
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(url, { timeout: 120_000 });
  await page.addScriptTag({ path: MARKJS });
  await page.waitForTimeout(300);
  return page.evaluate(async (terms) => {
    const W = window as unknown as {
      Mark: new (ctx: Element) => { mark(t: string[], o: object): void };
      __longTasks: LongTask[];
    };
    const ctx = document.querySelector('article')!;
    const before = W.__longTasks.length;
    const t0 = performance.now();
    let marks = 0;
    await new Promise<void>((done) =>
      new W.Mark(ctx).mark(terms, {
        // Whole aliases ("Ascend 910C" as one term), whole words, no diacritics expansion: closest to ChipLens.
        separateWordSearch: false,
        diacritics: false,
        accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '(', ')', '"', "'", '’', '“', '”', '„', '«', '»', '-', '–', '/'] },
        each: () => void marks++,
        done: () => done(),
      }),
    );
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300));
    const tasks = W.__longTasks.slice(before);
    return { ms, marks, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)) };
  }, terms);
}

/** The `page` section of `npm run bench`: builds the extension if needed, measures, returns the table. */
export async function benchPage(): Promise<{ title: string; rows: BenchResult[] }> {
  const build = ensureBuild();
  const contentJs = readFileSync(join(build.dir, 'content-scripts', 'content.js'));
  const gzipBytes = gzipSync(contentJs, { level: 9 }).length;
  // Decimal kilobytes: the stricter reading of the 80 KB budget.
  const gzipKb = gzipBytes / 1000;
  const page = longPage();
  const terms = [...new Set(KB_ENTITIES.flatMap((e) => e.aliases))];
  const server = await startServer({ '/long': { body: page.html } });
  console.log(`\nPage benchmark: ${build.note}; ${(page.chars / 1e6).toFixed(2)} M characters in ${page.paragraphs} paragraphs`);

  const runs: ChipLensRun[] = [];
  const ext = await launchWithExtension();
  try {
    for (let i = 0; i < CHIPLENS_RUNS; i++) {
      const tab = await ext.context.newPage();
      runs.push(await measureChipLens(tab, server.url('/long')));
      await tab.close();
    }
  } finally {
    await ext.close();
  }
  const med = (f: (r: ChipLensRun) => number | null) => median(runs.map((r) => f(r) ?? NaN));
  const cl = {
    ...runs[0],
    busyMs: med((r) => r.busyMs),
    endToEndMs: med((r) => r.endToEndMs),
    firstMarkMs: med((r) => r.firstMarkMs),
    firstMarkSinceNavMs: med((r) => r.firstMarkSinceNavMs),
    longestSliceMs: Math.max(...runs.map((r) => r.longestSliceMs)),
    longTasks: runs.flatMap((r) => r.longTasks),
  };

  let mj: MarkJsRun;
  const plain = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs('').filter((a) => !a.includes('extension')),
  });
  try {
    mj = await measureMarkJs(await plain.newPage(), server.url('/long'), terms);
  } finally {
    await plain.close();
    await server.close();
  }

  const longestTask = Math.max(0, ...cl.longTasks.map((t) => t.duration));
  if (cl.longTasks.length) {
    console.log(`  long tasks during the ChipLens runs: ${cl.longTasks.map((t) => `${Math.round(t.duration)} ms at +${Math.round(t.start)} ms`).join(', ')}`);
  }
  const ratio = mj.ms / cl.endToEndMs;
  const rows: BenchResult[] = [
    { name: `page text read by ChipLens (${cl.mentions} mentions found)`, value: cl.chars / 1e6, unit: 'M chr', goal: '≥ 1', ok: cl.chars >= TARGET_CHARS },
    { name: `ChipLens: main-thread time, annotate + highlight (${runs.length} runs)`, value: cl.busyMs, unit: 'ms' },
    { name: 'ChipLens: end to end, run start to last mark (median)', value: cl.endToEndMs, unit: 'ms' },
    { name: 'ChipLens: longest slice (controller; worst run)', value: cl.longestSliceMs, unit: 'ms', goal: '≤ 50', ok: cl.longestSliceMs <= 50 },
    { name: 'ChipLens: tasks over 50 ms during the runs (longtask API)', value: cl.longTasks.length, unit: '', goal: '0', ok: cl.longTasks.length === 0 },
    ...(cl.longTasks.length ? [{ name: 'ChipLens: longest of those tasks', value: longestTask, unit: 'ms', goal: '≤ 50', ok: false }] : []),
    {
      name: 'ChipLens: time to first highlight (from run start)',
      value: cl.firstMarkMs ?? NaN,
      unit: 'ms',
      goal: '≤ 100',
      ok: cl.firstMarkMs !== null && cl.firstMarkMs <= 100,
    },
    { name: 'ChipLens: first highlight since navigation start', value: cl.firstMarkSinceNavMs, unit: 'ms' },
    { name: 'ChipLens: marks on the page', value: cl.marks, unit: '' },
    { name: `mark.js 8.11: ${terms.length} KB aliases, end to end`, value: mj.ms, unit: 'ms' },
    { name: 'mark.js: longest task', value: mj.longestTaskMs, unit: 'ms' },
    { name: 'mark.js: marks on the page', value: mj.marks, unit: '' },
    { name: 'mark.js time / ChipLens time (end to end)', value: ratio, unit: '×', goal: '≥ 5', ok: ratio >= 5 },
    { name: `content-script bundle, gzip -9 (${gzipBytes} bytes)`, value: gzipKb, unit: 'kB', goal: '≤ 80', ok: gzipKb <= 80 },
  ];
  return { title: 'Page (Chromium, built extension; same page with mark.js in the same run)', rows };
}
