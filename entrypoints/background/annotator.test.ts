import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../lib/messages.ts';
import { CHIP_TEXTS, NON_CHIP_TEXTS } from '../../lib/extract/test-texts.ts';
import { SETTINGS_KEY } from '../../lib/settings.ts';
import type { StoreDb } from '../../lib/store/db.ts';
import { testStore } from '../../lib/store/testing.ts';
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
    expect(await answerStage(look(chip), sender(), open)).toEqual({ annotate: true, loaded: false, decision: 'auto' });
    expect(await answerStage(look(other), sender(), open)).toEqual({ annotate: false, loaded: false, decision: 'auto' });
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
    const seen = await handleMessage(db, {
      type: 'article/seen',
      report: { url: URL_A, title: 'A walk', lang: 'en', entities: [], figures: [] },
    });
    if (!seen.ok) throw new Error(seen.error.message);
    const articleId = (seen.data as { article: { id: number } }).article.id;
    const added = await handleMessage(db, { type: 'notes/add', note: { articleId, selector: { exact: 'walk', prefix: '', suffix: '' }, body: 'Again.' } });
    expect(added.ok).toBe(true);
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
    const stop = lookAgainOnSettings();
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
});
