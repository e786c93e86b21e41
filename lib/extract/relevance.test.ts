import { describe, expect, it } from 'vitest';
import { annotate } from './index.ts';
import {
  CHIP_TEXTS,
  COMPANY_MENU,
  CONSOLE_REVIEW_DE,
  CONSOLE_REVIEW_EN,
  FOUNDATION_ENCYCLOPEDIA_DE,
  FOUNDATION_ENCYCLOPEDIA_EN,
  NON_CHIP_TEXTS,
  PHONE_REVIEW_DE,
  PHONE_REVIEW_EN,
  PORTAL_SALE_DE,
  PORTAL_SALE_EN,
  samplePages,
  sharedArticles,
} from './test-texts.ts';

const ids = (text: string) => new Set(annotate(text).mentions.flatMap((m) => (m.kind === 'figure' ? [] : [m.id])));
const relevant = (text: string) => annotate(text).relevant;

describe('relevance: chip news stays chip news', () => {
  it.each(samplePages().filter((p) => !p.name.includes('crisps')))('sample page $name', ({ text }) => {
    expect(relevant(text)).toBe(true);
  });

  const shared = sharedArticles();
  it.skipIf(!shared.length).each(shared)('shared fixture $name', ({ text }) => {
    expect(relevant(text)).toBe(true);
  });

  it.each(CHIP_TEXTS.filter((t) => !t.noEntity))('$label', ({ text }) => {
    expect(relevant(text)).toBe(true);
  });

  it('a menu left above a chip teaser does not hide it', () => {
    expect(relevant(`${COMPANY_MENU}\nNvidia stock fell 3% after the latest export news.`)).toBe(true);
  });

  it('a teaser naming a generalist with a chip word is chip news: Samsung as the memory maker', () => {
    expect(relevant('Samsung triples its quarterly profit on demand for memory chips.')).toBe(true);
    expect(relevant('Samsung verdreifacht dank der Nachfrage nach Speicherchips seinen Gewinn.')).toBe(true);
  });

  it('a headline naming a chip and no firm', () => {
    expect(relevant('H20 production halted')).toBe(true);
    expect(relevant('Ascend 910C im Test: schneller als erwartet')).toBe(true);
  });

  it('a teaser about Intel, a chip firm of its own, needs no chip word', () => {
    expect(relevant('Intel cuts 15% of its jobs.')).toBe(true);
  });
});

describe('relevance: naming a chip maker does not make chip news', () => {
  it('a console review naming AMD once', () => {
    for (const text of [CONSOLE_REVIEW_EN, CONSOLE_REVIEW_DE]) {
      expect(ids(text).has('amd')).toBe(true);
      expect(relevant(text)).toBe(false);
    }
  });

  it('a phone review naming Qualcomm and Samsung', () => {
    for (const text of [PHONE_REVIEW_EN, PHONE_REVIEW_DE]) {
      expect(ids(text)).toEqual(new Set(['qualcomm', 'samsung']));
      expect(relevant(text)).toBe(false);
    }
    expect(relevant(`Samsung’s new flagship reviewed\n${PHONE_REVIEW_EN}`)).toBe(false);
  });

  it('a menu of thirty tech firms, Nvidia, AMD and Qualcomm among them', () => {
    const found = ids(COMPANY_MENU);
    for (const id of ['nvidia', 'amd', 'qualcomm', 'intel', 'samsung']) expect(found.has(id)).toBe(true);
    expect(relevant(COMPANY_MENU)).toBe(false);
    // The same names on one line, as a page's text without line breaks would have them.
    expect(relevant(COMPANY_MENU.replace(/\n/g, ' '))).toBe(false);
  });

  it('a menu left above a text that is not chip news', () => {
    expect(relevant(`${COMPANY_MENU}\n${PORTAL_SALE_EN}`)).toBe(false);
    expect(relevant(`${PORTAL_SALE_DE}\n${COMPANY_MENU}`)).toBe(false);
  });

  it('a web portal sold, with Yahoo, Microsoft and Google in its history', () => {
    for (const text of [PORTAL_SALE_EN, PORTAL_SALE_DE]) {
      expect(ids(text).has('microsoft')).toBe(true);
      expect(relevant(text)).toBe(false);
    }
  });

  it('an encyclopedia entry on a software foundation listing Intel, IBM and Google as members', () => {
    for (const text of [FOUNDATION_ENCYCLOPEDIA_EN, FOUNDATION_ENCYCLOPEDIA_DE]) {
      expect(ids(text)).toEqual(new Set(['intel', 'ibm', 'google']));
      expect(relevant(text)).toBe(false);
    }
  });

  it('a short text about a generalist without a chip word: a television review', () => {
    expect(relevant('Samsung TV review: bright and thin. The new Samsung television is very bright and the menus are cluttered.')).toBe(false);
  });

  it.each(NON_CHIP_TEXTS.filter((t) => t.lang !== 'other'))('$label', ({ title, text }) => {
    expect(relevant(title ? `${title}\n${text}` : text)).toBe(false);
  });
});

describe('relevance: texts in other languages', () => {
  const foreign = NON_CHIP_TEXTS.filter((t) => t.lang === 'other');

  it.each(foreign)('$label: detected as other, not relevant, mentions still found', ({ title, text }) => {
    const a = annotate(`${title}\n${text}`);
    expect(a.detected).toBe('other');
    expect(a.relevant).toBe(false);
    // Numbers are read as German or English all the same; the contract's language stays one of the two.
    expect(['de', 'en']).toContain(a.language);
  });

  it('chip news in French names its chips and firms', () => {
    const french = foreign.find((t) => t.label.startsWith('French chip'))!;
    expect(ids(french.text).has('cambricon')).toBe(true);
  });

  it('an explicit language is the caller’s word: nothing is detected', () => {
    const french = foreign.find((t) => t.label.startsWith('French chip'))!;
    const a = annotate(french.text, { lang: 'en' });
    expect(a.detected).toBeUndefined();
    expect(a.language).toBe('en');
  });

  it('German and English texts are detected as such', () => {
    expect(annotate(CHIP_TEXTS.find((t) => t.label.startsWith('de long'))!.text).detected).toBe('de');
    expect(annotate(CHIP_TEXTS.find((t) => t.label.startsWith('en long'))!.text).detected).toBe('en');
  });
});
