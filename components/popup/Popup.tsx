/**
 * The popup: what ChipLens found in the current tab, and for each chip or company what other articles said.
 * Opened for a chosen tab with `popup.html?tab=<id>` (browser tests), otherwise for the active tab.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DWELL_MS, NEW_ARTICLES_PER_TAB, type RecordStatus } from '../../lib/record-limits.ts';
import { loadSettings, siteKey, siteModeOf, updateSettings, withSiteMode, type SiteMode } from '../../lib/settings.ts';
import { useLocale } from '../i18n/locale.tsx';
import { EntityContext } from '../common/EntityContext.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { askPage } from '../../lib/send.ts';
import { injectContentScript, openExtensionPage } from '../ui/page.ts';
import { fetchData } from '../ui/rpc.ts';
import { useAsync } from '../ui/useAsync.ts';
import { ArticleActions, ArticleNotes } from './ArticleActions.tsx';
import { groupEntities } from './entities.ts';
import { EntityGroups } from './EntityGroups.tsx';
import { loadPopup, settledSummary, type PopupData } from './load.ts';
import { WhatsNew } from './WhatsNew.tsx';
import { POPUP_TIMELINE_POINTS } from './whats-new.ts';

type PageData = Extract<PopupData, { view: 'page' }>;

/**
 * The first load starts when this module is evaluated, in parallel with the language preference the page waits
 * for before it renders, instead of after the first paint (when effects run): about 20 ms sooner on screen.
 * Only the popup page imports this module.
 */
let early: Promise<PopupData> | undefined = loadPopup(location.search);

/** The early load once, then fresh loads (a reload after annotating). */
function popupData(): Promise<PopupData> {
  const p = early ?? loadPopup(location.search);
  early = undefined;
  return p;
}

export function Popup() {
  const { t } = useLocale();
  const [data, reload] = useAsync(popupData, []);
  const [entity, setEntity] = useState<{ id: string; name: string } | null>(null);

  return (
    <div class="popup">
      <header class="bar">
        <span class="brand">{t.appName}</span>
        <nav>
          <button type="button" class="link" onClick={() => void openExtensionPage('/library.html')}>
            {t.popup.openLibrary}
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t.popup.openOptions}
          </button>
        </nav>
      </header>
      <main>
        {data.state === 'loading' && <p class="muted" role="status">{t.loading}</p>}
        {data.state === 'error' && <ErrorNote message={data.message} onRetry={reload} />}
        {data.state === 'ready' && data.data.view === 'no-tab' && <p class="empty">{t.popup.noTab}</p>}
        {data.state === 'ready' && data.data.view === 'closed' && (
          <div class="empty" data-empty="closed">
            <h1>{t.popup.closedTitle}</h1>
            <p>{t.popup.closed[data.data.reason]}</p>
          </div>
        )}
        {data.state === 'ready' && data.data.view === 'page' && (
          entity ? (
            <EntityView page={data.data} entity={entity} onBack={() => setEntity(null)} onEntity={(id, name) => setEntity({ id, name })} />
          ) : (
            <PageView page={data.data} onEntity={(id, name) => setEntity({ id, name })} onChanged={reload} />
          )
        )}
      </main>
    </div>
  );
}

function EntityView({
  page,
  entity,
  onBack,
  onEntity,
}: {
  page: PageData;
  entity: { id: string; name: string };
  onBack: () => void;
  onEntity: (id: string, name: string) => void;
}) {
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the view, so keyboard and screen-reader users land on what they opened.
  useLayoutEffect(() => heading.current?.focus(), [entity.id]);
  return (
    <div
      class="entity-view"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" class="link back" onClick={onBack}>
        ← {t.back}
      </button>
      <h1 tabIndex={-1} ref={heading}>
        {entity.name}
      </h1>
      <EntityContext entityId={entity.id} excludeArticleId={page.detail?.article.id} level={2} limit={5} timelineLimit={POPUP_TIMELINE_POINTS} onEntity={onEntity} />
      <p>
        <button type="button" class="link" onClick={() => void openExtensionPage(`/library.html#/entity/${encodeURIComponent(entity.id)}`)}>
          {t.context.everything(entity.name)} →
        </button>
      </p>
    </div>
  );
}

function PageView({ page, onEntity, onChanged }: { page: PageData; onEntity: (id: string, name: string) => void; onChanged: () => void }) {
  const { t } = useLocale();
  const { summary, detail } = page;
  const groups = groupEntities(summary, detail);
  const found = groups.chip.length + groups.company.length;
  // Fetched beside the page view rather than before it (see load.ts): the welcome line may follow a moment
  // later, while a reader with a large store sees what was found without waiting for the store to be counted.
  const [totals] = useAsync(() => fetchData({ type: 'stats/totals' }), [detail?.article.id]);
  const articles = totals.state === 'ready' ? totals.data.articles : undefined;
  const newReader = articles === 0 || (articles === 1 && detail !== null);

  let empty: preact.JSX.Element | null = null;
  if (!summary && !detail) {
    empty = (
      <div class="empty" data-empty="not-running">
        <h1>{t.popup.notRunning}</h1>
        <p>{t.popup.notRunningHint}</p>
      </div>
    );
  } else if (found === 0 && summary?.state === 'off') {
    empty = (
      <div class="empty" data-empty="off">
        <h1>{t.popup.offTitle}</h1>
        <p>{t.popup.off}</p>
      </div>
    );
  } else if (found === 0) {
    empty = (
      <div class="empty" data-empty="unrelated">
        <h1>{t.popup.unrelatedTitle}</h1>
        <p>{t.popup.unrelated}</p>
      </div>
    );
  }

  return (
    <>
      {newReader && (
        <div class="welcome" data-empty="new-reader">
          <h2>{t.popup.welcomeTitle}</h2>
          <p>{t.popup.welcome}</p>
        </div>
      )}
      {empty}
      {detail && (
        <div class="article-head">
          <h1 class="article-title" lang={detail.article.lang}>
            {detail.article.title}
          </h1>
          <ArticleActions article={detail.article} />
        </div>
      )}
      {!detail && found > 0 && <NotRecorded status={summary?.record} />}
      {detail && detail.figures.some((f) => f.about) && <WhatsNew detail={detail} onEntity={onEntity} />}
      {found > 0 && (
        <EntityGroups
          groups={groups}
          figures={detail?.figures ?? []}
          figureCount={Math.max(summary?.counts.figure ?? 0, detail?.figures.length ?? 0)}
          mentions={detail?.mentions ?? []}
          onEntity={onEntity}
        />
      )}
      {detail && summary?.notes && summary.notes.orphaned > 0 && (
        <p class="muted" data-notes="orphaned">
          {t.popup.notesOrphaned(summary.notes.orphaned)}
        </p>
      )}
      {detail && <ArticleNotes articleId={detail.article.id} notes={detail.notes} />}
      <footer class="page-tools">
        <AnnotateButton tabId={page.tab.id} primary={summary?.state !== 'active'} onDone={onChanged} />
        {page.url && siteKey(page.url) && <SiteModeSelect url={page.url} />}
      </footer>
    </>
  );
}

/** Why the page in the tab is not stored: still waiting to be seen, or refused (see `RecordStatus`). */
function NotRecorded({ status }: { status: RecordStatus | undefined }) {
  const { t } = useLocale();
  const says = t.popup.notRecorded;
  let text = t.popup.notStored;
  if (status?.state === 'waiting') text = status.reason === 'hidden' ? says.hidden : says.dwell(DWELL_MS / 1000);
  else if (status?.state === 'refused') text = status.reason === 'rate-limited' ? says.rateLimited(NEW_ARTICLES_PER_TAB[0].max) : says.failed;
  return (
    <p class="muted" data-record={status?.state === 'refused' ? status.reason : (status?.state ?? 'unknown')}>
      {text}
    </p>
  );
}

/** Annotates the page on request, injecting the content script first into a tab that has none. */
function AnnotateButton({ tabId, primary, onDone }: { tabId: number; primary: boolean; onDone: () => void }) {
  const { t } = useLocale();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const run = async () => {
    setState('busy');
    let res = await askPage(tabId, { type: 'page/annotate' });
    if (!res && (await injectContentScript(tabId))) {
      // The injected script loads its settings before it listens; give it a moment.
      for (let i = 0; i < 10 && !res; i++) {
        await new Promise((r) => setTimeout(r, 150));
        res = await askPage(tabId, { type: 'page/annotate' });
      }
    }
    if (!res?.ok) {
      setState('failed');
      return;
    }
    await settledSummary(tabId);
    setState('idle');
    onDone();
  };
  return (
    <div class="annotate">
      <button type="button" class={primary ? 'primary' : undefined} data-action="annotate" disabled={state === 'busy'} onClick={() => void run()}>
        {state === 'busy' ? t.popup.annotating : t.popup.annotate}
      </button>
      {state === 'failed' && <ErrorNote message={t.popup.annotateFailed} />}
    </div>
  );
}

/** Per-site override of the relevance gate, written to the shared settings. */
function SiteModeSelect({ url }: { url: string }) {
  const { t } = useLocale();
  const [mode, setMode] = useState<SiteMode | 'auto' | null>(null);
  useEffect(() => {
    void loadSettings().then((s) => setMode(siteModeOf(s, url)));
  }, [url]);
  if (mode === null) return null;
  return (
    <label class="site-mode">
      {t.popup.siteMode} <span class="host">{siteKey(url)}</span>
      <select
        value={mode}
        onChange={(e) => {
          const next = e.currentTarget.value as SiteMode | 'auto';
          setMode(next);
          void updateSettings((s) => withSiteMode(s, url, next));
        }}
      >
        {(['auto', 'always', 'never'] as const).map((m) => (
          <option key={m} value={m}>
            {t.popup.siteModes[m]}
          </option>
        ))}
      </select>
    </label>
  );
}
