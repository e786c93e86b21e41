/**
 * What the card and the note UI share as UI floating over a page: a host element styled so the page's CSS cannot
 * move or hide it, and @floating-ui/dom placement next to a reference that keeps it inside the viewport.
 */
import { computePosition, flip, offset, shift, size, type Placement, type ReferenceElement } from '@floating-ui/dom';

/** Above any page layer a stacking context allows (some news sites put their own overlays at 10000+). */
const Z_INDEX = '2147483647';

const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  top: '0',
  left: '0',
  'z-index': Z_INDEX,
  margin: '0',
  padding: '0',
  border: '0',
  display: 'none',
  width: 'max-content',
  background: 'transparent',
};

/** Gives `element` the floating host's inline styles (`!important`, so page rules cannot override them), plus `extra`. */
export function styleFloatingHost(element: HTMLElement, extra: Record<string, string> = {}): void {
  for (const [k, v] of Object.entries({ ...HOST_STYLE, ...extra })) element.style.setProperty(k, v, 'important');
}

/**
 * Places `element` next to `ref`, flipped and shifted into the viewport, and caps its height (the
 * `--chiplens-max-height` property its styles read) to the room there is. `stillFor()` is asked once the
 * position is known: a placement computed for a reference the UI has meanwhile left is dropped.
 */
export async function placeNextTo(
  ref: ReferenceElement,
  element: HTMLElement,
  placement: Placement,
  stillFor: () => boolean,
): Promise<void> {
  const { x, y } = await computePosition(ref, element, {
    strategy: 'fixed',
    placement,
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply: ({ availableHeight }) => {
          element.style.setProperty('--chiplens-max-height', `${Math.max(160, Math.floor(availableHeight))}px`);
        },
      }),
    ],
  });
  if (!stillFor()) return;
  element.style.setProperty('left', `${Math.round(x)}px`, 'important');
  element.style.setProperty('top', `${Math.round(y)}px`, 'important');
}
