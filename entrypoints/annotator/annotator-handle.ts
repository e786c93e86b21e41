/**
 * What the annotator hands the first stage once it is loaded: its handle, through which the first stage passes
 * on the popup's and the background's page requests. A property of the content scripts' own global, which both
 * bundles share and no page script can reach (it lives in their isolated world).
 */
import type { PageRequest, PageResponse } from '../../lib/page-protocol.ts';

export interface AnnotatorHandle {
  answer(request: PageRequest): Promise<PageResponse>;
}

// Symbol.for: the same key from both bundles, which run in one realm.
const KEY = Symbol.for('chiplens.annotator');

type Holder = { [KEY]?: AnnotatorHandle };

export function annotatorHandle(): AnnotatorHandle | undefined {
  return (globalThis as Holder)[KEY];
}

export function registerAnnotator(handle: AnnotatorHandle): void {
  (globalThis as Holder)[KEY] = handle;
}
