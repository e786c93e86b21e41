/**
 * Requests from the ChipLens pages to the background: the store-free sender of `lib/send.ts`, under the names
 * the UI uses.
 */
export { send as request, fetchData, RequestError } from '../../lib/send.ts';
