import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../lib/messages.ts';
import type { StoreDb } from '../../lib/store/db.ts';
import { testStore } from '../../lib/store/testing.ts';
import { articleOfTab, saveTab } from './menus.ts';

const URL_A = 'https://news.example/a';

function report(url: string) {
  return {
    url,
    title: 'A chip story',
    lang: 'en' as const,
    entities: [{ id: 'nvidia', kind: 'company' as const, name: 'Nvidia', count: 2, quote: { exact: 'Nvidia', prefix: '', suffix: ' said' }, start: 0 }],
    figures: [],
  };
}

/** A content script in the tab that answers as `entrypoints/annotator` does. */
function contentScript(answer: (message: { type: string }) => unknown) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: { type: string }) => answer(message)) as never);
}

const summary = (articleId?: number) => ({ ok: true, data: { url: URL_A, state: 'active', entities: [], ...(articleId ? { articleId } : {}) } });

let db: StoreDb;
const open = async () => db;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await testStore();
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

describe('articleOfTab', () => {
  it('takes the id the content script knows', async () => {
    contentScript(() => summary(7));
    expect(await articleOfTab({ id: 1, url: URL_A } as never, open)).toBe(7);
  });

  it('finds a page stored before by its address when the content script did not record it now', async () => {
    const seen = await handleMessage(db, { type: 'article/seen', report: report(URL_A) });
    if (!seen.ok) throw new Error(seen.error.message);
    contentScript(() => summary());
    expect(await articleOfTab({ id: 1 } as never, open)).toBe((seen.data as { article: { id: number } }).article.id);
  });

  it('annotates a page that is not stored, then takes the id once it is recorded', async () => {
    let annotated = false;
    let asked = 0;
    const spy = contentScript((m) => {
      if (m.type === 'page/annotate') return (annotated = true), summary();
      // Recorded a moment after the annotation.
      return summary(annotated && ++asked > 1 ? 12 : undefined);
    });
    expect(await articleOfTab({ id: 3, url: URL_A } as never, open)).toBe(12);
    expect(spy.mock.calls.map((c) => (c[1] as { type: string }).type)).toContain('page/annotate');
  });

  it('gives up on a tab without a content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await articleOfTab({ id: 4, url: 'chrome://settings' } as never, open)).toBeUndefined();
  });
});

describe('saveTab', () => {
  it('puts the article on the reading list and shows a tick on the toolbar button', async () => {
    const seen = await handleMessage(db, { type: 'article/seen', report: report(URL_A) });
    const id = (seen as { data: { article: { id: number } } }).data.article.id;
    contentScript(() => summary(id));
    expect(await saveTab({ id: 5 } as never, open)).toBe(true);
    expect((await db.articles.get(id))?.savedAt).toBeTypeOf('number');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('✓');
  });

  it('says so on the toolbar button when the page cannot be saved', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await saveTab({ id: 6, url: 'chrome://settings' } as never, open)).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 6 })).toBe('ChipLens cannot save this page.');
  });
});
