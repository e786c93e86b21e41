/**
 * The colours a reader can highlight a passage in. A highlight is a note with a colour (and usually no text): it
 * is stored, anchored and exported like one. The names are the stored values and the suffix of the page's
 * highlight name (`chiplens-mark-yellow`), so they never change; the UI labels them in the reader's language.
 */

export const MARK_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

export type MarkColor = (typeof MARK_COLORS)[number];

export function isMarkColor(x: unknown): x is MarkColor {
  return typeof x === 'string' && (MARK_COLORS as readonly string[]).includes(x);
}
