/**
 * What the first stage and the annotator hand each other: the annotator, once the background has loaded it, and
 * the settings the first stage has read (the annotator need not read them again). Properties of the content
 * scripts' own global, which both bundles share and no page script can reach (it lives in their isolated world).
 */
import type { Settings } from '../../lib/settings.ts';
import type { PageRequest, PageResponse } from '../../lib/page-protocol.ts';

export interface AnnotatorHandle {
  answer(request: PageRequest): Promise<PageResponse>;
}

// Symbol.for: the same key from both bundles, which run in one realm.
const KEY = Symbol.for('chiplens.annotator');
const SETTINGS = Symbol.for('chiplens.settings');

type Holder = { [KEY]?: AnnotatorHandle; [SETTINGS]?: Settings };

export function shareSettings(settings: Settings): void {
  (globalThis as Holder)[SETTINGS] = settings;
}

/** The settings as the first stage last read them, if it has. */
export function sharedSettings(): Settings | undefined {
  return (globalThis as Holder)[SETTINGS];
}

export function annotatorHandle(): AnnotatorHandle | undefined {
  return (globalThis as Holder)[KEY];
}

export function registerAnnotator(handle: AnnotatorHandle): void {
  (globalThis as Holder)[KEY] = handle;
}
