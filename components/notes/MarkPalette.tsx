/** The highlight colours as a row of swatch buttons, each named in the reader's language ("Highlight in yellow"). */
import { MARK_RGB } from '../../lib/dom/highlight-style.ts';
import { MARK_COLORS, type MarkColor } from '../../lib/marks.ts';
import type { NoteStrings } from './strings.ts';

export function MarkPalette({ strings, current, onPick }: { strings: NoteStrings; current?: MarkColor; onPick: (c: MarkColor) => void }) {
  return (
    <div class="palette" role="group" aria-label={strings.highlight}>
      {MARK_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          class={`swatch swatch-${c}`}
          data-color={c}
          title={strings.colors[c]}
          aria-label={strings.highlightIn(strings.colors[c])}
          aria-pressed={current === undefined ? undefined : current === c}
          style={{ background: `rgb(${MARK_RGB.light[c]})` }}
          onClick={() => onPick(c)}
        />
      ))}
    </div>
  );
}
