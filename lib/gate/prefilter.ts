/**
 * The first stage's own pre-check, on the page before anything is sent: does the sketch name a chip, a chip firm
 * or a word of chip news at all? Most pages do not, and on them the first stage stays quiet: no message to the
 * background, not even the extension API set up in the page, which alone costs a millisecond or more.
 *
 * It is one regex test over the sketch, made of the same cue words the gate counts (`./scanner.ts` builds both
 * from one source, this one loosened, and it is generated into `./prefilter-source.ts` at build time), so it finds
 * every cue the gate's verdict could rest on: the gate passes no page without one (`quickVerdict`). It is cheaper
 * than the gate by far: no scoring, no language, no lists. The regex is compiled on the first test, which is most
 * of its cost (1–2 ms in a page on the test machine).
 */
import type { PageSketch } from './page-sketch.ts';
import { CHIP_CUE_ANYWHERE_SOURCE, CHIP_CUE_SOURCE } from './prefilter-source.ts';

let regex: RegExp | null = null;

/** Whether `text` names a chip cue anywhere (or, rarely, a word that starts like one: "Nvidiaesque"). */
export function namesChipCue(text: string): boolean {
  // Lower-cased here rather than with the `i` flag, and the loose source: the regex compiles in a third of the time.
  regex ??= new RegExp(CHIP_CUE_SOURCE);
  return regex.test(text.toLowerCase());
}

let anywhere: RegExp | null = null;

/**
 * Whether `text` holds a chip cue anywhere, even inside a word: for text read without the spaces between
 * elements (`quickLook` in `lib/dom/sketch.ts`). False means that no text read from the same page with spaces
 * (the sketch) names a chip cue.
 */
export function holdsChipCue(text: string): boolean {
  anywhere ??= new RegExp(CHIP_CUE_ANYWHERE_SOURCE);
  return anywhere.test(text.toLowerCase());
}

/** Whether the page may be chip news: whether its sketch names any chip cue. False means the gate would say no. */
export function mayBeChipPage(sketch: PageSketch): boolean {
  return namesChipCue(sketch.title) || namesChipCue(sketch.description) || namesChipCue(sketch.headings) || namesChipCue(sketch.main);
}
