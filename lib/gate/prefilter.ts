/**
 * The first stage's own pre-check, on the page before anything is sent: does the sketch name a chip, a chip firm
 * or a word of chip news at all? Most pages do not, and on them the first stage stays quiet: no message to the
 * background, not even the extension API set up in the page, which alone costs a millisecond or more.
 *
 * It is one regex test over the sketch, made of the same cue words the gate counts (`./scanner.ts` builds both
 * from one source), so it finds every cue the gate's verdict could rest on: the gate passes no page without one
 * (`quickVerdict`). It is cheaper than the gate by far: no scoring, no language, no lists; the regex is
 * compiled on the first test, on the pages that are read.
 */
import { CHIP_GROUPS } from './cues.ts';
import type { PageSketch } from './page-sketch.ts';
import { cueSource } from './scanner.ts';

let regex: RegExp | null = null;

/** Whether `text` names a chip cue anywhere. */
export function namesChipCue(text: string): boolean {
  regex ??= new RegExp(cueSource(CHIP_GROUPS), 'i');
  return regex.test(text);
}

/** Whether the page may be chip news: whether its sketch names any chip cue. False means the gate would say no. */
export function mayBeChipPage(sketch: PageSketch): boolean {
  return namesChipCue(sketch.title) || namesChipCue(sketch.description) || namesChipCue(sketch.headings) || namesChipCue(sketch.main);
}
