/**
 * The first stage: the only ChipLens code on every page. It reads a sketch of the page (title, description,
 * headings, main article text). Where the sketch names no chip word at all (`lib/gate/prefilter.ts`), which is
 * most pages (a quicker look at the page's text usually shows that before the sketch is read), that is all: it stays quiet, with no message and no extension API set up in the page. Otherwise it
 * sends the sketch to the background, which says whether the annotator should run: on a page the gate says may be
 * chip news, a site set to "always", a page naming one of the reader's watch terms, a page with the reader's notes
 * (see `entrypoints/background/annotator.ts`). The last three need not name a chip word: the background marks
 * them with its ask script (`entrypoints/ask.ts`), and the first stage asks about any page so marked. The reader
 * can also ask for any page (popup, shortcut, menu): that wakes a quiet first stage (`FIRST_STAGE_KEY`).
 * On a chip page the answer also says where the mentions of the sketch's main text are: they are shown at once,
 * a frame before the annotator's bundle is loaded, which then takes them over (`lib/dom/early-paint.ts`).
 * The judging is done in the background, not here: the gate's code would be compiled afresh on every page, which
 * cost more than everything else the first stage does.
 *
 * It answers the popup's and the background's page requests itself until the annotator is loaded, then hands
 * them on. The annotator registers itself in this content-script world (see `annotator-handle.ts`); page
 * scripts cannot see or call it.
 */
import { watchAddress } from '../../lib/dom/address.ts';
import { EarlyInput } from '../../lib/dom/early-input.ts';
import { EarlyPaint, type EarlyPaintPlan } from '../../lib/dom/early-paint.ts';
import { browserHighlightApi } from '../../lib/dom/highlights.ts';
import { afterNextPaint } from '../../lib/dom/schedule.ts';
import { quickLook, sketchPage, type SketchNode } from '../../lib/dom/sketch.ts';
import { holdsChipCue, mayBeChipPage } from '../../lib/gate/prefilter.ts';
import type { PageStageAnswer, PageStageRequest } from '../../lib/messages.ts';
import type { Decision } from '../../lib/settings.ts';
import {
  annotatorHandle,
  askFlag,
  earlyPaint,
  firstStageWake,
  registerFirstStage,
  releaseEarlyPaint,
  setEarlyInput,
  setEarlyPaint,
  takeEarlyInput,
} from '../annotator/annotator-handle.ts';
import { extensionApi } from './extension-api.ts';
import { isPageRequest, type PageRequest, type PageResponse, type PageSummary } from '../../lib/page-protocol.ts';

/**
 * When a page that did not look like chip news is read again, in ms after it first changed once looked at:
 * content rendered after load (a client-rendered site).
 */
const RECHECK_AFTER_CHANGE_MS = [1500, 5000];
/** Where the browser cannot say when the address changes: how often it is compared with the one last read. */
const ADDRESS_POLL_MS = 1000;
/** How long a request waits for the annotator it has asked to load. */
const LOAD_WAIT_MS = 5000;

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
    await import(/* @vite-ignore */ extensionApi().runtime.getURL(ANNOTATOR_PATH as never));
    return true;
  } catch {
    return false;
  }
}

/**
 * Shows the first highlights the background found in the sketch's main text, until the annotator takes them
 * over (see `lib/dom/early-paint.ts`).
 */
function showEarly(doc: Document, text: string, nodes: SketchNode[], plan: EarlyPaintPlan): boolean {
  const api = browserHighlightApi();
  if (!api || annotatorHandle() || earlyPaint()) return false;
  const paint = new EarlyPaint(api, doc);
  if (!paint.show(text, nodes, plan)) return false;
  setEarlyPaint(paint);
  setEarlyInput(new EarlyInput(doc));
  return true;
}

/** The background's answer to a `page/stage` request, or null when it gave none. */
async function askBackground(request: PageStageRequest): Promise<PageStageAnswer | null> {
  try {
    const answer = (await extensionApi().runtime.sendMessage(request)) as { ok?: boolean; data?: PageStageAnswer } | undefined;
    return answer?.ok && answer.data ? answer.data : null;
  } catch {
    return null;
  }
}

export function startFirstStage(doc: Document = document): void {
  // Started again in a tab that already has one (the popup injects the first stage where nothing answered): the
  // running one is woken instead.
  const running = firstStageWake();
  if (running) {
    running();
    return;
  }
  /** The reader's setting for this page, as the background last said. */
  let decision: Decision = 'auto';
  let loading: Promise<boolean> | null = null;
  /** The address last looked at, and the one the background was last asked about. */
  let lookedAt = '';
  let askedAt = '';
  /** Someone asked about this page (the popup, the background): later looks ask the background whatever the words. */
  let woken = false;
  let listening = false;
  let checks = 0;
  /** A look or a load asked for and not answered yet: the page has not been looked at to the end. */
  let pending = 0;

  /** Loads the annotator (once) and resolves when it is there. */
  const load = (): Promise<boolean> => {
    if (annotatorHandle()) return Promise.resolve(true);
    if (loading) return loading;
    pending++;
    const attempt = importAnnotator()
      .then(async (ok) => ok || !!(await askBackground({ type: 'page/stage', load: 'now' }))?.loaded)
      .then(async (loaded) => {
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
    if (annotatorHandle()) return;
    checks++;
    lookedAt = location.href;
    const asked = woken || askFlag();
    // The quick look first: the page's text read natively, without the sketch's walk over every node (2 to 4 ms
    // less on the test machine); on most pages it alone shows that there is no chip word to find.
    if (!asked) {
      const quick = quickLook(doc);
      if (quick !== null && !holdsChipCue(quick)) return;
    }
    const nodes: SketchNode[] = [];
    const look = sketchPage(doc, nodes);
    if (!asked && !mayBeChipPage(look)) return;
    listen();
    // The reader's notes are looked for once per address (a single-page site's next page has its own).
    const first = askedAt !== location.href;
    askedAt = location.href;
    pending++;
    void askBackground({ type: 'page/stage', look, first }).then(async (answer) => {
      if (answer) decision = answer.decision;
      if (!answer?.annotate) {
        pending--;
        return;
      }
      // The early highlights are painted before the annotator's bundle holds the main thread for its evaluation;
      // without an annotator they would stay without cards, so they go if it cannot load.
      const painted = !!answer.paint && showEarly(doc, look.main, nodes, answer.paint);
      if (painted) await afterNextPaint(doc);
      // Still pending until the load is under way (it counts itself): the page is not looked at to the end yet.
      const loaded = load();
      pending--;
      if (await loaded) return;
      releaseEarlyPaint();
      takeEarlyInput();
    });
  };

  const summary = (): PageSummary => ({
    url: location.href,
    decision,
    stage: 'first',
    state: decision === 'off' ? 'off' : 'idle',
    forced: false,
    relevant: false,
    // Not looked at to the end while the background's answer or the annotator may be on its way.
    runs: pending ? 0 : checks,
    marks: 0,
    counts: { chip: 0, company: 0, figure: 0 },
    entities: [],
    notes: { anchored: 0, orphaned: 0 },
  });

  const answer = async (request: PageRequest): Promise<PageResponse> => {
    const handle = annotatorHandle();
    if (handle) return handle.answer(request);
    // The settings changed: the background says again whether the annotator should come.
    if (request.type === 'page/look') {
      if (checks) check();
      return { ok: true, data: summary() };
    }
    // The reader asked for this page (or to note on it): the annotator comes, whatever the gate said.
    if (request.type !== 'page/summary') {
      if (await load()) return annotatorHandle()!.answer(request);
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
  /** Sets up the messaging: from the first question to the background, or when woken. */
  const listen = (): void => {
    if (listening) return;
    listening = true;
    const { onMessage: event } = extensionApi().runtime;
    event.addListener(onMessage as Parameters<typeof event.addListener>[0]);
  };
  // Woken by the popup or the background (see FIRST_STAGE_KEY), which then ask again: answer from now on, and,
  // if the page was looked at quietly, look again, asking the background this time (the site may be set to
  // "always" or the page have notes, and the popup shows the background's decision).
  registerFirstStage(() => {
    if (woken) return;
    woken = true;
    const quiet = !listening;
    listen();
    if (quiet && checks) check();
  });

  // Loaded from the start of the page (so that it can answer the popup at any time), looked at when its document
  // is complete (DOMContentLoaded).
  const parsed =
    doc.readyState === 'loading'
      ? new Promise<void>((resolve) => doc.addEventListener('DOMContentLoaded', (e) => e.isTrusted && resolve()))
      : Promise.resolve();
  // Looked at again only if the page changed since: a static page is read once, and nothing of the first stage
  // runs on it after that (no timer, no load handler). One mutation is enough to know, so the observer lets go at
  // the first; the later looks are timed from the first.
  let changed = false;
  let timed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    observer.disconnect();
    if (timed) return;
    timed = true;
    RECHECK_AFTER_CHANGE_MS.forEach((ms) => setTimeout(recheck, ms));
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
  void parsed.then(() => {
    arm();
    check();
  });
  // A single-page site moving to another page: look again (the annotator, once loaded, follows on its own).
  const unwatch = watchAddress(
    window,
    (url) => {
      if (annotatorHandle()) unwatch();
      else if (url !== lookedAt && checks) check();
    },
    ADDRESS_POLL_MS,
  );
}

export { isPageRequest };
