/**
 * The first stage's decision, in its two halves. In the page (Chromium): reading the sketch (`lib/dom/sketch.ts`),
 * bundled as the content script bundles it, on a typical article, on a 1 MB chip page and on a 1 MB page about
 * something else; each page loaded fresh for every cold run (the stage runs once per page, so the cold time is
 * what a reader pays), then timed warm as well. In the background (here in Node, the same V8): the gate's verdict
 * on those sketches (`lib/gate`), the first call of a fresh process (a worker's first look: the cue tables are
 * built and compiled then) and warm. The page's thread pays only the first half and one message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs, SAMPLES_DIR, startServer } from '../tests/e2e/harness.ts';
import { longNonChipPage } from './cost.ts';
import { longPage } from './page.ts';
import type { PageSketch } from '../lib/gate/page-sketch.ts';
import { median, type BenchResult } from './util.ts';

const COLD_RUNS = 7;
const WARM_RUNS = 20;

async function stageBundle(): Promise<string> {
  const root = join(import.meta.dirname ?? '.', '..');
  const out = await build({
    stdin: {
      contents: `import { sketchPage } from './lib/dom/sketch.ts';
        globalThis.__stage = () => { const t0 = performance.now(); const sketch = sketchPage(document); return { ms: performance.now() - t0, sketch }; };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

interface Timing {
  /** Evaluating the bundle (parse and compile) on a fresh page. */
  compile: number;
  /** The first decision on a fresh page. */
  cold: number;
  warm: number;
  /** The sketch the page gave, for the background's half. */
  sketch: PageSketch;
}

async function time(page: Page, url: string, code: string): Promise<Timing> {
  const cold: number[] = [];
  const compile: number[] = [];
  let sketch: PageSketch | null = null;
  for (let i = 0; i < COLD_RUNS; i++) {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    // Evaluated and run in one task, as a content script is.
    const r = await page.evaluate((c) => {
      const t0 = performance.now();
      (0, eval)(c);
      const compiled = performance.now() - t0;
      const run = (globalThis as unknown as { __stage(): { ms: number; sketch: PageSketch } }).__stage();
      return { compile: compiled, ms: run.ms, sketch: run.sketch };
    }, code);
    cold.push(r.ms);
    compile.push(r.compile);
    sketch = r.sketch;
  }
  const warm = await page.evaluate((n) => {
    const run = (globalThis as unknown as { __stage(): { ms: number } }).__stage;
    const xs: number[] = [];
    for (let i = 0; i < n; i++) xs.push(run().ms);
    xs.sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)];
  }, WARM_RUNS);
  return { compile: median(compile), cold: median(cold), warm, sketch: sketch! };
}

/** The background's half: the gate on each sketch, the first call in this process (cue tables built then) and warm. */
async function gateTimes(sketches: PageSketch[]): Promise<{ load: number; first: number; warm: number[]; maybe: boolean[] }> {
  const t0 = performance.now();
  const { quickVerdict } = await import('../lib/gate/index.ts');
  const t1 = performance.now();
  quickVerdict(sketches[0]);
  const first = performance.now() - t1;
  const warm = sketches.map((s) => {
    const xs: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const t = performance.now();
      quickVerdict(s);
      xs.push(performance.now() - t);
    }
    return median(xs);
  });
  return { load: t1 - t0, first, warm, maybe: sketches.map((s) => quickVerdict(s).maybe) };
}

/** The `stage` section of `npm run bench`. */
export async function benchStage(): Promise<{ title: string; rows: BenchResult[] }> {
  const code = await stageBundle();
  const server = await startServer({
    '/typical': { body: readFileSync(join(SAMPLES_DIR, 'en-amd-mi308-huawei-ascend.html')) },
    '/long-chip': { body: longPage().html },
    '/long-other': { body: longNonChipPage() },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs('').filter((a) => !a.includes('extension')) });
  try {
    const page = await browser.newPage();
    // A first run in the fresh renderer process, not counted: its one-off start-up is the browser's, not the page's.
    await time(page, server.url('/typical'), code);
    const chip = await time(page, server.url('/long-chip'), code);
    const other = await time(page, server.url('/long-other'), code);
    const typical = await time(page, server.url('/typical'), code);
    const gate = await gateTimes([typical.sketch, chip.sketch, other.sketch]);
    const verdict = (i: number) => (gate.maybe[i] ? 'maybe' : 'no');
    return {
      title: `First stage: the sketch in the page (Chromium, median of ${COLD_RUNS} fresh loads; warm: median of ${WARM_RUNS} more on the last) and the gate in the background (Node)`,
      rows: [
        { name: 'typical article: sketch in the page, first time', value: typical.cold, unit: 'ms', goal: '≤ 2', ok: typical.cold <= 2 },
        { name: 'typical article: sketch, warm', value: typical.warm, unit: 'ms' },
        { name: 'typical article: evaluating the sketch bundle', value: typical.compile, unit: 'ms' },
        { name: '1 MB chip page: sketch in the page, first time', value: chip.cold, unit: 'ms', goal: '≤ 5', ok: chip.cold <= 5 },
        { name: '1 MB chip page: sketch, warm', value: chip.warm, unit: 'ms' },
        { name: '1 MB page about other things: sketch in the page, first time', value: other.cold, unit: 'ms', goal: '≤ 5', ok: other.cold <= 5 },
        { name: '1 MB page about other things: sketch, warm', value: other.warm, unit: 'ms' },
        { name: "background: loading the gate (cue tables built)", value: gate.load, unit: 'ms' },
        { name: "background: the gate's first verdict (its regex compiled)", value: gate.first, unit: 'ms' },
        { name: `background: gate, warm, typical article (verdict: ${verdict(0)})`, value: gate.warm[0], unit: 'ms' },
        { name: `background: gate, warm, 1 MB chip page (verdict: ${verdict(1)})`, value: gate.warm[1], unit: 'ms', goal: 'maybe', ok: gate.maybe[1] },
        { name: `background: gate, warm, 1 MB page about other things (verdict: ${verdict(2)})`, value: gate.warm[2], unit: 'ms', goal: 'no', ok: !gate.maybe[2] },
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
