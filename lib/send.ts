/**
 * The sending side of the protocol in `lib/messages.ts`, for the content script, popup, library and options.
 *
 * Kept apart from `lib/messages.ts` on purpose: that module holds the zod schemas and the store handlers, and
 * importing anything from it at run time would put zod and Dexie (about 40 KB gzip) into a script that runs on
 * every page. Only its types are imported here, and they vanish at build time.
 */
import { browser } from 'wxt/browser';
import type { AnyResponse, MessageError, RequestInput, Response, ResponseData } from './messages.ts';
import { FIRST_STAGE_KEY, type PageRequest, type PageResponse, type PageSummary } from './page-protocol.ts';

/** A well-formed answer envelope: `{ok: true, data}` or `{ok: false, error: {code, message}}`. */
export function isResponse(x: unknown): x is AnyResponse {
  if (x === null || typeof x !== 'object') return false;
  const r = x as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'data' in r;
  return r.ok === false && typeof r.error?.code === 'string' && typeof r.error?.message === 'string';
}

function noResponse(message: string): { ok: false; error: MessageError } {
  return { ok: false, error: { code: 'no-response', message } };
}

/**
 * Sends a request to the background and returns its typed answer. Never throws: an unreachable or silent
 * background becomes `{ok: false, error: {code: 'no-response'}}`.
 *
 * @example
 * const res = await send({ type: 'entity/context', entityId: 'nvidia-h20', excludeArticleId: 3 });
 * if (res.ok) show(res.data.items); else showError(res.error.message);
 */
export async function send<R extends RequestInput>(request: R): Promise<Response<R['type']>> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(request);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return noResponse(`The ChipLens background could not be reached (${detail}). Reload the page or the extension.`);
  }
  if (!isResponse(answer)) return noResponse('The ChipLens background gave no answer. Reload the page or the extension.');
  return answer as Response<R['type']>;
}

/** A failed request as an exception, for code that loads several things and shows one error. */
export class RequestError extends Error {
  constructor(readonly error: MessageError) {
    super(error.message);
    this.name = 'RequestError';
  }
}

/** Sends a request and returns its data, or throws a {@link RequestError}. */
export async function fetchData<R extends RequestInput>(req: R): Promise<ResponseData[R['type']]> {
  const res = await send(req);
  if (!res.ok) throw new RequestError(res.error);
  return res.data as ResponseData[R['type']];
}

// The sending side of `lib/page-protocol.ts`: the popup and the background asking a tab's content script.

/** The content script's answer, or null when none came (no receiver, or a malformed answer). */
async function sendToPage(tabId: number, req: PageRequest): Promise<PageResponse | null> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, req);
    const ok = answer !== null && typeof answer === 'object' ? (answer as { ok?: unknown }).ok : undefined;
    return ok === true || ok === false ? (answer as PageResponse) : null;
  } catch {
    return null;
  }
}

/**
 * Wakes a quiet first stage in the tab's top frame (see `FIRST_STAGE_KEY`): it sets up its messaging and looks
 * at the page again, asking the background this time. False when no first stage runs there.
 */
export async function wakeFirstStage(tabId: number): Promise<boolean> {
  try {
    const [done] = await browser.scripting.executeScript({
      target: { tabId },
      // Runs in the content scripts' world of the tab, where the first stage keeps its wake function.
      func: (key: string) => {
        const wake = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
        if (typeof wake !== 'function') return false;
        (wake as () => void)();
        return true;
      },
      args: [FIRST_STAGE_KEY],
    });
    return done?.result === true;
  } catch {
    return false;
  }
}

/**
 * Asks the content script in a tab; a quiet first stage is woken first, unless `wake` is false. Null when nothing
 * answers: no content script there (a closed page, or a tab that was open before ChipLens was installed) or one
 * that failed.
 */
export async function askPage(tabId: number, req: PageRequest, { wake = true }: { wake?: boolean } = {}): Promise<PageResponse | null> {
  const answer = await sendToPage(tabId, req);
  if (answer || !wake || !(await wakeFirstStage(tabId))) return answer;
  return sendToPage(tabId, req);
}

/** The content script's summary of a tab, or null when it does not answer. */
export async function pageSummary(tabId: number): Promise<PageSummary | null> {
  const res = await askPage(tabId, { type: 'page/summary' });
  return res?.ok ? res.data : null;
}
