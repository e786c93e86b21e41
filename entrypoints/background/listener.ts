/**
 * The background's message listener, kept apart from `defineBackground` so it can be tested.
 */
import type { Browser } from 'wxt/browser';
import { forbidden, handleMessage, type AnyResponse, type Caller, type PageExtractAnswer, type PageStageAnswer } from '../../lib/messages.ts';
import type { RecordBudget } from '../../lib/record-limits.ts';
import { classifySender, contentOrigin, type ExtensionIdentity } from '../../lib/sender.ts';
import type { StoreDb } from '../../lib/store/db.ts';

type Sender = Browser.runtime.MessageSender;
type Answer = AnyResponse | { ok: true; data: PageStageAnswer } | { ok: true; data: PageExtractAnswer };

/** The first stage's request, answered apart because it needs the sender (see `annotator.ts`). */
export type StageAnswerer = (message: unknown, sender: Sender) => Promise<PageStageAnswer | null>;

/** The annotator's request to read pieces of a long page (see `extract.ts`); null when it is not a valid one. */
export type ExtractAnswerer = (message: unknown) => Promise<PageExtractAnswer | null>;

/** The shape of a `runtime.onMessage` listener that answers through `sendResponse`. */
export type MessageListener = (message: unknown, sender: Sender, sendResponse: (response: Answer) => void) => true;

export interface ListenerOptions {
  /** This extension (see `lib/sender.ts`): tells its own pages from content scripts and from anyone else. */
  extension: ExtensionIdentity;
  /** Answers `page/stage` (content scripts only). */
  stage?: StageAnswerer;
  /** Answers `page/extract` (content scripts only). */
  extract?: ExtractAnswerer;
  /** Limits the new articles each tab's content script may add. */
  budget?: RecordBudget;
}

/**
 * A `runtime.onMessage` listener that checks who sends, answers every message through `sendResponse` and
 * returns `true` to keep the channel open. (Chromium 156 drops a Promise returned from the listener: the
 * sender gets `undefined`.)
 */
export function createMessageListener(openDb: () => Promise<StoreDb>, opts: ListenerOptions): MessageListener {
  return (message, sender, sendResponse) => {
    const kind = classifySender(sender, opts.extension);
    if (kind === 'reject') {
      sendResponse(forbidden());
      return true;
    }
    const type = message !== null && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
    if (type === 'page/stage') {
      // Only a content script loads the annotator, and only into its own frame.
      const refused: PageStageAnswer = { annotate: false, loaded: false, decision: 'auto' };
      const answer = kind === 'content-script' && opts.stage ? opts.stage(message, sender) : Promise.resolve(refused);
      void answer.then((a) => sendResponse(a ? { ok: true, data: a } : { ok: false, error: { code: 'bad-request', message: 'Invalid "page/stage" request.' } }));
      return true;
    }
    if (type === 'page/extract') {
      // Only for the script in a page, about text it sends itself: nothing is stored or looked up.
      if (kind !== 'content-script' || !opts.extract) {
        sendResponse(forbidden());
        return true;
      }
      opts.extract(message).then(
        (a) => sendResponse(a ? { ok: true, data: a } : { ok: false, error: { code: 'bad-request', message: 'Invalid "page/extract" request.' } }),
        (e: unknown) => sendResponse({ ok: false, error: { code: 'unknown', message: `Could not read the page's text: ${String(e)}` } }),
      );
      return true;
    }
    const caller: Caller =
      kind === 'extension-page'
        ? { kind: 'extension' }
        : { kind: 'content-script', origin: contentOrigin(sender), tabId: sender.tab!.id!, ...(opts.budget ? { budget: opts.budget } : {}) };
    void handleMessage(openDb, message, caller).then(sendResponse);
    return true;
  };
}

/**
 * Opens the store on first use and reuses the connection while the worker lives. Nothing else is kept:
 * when the worker is stopped, the next message opens the database again. A failed open is not cached,
 * so a later message retries (after a blocked upgrade or a full disk, for example).
 */
export function lazyStore(open: () => Promise<StoreDb>): () => Promise<StoreDb> {
  let pending: Promise<StoreDb> | undefined;
  return () => {
    pending ??= open().then(
      (db) => {
        // A connection Dexie closes (another context upgrading the database) must not be handed out again.
        db.on('close', () => {
          pending = undefined;
        });
        return db;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
