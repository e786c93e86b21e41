/**
 * A page in brief, as the first stage reads it (`lib/dom/sketch.ts`) and sends it to the background's gate
 * (`./index.ts`). Apart from both so that the first stage's bundle takes only this shape, not the gate.
 */

/** What the content script gathers from a page for the gate. */
export interface PageSketch {
  title: string;
  /** The page's meta description (or og:description). */
  description: string;
  /** The text of the main region's headings, joined. */
  headings: string;
  /** The text of the main article region (at most ~30,000 characters), navigation and footers removed. */
  main: string;
  /** The `lang` attribute of `<html>`, when there is one. */
  htmlLang?: string;
}

/** Characters of each part of a sketch at most: the sketch reads no more, and the background accepts no more. */
export const SKETCH_LIMITS = { title: 1_000, description: 2_000, headings: 4_000, main: 30_000, htmlLang: 50 } as const;
