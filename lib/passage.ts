/**
 * A passage of a page's text as ChipLens keeps it everywhere (mentions' and figures' first passages, notes,
 * highlights, the W3C export): a W3C TextQuoteSelector and, where known, a TextPositionSelector, both without
 * their `type` (the W3C export adds it). The anchoring code writes them, the store's schemas check them and the
 * message validators bound them with the limits below, so all three agree on one set of numbers.
 */

/** A W3C TextQuoteSelector without its `type`: the passage and some text either side of it. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * A W3C TextPositionSelector without its `type`: `[start, end)` in UTF-16 code units of a text. Stored with a
 * note as a hint for when its quote occurs more than once.
 */
export interface TextPosition {
  start: number;
  end: number;
}

/** Longest passage kept (a note's or highlight's `exact`); a longer selection is cut to this length. */
export const QUOTE_MAX = 2000;
/** Characters of context written either side of a passage. */
export const QUOTE_CONTEXT = 32;
/** Longest context either side that the store and the messages accept (room for older or other writers). */
export const QUOTE_CONTEXT_MAX = 500;
