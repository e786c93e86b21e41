/**
 * The language a page speaks, handed down the component tree, and the start-up that chooses it.
 */
import { createContext, render, type ComponentType } from 'preact';
import { useContext } from 'preact/hooks';
import { browserLanguages, loadLanguagePref, resolveLanguage, watchLanguagePref, type UiLanguage } from '../../lib/i18n.ts';
import { uiStrings, type UiStrings } from './strings.ts';

export interface Locale {
  lang: UiLanguage;
  t: UiStrings;
}

export const LocaleContext = createContext<Locale>({ lang: 'en', t: uiStrings('en') });

/** The current page's language and strings. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/**
 * Renders a page's root component in the reader's language, and again in the new language when the reader
 * changes it in the options (so an open library tab follows at once).
 *
 * @param title the document title in the chosen language
 */
export async function mountPage(root: HTMLElement, App: ComponentType, title: (t: UiStrings) => string): Promise<void> {
  const show = (lang: UiLanguage) => {
    const t = uiStrings(lang);
    document.documentElement.lang = lang;
    document.title = title(t);
    render(
      <LocaleContext.Provider value={{ lang, t }}>
        <App />
      </LocaleContext.Provider>,
      root,
    );
  };
  show(resolveLanguage(await loadLanguagePref(), browserLanguages()));
  watchLanguagePref((pref) => show(resolveLanguage(pref, browserLanguages())));
}
