/**
 * Requests the content script answers (sent with `tabs.sendMessage` by the popup or the background), and
 * the answer's shape. Answers use the same envelope as `lib/messages.ts`: `{ok: true, data}` or
 * `{ok: false, error: {code, message}}`.
 */
import type { Language } from './extract/types.ts';
import type { Decision, MarkKind } from './settings.ts';
import type { RecordStatus } from './record-limits.ts';

/**
 * `page/annotate`: annotate now, whatever the gate says; `page/summary`: what was done; `page/note`: open the
 * note editor on the reader's current selection (context menu, keyboard command), answered with the summary,
 * or `failed` when nothing on the page is selected; `page/look`: the reader's settings changed (ChipLens switched
 * on, a site set to "always", a watch term added), so a page the annotator is not on yet is looked at again as on
 * load; answered with the summary.
 */
export type PageRequest = { type: 'page/annotate' } | { type: 'page/summary' } | { type: 'page/note' } | { type: 'page/look' };

/** What ChipLens did on the page. */
export interface PageSummary {
  url: string;
  /** What the settings say for this page. */
  decision: Decision;
  /** `first`: only the first stage is on the page (nothing to find, or not asked yet); `annotator`: it was loaded. */
  stage: 'first' | 'annotator';
  /** `off`: not annotating; `idle`: read, not a chip article, untouched; `active`: highlighted. */
  state: 'off' | 'idle' | 'active';
  /** Annotated on the reader's request (shortcut or popup), whatever the relevance gate said. */
  forced: boolean;
  /** The relevance gate's verdict for the page text read last. */
  relevant: boolean;
  language?: Language;
  /** Full reads of the page done so far (0 until the first has ended). */
  runs: number;
  /** Highlight ranges now in the page. */
  marks: number;
  /** Mentions found, by kind (also those of kinds not highlighted). */
  counts: Record<MarkKind, number>;
  /** Chips and companies found, most mentioned first. */
  entities: { id: string; kind: 'chip' | 'company'; name: string; count: number }[];
  /** The stored article's id, once the background has recorded the page. */
  articleId?: number;
  /** Whether the page is recorded, or why not (yet); absent before the page was first reported. */
  record?: RecordStatus;
  /** The reader's notes on this page: shown on their passage, or `orphaned` (passage not found; kept in the store). */
  notes?: { anchored: number; orphaned: number };
}

export type PageResponse = { ok: true; data: PageSummary } | { ok: false; error: { code: 'bad-request' | 'failed'; message: string } };

export function isPageRequest(x: unknown): x is PageRequest {
  const t = x !== null && typeof x === 'object' ? (x as { type?: unknown }).type : undefined;
  return t === 'page/annotate' || t === 'page/summary' || t === 'page/note' || t === 'page/look';
}

/**
 * Where a tab's first stage keeps its wake function in the content scripts' world (a `Symbol.for` key there).
 * On a page that names no chip word the first stage is quiet: it set up no messaging at all (see
 * `entrypoints/first-stage/stage.ts`), so a request finds no receiver; the popup or the background then wakes
 * it by running that function in the tab (`lib/send.ts`), and asks again.
 */
export const FIRST_STAGE_KEY = 'chiplens.first-stage';
/** Set in the content scripts' world by the ask script (`entrypoints/ask.ts`): ask the background about this page. */
export const ASK_KEY = 'chiplens.ask';
