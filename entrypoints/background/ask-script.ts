/**
 * The ask script (`entrypoints/ask.ts`): a content script the background registers on the pages whose first stage
 * must ask it about the page whatever words the page holds. The first stage stays quiet on pages that name no
 * chip word, but these pages get the annotator anyway: sites set to "always", pages with the reader's notes, and,
 * while the reader watches terms (any word may be one), every page. Registered with the browser, so the mark is
 * there from the start of such a page without a message; kept in step with the settings and the notes.
 */
import { browser } from 'wxt/browser';
import { Dexie } from 'dexie';
import { loadSettings, siteKey, watchSettings, type Settings } from '../../lib/settings.ts';
import type { StoreDb } from '../../lib/store/db.ts';

export const ASK_SCRIPT_ID = 'chiplens-ask';
export const ASK_SCRIPT_FILE = '/ask.js';
/** Past this many patterns, the script is registered on every page: a long list costs the browser on every load. */
export const MAX_ASK_PATTERNS = 500;
const EVERY_PAGE = ['<all_urls>'];

/** Match patterns for a site of the settings (a host without "www."), and its subdomains where it has a name. */
function sitePatterns(key: string): string[] {
  if (key.startsWith('[') || /^[\d.]+$/.test(key)) return [`*://${key}/*`];
  return [`*://${key}/*`, `*://*.${key}/*`];
}

/**
 * A match pattern for the page at `url`, its query and any port included (a match pattern without a port
 * matches every port); null where content scripts do not run.
 */
export function pagePattern(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'file:') return `file://${u.pathname}*`;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i.test(u.hostname)) return null;
  return `${u.protocol}//${u.hostname}${u.pathname}*`;
}

/** Where the ask script belongs, for these settings and the addresses of the pages with notes; sorted, no repeats. */
export function askMatches(settings: Settings, notedUrls: readonly string[]): string[] {
  if (!settings.enabled) return [];
  if (settings.watchTerms.length) return EVERY_PAGE;
  const out = new Set<string>();
  for (const [site, mode] of Object.entries(settings.sites)) {
    const key = mode === 'always' ? siteKey(site) : null;
    if (key) for (const p of sitePatterns(key)) out.add(p);
  }
  // A page on an "always" site is covered by its site; one on a "never" site still asks (the background says no).
  for (const url of notedUrls) {
    const p = pagePattern(url);
    if (p) out.add(p);
  }
  return out.size > MAX_ASK_PATTERNS ? EVERY_PAGE : [...out].sort();
}

/** The addresses of the stored articles that have notes. */
export async function notedUrls(db: StoreDb): Promise<string[]> {
  const ids = (await db.notes.orderBy('articleId').uniqueKeys()) as number[];
  const articles = await db.articles.bulkGet(ids);
  return articles.flatMap((a) => (a ? [a.url] : []));
}

type Scripting = Pick<typeof browser.scripting, 'getRegisteredContentScripts' | 'registerContentScripts' | 'updateContentScripts' | 'unregisterContentScripts'>;

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => !!a && a.length === b.length && a.every((x, i) => x === b[i]);

/** Registers, updates or removes the ask script so that it runs on `matches` (none: removed). */
export async function registerAskScript(matches: readonly string[], scripting: Scripting = browser.scripting): Promise<void> {
  const [current] = await scripting.getRegisteredContentScripts({ ids: [ASK_SCRIPT_ID] });
  if (!matches.length) {
    if (current) await scripting.unregisterContentScripts({ ids: [ASK_SCRIPT_ID] });
    return;
  }
  const script = { id: ASK_SCRIPT_ID, js: [ASK_SCRIPT_FILE], matches: [...matches], runAt: 'document_start' as const };
  if (!current) await scripting.registerContentScripts([script]);
  else if (!sameList(current.matches, matches)) await scripting.updateContentScripts([script]);
}

/**
 * Keeps the ask script in step with the settings and the notes while the worker runs (and brings it up to date
 * when it starts). Updates run one after the other; one that fails registers the script on every page instead,
 * so that no page with notes or on an "always" site is left without the annotator. Returns a stop function.
 */
export function keepAskScript(openDb: () => Promise<StoreDb>, scripting?: Scripting): () => void {
  let settings: Settings | null = null;
  let noted: string[] | null = null;
  let queue: Promise<void> = Promise.resolve();
  const sync = () => {
    if (stopped || !settings || !noted) return;
    const matches = askMatches(settings, noted);
    queue = queue
      .then(() => registerAskScript(matches, scripting))
      .catch(() => registerAskScript(matches.length ? EVERY_PAGE : [], scripting))
      .catch(() => undefined);
  };
  void loadSettings().then((s) => {
    settings ??= s;
    sync();
  });
  const unwatch = watchSettings((s) => {
    settings = s;
    sync();
  });
  // Notes change in the worker (a note added on a page) and in the library (an import), which Dexie reports here.
  let stopped = false;
  let reads = 0;
  const refresh = async () => {
    // Reads may end out of order: only the latest one counts.
    const read = ++reads;
    try {
      const urls = await notedUrls(await openDb());
      if (read !== reads) return;
      noted = urls;
    } catch {
      noted ??= [];
    }
    sync();
  };
  const onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => k.includes('/notes/'))) void refresh();
  };
  Dexie.on('storagemutated', onMutated);
  void refresh();
  return () => {
    stopped = true;
    unwatch();
    Dexie.on('storagemutated').unsubscribe(onMutated);
  };
}
