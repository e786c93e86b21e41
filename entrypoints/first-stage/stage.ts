/**
 * The first stage: the only ChipLens code on every page. It reads the settings and a sketch of the page (title,
 * description, headings, main article text) and asks the background to load the annotator only where there may be
 * something to find: a page the gate says may be chip news, a site set to "always", a page naming one of the
 * reader's watch terms, a page with the reader's notes, or a page the reader asks for (popup, shortcut, menu).
 * Everywhere else it stays as it is: a few milliseconds at load, then nothing.
 *
 * It answers the popup's and the background's page requests itself until the annotator is loaded, then hands
 * them on. The annotator registers itself in this content-script world (see `annotator-handle.ts`); page
 * scripts cannot see or call it.
 */
import { browser } from 'wxt/browser';
import { watchAddress } from '../../lib/dom/address.ts';
import { sketchPage } from '../../lib/dom/sketch.ts';
import { quickVerdict, type PageSketch } from '../../lib/gate/index.ts';
import type { PageStageAnswer, PageStageRequest } from '../../lib/messages.ts';
import { decide, loadSettings, watchSettings, type Settings } from '../../lib/settings.ts';
import { annotatorHandle, shareSettings } from '../annotator/annotator-handle.ts';
import { isPageRequest, type PageRequest, type PageResponse, type PageSummary } from '../../lib/page-protocol.ts';

/** When a page that did not look like chip news is read again: content rendered after load (a client-rendered site). */
const RECHECK_AFTER_LOAD_MS = [1500, 5000];
/** Where the browser cannot say when the address changes: how often it is compared with the one last read. */
const ADDRESS_POLL_MS = 1000;
/** How long a request waits for the annotator it has asked to load. */
const LOAD_WAIT_MS = 5000;

/** Whether the page names one of the reader's own terms (they want those found everywhere). */
function namesWatchTerm(sketch: PageSketch, settings: Settings): boolean {
  if (!settings.watchTerms.length) return false;
  const text = `${sketch.title}\n${sketch.headings}\n${sketch.main}`.toLocaleLowerCase();
  return settings.watchTerms.some((w) => text.includes(w.term.toLocaleLowerCase()));
}

/** The annotator's bundle: an unlisted script, web-accessible under the session's dynamic address. */
const ANNOTATOR_PATH = '/annotator.js';

/**
 * Loads the annotator into this world without a round trip to the service worker, which is often asleep when a
 * page loads (waking it and injecting from there was most of the time to the first highlight). Where the browser
 * cannot import it, the background injects it. The Firefox build always asks the background: addons.mozilla.org's
 * linter rejects an `import()` of a computed address, and there the annotator then need not be web-accessible.
 */
async function importAnnotator(): Promise<boolean> {
  if (import.meta.env.FIREFOX) return false;
  try {
    await import(/* @vite-ignore */ browser.runtime.getURL(ANNOTATOR_PATH as never));
    return true;
  } catch {
    return false;
  }
}

async function askBackground(load: PageStageRequest['load']): Promise<boolean> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'page/stage', load } satisfies PageStageRequest)) as { ok?: boolean; data?: PageStageAnswer } | undefined;
    return !!answer?.ok && !!answer.data?.loaded;
  } catch {
    return false;
  }
}

export function startFirstStage(doc: Document = document): void {
  let settings: Settings | null = null;
  let loading: Promise<boolean> | null = null;
  let checkedAt = '';
  let checks = 0;
  /** A load asked for and not answered yet: the page has not been looked at to the end. */
  let pending = 0;

  /** Loads the annotator (once) and resolves when it is there. */
  const load = (how: PageStageRequest['load']): Promise<boolean> => {
    if (annotatorHandle()) return Promise.resolve(true);
    if (loading && how === 'if-noted') return loading;
    pending++;
    const attempt = (how === 'now' ? importAnnotator().then((ok) => ok || askBackground(how)) : askBackground(how)).then(async (loaded) => {
      if (!loaded) return false;
      const deadline = Date.now() + LOAD_WAIT_MS;
      while (!annotatorHandle() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return !!annotatorHandle();
    });
    loading = attempt.then((ok) => {
      pending--;
      if (!ok) loading = null;
      return ok;
    });
    return loading;
  };

  const check = (): void => {
    if (!settings || annotatorHandle()) return;
    checkedAt = location.href;
    checks++;
    const decision = decide(settings, location.href);
    if (decision === 'off') return;
    if (decision === 'always') {
      void load('now');
      return;
    }
    const sketch = sketchPage(doc);
    const wanted = quickVerdict(sketch).maybe || namesWatchTerm(sketch, settings);
    // The first look also asks whether the reader has notes here; later looks only for the page itself.
    if (wanted) void load('now');
    else if (checks === 1) void load('if-noted');
  };

  const summary = (): PageSummary => {
    const decision = settings ? decide(settings, location.href) : 'auto';
    return {
      url: location.href,
      decision,
      stage: 'first',
      state: decision === 'off' ? 'off' : 'idle',
      forced: false,
      relevant: false,
      // Not looked at to the end while the annotator may be on its way.
      runs: pending ? 0 : checks,
      marks: 0,
      counts: { chip: 0, company: 0, figure: 0 },
      entities: [],
      notes: { anchored: 0, orphaned: 0 },
    };
  };

  const answer = async (request: PageRequest): Promise<PageResponse> => {
    const handle = annotatorHandle();
    if (handle) return handle.answer(request);
    // The reader asked for this page (or to note on it): the annotator comes, whatever the gate said.
    if (request.type !== 'page/summary') {
      if (await load('now')) return annotatorHandle()!.answer(request);
      return { ok: false, error: { code: 'failed', message: 'ChipLens could not start on this page. Reload it and try again.' } };
    }
    return { ok: true, data: summary() };
  };

  // Answers through sendResponse and returns true (a returned Promise does not reach the sender in Chromium).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: PageResponse) => void): true | undefined => {
    if (!isPageRequest(message)) return undefined;
    answer(message).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: { code: 'failed', message: `ChipLens could not annotate this page: ${String(e)}` } }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  // Loaded from the start of the page, looked at when its document is complete (DOMContentLoaded): the settings
  // are read meanwhile, and the annotator, where it comes, starts as early as it can.
  const parsed =
    doc.readyState === 'loading'
      ? new Promise<void>((resolve) => doc.addEventListener('DOMContentLoaded', (e) => e.isTrusted && resolve()))
      : Promise.resolve();
  // Looked at again only if the page changed since: a static page is read once. One mutation is enough to know,
  // so the observer lets go at the first.
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    observer.disconnect();
  });
  const arm = () => {
    changed = false;
    if (doc.body) observer.observe(doc.body, { childList: true, subtree: true });
  };
  const recheck = () => {
    if (annotatorHandle() || !changed) return;
    arm();
    check();
  };
  void Promise.all([loadSettings(), parsed]).then(([s]) => {
    settings = s;
    shareSettings(s);
    arm();
    check();
    watchSettings((next) => {
      settings = next;
      shareSettings(next);
      if (!annotatorHandle()) check();
    });
  });
  const afterLoad = () => RECHECK_AFTER_LOAD_MS.forEach((ms) => setTimeout(recheck, ms));
  if (doc.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
  // A single-page site moving to another page: look again (the annotator, once loaded, follows on its own).
  const unwatch = watchAddress(
    window,
    (url) => {
      if (annotatorHandle()) unwatch();
      else if (url !== checkedAt && settings) check();
    },
    ADDRESS_POLL_MS,
  );
}

export { isPageRequest };
