/**
 * Annotating a subtree in slices: read its text, cut it into chunks at block boundaries, run the extractor on
 * each chunk, and wrap the mentions, yielding to the page whenever a slice has used its time. Highlights appear
 * from the first relevant chunk on, long before a long page is read to its end.
 */
import type { Annotation, Language, Mention } from '../extract/types.ts';
import { Highlighter } from './highlight.ts';
import type { ReadableOptions } from './readable.ts';
import { SliceClock } from './schedule.ts';
import { chunkEnd, textOf, TextCollector, type TextIndex } from './text-index.ts';

/** Characters per extractor call: small enough that one call stays far below 50 ms on a slow laptop. */
export const CHUNK_CHARS = 12_000;

/**
 * First chunk of a text longer than one chunk. The extractor's first calls on a page run cold (interpreted,
 * no inline caches yet) and take several times as long per character: a full first chunk made a 60–90 ms task
 * on a 1 MB page in Chromium. Chunks start at this size and double up to {@link CHUNK_CHARS}; a text that fits
 * in one chunk is still read whole, so an ordinary article keeps all its context in one extractor call.
 */
export const FIRST_CHUNK_CHARS = 2_000;

/** A slice that has run at most this long counts as fresh: an extractor call may still start in it. */
const FRESH_SLICE_MS = 2;

export interface PipelineOptions {
  /** The extractor (`lib/extract` `annotate`), injected so this module stays free of the knowledge base. */
  annotate: (text: string, lang?: Language) => Annotation;
  /** Language of the page when known; otherwise the first chunk's is used for all chunks. */
  lang?: Language;
  /**
   * `auto`: wrap nothing until some chunk is relevant (pages that are not chip articles stay untouched);
   * `force`: wrap whatever is found (the reader asked, or the site is set to "always").
   */
  gate: 'auto' | 'force';
  /** Which mentions get a highlight (the reader's kinds); all are still returned. */
  shouldWrap?: (m: Mention) => boolean;
  /** Makes the highlight element for one text node of a mention. */
  makeMark: (m: Mention, doc: Document) => Element;
  /** Called with each mention's new elements. */
  onWrapped?: (m: Mention, marks: Element[]) => void;
  /** Runs a DOM write; the mutation watcher passes a wrapper that hides our own writes from itself. */
  mutate?: (write: () => void) => void;
  /** Checked between steps; a run that sees it stops where it is (the page went away, the reader turned off). */
  cancelled?: () => boolean;
  /**
   * One-off work to do in a slice of its own before reading starts (compiling the extractor's matcher on
   * first use), so it does not share a task with the first chunk.
   */
  prepare?: () => void;
  chunkChars?: number;
  /** See {@link FIRST_CHUNK_CHARS}. */
  firstChunkChars?: number;
  clock?: SliceClock;
  readable?: ReadableOptions;
}

export interface PipelineResult {
  /** The subtree's text as read (offsets of `annotation` point into it). */
  index: TextIndex;
  annotation: Annotation;
  /** Number of mark elements added. */
  marked: number;
  /** `performance.now()` when the first mark was added. */
  firstMarkAt?: number;
  cancelled: boolean;
  clock: SliceClock;
}

/** Annotates and highlights the text under `root`; see {@link PipelineOptions}. */
export async function annotateSubtree(root: Node, opts: PipelineOptions): Promise<PipelineResult> {
  const clock = opts.clock ?? new SliceClock();
  const chunkChars = opts.chunkChars ?? CHUNK_CHARS;
  let size = 0; // this chunk's size; set once it is known whether the text fits in one chunk
  const mutate = opts.mutate ?? ((write: () => void) => write());
  const doc = (root.ownerDocument ?? root) as Document;
  const collector = new TextCollector(root, opts.readable);
  const ix = collector.index;
  const highlighter = new Highlighter(ix, doc);
  const mentions: Mention[] = [];
  let lang = opts.lang;
  let relevant = false;
  let wrapFrom = 0; // mentions[wrapFrom..] still wait for the gate or for their turn to be wrapped
  let marked = 0;
  let firstMarkAt: number | undefined;
  let pos = 0;
  let cancelled = false;

  const wrapPending = async (): Promise<void> => {
    while (wrapFrom < mentions.length) {
      if (opts.cancelled?.()) return;
      // A batch per DOM write: few writes keep the watcher's bookkeeping small, a bounded batch keeps slices short.
      const stop = Math.min(mentions.length, wrapFrom + 64);
      mutate(() => {
        for (; wrapFrom < stop; wrapFrom++) {
          const m = mentions[wrapFrom];
          if (opts.shouldWrap && !opts.shouldWrap(m)) continue;
          const els = highlighter.wrap(m, (d) => opts.makeMark(m, d));
          if (!els.length) continue;
          marked += els.length;
          firstMarkAt ??= performance.now();
          opts.onWrapped?.(m, els);
        }
      });
      if (clock.spent()) await clock.pause();
    }
  };

  clock.begin();
  if (opts.prepare) {
    opts.prepare();
    await clock.pause();
  }
  for (;;) {
    if (opts.cancelled?.()) {
      cancelled = true;
      break;
    }
    if (!collector.done && ix.length <= pos + chunkChars) {
      collector.collect(() => clock.spent(), pos + chunkChars + 1);
      if (clock.spent()) await clock.pause();
      continue;
    }
    if (pos >= ix.length) break;
    size = size ? Math.min(chunkChars, size * 2) : collector.done && ix.length <= chunkChars ? chunkChars : Math.min(chunkChars, opts.firstChunkChars ?? FIRST_CHUNK_CHARS);
    const end = chunkEnd(ix, pos, size);
    // An extractor call (up to ~25 ms when cold) gets a slice of its own rather than the rest of one that reading
    // the page has half used: a shared slice was what pushed the longest ones towards 40 ms.
    if (clock.elapsed() > FRESH_SLICE_MS) await clock.pause();
    const chunk = textOf(ix, pos, end);
    const a = opts.annotate(chunk, lang);
    lang ??= a.language;
    if (a.relevant) relevant = true;
    for (const m of a.mentions) mentions.push({ ...m, start: m.start + pos, end: m.end + pos });
    pos = end;
    // Until a chunk shows the page is about chips, mentions are only collected.
    if (opts.gate === 'force' || relevant) await wrapPending();
    if (clock.spent()) await clock.pause();
  }
  clock.end();
  return {
    index: ix,
    annotation: { language: lang ?? 'en', relevant, mentions },
    marked,
    firstMarkAt,
    cancelled,
    clock,
  };
}
