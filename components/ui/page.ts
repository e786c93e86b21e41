/**
 * The tab the popup is about, and talking to the content script in it.
 */
import { browser, type Browser } from 'wxt/browser';

export type Tab = Browser.tabs.Tab;

/**
 * Why ChipLens cannot work on a page. `hidden`: the browser does not even tell the page's address, which for
 * the tab the popup was opened on (the action grants `activeTab`) only happens on browser pages and the like.
 */
export type Closed = 'browser' | 'store' | 'file' | 'other' | 'hidden';

const STORE_HOSTS: readonly [host: string, pathPrefix: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.opera.com', '/'],
];

/**
 * Whether extensions may run on a page at all, by its address: browser pages (chrome://, about:, other
 * extensions), the extension stores and local files (unless the reader allowed file access) are closed to
 * content scripts. Null when ChipLens can work there. An unknown address (the tab's URL is hidden) is not
 * judged here: the content script's silence tells.
 */
export function closedReason(url: string | undefined): Closed | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'other';
  }
  if (u.protocol === 'http:' || u.protocol === 'https:') {
    const host = u.hostname.toLowerCase();
    return STORE_HOSTS.some(([h, p]) => host === h && u.pathname.startsWith(p)) ? 'store' : null;
  }
  if (u.protocol === 'file:') return 'file';
  if (/^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search|chrome-untrusted):$/.test(u.protocol))
    return 'browser';
  return 'other';
}

/**
 * The tab to show: `?tab=<id>` when given (browser tests open the popup as a page for a chosen tab),
 * else the active tab of the current window.
 */
export async function targetTab(search: string): Promise<Tab | undefined> {
  const param = new URLSearchParams(search).get('tab');
  const id = param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
  try {
    if (id !== undefined) return await browser.tabs.get(id);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab;
  } catch {
    return undefined;
  }
}

/**
 * Injects the content script into a tab that has none (one opened before ChipLens was installed or updated).
 * Allowed by `activeTab` once the reader opened the popup on it. False when the page refuses.
 */
export async function injectContentScript(tabId: number): Promise<boolean> {
  const files = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.js ?? []) ?? [];
  if (!files.length) return false;
  try {
    // The manifest's paths are the built ones; WXT's type only lists paths it knows at type-check time.
    await browser.scripting.executeScript({ target: { tabId }, files: files as never[] });
    return true;
  } catch {
    return false;
  }
}

/** Opens an extension page (`/library.html#/entity/x`) in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]) });
}
