import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../lib/messages.ts';
import { CHIP_TEXTS, NON_CHIP_TEXTS } from '../../lib/extract/test-texts.ts';
import { SETTINGS_KEY } from '../../lib/settings.ts';
import type { StoreDb } from '../../lib/store/db.ts';
import { testStore } from '../../lib/store/testing.ts';
import { annotate } from '../../lib/extract/index.ts';
import { quickVerdict } from '../../lib/gate/index.ts';
import { answerStage, lookAgainOnSettings } from './annotator.ts';

const URL_A = 'https://news.example/a';
const sender = (url = URL_A) => ({ id: fakeBrowser.runtime.id, tab: { id: 3 } as never, frameId: 0, url });
const sketch = (main: string, title = '') => ({ title, description: '', headings: '', main });
const look = (main: string, first = true) => ({ type: 'page/stage', look: sketch(main), first });
const chip = CHIP_TEXTS.find((t) => t.lang === 'en')!.text;
const other = NON_CHIP_TEXTS.find((t) => t.lang === 'en')!.text;

let db: StoreDb;
const open = async () => db;
const settings = (s: object) => fakeBrowser.storage.local.set({ [SETTINGS_KEY]: s });

/** Stores the page at `url` as an article with one note. */
async function noteOn(url: string) {
  const seen = await handleMessage(db, { type: 'article/seen', report: { url, title: 'A walk', lang: 'en', entities: [], figures: [] } });
  if (!seen.ok) throw new Error(seen.error.message);
  const articleId = (seen.data as { article: { id: number } }).article.id;
  const added = await handleMessage(db, { type: 'notes/add', note: { articleId, selector: { exact: 'walk', prefix: '', suffix: '' }, body: 'Again.' } });
  if (!added.ok) throw new Error(added.error.message);
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = await testStore();
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

describe('answerStage: the look at a page', () => {
  it('says to annotate a page that may be chip news, and not one about something else', async () => {
    expect(await answerStage(look(chip), sender(), open)).toMatchObject({ annotate: true, loaded: false, decision: 'auto' });
    expect(await answerStage(look(other), sender(), open)).toEqual({ annotate: false, loaded: false, decision: 'auto' });
  });

  it('answers a chip page with its first highlights: the mentions of its main text, in the reader’s kinds and colours', async () => {
    const text = 'Nvidia stops making the H20 for China. The chip sold for about 12,000 dollars; AMD and its MI308 face the same rules, and Nvidia shares fell 3%.';
    const plain = await answerStage(look(text), sender(), open);
    const spans = plain?.paint?.spans ?? [];
    const shown = spans.map(([start, end, kind]) => `${kind}:${text.slice(start, end)}`);
    expect(shown).toEqual(expect.arrayContaining(['company:Nvidia', 'chip:H20', 'company:AMD', 'chip:MI308', 'figure:3%']));
    expect(spans.map((s) => s[0])).toEqual([...spans.map((s) => s[0])].sort((a, b) => a - b));
    await settings({ kinds: { figure: false }, colors: { chip: '#123456' }, watchTerms: [{ term: 'China', kind: 'company' }] });
    const mine = await answerStage(look(text), sender(), open);
    const kinds = new Set(mine?.paint?.spans.map((s) => s[2]));
    expect(kinds.has('figure')).toBe(false);
    expect(mine?.paint?.spans.some(([a, b, kind]) => kind === 'watch' && text.slice(a, b) === 'China')).toBe(true);
    expect(mine?.paint?.colors).toEqual({ chip: '#123456' });
  });

  it('shows nothing early where the page is not read as chip news (the annotator decides), unless the site is "always"', async () => {
    // A single aside about a chip firm: the gate lets the annotator look, the extractor does not find chip news.
    const aside = NON_CHIP_TEXTS.map((t) => `${t.text} Nvidia was mentioned once.`).find((t) => quickVerdict(sketch(t)).maybe && !annotate(t).relevant);
    if (!aside) throw new Error('no test text with an aside that the gate lets through');
    const answer = await answerStage(look(aside), sender(), open);
    expect(answer).toMatchObject({ annotate: true });
    expect(answer?.paint).toBeUndefined();
    await settings({ sites: { 'news.example': 'always' } });
    expect((await answerStage(look(aside), sender(), open))?.paint?.spans.length).toBeGreaterThan(0);
  });

  it('follows the reader: off everywhere, "never" and "always" for a site, watch terms', async () => {
    await settings({ enabled: false });
    expect(await answerStage(look(chip), sender(), open)).toMatchObject({ annotate: false, decision: 'off' });
    await settings({ sites: { 'news.example': 'never' } });
    expect(await answerStage(look(chip), sender(), open)).toMatchObject({ annotate: false, decision: 'off' });
    await settings({ sites: { 'news.example': 'always' } });
    expect(await answerStage(look(other), sender(), open)).toMatchObject({ annotate: true, decision: 'always' });
    const word = other.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w))!;
    await settings({ watchTerms: [{ term: word.toUpperCase(), kind: 'company' }] });
    expect(await answerStage(look(other), sender(), open)).toMatchObject({ annotate: true, decision: 'auto' });
  });

  it('annotates a page with the reader’s notes on its first look only, by the sender’s address', async () => {
    await noteOn(URL_A);
    expect(await answerStage(look(other), sender(), open)).toMatchObject({ annotate: true });
    expect(await answerStage(look(other, false), sender(), open)).toMatchObject({ annotate: false });
    expect(await answerStage(look(other), sender('https://news.example/b'), open)).toMatchObject({ annotate: false });
  });

  it('refuses a sketch over its limits, and anyone but a content script in a tab', async () => {
    expect(await answerStage(look('x'.repeat(30_001)), sender(), open)).toBeNull();
    expect(await answerStage({ type: 'page/stage', look: sketch(chip), first: true, url: 'https://other.example/' }, sender(), open)).toBeNull();
    expect(await answerStage(look(chip), { ...sender(), tab: undefined }, open)).toMatchObject({ annotate: false });
    expect(await answerStage(look(chip), { ...sender(), id: 'another-extension' }, open)).toMatchObject({ annotate: false });
  });
});

describe('answerStage: loading the annotator', () => {
  it('loads it into the asking frame only', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await answerStage({ type: 'page/stage', load: 'now' }, { ...sender(), frameId: 5 }, open)).toMatchObject({ loaded: true });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 3, frameIds: [5] }, files: ['/annotator.js'] });
    inject.mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await answerStage({ type: 'page/stage', load: 'now' }, sender(), open)).toMatchObject({ loaded: false });
  });
});

describe('lookAgainOnSettings', () => {
  it('asks every open tab to look again once the settings have rested, once for a burst of changes', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1 }, { id: 2 }, {}] as never);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, data: {} } as never);
    const stop = lookAgainOnSettings(open);
    try {
      await settings({ enabled: false });
      await settings({ enabled: true });
      await new Promise((r) => setTimeout(r, 450));
      expect(sent.mock.calls).toEqual([
        [1, { type: 'page/look' }],
        [2, { type: 'page/look' }],
      ]);
      // Other keys of the store are not the settings.
      await fakeBrowser.storage.local.set({ uiLanguage: 'de' });
      await new Promise((r) => setTimeout(r, 450));
      expect(sent).toHaveBeenCalledTimes(2);
    } finally {
      stop();
    }
  });

  it('wakes a quiet page with notes when ChipLens is switched back on, and no other quiet page', async () => {
    await noteOn(URL_A);
    await settings({ enabled: false });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, url: URL_A }, { id: 2, url: 'https://news.example/b' }] as never);
    // Quiet first stages: no listener answers until one is woken.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const woken = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ result: true }] as never);
    const stop = lookAgainOnSettings(open);
    try {
      await new Promise((r) => setTimeout(r, 20));
      await settings({ enabled: true });
      await new Promise((r) => setTimeout(r, 450));
      expect(woken.mock.calls.map(([call]) => (call.target as { tabId: number }).tabId)).toEqual([1]);
    } finally {
      stop();
    }
  });
});
