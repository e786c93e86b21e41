/**
 * Which language the ChipLens pages speak (popup, library, options, context menu): German or English,
 * following the browser unless the reader chose one in the options. The choice is stored apart from the
 * annotator's settings because only the UI reads it.
 *
 * The strings themselves are in `components/i18n/`; the manifest's own texts (name, description, menu and
 * command titles that the browser shows before any page of ours runs) are in `public/_locales/`.
 */
import { browser } from 'wxt/browser';
import { storedValue, type StorageArea } from './stored-value.ts';

export type UiLanguage = 'de' | 'en';

/** The reader's choice: follow the browser, or one language. */
export type LanguagePref = 'auto' | UiLanguage;

/** Key of the choice in `storage.local`. */
export const LANGUAGE_KEY = 'uiLanguage';

/** A stored value as a choice; anything unknown follows the browser. */
export function parseLanguagePref(raw: unknown): LanguagePref {
  return raw === 'de' || raw === 'en' ? raw : 'auto';
}

/**
 * The language to speak: the reader's choice, else the first browser language that is German or English
 * (so `de-AT` and `de-CH` get German, and a reader whose list is `fr, de` too), else English.
 *
 * @param browserLanguages BCP 47 tags in the browser's order of preference
 */
export function resolveLanguage(pref: LanguagePref, browserLanguages: readonly string[]): UiLanguage {
  if (pref !== 'auto') return pref;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

/** The browser's languages, most preferred first: the UI language, then the page-content list. */
export function browserLanguages(): string[] {
  const out: string[] = [];
  try {
    out.push(browser.i18n.getUILanguage());
  } catch {
    // Not in an extension context (unit tests, a plain page): the navigator's list is enough.
  }
  if (typeof navigator !== 'undefined') out.push(...(navigator.languages ?? []), navigator.language);
  return out.filter((t): t is string => typeof t === 'string' && t.length > 0);
}

const stored = storedValue(LANGUAGE_KEY, parseLanguagePref);

/** The reader's stored choice; `auto` where none (or nothing readable) is stored. */
export const loadLanguagePref = stored.load;
export const saveLanguagePref = stored.save;
/** Calls `listener` with the new choice whenever it changes; returns an unsubscribe. */
export const watchLanguagePref = stored.watch;

/** The language to speak now: the stored choice resolved against the browser's languages. */
export async function currentLanguage(area?: StorageArea): Promise<UiLanguage> {
  return resolveLanguage(await loadLanguagePref(area), browserLanguages());
}
