/**
 * Timing check to run by hand (not a test: timings on shared machines are noise):
 *   npx tsx lib/gate/timing.ts
 * Prints the time of quickVerdict on 30,000-character sketches, a chip page and a page about something else,
 * after warm-up. The budget is 0.3 ms per page.
 */
import { quickVerdict, type PageSketch } from './index.ts';
import { CONSOLE_REVIEW_EN, samplePages } from '../extract/test-texts.ts';

const SIZE = 30_000;

function sketchOf(title: string, text: string, htmlLang?: string): PageSketch {
  let main = text;
  while (main.length < SIZE) main += '\n' + text;
  return { title, description: '', headings: '', main: main.slice(0, SIZE), htmlLang };
}

const chipPage = samplePages().find((p) => p.name.startsWith('de-nvidia'))!;
const cases: [string, PageSketch][] = [
  ['chip article (de)', sketchOf(chipPage.title, chipPage.text, chipPage.htmlLang)],
  ['console review (en)', sketchOf('Console review', CONSOLE_REVIEW_EN, 'en')],
];

// Blocks of runs; the fastest and the median block, since other work on the machine only ever adds time.
for (const [label, sketch] of cases) {
  for (let i = 0; i < 2000; i++) quickVerdict(sketch);
  const blocks: number[] = [];
  let maybe = true;
  for (let b = 0; b < 20; b++) {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) maybe = quickVerdict(sketch).maybe;
    blocks.push((performance.now() - t0) / 100);
  }
  blocks.sort((x, y) => x - y);
  console.log(`${label}: ${blocks[0].toFixed(3)} ms fastest, ${blocks[10].toFixed(3)} ms median per ${sketch.main.length}-character sketch (maybe: ${maybe})`);
}
