import { describe, expect, it } from 'vitest';
import { BIG_TECH_MENU_DE, BIG_TECH_MENU_EN, CHIP_TEXTS, NON_CHIP_TEXTS, samplePages, sharedArticles } from '../extract/test-texts.ts';
import { CHIP_GROUPS, CONTRARY, GENERIC, GROUPS } from './cues.ts';
import { quickVerdict, type PageSketch } from './index.ts';
import { mayBeChipPage, namesChipCue } from './prefilter.ts';
import { CHIP_CUE_SOURCE } from './prefilter-source.ts';
import { cueSource } from './scanner.ts';
import { seededRandom } from '../rng.ts';

const sketch = (parts: Partial<PageSketch>): PageSketch => ({ title: '', description: '', headings: '', main: '', ...parts });

/** Every word of a cue group's lists, written as a page would ("sk_hynix" as "SK Hynix"). */
const wordsOf = (groups: readonly { names: string; stems?: string }[]) =>
  groups.flatMap((g) => `${g.names} ${g.stems ?? ''}`.trim().split(/\s+/)).map((w) => w.replace(/_/g, ' '));

describe('mayBeChipPage: the first stage asks about every page the gate could pass', () => {
  it('uses the cue words of the gate as they are now (else run `npm run gen:prefilter`)', () => {
    expect(CHIP_CUE_SOURCE).toBe(cueSource(CHIP_GROUPS, { loose: true }));
  });

  it.each(CHIP_TEXTS)('$label', ({ text }) => {
    expect(mayBeChipPage(sketch({ main: text }))).toBe(true);
    expect(mayBeChipPage(sketch({ title: text }))).toBe(true);
  });

  it.each(samplePages())('sample page $name', ({ title, text }) => {
    expect(mayBeChipPage(sketch({ title, main: text }))).toBe(true);
  });

  const shared = sharedArticles();
  it.skipIf(!shared.length).each(shared)('shared fixture $name', ({ text }) => {
    expect(mayBeChipPage(sketch({ main: text }))).toBe(true);
  });

  it('each chip cue on its own, in any part of the sketch, inflected as German and English write them', () => {
    for (const w of wordsOf(CHIP_GROUPS)) {
      for (const text of [w, `${w[0].toUpperCase()}${w.slice(1)}s`, `Die ${w.toUpperCase()}-Sparte`]) {
        for (const part of ['title', 'description', 'headings', 'main'] as const) expect(mayBeChipPage(sketch({ [part]: text })), `${text} in ${part}`).toBe(true);
      }
    }
  });

  it('never says no where the gate says yes: random pages of cue words, filler and menus', () => {
    const rand = seededRandom(9);
    const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)];
    const all = wordsOf(GROUPS);
    const filler = 'the und der of chip news die Firma said sagte Umsatz market Markt in im a ein'.split(' ');
    let passed = 0;
    for (let i = 0; i < 3000; i++) {
      const n = 1 + Math.floor(rand() * 40);
      const words = Array.from({ length: n }, () => (rand() < 0.3 ? pick(all) : pick(filler)));
      const text = words.join(rand() < 0.5 ? ' ' : '\n');
      const s = sketch({ [pick(['title', 'headings', 'main', 'main'] as const)]: text });
      if (!quickVerdict(s).maybe) continue;
      passed++;
      expect(mayBeChipPage(s), text).toBe(true);
    }
    // The check must have met pages the gate passes, or it tests nothing.
    expect(passed).toBeGreaterThan(100);
  });
});

describe('mayBeChipPage: quiet where nothing names chips', () => {
  it('big tech firms and words of reviews alone are no chip words', () => {
    for (const w of wordsOf([GENERIC, CONTRARY]).filter((w) => !namesChipCue(w))) expect(quickVerdict(sketch({ title: w, main: w })).maybe, w).toBe(false);
    expect(mayBeChipPage(sketch({ main: BIG_TECH_MENU_EN, headings: BIG_TECH_MENU_DE }))).toBe(false);
  });

  it('a menu of big tech firms alone does not pass the gate either, as a list or in prose', () => {
    expect(quickVerdict(sketch({ main: BIG_TECH_MENU_EN.split(' | ').join('\n'), title: 'Apple and Google' })).maybe).toBe(false);
    expect(quickVerdict(sketch({ title: 'Apple, Google, Microsoft', main: BIG_TECH_MENU_DE.split(' ').join('\n') })).maybe).toBe(false);
  });

  it('most texts about other things name no chip word at all', () => {
    const quiet = NON_CHIP_TEXTS.filter(({ text }) => !mayBeChipPage(sketch({ main: text })));
    expect(quiet.length).toBeGreaterThan(NON_CHIP_TEXTS.length / 3);
  });

  it('a cue inside another word is none ("grasshopper", "Mikado")', () => {
    expect(namesChipCue('A grasshopper sat on the Mikado sticks.')).toBe(false);
  });
});
