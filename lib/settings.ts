/**
 * The reader's options: ChipLens on or off, which kinds are highlighted and in which colours, the reader's own
 * watch terms, and per-site "always" or "never".
 * A pure core (parse, decide, update) with a thin layer over `browser.storage.local`, so the options page,
 * the popup and the content script read one stored object the same way.
 */
import { cachedReader, storedValue, type StorageArea } from './stored-value.ts';

export type MarkKind = 'chip' | 'company' | 'figure';
export const MARK_KINDS: readonly MarkKind[] = ['chip', 'company', 'figure'];

/** Per-site override of the relevance gate. */
export type SiteMode = 'always' | 'never';

/** A name the reader wants found on every page, as a chip or a company. */
export interface WatchTerm {
  term: string;
  kind: 'chip' | 'company';
}

/** Highlight colours per kind, `#rrggbb`; a kind not listed keeps its default. */
export type MarkColors = Partial<Record<MarkKind, string>>;

export const WATCH_TERM_MIN = 2;
export const WATCH_TERM_MAX = 60;
const WATCH_TERMS_MAX = 200;

export interface Settings {
  /** Master switch. */
  enabled: boolean;
  /** Kinds that get highlights. All kinds are still recorded for cross-article context. */
  kinds: Record<MarkKind, boolean>;
  /** Site key (see {@link siteKey}) to its mode; sites not listed follow the relevance gate. */
  sites: Record<string, SiteMode>;
  /** The reader's own terms, highlighted as `chiplens-watch`. */
  watchTerms: WatchTerm[];
  colors: MarkColors;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  kinds: Object.freeze({ chip: true, company: true, figure: true }),
  sites: Object.freeze({}),
  watchTerms: Object.freeze([]) as unknown as WatchTerm[],
  colors: Object.freeze({}),
});

function parseWatchTerms(raw: unknown): WatchTerm[] {
  if (!Array.isArray(raw)) return [];
  const out: WatchTerm[] = [];
  const seen = new Set<string>();
  for (const w of raw.slice(0, WATCH_TERMS_MAX)) {
    const term = typeof w?.term === 'string' ? w.term.replace(/\s+/g, ' ').trim() : '';
    const kind = w?.kind === 'chip' || w?.kind === 'company' ? w.kind : null;
    const key = term.toLocaleLowerCase();
    if (!kind || term.length < WATCH_TERM_MIN || term.length > WATCH_TERM_MAX || seen.has(key)) continue;
    seen.add(key);
    out.push({ term, kind });
  }
  return out;
}

function parseColors(raw: unknown): MarkColors {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: MarkColors = {};
  for (const k of MARK_KINDS) {
    const v = o[k];
    if (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v)) out[k] = v.toLowerCase();
  }
  return out;
}

/** Key of the settings object in `storage.local`. */
export const SETTINGS_KEY = 'settings';

/**
 * Reads stored settings leniently: unknown fields are dropped, missing or malformed ones take their default,
 * so an older or hand-edited object never switches ChipLens off by accident.
 */
export function parseSettings(raw: unknown): Settings {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const kindsRaw = o.kinds !== null && typeof o.kinds === 'object' ? (o.kinds as Record<string, unknown>) : {};
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  for (const k of MARK_KINDS) if (typeof kindsRaw[k] === 'boolean') kinds[k] = kindsRaw[k] as boolean;
  const sites: Record<string, SiteMode> = {};
  if (o.sites !== null && typeof o.sites === 'object') {
    for (const [host, mode] of Object.entries(o.sites as Record<string, unknown>)) {
      const key = siteKey(host);
      if (key && (mode === 'always' || mode === 'never')) sites[key] = mode;
    }
  }
  return {
    enabled: typeof o.enabled === 'boolean' ? o.enabled : DEFAULT_SETTINGS.enabled,
    kinds,
    sites,
    watchTerms: parseWatchTerms(o.watchTerms),
    colors: parseColors(o.colors),
  };
}

/**
 * The site a URL (or a bare host name) belongs to: its host name in lower case without a leading "www.".
 * Null for pages without a host (files, extension pages).
 */
export function siteKey(urlOrHost: string): string | null {
  let host = urlOrHost.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  }
  host = host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  return /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host) && host.length > 0 ? host : null;
}

/** What ChipLens does on a page: nothing, annotate if the page is about chips, or annotate whatever it finds. */
export type Decision = 'off' | 'auto' | 'always';

export function decide(s: Settings, url: string): Decision {
  if (!s.enabled) return 'off';
  const key = siteKey(url);
  const mode = key ? s.sites[key] : undefined;
  return mode === 'never' ? 'off' : mode === 'always' ? 'always' : 'auto';
}

/** The site's mode in settings; `auto` when it follows the gate. */
export function siteModeOf(s: Settings, url: string): SiteMode | 'auto' {
  const key = siteKey(url);
  return (key && s.sites[key]) || 'auto';
}

/** Settings with the site of `url` set to `mode` (`auto` removes the override). */
export function withSiteMode(s: Settings, url: string, mode: SiteMode | 'auto'): Settings {
  const key = siteKey(url);
  if (!key) return s;
  const sites = { ...s.sites };
  if (mode === 'auto') delete sites[key];
  else sites[key] = mode;
  return { ...s, sites };
}

export function withKind(s: Settings, kind: MarkKind, on: boolean): Settings {
  return { ...s, kinds: { ...s.kinds, [kind]: on } };
}

export function withEnabled(s: Settings, enabled: boolean): Settings {
  return { ...s, enabled };
}

/** Whether two settings have the same watch terms, in the same order. */
export function sameWatchTerms(a: Settings, b: Settings): boolean {
  return JSON.stringify(a.watchTerms) === JSON.stringify(b.watchTerms);
}

/** Whether two settings highlight the same things: the same kinds and the same watch terms. */
export function sameKinds(a: Settings, b: Settings): boolean {
  return MARK_KINDS.every((k) => a.kinds[k] === b.kinds[k]) && sameWatchTerms(a, b);
}

/** Whether two settings paint highlights alike. */
export function sameLook(a: Settings, b: Settings): boolean {
  return MARK_KINDS.every((k) => a.colors[k] === b.colors[k]);
}

const stored = storedValue(SETTINGS_KEY, parseSettings);

/** The stored settings; the defaults where none (or nothing readable) is stored. */
export const loadSettings = stored.load;
/** Stores the settings, normalised as {@link parseSettings} reads them. */
export const saveSettings = stored.save;
/** Calls `listener` with the new settings whenever they change in `storage.local`; returns an unsubscribe. */
export const watchSettings = stored.watch;
/** A reader of the settings that keeps them between reads, as they change (see {@link cachedReader}). */
export const settingsReader = (): (() => Promise<Settings>) => cachedReader(stored);

/** Reads, changes and writes the settings in one step. */
export async function updateSettings(change: (s: Settings) => Settings, area?: StorageArea): Promise<Settings> {
  const next = change(await loadSettings(area));
  await saveSettings(next, area);
  return next;
}
