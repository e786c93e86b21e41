/**
 * Cost benchmark (`npm run bench -- cost`): what ChipLens costs the pages a reader opens that are NOT about
 * chips, as the browser itself sees it, and how soon the first highlight shows on pages that are.
 *
 * Pages: the corpus in bench/cost-pages/ (non-chip pages written for this project: news front pages whose menus
 * and footers name Apple, Google, Microsoft, Intel, Samsung and Amazon, encyclopedia articles, blogs, docs,
 * sport, politics, recipes, travel, reviews naming one chip firm in passing, French/Spanish/Italian/Dutch pages,
 * tiny pages, a 300 kB comment thread), one ~1 MB non-chip page generated here from the corpus's own English
 * paragraphs (deterministic), and the project's chip sample articles (samples/*.html but the index and crisps).
 *
 * Cost: three Chromiums run side by side, one with the built extension (tests/e2e/harness.ts), one without
 * (same flags minus the two extension flags, also a fresh persistent profile) and a reference: one with an
 * extension whose content script, on every page from its start, does nothing (bench/browser-load.ts). Every page
 * is loaded in a fresh tab of each, interleaved (which browser goes first rotates), REPS times. Per load, CDP `Performance.enable`
 * before navigation, then `Performance.getMetrics` once the page has settled: read every QUIET_MS after the load
 * event, settled at the first window in which TaskDuration grew by less than QUIET_GROWTH_MS, no sooner than
 * MIN_SETTLE_MS after load (capped at MAX_SETTLE_MS). Each reading costs the page well under a millisecond.
 * TaskDuration (all main-thread tasks of the page's renderer, content scripts included), ScriptDuration and
 * LayoutDuration are read there; a page's extra is the median over repetitions of (with − without). The
 * reference's extra, read the same way, is what the browser charges any extension that reads pages (and the
 * measurement's noise); ChipLens above it is the median of (with − reference). A `longtask`
 * PerformanceObserver is installed by `addInitScript` before the page's own scripts; at the same settle point the
 * page's `CSS.highlights` is read for any `chiplens-*` highlight with ranges (there must be none on a non-chip
 * page).
 *
 * First highlight: a separate pass over the chip pages with the extension only, because the poller it needs
 * (a main-world `requestAnimationFrame` loop installed by `addInitScript`) costs the page ~35 ms of main-thread
 * time per second (measured here), which would swamp the cost figures. The poller records `performance.now()`
 * the first time `CSS.highlights` holds a `chiplens-*` highlight with size > 0 and stops then, or HIGHLIGHT_WAIT_MS
 * after DOMContentLoaded. The figure is that time minus the navigation entry's `domContentLoadedEventEnd`.
 * Highlights are CSS Custom Highlight API ranges; marks in the DOM and the content script's own performance
 * entries are not looked at.
 *
 * Sizes: gzip -9 of the first stage (the manifest's content scripts) and of the
 * annotator, an unlisted script (annotator.js or content-scripts/annotator.js) when the build has one.
 *
 * Environment: CHIPLENS_OUT_DIR picks the build (as for the browser tests); CHIPLENS_COST_REPS (default 3) and
 * CHIPLENS_COST_PAGES (a substring: only the pages whose name contains it) make quicker runs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeEntities } from '../lib/html-text.ts';
import { launchWithExtension, SAMPLES_DIR, startServer, type Route } from '../tests/e2e/harness.ts';
import { costLoad, firstHighlightLoad, HIGHLIGHT_WAIT_MS, launchPlain, launchReference, MAX_SETTLE_MS, MIN_SETTLE_MS, OBSERVE_LONG_TASKS, QUIET_GROWTH_MS, QUIET_MS, withTimeout, type FirstHighlight, type Sample } from './browser-load.ts';
import { ensureBuild } from './build.ts';
import { median, quantile, shuffled, type BenchResult } from './util.ts';

const ROOT = join(import.meta.dirname ?? '.', '..');
const CORPUS_DIR = join(ROOT, 'bench', 'cost-pages');

const REPS = Math.max(1, Number(process.env.CHIPLENS_COST_REPS) || 3);
const ONLY = process.env.CHIPLENS_COST_PAGES ?? '';
/** Size of the generated non-chip page, in bytes of HTML. */
const LONG_PAGE_BYTES = 1_000_000;
const LONG_PAGE = 'en-longread-generated-1mb.html';

const GOAL_MEDIAN_MS = 5;
const GOAL_P90_MS = 15;
const GOAL_FIRST_HIGHLIGHT_MS = 100;
const GOAL_FIRST_STAGE_KB = 15;

interface CostPage {
  name: string;
  /** Path on the test server. */
  path: string;
  bytes: number;
  kind: string;
  lang: string;
  chip: boolean;
}

interface PageResult {
  page: CostPage;
  withExt: Sample[];
  without: Sample[];
  reference: Sample[];
  extraTask: number;
  /** The reference extension's extra main-thread time (TaskDuration) and CPU time (ThreadTime). */
  referenceTask: number;
  referenceThread: number;
  /** ChipLens's main-thread time above the reference's (TaskDuration), and its CPU time (ThreadTime). */
  aboveReference: number;
  aboveReferenceThread: number;
  extraThread: number;
  extraScript: number;
  extraLayout: number;
  /** Longest task seen in any repetition, with and without the extension (0 when none ≥ 50 ms). */
  longestWith: number;
  longestWithout: number;
  highlighted: string[];
  unsettled: number;
  failed: number;
}


// ---------------------------------------------------------------------------------------------- pages

/** `en-news-front-….html` → lang "en", kind "news". */
function nameParts(file: string): { lang: string; kind: string } {
  const [lang = '?', kind = '?'] = file.replace(/\.html$/, '').split('-');
  return { lang, kind };
}

function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The chip sample articles: every sample page but the index and the crisps review. */
function chipSampleFiles(): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.html') && f !== 'index.html' && !f.includes('crisps'))
    .sort();
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');


/**
 * Paragraphs of the English corpus pages' main content. Those that name a company or a word a chip is named
 * after are left out: the long page repeats every paragraph about fifteen times, and a name said once in passing
 * on a real page must not become a name said fifteen times here.
 */
function corpusParagraphs(): string[] {
  const NAMES = /\b(?:AMD|Qualcomm|Samsung|Intel|Apple|Google|Microsoft|Amazon|Nvidia|Hopper|Lovelace|Telekom)\b/;
  const seen = new Set<string>();
  for (const f of corpusFiles().filter((f) => f.startsWith('en-'))) {
    const html = readFileSync(join(CORPUS_DIR, f), 'utf8');
    const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? html;
    for (const m of main.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
      const t = decodeEntities(m[1].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
      if (t.length >= 80 && !NAMES.test(t)) seen.add(t);
    }
  }
  return [...seen];
}

/** A ~1 MB non-chip page: a long-read archive page built from the corpus's paragraphs, the same every run. */
export function longNonChipPage(targetBytes = LONG_PAGE_BYTES): string {
  const pool = corpusParagraphs();
  if (!pool.length) throw new Error(`no English paragraphs in ${CORPUS_DIR}`);
  const head = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>The long read: a year in the valley | The Riverside Herald</title>
  <meta name="description" content="Everything we wrote about life in the valley this year, in one very long page.">
  <style>body { margin: 0; font: 17px/1.55 Georgia, serif; } header, footer { padding: 12px 24px; background: #f3f3f1; }
  .wrap { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 40px; max-width: 1180px; margin: 0 auto; padding: 0 24px; }
  aside { font: 14px Helvetica, Arial, sans-serif; }</style>
</head>
<body>
<header><a href="/"><b>The Riverside Herald</b></a>
<nav aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/food">Food</a></li><li><a href="/travel">Travel</a></li></ul></nav></header>
<div class="wrap">
<main><article>
<h1>The long read: a year in the valley</h1>
<p class="standfirst">Our reporters’ year, from council chambers to cricket grounds, gathered in one place.</p>
`;
  const tail = `</article></main>
<aside><h2>In this series</h2><ul><li><a href="/longread/spring">Spring</a></li><li><a href="/longread/summer">Summer</a></li><li><a href="/longread/autumn">Autumn</a></li></ul></aside>
</div>
<footer><p>© 2025 Riverside Media Ltd. <a href="/about/privacy">Privacy</a> · <a href="/about/terms">Terms</a></p></footer>
</body>
</html>
`;
  const parts: string[] = [head];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let chapter = 0;
  for (let round = 1; bytes < targetBytes; round++) {
    for (const [i, p] of shuffled(pool, round).entries()) {
      const chunk = `${i % 8 === 0 ? `<h2>Chapter ${++chapter}</h2>\n` : ''}<p>${esc(p)}</p>\n`;
      parts.push(chunk);
      bytes += Buffer.byteLength(chunk);
      if (bytes >= targetBytes) break;
    }
  }
  parts.push(tail);
  return parts.join('');
}

function collectPages(): { pages: CostPage[]; routes: Record<string, Route> } {
  const routes: Record<string, Route> = {};
  const pages: CostPage[] = [];
  for (const f of corpusFiles()) {
    const body = readFileSync(join(CORPUS_DIR, f));
    routes[`/cost/${f}`] = { body };
    pages.push({ name: f.replace(/\.html$/, ''), path: `/cost/${f}`, bytes: body.length, ...nameParts(f), chip: false });
  }
  const long = Buffer.from(longNonChipPage());
  routes[`/cost/${LONG_PAGE}`] = { body: long };
  pages.push({ name: LONG_PAGE.replace(/\.html$/, ''), path: `/cost/${LONG_PAGE}`, bytes: long.length, lang: 'en', kind: 'longread', chip: false });
  for (const f of chipSampleFiles()) {
    // Served from samples/ by the test server (with their stylesheet).
    pages.push({ name: f.replace(/\.html$/, ''), path: `/${f}`, bytes: statSync(join(SAMPLES_DIR, f)).size, lang: nameParts(f).lang, kind: 'chip', chip: true });
  }
  return { pages: ONLY ? pages.filter((p) => p.name.includes(ONLY)) : pages, routes };
}

// ------------------------------------------------------------------------------------------ reporting

const finite = (xs: number[]) => xs.filter((x) => Number.isFinite(x));

/** Median over repetitions of (a − b) in TaskDuration or another metric, loads that failed left out. */
function medianDifference(a: Sample[], b: Sample[], k: 'task' | 'thread' | 'script' | 'layout' = 'task'): number {
  return median(a.flatMap((x, i) => (Number.isFinite(x[k]) && Number.isFinite(b[i]?.[k]) ? [x[k] - b[i][k]] : [])));
}

function summarise(page: CostPage, withExt: Sample[], without: Sample[], reference: Sample[]): PageResult {
  const extra = (k: 'task' | 'thread' | 'script' | 'layout') => medianDifference(withExt, without, k);
  return {
    page,
    withExt,
    without,
    reference,
    extraTask: extra('task'),
    referenceTask: medianDifference(reference, without),
    referenceThread: medianDifference(reference, without, 'thread'),
    aboveReference: medianDifference(withExt, reference),
    aboveReferenceThread: medianDifference(withExt, reference, 'thread'),
    extraThread: extra('thread'),
    extraScript: extra('script'),
    extraLayout: extra('layout'),
    longestWith: Math.max(0, ...finite(withExt.map((s) => s.longestTask))),
    longestWithout: Math.max(0, ...finite(without.map((s) => s.longestTask))),
    highlighted: [...new Set(withExt.flatMap((s) => s.highlights))],
    unsettled: [...withExt, ...without, ...reference].filter((s) => !s.error && !s.settled).length,
    failed: [...withExt, ...without, ...reference].filter((s) => s.error).length,
  };
}

/** Median and p90 rows for per-page values. */
function spread(name: string, values: number[]): BenchResult[] {
  const xs = finite(values);
  return [
    { name: `${name}, median`, value: median(xs), unit: 'ms' },
    { name: `${name}, p90`, value: quantile(xs, 0.9), unit: 'ms' },
  ];
}

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

function printPageTable(results: PageResult[]): void {
  console.log(
    `  ${'page'.padEnd(42)} ${'KB'.padStart(6)} ${'kind'.padEnd(9)} ${'extra ms'.padStart(8)} ${'script'.padStart(7)} ${'layout'.padStart(7)} ${'ref ms'.padStart(7)} ${'longest task w/ · w/o'.padStart(22)}  notes`,
  );
  for (const r of results) {
    const notes = [
      r.highlighted.length ? `HIGHLIGHTS ${r.highlighted.join(' ')}` : '',
      r.unsettled ? `${r.unsettled} load(s) not quiet after ${MAX_SETTLE_MS / 1000} s` : '',
      r.failed ? `${r.failed} load(s) failed: ${[...r.withExt, ...r.without, ...r.reference].find((s) => s.error)?.error}` : '',
    ].filter(Boolean);
    console.log(
      `  ${r.page.name.slice(0, 42).padEnd(42)} ${(r.page.bytes / 1024).toFixed(1).padStart(6)} ${r.page.kind.slice(0, 9).padEnd(9)} ${fmt(r.extraTask).padStart(8)} ${fmt(r.extraScript).padStart(7)} ${fmt(r.extraLayout).padStart(7)} ${fmt(r.referenceTask).padStart(7)} ${`${fmt(r.longestWith, 0)} · ${fmt(r.longestWithout, 0)} ms`.padStart(22)}  ${notes.join('; ')}`,
    );
  }
}

/** The scripts every page loads at its start: the manifest's content scripts. */
export function firstStageFiles(buildDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  return [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
}

/** gzip -9 sizes of the first stage (every content script in the manifest) and of the annotator. */
function scriptSizes(buildDir: string): { rows: BenchResult[]; lines: string[] } {
  const rows: BenchResult[] = [];
  const lines: string[] = [];
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  const annotatorCandidates = ['annotator.js', join('content-scripts', 'annotator.js')];
  const annotator = annotatorCandidates.find((f) => existsSync(join(buildDir, f)));
  const files = firstStageFiles(buildDir);
  if (!files.length) lines.push(`  no content scripts in ${join(buildDir, 'manifest.json')}`);
  const bytes = files.reduce((sum, f) => sum + gz(join(buildDir, f)), 0);
  rows.push({
    name: `first stage (${files.join(', ')}), gzip -9 (${bytes} B)`,
    value: bytes / 1000,
    unit: 'kB',
    goal: `≤ ${GOAL_FIRST_STAGE_KB}`,
    ok: bytes / 1000 <= GOAL_FIRST_STAGE_KB,
  });
  if (annotator) {
    const bytes = gz(join(buildDir, annotator));
    rows.push({ name: `${annotator} (annotator), gzip -9 (${bytes} B)`, value: bytes / 1000, unit: 'kB' });
  } else {
    lines.push(`  annotator: not built as a separate file (looked for ${annotatorCandidates.join(', ')} in ${relative(ROOT, buildDir) || buildDir})`);
    rows.push({ name: 'annotator: not built as a separate file', value: NaN, unit: '' });
  }
  return { rows, lines };
}

// ------------------------------------------------------------------------------------------ the section

/** The `cost` section of `npm run bench`. */
export async function benchCost(): Promise<{ title: string; rows: BenchResult[] }> {
  const t0 = Date.now();
  const build = ensureBuild();
  const { pages, routes } = collectPages();
  if (!pages.length) throw new Error(`no pages to measure (CHIPLENS_COST_PAGES=${JSON.stringify(ONLY)})`);
  const nonChip = pages.filter((p) => !p.chip);
  const chip = pages.filter((p) => p.chip);
  const server = await startServer(routes);
  console.log(
    `\nCost benchmark: ${build.note}\n  ${nonChip.length} non-chip pages (${(nonChip.reduce((s, p) => s + p.bytes, 0) / 1e6).toFixed(2)} MB) and ${chip.length} chip pages; ` +
      `${REPS} loads each with and without the extension and with the reference extension, interleaved, fresh tab each; settled = first ${QUIET_MS} ms window after load in which TaskDuration grows < ${QUIET_GROWTH_MS} ms, at least ${MIN_SETTLE_MS} ms after load`,
  );

  const withExt = new Map<CostPage, Sample[]>(pages.map((p) => [p, []]));
  const without = new Map<CostPage, Sample[]>(pages.map((p) => [p, []]));
  const reference = new Map<CostPage, Sample[]>(pages.map((p) => [p, []]));
  const latency = new Map<CostPage, FirstHighlight[]>(chip.map((p) => [p, []]));
  const ext = await launchWithExtension();
  let plain: Awaited<ReturnType<typeof launchPlain>> | undefined;
  let ref: Awaited<ReturnType<typeof launchReference>> | undefined;
  try {
    plain = await launchPlain();
    ref = await launchReference();
    const browsers = [
      { context: ext.context, samples: withExt },
      { context: plain.context, samples: without },
      { context: ref.context, samples: reference },
    ];
    // Every tab of every browser, before the page's own scripts.
    for (const b of browsers) await b.context.addInitScript(OBSERVE_LONG_TASKS);
    // Warm-up: the first pages a fresh browser loads are slower (≈ twice the main-thread time here); not counted.
    for (const p of [nonChip[0], chip[0]].filter(Boolean)) {
      for (const b of browsers) await costLoad(b.context, server.url(p.path));
    }
    for (let rep = 0; rep < REPS; rep++) {
      const tRep = Date.now();
      for (const [i, p] of pages.entries()) {
        const url = server.url(p.path);
        // Which browser goes first rotates, page by page and repetition by repetition.
        for (let k = 0; k < browsers.length; k++) {
          const b = browsers[(rep + i + k) % browsers.length];
          b.samples.get(p)!.push(await costLoad(b.context, url));
        }
      }
      console.log(`  repetition ${rep + 1}/${REPS}: ${pages.length * browsers.length} loads in ${((Date.now() - tRep) / 1000).toFixed(0)} s`);
    }
    for (let rep = 0; rep < REPS; rep++) {
      for (const p of chip) latency.get(p)!.push(await firstHighlightLoad(ext.context, server.url(p.path)));
    }
  } finally {
    await ref?.close();
    await plain?.close();
    await ext.close();
    await server.close();
  }

  const results = pages.map((p) => summarise(p, withExt.get(p)!, without.get(p)!, reference.get(p)!));
  console.log(
    '\n  Per page (extra = median over loads of with − without, CDP TaskDuration / ScriptDuration / LayoutDuration; ref = the same for the reference extension; longest task = longtask API, worst load):',
  );
  printPageTable(results);

  const nc = results.filter((r) => !r.page.chip);
  const ncExtra = finite(nc.map((r) => r.extraTask));
  const med = median(ncExtra);
  const p90 = quantile(ncExtra, 0.9);
  const worst = nc.reduce<PageResult | undefined>((w, r) => (Number.isFinite(r.extraTask) && (!w || r.extraTask > w.extraTask) ? r : w), undefined);
  const highlightedPages = nc.filter((r) => r.highlighted.length);
  const long = nc.find((r) => r.page.name === LONG_PAGE.replace(/\.html$/, ''));
  const longTaskOnlyWith = nc.filter((r) => r.longestWith >= 50 && r.longestWithout < 50);
  const chipResults = results.filter((r) => r.page.chip);
  if (highlightedPages.length) console.log(`  non-chip pages with chiplens-* highlights: ${highlightedPages.map((r) => r.page.name).join(', ')}`);

  const rows: BenchResult[] = [
    { name: `non-chip pages: extra main-thread time, median (${ncExtra.length} pages)`, value: med, unit: 'ms', goal: `≤ ${GOAL_MEDIAN_MS}`, ok: med <= GOAL_MEDIAN_MS },
    { name: 'non-chip pages: extra main-thread time, p90', value: p90, unit: 'ms', goal: `≤ ${GOAL_P90_MS}`, ok: p90 <= GOAL_P90_MS },
    { name: `non-chip pages: worst extra (${worst?.page.name.slice(0, 28) ?? '–'})`, value: worst?.extraTask ?? NaN, unit: 'ms' },
    { name: 'non-chip pages: extra main-thread CPU (ThreadTime), median', value: median(finite(nc.map((r) => r.extraThread))), unit: 'ms', goal: '≤ 5', ok: median(finite(nc.map((r) => r.extraThread))) <= 5 },
    { name: 'non-chip pages: extra main-thread CPU (ThreadTime), p90', value: quantile(finite(nc.map((r) => r.extraThread)), 0.9), unit: 'ms', goal: '≤ 15', ok: quantile(finite(nc.map((r) => r.extraThread)), 0.9) <= 15 },
    ...spread('reference extension (does nothing): extra time', nc.map((r) => r.referenceTask)),
    ...spread('reference extension (does nothing): extra CPU', nc.map((r) => r.referenceThread)),
    ...spread('non-chip: ChipLens above the reference, time', nc.map((r) => r.aboveReference)),
    ...spread('non-chip: ChipLens above the reference, CPU', nc.map((r) => r.aboveReferenceThread)),
    { name: 'non-chip pages: extra script time (ScriptDuration), median', value: median(finite(nc.map((r) => r.extraScript))), unit: 'ms' },
    { name: 'non-chip pages: extra layout time (LayoutDuration), median', value: median(finite(nc.map((r) => r.extraLayout))), unit: 'ms' },
    ...(long ? [{ name: `generated ${(long.page.bytes / 1e6).toFixed(2)} MB non-chip page: extra main-thread time`, value: long.extraTask, unit: 'ms' }] : []),
    { name: 'non-chip pages: longest task with extension (worst page)', value: Math.max(0, ...nc.map((r) => r.longestWith)), unit: 'ms' },
    { name: 'non-chip pages with a long task only with extension', value: longTaskOnlyWith.length, unit: 'pages' },
    { name: 'non-chip pages with chiplens-* highlights', value: highlightedPages.length, unit: 'pages', goal: '0', ok: highlightedPages.length === 0 },
  ];
  if (chipResults.length) {
    rows.push({ name: `chip pages: extra main-thread time, median (${chipResults.length} pages)`, value: median(finite(chipResults.map((r) => r.extraTask))), unit: 'ms' });
  }
  console.log(`\n  First highlight on chip pages (performance.now() of the first frame with a chiplens-* highlight − navigation domContentLoadedEventEnd; ${REPS} loads each, median):`);
  for (const p of chip) {
    const runs = latency.get(p)!;
    const seen = runs.map((r) => r.afterDclMs).filter((x): x is number => x !== null);
    const errors = runs.filter((r) => r.error);
    const value = seen.length ? median(seen) : NaN;
    const missing = runs.length - seen.length;
    const note = !seen.length ? `no highlight within ${HIGHLIGHT_WAIT_MS} ms after DOMContentLoaded` : missing ? `${missing} of ${runs.length} loads without a highlight` : '';
    console.log(
      `  ${p.name.padEnd(42)} ${seen.length ? `${fmt(value)} ms` : '–'}  (DCL end ${fmt(median(finite(runs.map((r) => r.dclEndMs))), 0)} ms after navigation start${seen.length ? `; ${[...new Set(runs.flatMap((r) => r.names))].join(', ')}` : ''})${note ? `  ${note}` : ''}${errors.length ? `  error: ${errors[0].error}` : ''}`,
    );
    rows.push({
      name: `1st highlight after DCL end: ${p.name.slice(0, 22)}${!seen.length ? ' (none)' : ''}`,
      value,
      unit: 'ms',
      goal: `≤ ${GOAL_FIRST_HIGHLIGHT_MS}`,
      ok: seen.length === runs.length && value <= GOAL_FIRST_HIGHLIGHT_MS,
    });
  }

  const sizes = scriptSizes(build.dir);
  for (const l of sizes.lines) console.log(l);
  rows.push(...sizes.rows);
  rows.push({ name: 'cost section wall time', value: (Date.now() - t0) / 1000, unit: 's' });
  return { title: `Cost on pages (Chromium with and without the built extension and with a reference extension, ${REPS} interleaved loads per page)`, rows };
}
