/**
 * Requests from the ChipLens pages to the background, over the protocol of `lib/messages.ts`.
 *
 * Only the protocol's types are imported: `lib/messages.ts` also holds the zod schemas and the store handlers,
 * which would put zod and Dexie into every page and slow the popup's first paint. The contract is the same as
 * its `send`: typed request, `{ok, data} | {ok, error}` answer, never throws.
 */
import { browser } from 'wxt/browser';
import type { MessageError, RequestInput, Response, ResponseData } from '../../lib/messages';

/** Sends one request; an unreachable or silent background becomes a `no-response` error value. */
export async function request<R extends RequestInput>(req: R): Promise<Response<R['type']>> {
  const noResponse = (detail: string): Response<R['type']> => ({
    ok: false,
    error: { code: 'no-response', message: `The ChipLens background could not be reached (${detail}).` },
  });
  try {
    const answer: unknown = await browser.runtime.sendMessage(req);
    const ok = answer !== null && typeof answer === 'object' ? (answer as { ok?: unknown }).ok : undefined;
    return ok === true || ok === false ? (answer as Response<R['type']>) : noResponse('no answer');
  } catch (e) {
    return noResponse(e instanceof Error ? e.message : String(e));
  }
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
  const res = await request(req);
  if (!res.ok) throw new RequestError(res.error);
  return res.data as ResponseData[R['type']];
}
