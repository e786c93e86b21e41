/**
 * Who sent a runtime message: one of ChipLens's own pages, a content script in some web page, or neither.
 *
 * Pure, so that it can be tested with plain objects. What Chromium 156 really sends (logged from a browser test):
 * - popup, library, options, also when opened as a tab: `url` and `origin` on `chrome-extension://<runtime.id>`,
 *   with `tab` set when the page is in a tab. An extension page in a tab is still an extension page.
 * - the card frame (`frame.html`, web-accessible with `use_dynamic_url`, inside a web page's tab): `url` is
 *   `chrome-extension://<runtime.id>/frame.html#…`, the static id and not the dynamic address `runtime.getURL()`
 *   returns for it, `origin` the same; `tab` is the web page's tab and `frameId` is not 0.
 * - a content script: `url` is the address its document was LOADED with (it stays so after `history.pushState`,
 *   while `tab.url` follows the address bar), `origin` the document's origin (which pushState cannot change), and
 *   `tab` its tab.
 * A web page cannot reach `runtime.onMessage` at all (the manifest declares no `externally_connectable`), so
 * every sender here runs ChipLens's own code; what a content script asks for is nonetheless shaped by a page
 * that may be hostile, which is why it may only ask about its own page.
 */

/** The parts of `runtime.MessageSender` the decision needs. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** This extension: its id and the origins its pages have (`chrome-extension://<id>`, Firefox's `moz-extension://<uuid>`). */
export interface ExtensionIdentity {
  id: string;
  origins: readonly string[];
}

export type SenderKind = 'extension-page' | 'content-script' | 'reject';

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    // `URL.origin` is "null" for schemes it does not know (chrome-extension: in some runtimes), so build it.
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/** The extension's identity from the runtime: its id, and the origin of its own pages. */
export function extensionIdentity(runtimeId: string, rootUrl: string): ExtensionIdentity {
  const origins = new Set<string>([`chrome-extension://${runtimeId}`]);
  const root = originOf(rootUrl);
  if (root) origins.add(root);
  return { id: runtimeId, origins: [...origins] };
}

/**
 * Classifies a message's sender. `extension-page`: a page of this extension (popup, library, options, the card
 * frame), wherever it is shown; `content-script`: this extension's script in a web page, with a tab and a
 * web origin; `reject`: anything else (another extension, a sender without an address or tab, an origin that
 * disagrees with the address).
 */
export function classifySender(sender: SenderLike, ext: ExtensionIdentity): SenderKind {
  if (!sender.id || sender.id !== ext.id) return 'reject';
  const urlOrigin = originOf(sender.url);
  if (urlOrigin === null) return 'reject';
  if (ext.origins.includes(urlOrigin)) {
    // Both must say the same, when the browser gives both.
    return sender.origin === undefined || sender.origin === urlOrigin ? 'extension-page' : 'reject';
  }
  if (sender.origin !== undefined && ext.origins.includes(sender.origin)) return 'reject';
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && tabId >= 0 ? 'content-script' : 'reject';
}

/**
 * The web origin a content script's document has: `sender.origin` where the browser gives it (Chromium), else
 * the origin of `sender.url` (Firefox). `null` for anything but http(s): opaque origins (sandboxed frames,
 * `data:`) and local files own no page ChipLens stores.
 */
export function contentOrigin(sender: SenderLike): string | null {
  const origin = sender.origin ?? originOf(sender.url);
  if (!origin || origin === 'null') return null;
  return /^https?:\/\//.test(origin) ? origin : null;
}

/** Whether `url` is an address on `origin` (what a content script may ask about: its own site's pages). */
export function isOnOrigin(url: string, origin: string): boolean {
  return originOf(url) === origin;
}
