/** Marks a highlight in a list: a swatch of its colour and a word, with the colour's name for screen readers. */
import { MARK_RGB } from '../../lib/dom/highlight-style.ts';
import type { MarkColor } from '../../lib/marks.ts';

export function HighlightBadge({ color, word, colorName }: { color: MarkColor; word: string; colorName: string }) {
  return (
    <span class="highlight-badge" data-color={color}>
      <span class="mark-swatch" aria-hidden="true" style={{ background: `rgb(${MARK_RGB.light[color]})` }} />
      {word}
      <span class="sr-only">, {colorName}</span>
    </span>
  );
}
