/**
 * Page benchmark: a long article page (≥ 1 MB of text) in Chromium, as the browser sees it. ChipLens's cost is the
 * page's main-thread time (CDP TaskDuration: every task of the renderer's main thread, style and layout included)
 * with the built extension minus without it, in the same run, fresh tabs, interleaved; long tasks come from a
 * `longtask` observer installed before the page's scripts; the first highlight from a main-world poller on
 * `CSS.highlights`, against DOMContentLoaded (bench/browser-load.ts). mark.js then highlights the same page in the
 * browser without the extension, given the same terms ChipLens found there, and its main-thread time is read the
 * same way. Article text comes from the project's own samples and, when present, the shared articles (read at run
 * time, never stored).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { annotate } from '../lib/extract/index.ts';
import { decodeEntities } from '../lib/html-text.ts';
import { launchWithExtension, startServer, tabSummaries } from '../tests/e2e/harness.ts';
import type { PageSummary } from '../lib/page-protocol.ts';
import { firstStageFiles } from './cost.ts';
import { costLoad, firstHighlightLoad, launchPlain, metrics, OBSERVE_LONG_TASKS, sleep, type Sample } from './browser-load.ts';
import { ensureBuild } from './build.ts';
import { median, shuffled, type BenchResult } from './util.ts';

const ROOT = join(import.meta.dirname ?? '.', '..');
/** Article text on the page, in UTF-16 code units (as the content script counts it). */
const TARGET_CHARS = 1_000_000;
const MARKJS = join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
/** Loads with and without ChipLens (a fresh tab each; times are medians, worst cases the worst of all runs). */
const RUNS = 3;

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


const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page whose article holds at least {@link TARGET_CHARS} characters in many paragraphs. */
export function longPage(): { html: string; chars: number; paragraphs: number; texts: string[] } {
  const pool = paragraphs();
  const body: string[] = [];
  const texts: string[] = [];
  let chars = 0;
  for (let round = 1; chars < TARGET_CHARS; round++) {
    for (const p of shuffled(pool, round)) {
      body.push(`<p>${esc(p)}</p>`);
      texts.push(p);
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
  return { html, chars, paragraphs: body.length, texts };
}

interface MarkJsRun {
  /** Main-thread time of the page while mark.js ran (CDP TaskDuration delta). */
  taskMs: number;
  wallMs: number;
  marks: number;
}

/**
 * The texts ChipLens highlights on the page, as its extractor finds them in the page's paragraphs (the browser paints
 * only the ranges near the viewport, so the page's registry holds a few of them at a time): the terms mark.js is given.
 */
function termsFound(texts: string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const m of annotate(t).mentions) out.add(m.text);
  return [...out];
}

/** mark.js as a page would use it: `new Mark(article).mark(terms)`; one DOM walk per term. */
async function measureMarkJs(context: BrowserContext, url: string, terms: string[]): Promise<MarkJsRun> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await tab.goto(url, { timeout: 120_000 });
    await tab.addScriptTag({ path: MARKJS });
    await sleep(500);
    const m0 = await metrics(cdp);
    const r = await tab.evaluate(async (terms) => {
      const W = window as unknown as { Mark: new (ctx: Element) => { mark(t: string[], o: object): void } };
      const t0 = performance.now();
      let marks = 0;
      await new Promise<void>((done) =>
        new W.Mark(document.querySelector('article')!).mark(terms, {
          // Whole terms, whole words, no diacritics expansion: closest to ChipLens.
          separateWordSearch: false,
          diacritics: false,
          accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '(', ')', '"', "'", '’', '“', '”', '„', '«', '»', '-', '–', '/'] },
          each: () => void marks++,
          done: () => done(),
        }),
      );
      return { wallMs: performance.now() - t0, marks };
    }, terms);
    // Style and layout of the new elements run after the script: give them their frames.
    await sleep(1000);
    const m1 = await metrics(cdp);
    await cdp.detach().catch(() => undefined);
    return { taskMs: (m1.TaskDuration - m0.TaskDuration) * 1000, ...r };
  } finally {
    await tab.close();
  }
}

const gz = (path: string) => (existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : NaN);

/** The `page` section of `npm run bench`: builds the extension if needed, measures, returns the table. */
export async function benchPage(): Promise<{ title: string; rows: BenchResult[] }> {
  const build = ensureBuild();
  const firstStage = firstStageFiles(build.dir).reduce((sum, f) => sum + gz(join(build.dir, f)), 0);
  const annotator = gz(join(build.dir, 'annotator.js'));
  const page = longPage();
  const server = await startServer({ '/long': { body: page.html } });
  const url = server.url('/long');
  console.log(`\nPage benchmark: ${build.note}; ${(page.chars / 1e6).toFixed(2)} M characters in ${page.paragraphs} paragraphs`);

  const ext = await launchWithExtension();
  const plain = await launchPlain();
  const withExt: Sample[] = [];
  const without: Sample[] = [];
  const firsts: (number | null)[] = [];
  const frames: (number | null)[] = [];
  let terms: string[] = [];
  let marks = 0;
  let mj: MarkJsRun;
  try {
    await ext.context.addInitScript(OBSERVE_LONG_TASKS);
    await plain.context.addInitScript(OBSERVE_LONG_TASKS);
    // Settled only once the annotator has read the page to its end (its answer to `page/summary` waits for that),
    // asked from an extension page, which runs in a process of its own.
    const asker = await ext.extensionPage('options.html');
    const finished = async () => {
      const done = (await tabSummaries<PageSummary>(asker)).find((t) => t.summary.url === url && t.summary.runs > 0);
      if (done) marks = done.summary.marks;
      return !!done;
    };
    for (let i = 0; i < RUNS; i++) {
      // Which browser goes first alternates, so neither always loads a cold server.
      const pair = i % 2 ? [plain, ext] : [ext, plain];
      for (const b of pair) (b === ext ? withExt : without).push(await costLoad(b.context, url, b === ext ? finished : undefined));
    }
    await asker.close();
    for (let i = 0; i < RUNS; i++) {
      // A 1 MB page takes its time to lay itself out: wait longer than on an ordinary article.
      const f = await firstHighlightLoad(ext.context, url, 15_000);
      firsts.push(f.afterDclMs);
      frames.push(f.firstFrameAfterDclMs);
    }
    terms = termsFound(page.texts);
    mj = await measureMarkJs(plain.context, url, terms);
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
  }

  const extra = median(withExt.map((w, i) => w.task - without[i].task));
  const extraThread = median(withExt.map((w, i) => w.thread - without[i].thread));
  const longest = Math.max(0, ...withExt.map((w) => w.longestAfterDcl));
  const longestWithout = Math.max(0, ...without.map((w) => w.longestAfterDcl));
  const first = median(firsts.map((f) => f ?? NaN));
  const firstFrame = median(frames.map((f) => f ?? NaN));
  const highlights = withExt[0]?.highlights.join(', ') ?? '';
  const ratio = mj.taskMs / extra;
  console.log(`  with ChipLens: ${withExt.map((w) => w.task.toFixed(0)).join(' / ')} ms; without: ${without.map((w) => w.task.toFixed(0)).join(' / ')} ms (TaskDuration per load); highlights: ${highlights}; ranges ChipLens held when the last load settled: ${marks}`);
  const rows: BenchResult[] = [
    { name: `ChipLens: extra main-thread time, 1 MB page (median of ${RUNS})`, value: extra, unit: 'ms', goal: '≤ 400', ok: extra <= 400 },
    { name: 'ChipLens: extra main-thread CPU (ThreadTime, median)', value: extraThread, unit: 'ms' },
    { name: 'ChipLens: longest task after DOMContentLoaded (worst load)', value: longest, unit: 'ms', goal: '≤ 50', ok: longest <= 50 },
    { name: '  the same page without ChipLens: longest task after DCL', value: longestWithout, unit: 'ms' },
    { name: 'ChipLens: first highlight after DOMContentLoaded (median)', value: first, unit: 'ms', goal: '≤ 100', ok: first <= 100 },
    { name: "  the page's own first frame after DOMContentLoaded (median)", value: firstFrame, unit: 'ms' },
    { name: `mark.js 8.11 with the ${terms.length} terms ChipLens found: main-thread time`, value: mj.taskMs, unit: 'ms' },
    { name: 'mark.js: wall time of its run', value: mj.wallMs, unit: 'ms' },
    { name: 'mark.js: marks on the page', value: mj.marks, unit: '' },
    { name: 'mark.js main-thread time / ChipLens extra main-thread time', value: ratio, unit: '×', goal: '≥ 10', ok: ratio >= 10 },
    { name: 'first stage, gzip -9', value: firstStage / 1000, unit: 'kB', goal: '≤ 15', ok: firstStage / 1000 <= 15 },
    { name: 'annotator (loaded on chip pages only), gzip -9', value: annotator / 1000, unit: 'kB' },
  ];
  return { title: 'Page (Chromium, 1 MB article; built extension against the same browser without it, and mark.js, in one run)', rows };
}
