import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { AnyResponse } from '../../lib/messages.ts';
import { RecordBudget } from '../../lib/record-limits.ts';
import { extensionIdentity } from '../../lib/sender.ts';
import { StoreError } from '../../lib/store/errors.ts';
import { addNote } from '../../lib/store/notes.ts';
import { entity, report, testStore } from '../../lib/store/testing.ts';
import type { StoreDb } from '../../lib/store/db.ts';
import { createMessageListener, lazyStore, type ListenerOptions } from './listener.ts';

type Sender = Browser.runtime.MessageSender;

const ID = 'jiocgfakgaohpneeaedmmcfnogbihnjn';
const EXTENSION = extensionIdentity(ID, `chrome-extension://${ID}/`);
const PAGE = 'https://news.example';

/** Senders shaped as Chromium 156 sends them (see lib/sender.ts). */
const POPUP_TAB: Sender = { id: ID, url: `chrome-extension://${ID}/popup.html?tab=7`, origin: `chrome-extension://${ID}`, frameId: 0, tab: { id: 9 } as Sender['tab'] };
const FRAME: Sender = { id: ID, url: `chrome-extension://${ID}/frame.html#abc`, origin: `chrome-extension://${ID}`, frameId: 4, tab: { id: 7, url: `${PAGE}/a` } as Sender['tab'] };
const content = (tabId = 7, loaded = `${PAGE}/a`): Sender => ({ id: ID, url: loaded, origin: new URL(loaded).origin, frameId: 0, tab: { id: tabId, url: loaded } as Sender['tab'] });
const OTHER_EXTENSION: Sender = { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html' };

function ask(db: StoreDb | null, sender: Sender, message: unknown, opts: Partial<ListenerOptions> = {}): Promise<AnyResponse> {
  const open = db ? async () => db : () => Promise.reject(new Error('must not open'));
  const listener = createMessageListener(open, { extension: EXTENSION, ...opts });
  return new Promise((resolve) => {
    expect(listener(message, sender, resolve as (r: unknown) => void)).toBe(true);
  });
}

const seen = (path: string, parts = {}) => ({ type: 'article/seen', report: report(path, { url: `${PAGE}/${path}`, entities: [entity('nvidia-h20')], ...parts }) });

describe('createMessageListener', () => {
  it('returns true and answers through sendResponse', async () => {
    const db = await testStore();
    expect(await ask(db, POPUP_TAB, { type: 'stats/totals' })).toEqual({ ok: true, data: { articles: 0, saved: 0, unread: 0, notes: 0, figures: 0, entities: 0 } });
    db.close();
  });

  it('answers bad messages too, so no sender waits for ever', async () => {
    expect(await ask(null, POPUP_TAB, { hello: 1 })).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  it("answers the first stage's page/stage apart, with the sender, and never from the store", async () => {
    const stage = vi.fn(async (_m: unknown, sender: Sender) => ({ annotate: true, loaded: sender.url === `${PAGE}/a`, decision: 'auto' as const }));
    expect(await ask(null, content(), { type: 'page/stage', load: 'now' }, { stage })).toEqual({ ok: true, data: { annotate: true, loaded: true, decision: 'auto' } });
    expect(stage).toHaveBeenCalledOnce();
    // An extension page has no page to load the annotator into.
    expect(await ask(null, POPUP_TAB, { type: 'page/stage', load: 'now' }, { stage })).toEqual({ ok: true, data: { annotate: false, loaded: false, decision: 'auto' } });
    expect(stage).toHaveBeenCalledOnce();
  });

  it("reads a long page's pieces for its content script only, and never from the store", async () => {
    const extract = vi.fn(async (m: unknown) => ((m as { texts?: unknown }).texts ? { annotations: [{ language: 'en' as const, relevant: false, mentions: [] }] } : null));
    const message = { type: 'page/extract', lang: 'en', texts: ['A harbour festival.'] };
    expect(await ask(null, content(), message, { extract })).toEqual({ ok: true, data: { annotations: [{ language: 'en', relevant: false, mentions: [] }] } });
    expect(await ask(null, content(), { type: 'page/extract', lang: 'en' }, { extract })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(extract).toHaveBeenCalledTimes(2);
    // Not for extension pages (they have no page) nor for anyone else.
    for (const sender of [POPUP_TAB, OTHER_EXTENSION]) expect(await ask(null, sender, message, { extract })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(extract).toHaveBeenCalledTimes(2);
  });

  it('answers nothing to a sender that is not ChipLens', async () => {
    for (const message of [{ type: 'stats/totals' }, { type: 'data/export' }, { type: 'page/stage', load: 'now' }]) {
      expect(await ask(null, OTHER_EXTENSION, message)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('answers the popup in a tab and the card frame in a web page as extension pages', async () => {
    const db = await testStore();
    const a = (await ask(db, POPUP_TAB, seen('a'))) as { ok: true; data: { article: { id: number } } };
    expect(a.ok).toBe(true);
    await addNote(db, { articleId: a.data.article.id, selector: { exact: 'x', prefix: '', suffix: '' }, body: 'secret body' });
    expect(await ask(db, FRAME, { type: 'notes/list', articleId: a.data.article.id })).toMatchObject({ ok: true, data: [{ body: 'secret body' }] });
    expect(await ask(db, FRAME, { type: 'entity/context', entityId: 'nvidia-h20' })).toMatchObject({ ok: true });
    expect(await ask(db, POPUP_TAB, { type: 'list/tags' })).toMatchObject({ ok: true });
    db.close();
  });

  it("refuses a content script everything but its own page's record and note places", async () => {
    const db = await testStore();
    const forbidden = [
      { type: 'stats/totals' },
      { type: 'data/wipe', confirm: true },
      { type: 'list/get' },
      { type: 'list/tags' },
      { type: 'list/save', articleId: 1 },
      { type: 'notes/list' },
      { type: 'notes/list', articleId: 1 },
      { type: 'notes/add', note: { articleId: 1, selector: { exact: 'x', prefix: '', suffix: '' }, body: 'b' } },
      { type: 'notes/delete', id: 1 },
      { type: 'entity/context', entityId: 'nvidia-h20' },
      { type: 'entity/timeline', entityId: 'nvidia-h20' },
      { type: 'article/get', articleId: 1 },
      { type: 'article/get', url: `${PAGE}/a` },
    ];
    await ask(db, POPUP_TAB, seen('a'));
    for (const message of forbidden) {
      expect(await ask(db, content(), message), JSON.stringify(message)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await db.articles.count()).toBe(1);
    db.close();
  });

  it('lets a content script record its page and find its notes, on its own origin only (pushState included)', async () => {
    const db = await testStore();
    const own = (await ask(db, content(), seen('a'))) as { ok: true; data: { article: { id: number } } };
    expect(own.ok).toBe(true);
    await addNote(db, { articleId: own.data.article.id, selector: { exact: 'x', prefix: '', suffix: '' }, body: 'secret body' });
    // After pushState the sender still names the loaded address; the new one is on the same origin.
    expect(await ask(db, content(7, `${PAGE}/a`), seen('b'))).toMatchObject({ ok: true, data: { created: true } });
    const anchors = await ask(db, content(), { type: 'notes/anchors', url: `${PAGE}/a` });
    expect(anchors).toMatchObject({ ok: true, data: { articleId: own.data.article.id, anchors: [{ selector: { exact: 'x' } }] } });
    expect(JSON.stringify(anchors)).not.toContain('secret body');
    expect(await ask(db, content(), { type: 'notes/anchors', articleId: own.data.article.id })).toMatchObject({ ok: true });

    // Another site's page: neither recorded from here nor its notes' places revealed, by address or by id.
    const victim = (await ask(db, POPUP_TAB, { type: 'article/seen', report: report('v', { url: 'https://chipnotes.substack.com/p/v' }) })) as { ok: true; data: { article: { id: number } } };
    const attacker = content(8, 'https://attacker.substack.com/p/x');
    expect(await ask(db, attacker, { type: 'article/seen', report: report('v', { url: 'https://chipnotes.substack.com/p/v', title: 'taken' }) })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ask(db, attacker, { type: 'notes/anchors', url: 'https://chipnotes.substack.com/p/v' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ask(db, attacker, { type: 'notes/anchors', articleId: victim.data.article.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await db.articles.get(victim.data.article.id))?.title).toBe('Title v');
    db.close();
  });

  it("caps the new articles a tab's content script adds; revisits, other tabs and the reader's pages go on", async () => {
    const db = await testStore();
    let now = 0;
    const budget = new RecordBudget([{ ms: 60_000, max: 3 }], () => now);
    for (const p of ['1', '2', '3']) expect(await ask(db, content(), seen(p), { budget }), p).toMatchObject({ ok: true, data: { created: true } });
    expect(await ask(db, content(), seen('4'), { budget })).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(await ask(db, content(), seen('1', { title: 'Updated' }), { budget })).toMatchObject({ ok: true, data: { created: false, article: { title: 'Updated' } } });
    expect(await ask(db, content(8), seen('5'), { budget })).toMatchObject({ ok: true, data: { created: true } });
    expect(await ask(db, POPUP_TAB, seen('6'), { budget })).toMatchObject({ ok: true, data: { created: true } });
    now += 60_001;
    expect(await ask(db, content(), seen('4'), { budget })).toMatchObject({ ok: true, data: { created: true } });
    expect(await db.articles.count()).toBe(6);
    db.close();
  });
});

describe('lazyStore', () => {
  it('opens once and reuses the connection', async () => {
    const db = await testStore();
    const open = vi.fn(async () => db);
    const get = lazyStore(open);
    expect(await get()).toBe(db);
    expect(await get()).toBe(db);
    expect(open).toHaveBeenCalledTimes(1);
    db.close();
  });

  it('retries after a failed open', async () => {
    const db = await testStore();
    const open = vi.fn().mockRejectedValueOnce(new StoreError('blocked')).mockResolvedValueOnce(db);
    const get = lazyStore(open);
    await expect(get()).rejects.toMatchObject({ code: 'blocked' });
    expect(await get()).toBe(db);
    expect(open).toHaveBeenCalledTimes(2);
    db.close();
  });
});
