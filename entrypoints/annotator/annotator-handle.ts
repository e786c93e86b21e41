/**
 * What the first stage and the annotator hand each other in the content scripts' own global, which both bundles
 * share and no page script can reach (it lives in their isolated world): the annotator's handle, through which
 * the first stage passes on the popup's and the background's page requests, and the first stage's early
 * highlights and what the reader did meanwhile, which the annotator takes over (see `lib/dom/early-paint.ts`,
 * `lib/dom/early-input.ts`).
 */
import type { EarlyInput, EarlyInputState } from '../../lib/dom/early-input.ts';
import type { EarlyPaint } from '../../lib/dom/early-paint.ts';
import { ASK_KEY, FIRST_STAGE_KEY, type PageRequest, type PageResponse } from '../../lib/page-protocol.ts';

export interface AnnotatorHandle {
  answer(request: PageRequest): Promise<PageResponse>;
}

// Symbol.for: the same keys from both bundles, which run in one realm.
const KEY = Symbol.for('chiplens.annotator');
const EARLY = Symbol.for('chiplens.early-paint');
const INPUT = Symbol.for('chiplens.early-input');
const STAGE = Symbol.for(FIRST_STAGE_KEY);
const ASK = Symbol.for(ASK_KEY);

type Holder = { [KEY]?: AnnotatorHandle; [EARLY]?: EarlyPaint; [INPUT]?: EarlyInput; [STAGE]?: () => void; [ASK]?: true };

/** The running first stage's wake function (see `FIRST_STAGE_KEY`), if one runs in this world. */
export function firstStageWake(): (() => void) | undefined {
  return (globalThis as Holder)[STAGE];
}

export function registerFirstStage(wake: () => void): void {
  (globalThis as Holder)[STAGE] = wake;
}

/** Marks this page as one the first stage asks the background about, chip words or not (see `ASK_KEY`). */
export function setAskFlag(): void {
  (globalThis as Holder)[ASK] = true;
}

export function askFlag(): boolean {
  return (globalThis as Holder)[ASK] === true;
}

export function annotatorHandle(): AnnotatorHandle | undefined {
  return (globalThis as Holder)[KEY];
}

export function registerAnnotator(handle: AnnotatorHandle): void {
  (globalThis as Holder)[KEY] = handle;
}

/** The first stage's early highlights, while there are any to take over. */
export function earlyPaint(): EarlyPaint | undefined {
  return (globalThis as Holder)[EARLY];
}

export function setEarlyPaint(paint: EarlyPaint | undefined): void {
  if (paint) (globalThis as Holder)[EARLY] = paint;
  else delete (globalThis as Holder)[EARLY];
}

/** Takes the early highlights away (the annotator's first read is done, or it could not start) and forgets them. */
export function releaseEarlyPaint(): void {
  earlyPaint()?.release();
  setEarlyPaint(undefined);
}

export function setEarlyInput(input: EarlyInput): void {
  (globalThis as Holder)[INPUT] = input;
}

/** What the reader did while the early highlights were shown (and stops listening); undefined when there were none. */
export function takeEarlyInput(): EarlyInputState | undefined {
  const input = (globalThis as Holder)[INPUT];
  delete (globalThis as Holder)[INPUT];
  return input?.stop();
}
