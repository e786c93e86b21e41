/**
 * Menus and link lists inside a text: the names they hold are not what the text is about. Shared by the annotator's
 * relevance verdict and the first-stage gate, so it stays free of the knowledge base.
 */
import type { FunctionWordCounts } from './language.ts';

/**
 * A line this short, in a run of at least five, is a menu or link-list entry rather than a sentence. Fewer lines
 * may be a headline, a date and a byline.
 */
const LIST_LINE = 40;
const LIST_RUN = 5;

/**
 * Runs of short lines: a menu, a list of links or of firms left in the text. Empty lines neither break nor make
 * a run. Returns start and end offsets in pairs, in order.
 */
export function listRuns(text: string): number[] {
  const runs: number[] = [];
  let runStart = -1;
  let runEnd = 0;
  let lines = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const length = end - start;
    if (length > 0 && text.slice(start, end).trim()) {
      if (length <= LIST_LINE) {
        if (!lines) runStart = start;
        lines++;
        runEnd = end;
      } else {
        if (lines >= LIST_RUN) runs.push(runStart, runEnd);
        lines = 0;
      }
    }
    start = end + 1;
  }
  if (lines >= LIST_RUN) runs.push(runStart, runEnd);
  return runs;
}

/** Characters the runs cover. */
export function listedLength(runs: number[]): number {
  let n = 0;
  for (let i = 0; i < runs.length; i += 2) n += runs[i + 1] - runs[i];
  return n;
}

/**
 * Walks offsets in increasing order and tells which lie inside a run: one pass over the runs for all of them.
 */
export function runCursor(runs: number[]): (offset: number) => boolean {
  let r = 0;
  return (offset) => {
    while (r < runs.length && runs[r + 1] <= offset) r += 2;
    return r < runs.length && runs[r] <= offset;
  };
}

/** Sentences have function words; a menu or a list of names on one line has next to none. */
export function looksLikeList(counts: FunctionWordCounts): boolean {
  return counts.words >= 12 && Math.max(counts.de, counts.en, counts.other) < 0.05 * counts.words;
}
