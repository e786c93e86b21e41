/**
 * Context menu and keyboard commands: "Save to ChipLens reading list", "Add ChipLens note" on a selection,
 * and annotating the page on request. Wired from the background with `registerMenus(openDb)`.
 *
 * Listeners are added synchronously when the worker starts, so a click or a shortcut that wakes a stopped
 * worker is delivered; the menu items themselves are created on install and start-up (they persist in between).
 */
import { browser, type Browser } from 'wxt/browser';
import { currentLanguage, watchLanguagePref, browserLanguages, resolveLanguage, type UiLanguage } from '../../lib/i18n.ts';
import { handleMessage, type RequestInput, type Response } from '../../lib/messages.ts';
import type { StoreDb } from '../../lib/store/db.ts';
import type { PageRequest } from '../../lib/page-protocol.ts';
import { askPage, pageSummary } from '../../lib/send.ts';
import { errorText } from '../../components/i18n/errors.ts';

export const MENU_SAVE = 'chiplens-save';
export const MENU_NOTE = 'chiplens-note';
/** Command names; the manifest's `commands` must declare them for a shortcut to exist. */
export const COMMAND_SAVE = 'save-article';
export const COMMAND_NOTE = 'add-note';
export const COMMAND_ANNOTATE = 'annotate-page';

/** The request (see `lib/page-protocol.ts`) that opens the page's note editor on the selection. */
export const NOTE_REQUEST = { type: 'page/note' } as const satisfies PageRequest;

const TITLES: Record<UiLanguage, { save: string; note: string }> = {
  en: { save: 'Save to ChipLens reading list', note: 'Add ChipLens note to selection' },
  de: { save: 'Auf die ChipLens-Leseliste', note: 'ChipLens-Notiz zur Auswahl' },
};

/** How long the toolbar badge shows the outcome of a save. */
const BADGE_MS = 4000;
/** How long to wait for a page annotated on request to be recorded. */
const RECORD_WAIT_MS = 2500;

type Tab = Browser.tabs.Tab;
type Ask = (db: () => Promise<StoreDb>, req: RequestInput) => Promise<Response<RequestInput['type']>>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The stored article of a tab: the id the content script knows, else the one stored under its address; a page
 * not stored yet is annotated first (the reader asked to save it, whatever the relevance gate said).
 */
export async function articleOfTab(tab: Tab, db: () => Promise<StoreDb>, ask: Ask = handleMessage as Ask): Promise<number | undefined> {
  if (tab.id === undefined) return undefined;
  let s = await pageSummary(tab.id);
  if (s?.articleId !== undefined) return s.articleId;
  const url = s?.url ?? tab.url;
  if (url) {
    const got = await ask(db, { type: 'article/get', url });
    if (got.ok && got.data && 'article' in got.data) return got.data.article.id;
  }
  if (!(await askPage(tab.id, { type: 'page/annotate' }))) return undefined;
  const deadline = Date.now() + RECORD_WAIT_MS;
  while (Date.now() < deadline) {
    s = await pageSummary(tab.id);
    if (s?.articleId !== undefined) return s.articleId;
    await sleep(150);
  }
  return undefined;
}

async function badge(tabId: number | undefined, ok: boolean, title?: string): Promise<void> {
  if (tabId === undefined) return;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#1d6b4f' : '#b3261e' });
    await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
    if (title) await browser.action.setTitle({ tabId, title });
    setTimeout(() => {
      void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      if (title) void browser.action.setTitle({ tabId, title: '' }).catch(() => undefined);
    }, BADGE_MS);
  } catch {
    // The tab closed meanwhile.
  }
}

/** Saves the tab's article to the reading list; the toolbar badge says whether it worked. */
export async function saveTab(tab: Tab, db: () => Promise<StoreDb>, ask: Ask = handleMessage as Ask): Promise<boolean> {
  const lang = await currentLanguage();
  const articleId = await articleOfTab(tab, db, ask);
  if (articleId === undefined) {
    await badge(tab.id, false, lang === 'de' ? 'ChipLens kann diese Seite nicht speichern.' : 'ChipLens cannot save this page.');
    return false;
  }
  const res = await ask(db, { type: 'list/save', articleId });
  await badge(tab.id, res.ok, res.ok ? TITLES[lang].save : errorText(lang, res.error));
  return res.ok;
}

/** Asks the content script to open its note editor on the current selection. */
async function noteOnTab(tab: Tab): Promise<void> {
  if (tab.id === undefined) return;
  const res = await askPage(tab.id, NOTE_REQUEST);
  if (!res?.ok) await badge(tab.id, false);
}

async function annotateTab(tab: Tab): Promise<void> {
  if (tab.id === undefined) return;
  const res = await askPage(tab.id, { type: 'page/annotate' });
  if (!res?.ok) await badge(tab.id, false);
}

async function createMenus(lang: UiLanguage): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE, title: TITLES[lang].save, contexts: ['page', 'frame', 'selection'] });
  browser.contextMenus.create({ id: MENU_NOTE, title: TITLES[lang].note, contexts: ['selection'] });
}

async function activeTab(): Promise<Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * Adds the context-menu items and the command handlers.
 *
 * @param openDb the background's store opener (the same lazy one the message listener uses)
 */
export function registerMenus(openDb: () => Promise<StoreDb>): void {
  const setUp = () => void currentLanguage().then(createMenus).catch((e: unknown) => console.error('ChipLens menus:', e));
  browser.runtime.onInstalled.addListener(setUp);
  browser.runtime.onStartup.addListener(setUp);
  // The menu speaks the UI language the reader chose in the options.
  watchLanguagePref((pref) => void createMenus(resolveLanguage(pref, browserLanguages())).catch(() => undefined));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (!tab) return;
    if (info.menuItemId === MENU_SAVE) void saveTab(tab, openDb);
    else if (info.menuItemId === MENU_NOTE) void noteOnTab(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void (async () => {
      const target = tab?.id !== undefined ? tab : await activeTab();
      if (!target) return;
      if (command === COMMAND_SAVE) await saveTab(target, openDb);
      else if (command === COMMAND_NOTE) await noteOnTab(target);
      else if (command === COMMAND_ANNOTATE) await annotateTab(target);
    })();
  });
}
