import { describe, expect, it } from 'vitest';
import { countFunctionWords } from './language.ts';
import { listedLength, listRuns, looksLikeList, runCursor } from './lists.ts';

describe('listRuns', () => {
  const menu = 'Start\nMärkte\nTechnik\n\nPolitik\nMeinung';
  const prose = 'Der Konzern liefert in diesem Jahr deutlich mehr Beschleuniger an Rechenzentren als im Vorjahr.';

  it('five or more short lines are a run, blank lines included', () => {
    const text = `${menu}\n${prose}`;
    expect(listRuns(text)).toEqual([0, menu.length]);
    expect(listedLength(listRuns(text))).toBe(menu.length);
  });

  it('a headline, a date and a byline are not', () => {
    expect(listRuns(`Nvidia stoppt H20\n23. August 2025\nVon Katrin Albers\n${prose}`)).toEqual([]);
  });

  it('a run at the end of a text', () => {
    const text = `${prose}\n${menu}`;
    expect(listRuns(text)).toEqual([prose.length + 1, text.length]);
  });

  it('the cursor tells offsets inside runs, walked in order', () => {
    const text = `${menu}\n${prose}\n${menu}`;
    const inList = runCursor(listRuns(text));
    expect([0, menu.length + 5, text.length - 2].map(inList)).toEqual([true, false, true]);
  });
});

describe('looksLikeList', () => {
  it('a line of names has no function words; a sentence has', () => {
    expect(looksLikeList(countFunctionWords('Home News Apple Google Microsoft Amazon Samsung Intel Meta Reviews Deals Podcasts'))).toBe(true);
    expect(looksLikeList(countFunctionWords('The company said that the chips were sold to the firms in China, and that it has more orders.'))).toBe(false);
    expect(looksLikeList(countFunctionWords('Apple Google Microsoft'))).toBe(false);
  });
});
