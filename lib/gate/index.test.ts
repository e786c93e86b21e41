import { describe, expect, it } from 'vitest';
import {
  BIG_TECH_MENU_EN,
  CHIP_TEXTS,
  COMPANY_MENU,
  CONSOLE_REVIEW_EN,
  NON_CHIP_TEXTS,
  PORTAL_SALE_EN,
  samplePages,
  sharedArticles,
} from '../extract/test-texts.ts';
import { quickVerdict, type PageSketch } from './index.ts';

const sketch = (parts: Partial<PageSketch>): PageSketch => ({ title: '', description: '', headings: '', main: '', ...parts });
const maybe = (parts: Partial<PageSketch>) => quickVerdict(sketch(parts)).maybe;

describe('quickVerdict: chip pages pass', () => {
  it('there are enough chip texts of both languages', () => {
    expect(CHIP_TEXTS.length).toBeGreaterThanOrEqual(15);
    expect(CHIP_TEXTS.filter((t) => t.lang === 'de').length).toBeGreaterThanOrEqual(7);
    expect(CHIP_TEXTS.filter((t) => t.lang === 'en').length).toBeGreaterThanOrEqual(7);
  });

  it.each(CHIP_TEXTS)('$label, as the main text', ({ text, lang }) => {
    const v = quickVerdict(sketch({ main: text }));
    expect(v.maybe).toBe(true);
    expect(v.score).toBeGreaterThanOrEqual(1);
    expect(v.language).toBe(lang);
  });

  it.each(CHIP_TEXTS)('$label, as the title of a page with no text', ({ text }) => {
    expect(maybe({ title: text })).toBe(true);
  });

  it.each(samplePages().filter((p) => !p.name.includes('crisps')))('sample page $name', ({ title, text, htmlLang }) => {
    expect(quickVerdict(sketch({ title, main: text, htmlLang }))).toMatchObject({ maybe: true, language: htmlLang });
  });

  const shared = sharedArticles();
  it.skipIf(!shared.length).each(shared)('shared fixture $name as plain main text', ({ text }) => {
    expect(maybe({ main: text })).toBe(true);
  });

  it('German inflection and compounds: genitive, hyphenated model, compound noun', () => {
    expect(maybe({ main: 'Nvidias Quartalszahlen übertreffen die Erwartungen.' })).toBe(true);
    expect(maybe({ main: 'Peking warnt vor dem Kauf der H20-Chips.' })).toBe(true);
    expect(maybe({ main: 'Die Chipriesen legen an der Börse zu.' })).toBe(true);
    expect(maybe({ main: 'TSMCs Umsatz steigt kräftig.' })).toBe(true);
  });

  it('chip models written as shapes, not only as listed names', () => {
    for (const model of ['H20', 'H200', 'B200', 'GB300', 'MI300X', 'MI355X', '910C', 'Ascend 950', 'Gaudi 3', 'MLU590']) {
      expect(maybe({ main: `Neue Zahlen zum ${model} veröffentlicht.` })).toBe(true);
    }
  });

  it('a headline alone passes', () => {
    expect(maybe({ title: 'Nvidia stoppt Produktion des H20' })).toBe(true);
    expect(maybe({ main: 'Nvidia stoppt Produktion des H20' })).toBe(true);
  });

  it('a menu left above a chip teaser does not hide it', () => {
    expect(maybe({ main: `${COMPANY_MENU}\nNvidia stock fell 3% after the latest export news.` })).toBe(true);
    expect(maybe({ main: `${BIG_TECH_MENU_EN}\nNvidia stock fell 3% after the latest export news.` })).toBe(true);
  });
});

describe('quickVerdict: other pages do not', () => {
  it('there are enough of them', () => {
    expect(NON_CHIP_TEXTS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(NON_CHIP_TEXTS)('$label', ({ title, text }) => {
    expect(maybe({ title, main: text })).toBe(false);
    expect(maybe({ main: text })).toBe(false);
  });

  it('the crisps sample page', () => {
    const crisps = samplePages().find((p) => p.name.includes('crisps'))!;
    expect(maybe({ title: crisps.title, main: crisps.text, htmlLang: crisps.htmlLang })).toBe(false);
  });

  it('big tech firms alone, even in the title', () => {
    expect(maybe({ title: 'Intel cuts jobs' })).toBe(false);
    expect(maybe({ title: 'Apple, Google und Microsoft melden Rekordgewinne', description: 'Amazon und Meta ziehen nach.' })).toBe(false);
    expect(maybe({ title: 'Samsung Galaxy im Test' })).toBe(false);
  });

  it('one mention of AMD in a long review', () => {
    expect(maybe({ title: 'Console review', main: CONSOLE_REVIEW_EN })).toBe(false);
  });

  it('a menu of firm names above a text about something else', () => {
    expect(maybe({ main: `${COMPANY_MENU}\n${PORTAL_SALE_EN}` })).toBe(false);
    expect(maybe({ main: `${PORTAL_SALE_EN}\n${COMPANY_MENU}` })).toBe(false);
  });

  it('cue words inside longer words are no cues', () => {
    expect(maybe({ main: 'Künstliche Intelligenz verändert die Arbeitswelt.' })).toBe(false);
    expect(maybe({ main: 'A grasshopper sat on the armrest of the bench.' })).toBe(false);
    expect(maybe({ main: 'Vitamin B12 und die Autobahn A 100 im Überblick.' })).toBe(false);
  });
});

describe('quickVerdict: language', () => {
  it.each(NON_CHIP_TEXTS.filter((t) => t.lang === 'other'))('$label is other and never maybe', ({ title, text }) => {
    const v = quickVerdict(sketch({ title, main: text }));
    expect(v.language).toBe('other');
    expect(v.maybe).toBe(false);
  });

  it('a short text follows the page’s declared language', () => {
    expect(quickVerdict(sketch({ title: 'Nvidia H20', htmlLang: 'fr' }))).toMatchObject({ language: 'other', maybe: false });
    expect(quickVerdict(sketch({ title: 'Nvidia H20', htmlLang: 'de-DE' }))).toMatchObject({ language: 'de', maybe: true });
  });

  it('a long text overrules the declared language', () => {
    const en = CHIP_TEXTS.find((t) => t.label.startsWith('en long'))!.text;
    expect(quickVerdict(sketch({ main: en, htmlLang: 'fr' }))).toMatchObject({ language: 'en', maybe: true });
    const fr = NON_CHIP_TEXTS.find((t) => t.label.startsWith('French chip'))!.text;
    expect(quickVerdict(sketch({ main: fr, htmlLang: 'de' }))).toMatchObject({ language: 'other', maybe: false });
  });

  it('an empty page', () => {
    expect(quickVerdict(sketch({}))).toEqual({ maybe: false, language: 'en', score: 0 });
  });
});

describe('a painter who shares a chip architecture’s name', () => {
  it('keeps an exhibition of Edward Hopper’s paintings off the annotator, and Nvidia’s Hopper on it', () => {
    const museum = {
      title: 'Quiet Rooms: Edward Hopper and the light of the city | Harbour Gallery',
      description: 'Paintings and drawings by Edward Hopper.',
      headings: 'Quiet Rooms',
      main: 'The gallery shows forty paintings by Edward Hopper, the painter of empty diners and bright hotel rooms. The exhibition runs until March; the museum opens at ten.',
    };
    expect(quickVerdict(museum).maybe).toBe(false);
    const chip = { title: 'Nvidia ships more Hopper GPUs to cloud providers', description: '', headings: '', main: 'Nvidia said demand for its Hopper accelerators stayed high.' };
    expect(quickVerdict(chip).maybe).toBe(true);
  });
});
