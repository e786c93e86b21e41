/**
 * The options page: ChipLens on or off, kinds highlighted, sites always/never, colours, watch terms, the UI
 * language, and deleting all data. Every change is saved at once to the shared settings (`lib/settings.ts`),
 * which the content scripts follow live.
 */
import { useEffect, useState } from 'preact/hooks';
import { browserLanguages, loadLanguagePref, resolveLanguage, saveLanguagePref, type LanguagePref } from '../../lib/i18n.ts';
import {
  MARK_KINDS,
  loadSettings,
  siteKey,
  updateSettings,
  watchSettings,
  withEnabled,
  withKind,
  withSiteMode,
  type MarkKind,
  type Settings,
  type SiteMode,
} from '../../lib/settings.ts';
import { useLocale } from '../i18n/locale.tsx';
import { thrownText } from '../i18n/errors.ts';
import { WipeData } from '../common/WipeData.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { addWatchTerm, DEFAULT_COLORS, removeWatchTerm, withColor, type WatchTerm } from './extras.ts';

export function Options() {
  const { lang, t } = useLocale();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    // The popup changes site modes too; show them here without a reload.
    return watchSettings(setSettings);
  }, []);

  /** Applies an edit. `edit` runs later and more than once: read event values before calling. */
  const change = async (edit: (s: Settings) => Settings) => {
    // Shown at once, so a checkbox does not flick back while the write is under way.
    setSettings((s) => (s ? edit(s) : s));
    try {
      const next = await updateSettings(edit);
      setSettings(next);
      setStatus({ ok: true, text: t.options.saved });
    } catch (e) {
      setStatus({ ok: false, text: thrownText(lang, e) });
    }
  };

  return (
    <main class="page options">
      <header>
        <h1>{t.options.title}</h1>
        <p class={status?.ok === false ? 'error' : 'ok'} role="status" aria-live="polite">
          {status?.ok ? status.text : ''}
        </p>
      </header>
      {status?.ok === false && <ErrorNote message={status.text} />}
      {settings === null ? (
        <p class="muted">{t.loading}</p>
      ) : (
        <>
          <fieldset>
            <legend>{t.appName}</legend>
            <label>
              <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => {
                  const on = e.currentTarget.checked;
                  void change((s) => withEnabled(s, on));
                }} />
              {t.options.enabled}
            </label>
            <p class="muted hint">{t.options.enabledHint}</p>
          </fieldset>

          <fieldset>
            <legend>{t.options.kindsTitle}</legend>
            <p class="muted hint">{t.options.kindsHint}</p>
            <div class="row-form">
              {MARK_KINDS.map((k) => (
                <label key={k} class={`chip kind-${k}`}>
                  <input type="checkbox" name={`kind-${k}`} checked={settings.kinds[k]} onChange={(e) => {
                      const on = e.currentTarget.checked;
                      void change((s) => withKind(s, k, on));
                    }} />
                  {t.kinds[k]}
                </label>
              ))}
            </div>
          </fieldset>

          <Sites settings={settings} change={change} />

          <Colors colors={settings.colors} change={change} />

          <WatchTerms terms={settings.watchTerms} change={change} />

          <Language />

          <section class="privacy" aria-labelledby="privacy-h">
            <h2 id="privacy-h">{t.options.privacyTitle}</h2>
            {t.options.privacy.map((para) => (
              <p key={para.slice(0, 24)} class="muted">
                {para}
              </p>
            ))}
          </section>

          <WipeData />
        </>
      )}
    </main>
  );
}

type Change = (edit: (s: Settings) => Settings) => Promise<void>;

function Sites({ settings, change }: { settings: Settings; change: Change }) {
  const { t } = useLocale();
  const [host, setHost] = useState('');
  const [mode, setMode] = useState<SiteMode>('always');
  const [invalid, setInvalid] = useState(false);
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  const add = (e: Event) => {
    e.preventDefault();
    const key = siteKey(host);
    if (!key || (!key.includes('.') && key !== 'localhost')) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setHost('');
    void change((s) => withSiteMode(s, key, mode));
  };
  return (
    <fieldset>
      <legend>{t.options.sitesTitle}</legend>
      <p class="muted hint">{t.options.sitesHint}</p>
      {sites.length === 0 ? (
        <p class="muted">{t.options.noSites}</p>
      ) : (
        <ul class="rows" aria-label={t.options.sitesTitle}>
          {sites.map(([key, m]) => (
            <li key={key} data-site={key}>
              <span class="grow">{key}</span>
              <label>
                <span class="sr-only">{key}</span>
                <select value={m} onChange={(e) => {
                    const next = e.currentTarget.value as SiteMode;
                    void change((s) => withSiteMode(s, key, next));
                  }}>
                  <option value="always">{t.options.always}</option>
                  <option value="never">{t.options.never}</option>
                </select>
              </label>
              <button type="button" onClick={() => void change((s) => withSiteMode(s, key, 'auto'))}>
                {t.library.remove}
                <span class="sr-only"> {key}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row-form" onSubmit={add}>
        <label>
          {t.options.siteHost}
          <input name="site" value={host} onInput={(e) => setHost(e.currentTarget.value)} aria-invalid={invalid} />
        </label>
        <select value={mode} aria-label={t.options.sitesTitle} onChange={(e) => setMode(e.currentTarget.value as SiteMode)}>
          <option value="always">{t.options.always}</option>
          <option value="never">{t.options.never}</option>
        </select>
        <button type="submit">{t.options.addSite}</button>
      </form>
      {invalid && <p class="error" role="alert">{t.options.siteInvalid}</p>}
    </fieldset>
  );
}

function Colors({ colors, change }: { colors: Settings['colors']; change: Change }) {
  const { t } = useLocale();
  return (
    <fieldset>
      <legend>{t.options.colorsTitle}</legend>
      <p class="muted hint">{t.options.colorsHint}</p>
      <div class="row-form">
        {MARK_KINDS.map((k: MarkKind) => (
          <span key={k} class="row-form">
            <label>
              <input
                type="color"
                name={`color-${k}`}
                value={colors[k] ?? DEFAULT_COLORS[k]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  void change((s) => ({ ...s, colors: withColor(s.colors, k, value) }));
                }}
              />
              {t.kinds[k]}
            </label>
            {colors[k] && (
              <button type="button" class="link" onClick={() => void change((s) => ({ ...s, colors: withColor(s.colors, k, null) }))}>
                {t.options.resetColor}
                <span class="sr-only"> {t.kinds[k]}</span>
              </button>
            )}
          </span>
        ))}
      </div>
    </fieldset>
  );
}

function WatchTerms({ terms, change }: { terms: WatchTerm[]; change: Change }) {
  const { t } = useLocale();
  const [term, setTerm] = useState('');
  const [kind, setKind] = useState<WatchTerm['kind']>('chip');
  const [invalid, setInvalid] = useState(false);
  const add = (e: Event) => {
    e.preventDefault();
    const next = addWatchTerm(terms, term, kind);
    setInvalid(next === null);
    if (!next) return;
    setTerm('');
    void change((s) => ({ ...s, watchTerms: addWatchTerm(s.watchTerms, term, kind) ?? s.watchTerms }));
  };
  return (
    <fieldset>
      <legend>{t.options.watchTitle}</legend>
      <p class="muted hint">{t.options.watchHint}</p>
      {terms.length === 0 ? (
        <p class="muted">{t.options.noWatch}</p>
      ) : (
        <ul class="rows" aria-label={t.options.watchTitle}>
          {terms.map((w) => (
            <li key={w.term} data-watch={w.term}>
              <span class={`chip kind-${w.kind} grow`}>{w.term}</span>
              <span class="muted">{t.kindOne[w.kind]}</span>
              <button type="button" onClick={() => void change((s) => ({ ...s, watchTerms: removeWatchTerm(s.watchTerms, w.term) }))}>
                {t.library.remove}
                <span class="sr-only"> {w.term}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row-form" onSubmit={add}>
        <label>
          {t.options.watchTerm}
          <input name="watch-term" value={term} maxLength={60} onInput={(e) => setTerm(e.currentTarget.value)} aria-invalid={invalid} />
        </label>
        <label>
          {t.options.watchKind}
          <select name="watch-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as WatchTerm['kind'])}>
            <option value="chip">{t.kindOne.chip}</option>
            <option value="company">{t.kindOne.company}</option>
          </select>
        </label>
        <button type="submit">{t.options.addWatch}</button>
      </form>
      {invalid && <p class="error" role="alert">{t.options.watchInvalid}</p>}
    </fieldset>
  );
}

function Language() {
  const { t } = useLocale();
  const [pref, setPref] = useState<LanguagePref | null>(null);
  useEffect(() => {
    void loadLanguagePref().then(setPref);
  }, []);
  if (pref === null) return null;
  const auto = resolveLanguage('auto', browserLanguages());
  return (
    <fieldset>
      <legend>{t.options.languageTitle}</legend>
      <label>
        <span class="sr-only">{t.options.languageTitle}</span>
        <select
          name="language"
          value={pref}
          onChange={(e) => {
            const next = e.currentTarget.value as LanguagePref;
            setPref(next);
            // Every open ChipLens page, this one included, switches through the storage change.
            void saveLanguagePref(next);
          }}
        >
          <option value="auto">{t.options.languageAuto(t.options.languageNames[auto])}</option>
          <option value="en">{t.options.languageNames.en}</option>
          <option value="de">{t.options.languageNames.de}</option>
        </select>
      </label>
    </fieldset>
  );
}
