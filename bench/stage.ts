/**
 * The first stage's decision in Chromium: reading the page's sketch (`lib/dom/sketch.ts`) and the gate's verdict
 * (`lib/gate`), bundled as the content script bundles them, on a typical article, on a 1 MB chip page and on a
 * 1 MB page about something else. Each page is loaded fresh for every cold run (the stage runs once per page, so
 * the cold time is what a reader pays), then timed warm as well.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs, SAMPLES_DIR, startServer } from '../tests/e2e/harness.ts';
import { longNonChipPage } from './cost.ts';
import { longPage } from './page.ts';
import { median, type BenchResult } from './util.ts';

const COLD_RUNS = 7;
const WARM_RUNS = 20;

async function stageBundle(): Promise<string> {
  const root = join(import.meta.dirname ?? '.', '..');
  const out = await build({
    stdin: {
      contents: `import { sketchPage } from './lib/dom/sketch.ts'; import { quickVerdict } from './lib/gate/index.ts';
        globalThis.__stage = () => { const t0 = performance.now(); const v = quickVerdict(sketchPage(document)); return { ms: performance.now() - t0, maybe: v.maybe }; };`,
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
  maybe: boolean;
}

async function time(page: Page, url: string, code: string): Promise<Timing> {
  const cold: number[] = [];
  const compile: number[] = [];
  let maybe = false;
  for (let i = 0; i < COLD_RUNS; i++) {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    // Evaluated and run in one task, as a content script is.
    const r = await page.evaluate((c) => {
      const t0 = performance.now();
      (0, eval)(c);
      const compiled = performance.now() - t0;
      const run = (globalThis as unknown as { __stage(): { ms: number; maybe: boolean } }).__stage();
      return { compile: compiled, ms: run.ms, maybe: run.maybe };
    }, code);
    cold.push(r.ms);
    compile.push(r.compile);
    maybe = r.maybe;
  }
  const warm = await page.evaluate((n) => {
    const run = (globalThis as unknown as { __stage(): { ms: number } }).__stage;
    const xs: number[] = [];
    for (let i = 0; i < n; i++) xs.push(run().ms);
    xs.sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)];
  }, WARM_RUNS);
  return { compile: median(compile), cold: median(cold), warm, maybe };
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
    return {
      title: `First stage: sketch + gate in Chromium (median of ${COLD_RUNS} fresh loads; warm: median of ${WARM_RUNS} more on the last)`,
      rows: [
        { name: `typical article, first decision (verdict: ${typical.maybe ? 'maybe' : 'no'})`, value: typical.cold, unit: 'ms', goal: '≤ 2', ok: typical.cold <= 2 },
        { name: 'typical article, warm', value: typical.warm, unit: 'ms' },
        { name: 'typical article, evaluating the stage bundle', value: typical.compile, unit: 'ms' },
        { name: `1 MB chip page, first decision (verdict: ${chip.maybe ? 'maybe' : 'no'})`, value: chip.cold, unit: 'ms', goal: '≤ 5', ok: chip.cold <= 5 },
        { name: '1 MB chip page, warm', value: chip.warm, unit: 'ms' },
        { name: `1 MB page about other things, first decision (verdict: ${other.maybe ? 'maybe' : 'no'})`, value: other.cold, unit: 'ms', goal: '≤ 5', ok: other.cold <= 5 && !other.maybe },
        { name: '1 MB page about other things, warm', value: other.warm, unit: 'ms' },
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
