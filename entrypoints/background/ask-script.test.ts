import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../lib/settings.ts';
import { recordArticle } from '../../lib/store/articles.ts';
import type { StoreDb } from '../../lib/store/db.ts';
import { addNote, deleteNote } from '../../lib/store/notes.ts';
import { report, testStore } from '../../lib/store/testing.ts';
import { ASK_SCRIPT_FILE, ASK_SCRIPT_ID, askMatches, keepAskScript, MAX_ASK_PATTERNS, notedUrls, pagePattern, registerAskScript } from './ask-script.ts';
import { wakesQuietPage } from './annotator.ts';

const settings = (s: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...s });

/** The browser's registry of dynamic content scripts, as far as the ask script uses it. */
function fakeScripting(fail = 0) {
  const scripts = new Map<string, { id: string; js: string[]; matches: string[]; runAt: string }>();
  let failures = fail;
  const calls: string[] = [];
  const refuse = () => {
    if (failures-- > 0) throw new Error('Invalid url pattern');
  };
  return {
    scripts,
    calls,
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (scripts.has(id) ? [structuredClone(scripts.get(id)!)] : []))),
    registerContentScripts: vi.fn(async (list: { id: string; js: string[]; matches: string[]; runAt: string }[]) => {
      calls.push('register');
      refuse();
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, structuredClone(s));
      }
    }),
    updateContentScripts: vi.fn(async (list: { id: string; js: string[]; matches: string[]; runAt: string }[]) => {
      calls.push('update');
      refuse();
      for (const s of list) scripts.set(s.id, structuredClone(s));
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      calls.push('unregister');
      for (const id of ids) scripts.delete(id);
    }),
  };
}

describe('pagePattern', () => {
  it('covers the page and its queries on any port, not its neighbours', () => {
    expect(pagePattern('https://news.example:8443/a/b.html?x=1#top')).toBe('https://news.example/a/b.html*');
    expect(pagePattern('http://127.0.0.1:41905/page.html')).toBe('http://127.0.0.1/page.html*');
    expect(pagePattern('file:///home/reader/article.html')).toBe('file:///home/reader/article.html*');
  });

  it('is null where no content script runs, and for what is no address', () => {
    for (const url of ['chrome://settings/', 'about:blank', 'data:text/html,x', 'ftp://x.example/f', 'not a url']) expect(pagePattern(url), url).toBeNull();
  });
});

describe('askMatches', () => {
  it('is empty when ChipLens is off or nothing calls for it', () => {
    expect(askMatches(settings({}), [])).toEqual([]);
    expect(askMatches(settings({ enabled: false, sites: { 'a.example': 'always' } }), ['https://b.example/x'])).toEqual([]);
  });

  it('covers sites set to "always" with their subdomains, pages with notes, not sites set to "never"', () => {
    const s = settings({ sites: { 'chips.example': 'always', '10.0.0.2': 'always', 'skip.example': 'never' } });
    expect(askMatches(s, ['https://news.example/a?id=3', 'https://news.example/a?id=3'])).toEqual([
      '*://*.chips.example/*',
      '*://10.0.0.2/*',
      '*://chips.example/*',
      'https://news.example/a*',
    ]);
  });

  it('is every page while the reader watches terms, or when the list would be too long', () => {
    expect(askMatches(settings({ watchTerms: [{ term: 'Lisbon', kind: 'company' }] }), [])).toEqual(['<all_urls>']);
    const many = Array.from({ length: MAX_ASK_PATTERNS + 1 }, (_, i) => `https://n.example/${i}`);
    expect(askMatches(settings({}), many)).toEqual(['<all_urls>']);
    expect(askMatches(settings({}), many.slice(1))).toHaveLength(MAX_ASK_PATTERNS);
  });
});

describe('registerAskScript', () => {
  it('registers, updates only on change, and removes the script', async () => {
    const scripting = fakeScripting();
    await registerAskScript(['*://a.example/*'], scripting as never);
    await registerAskScript(['*://a.example/*'], scripting as never);
    await registerAskScript(['*://a.example/*', '*://b.example/*'], scripting as never);
    expect(scripting.calls).toEqual(['register', 'update']);
    expect(scripting.scripts.get(ASK_SCRIPT_ID)).toEqual({ id: ASK_SCRIPT_ID, js: [ASK_SCRIPT_FILE], matches: ['*://a.example/*', '*://b.example/*'], runAt: 'document_start' });
    await registerAskScript([], scripting as never);
    expect(scripting.scripts.size).toBe(0);
    await registerAskScript([], scripting as never);
    expect(scripting.calls).toEqual(['register', 'update', 'unregister']);
  });
});

describe('keepAskScript', () => {
  let db: StoreDb;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await testStore();
  });
  afterEach(() => db.close());

  const matchesOf = (scripting: ReturnType<typeof fakeScripting>) => scripting.scripts.get(ASK_SCRIPT_ID)?.matches;

  it('follows the notes and the settings as they change', async () => {
    const scripting = fakeScripting();
    const stop = keepAskScript(async () => db, scripting as never);
    try {
      const { article } = await recordArticle(db, report('lisbon'));
      const note = await addNote(db, { articleId: article.id, selector: { exact: 'x', prefix: '', suffix: '' }, body: 'Go back.' });
      await vi.waitFor(() => expect(matchesOf(scripting)).toEqual(['https://news.example/lisbon*']));
      expect(await notedUrls(db)).toEqual(['https://news.example/lisbon']);
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings({ sites: { 'chips.example': 'always' } }) });
      await vi.waitFor(() => expect(matchesOf(scripting)).toEqual(['*://*.chips.example/*', '*://chips.example/*', 'https://news.example/lisbon*']));
      await deleteNote(db, note.id);
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings({}) });
      await vi.waitFor(() => expect(scripting.scripts.size).toBe(0));
    } finally {
      stop();
    }
  });

  it('registers the script on every page when the browser refuses the list', async () => {
    const scripting = fakeScripting(1);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings({ sites: { 'chips.example': 'always' } }) });
    const stop = keepAskScript(async () => db, scripting as never);
    try {
      await vi.waitFor(() => expect(matchesOf(scripting)).toEqual(['<all_urls>']));
    } finally {
      stop();
    }
  });
});

describe('wakesQuietPage', () => {
  const url = 'https://chips.example/a';
  it('wakes a page of a site now set to "always", and every page when the watch terms change', () => {
    expect(wakesQuietPage(settings({}), settings({ sites: { 'chips.example': 'always' } }), url)).toBe('yes');
    const watched = settings({ watchTerms: [{ term: 'Lisbon', kind: 'company' }] });
    expect(wakesQuietPage(settings({}), watched, url)).toBe('yes');
    expect(wakesQuietPage(watched, watched, url)).toBe('no');
  });

  it('wakes a page with notes where ChipLens was off before', () => {
    expect(wakesQuietPage(settings({ enabled: false }), settings({}), url)).toBe('if-noted');
    expect(wakesQuietPage(settings({ sites: { 'chips.example': 'never' } }), settings({}), url)).toBe('if-noted');
    expect(wakesQuietPage(settings({ sites: { 'other.example': 'never' } }), settings({}), url)).toBe('no');
  });

  it('leaves it quiet for other changes, and when ChipLens is off there', () => {
    expect(wakesQuietPage(settings({}), settings({ colors: { ...DEFAULT_SETTINGS.colors, chip: '#000000' } }), url)).toBe('no');
    expect(wakesQuietPage(settings({}), settings({ enabled: false, watchTerms: [{ term: 'Lisbon', kind: 'company' }] }), url)).toBe('no');
    expect(wakesQuietPage(settings({}), settings({ sites: { 'chips.example': 'always' } }), undefined)).toBe('no');
    expect(wakesQuietPage(settings({ enabled: false }), settings({}), undefined)).toBe('no');
  });
});
