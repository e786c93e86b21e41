/**
 * Annotating a subtree in slices: read its text, cut it into chunks at block boundaries, run the extractor on
 * each chunk, and hand each mention over with a Range over its text, yielding to the page whenever a slice has
 * used its time. Highlights appear from the first relevant chunk on, long before a long page is read to its end.
 * Nothing here writes to the page.
 */
import type { Annotation, Language, Mention } from '../extract/types.ts';
import type { ReadableOptions } from './readable.ts';
import { SliceClock } from './schedule.ts';
import { chunkEnd, rangeFor, textOf, TextCollector, type TextIndex } from './text-index.ts';

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

/**
 * With {@link PipelineOptions.annotateRest}: the text read here first (the first screenful or two, which show the
 * first highlights and tell the page's language) before the rest of a long text may be handed over: the first two
 * chunks. The extractor runs cold here (a page's first calls are several times slower per character), so every
 * character more read here costs the page more than the same character read in the background.
 */
export const LOCAL_CHARS = 4_000;
/** The rest is handed over only when at least this long: a short rest is read here sooner than it is sent. */
export const REST_MIN_CHARS = 48_000;

export interface PipelineOptions {
  /** The extractor (`lib/extract` `annotate`), injected so this module stays free of the knowledge base. */
  annotate: (text: string, lang?: Language) => Annotation;
  /** Language of the page when known; otherwise the first chunk's is used for all chunks. */
  lang?: Language;
  /**
   * `auto`: show nothing until some chunk is relevant (pages that are not chip articles stay untouched);
   * `force`: show whatever is found (the reader asked, or the site is set to "always").
   */
  gate: 'auto' | 'force';
  /** Which mentions get a highlight (the reader's kinds); all are still returned. */
  shouldShow?: (m: Mention) => boolean;
  /** Called with each mention to highlight and the Range over its text. */
  onRange: (m: Mention, range: Range) => void;
  /** Checked between steps; a run that sees it stops where it is (the page went away, the reader turned off). */
  cancelled?: () => boolean;
  /**
   * One-off work to do in a slice of its own before reading starts (compiling the extractor's matcher on
   * first use), so it does not share a task with the first chunk.
   */
  prepare?: () => void;
  /**
   * Reads the rest of a long text elsewhere (the background's thread): given the rest cut into consecutive chunks
   * exactly as this loop would cut it, and the language, resolves to the extractor's answer for each chunk, or
   * to null when it could not (the rest is then read here). Used once {@link LOCAL_CHARS} are read here and at
   * least {@link REST_MIN_CHARS} remain.
   */
  annotateRest?: (texts: string[], lang: Language) => Promise<Annotation[] | null>;
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
  /** Number of ranges handed over. */
  marked: number;
  /** `performance.now()` when the first range was handed over. */
  firstMarkAt?: number;
  cancelled: boolean;
  clock: SliceClock;
}

/** Annotates and highlights the text under `root`; see {@link PipelineOptions}. */
export async function annotateSubtree(root: Node, opts: PipelineOptions): Promise<PipelineResult> {
  const clock = opts.clock ?? new SliceClock();
  const chunkChars = opts.chunkChars ?? CHUNK_CHARS;
  let size = 0; // this chunk's size; set once it is known whether the text fits in one chunk
  const collector = new TextCollector(root, opts.readable);
  const ix = collector.index;
  const mentions: Mention[] = [];
  let lang = opts.lang;
  let relevant = false;
  let other = false;
  let showFrom = 0; // mentions[showFrom..] still wait for the gate or for their turn to be shown
  let marked = 0;
  let firstMarkAt: number | undefined;
  let pos = 0;
  let cancelled = false;
  let restAsked = false;

  const showPending = async (): Promise<void> => {
    while (showFrom < mentions.length) {
      if (opts.cancelled?.()) return;
      // Bounded batches keep slices short on a page with thousands of mentions.
      const stop = Math.min(mentions.length, showFrom + 256);
      for (; showFrom < stop; showFrom++) {
        const m = mentions[showFrom];
        if (opts.shouldShow && !opts.shouldShow(m)) continue;
        const range = rangeFor(ix, m);
        if (!range) continue;
        marked++;
        firstMarkAt ??= performance.now();
        opts.onRange(m, range);
      }
      if (clock.spent()) await clock.pause();
    }
  };

  /** Takes in the extractor's answer for the chunk that starts at `from`. */
  const take = (a: Annotation, from: number): void => {
    // The first chunk tells the page's language; a page in neither German nor English is no chip article here
    // (later chunks are read with the first one's language, so they cannot tell).
    if (!lang) {
      lang = a.language;
      if (a.detected === 'other') other = true;
    }
    if (a.relevant && !other) relevant = true;
    for (const m of a.mentions) mentions.push({ ...m, start: m.start + from, end: m.end + from });
  };

  /**
   * Hands the text from `from` on to `annotateRest`, cut as the loop would cut it after a chunk of `size`; true
   * when its answers were taken in, false when the rest must be read here.
   */
  const readRest = async (from: number, size: number): Promise<boolean | 'cancelled'> => {
    const starts: number[] = [];
    const texts: string[] = [];
    for (let at = from; at < ix.length; ) {
      size = size ? Math.min(chunkChars, size * 2) : chunkChars;
      const end = chunkEnd(ix, at, size);
      starts.push(at);
      texts.push(textOf(ix, at, end));
      at = end;
      if (clock.spent()) await clock.pause();
    }
    clock.end();
    const answers = await opts.annotateRest!(texts, lang ?? 'en').catch(() => null);
    clock.begin();
    if (opts.cancelled?.()) return 'cancelled';
    if (!answers || answers.length !== texts.length) return false;
    for (let i = 0; i < answers.length; i++) take(answers[i], starts[i]);
    return true;
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
    if (opts.annotateRest && !restAsked && pos >= LOCAL_CHARS) {
      // The rest is cut only once it has all been read.
      if (!collector.done) {
        collector.collect(() => clock.spent());
        if (clock.spent()) await clock.pause();
        continue;
      }
      restAsked = true;
      if (ix.length - pos >= REST_MIN_CHARS) {
        const rest = await readRest(pos, size);
        if (rest === 'cancelled') {
          cancelled = true;
          break;
        }
        if (rest) {
          pos = ix.length;
          if (opts.gate === 'force' || relevant) await showPending();
          continue;
        }
      }
    }
    size = size ? Math.min(chunkChars, size * 2) : collector.done && ix.length <= chunkChars ? chunkChars : Math.min(chunkChars, opts.firstChunkChars ?? FIRST_CHUNK_CHARS);
    const end = chunkEnd(ix, pos, size);
    // An extractor call (up to ~25 ms when cold) gets a slice of its own rather than the rest of one that reading
    // the page has half used: a shared slice was what pushed the longest ones towards 40 ms.
    if (clock.elapsed() > FRESH_SLICE_MS) await clock.pause();
    const chunk = textOf(ix, pos, end);
    take(opts.annotate(chunk, lang), pos);
    pos = end;
    // Until a chunk shows the page is about chips, mentions are only collected.
    if (opts.gate === 'force' || relevant) await showPending();
    if (clock.spent()) await clock.pause();
  }
  clock.end();
  return {
    index: ix,
    annotation: { language: lang ?? 'en', relevant, mentions, ...(other ? { detected: 'other' as const } : {}) },
    marked,
    firstMarkAt,
    cancelled,
    clock,
  };
}
