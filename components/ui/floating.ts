/**
 * UI floating over a page: a host element styled so the page's CSS cannot move or hide it, and @floating-ui/dom
 * placement next to a reference that keeps it inside the viewport.
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
 * Places `element` next to `ref`, flipped and shifted into the viewport; `room(height)` is told the height there
 * is (the element caps itself to it). `stillFor()` is asked once the position is known: a placement computed for
 * a reference the UI has meanwhile left is dropped.
 */
export async function placeNextTo(
  ref: ReferenceElement,
  element: HTMLElement,
  placement: Placement,
  stillFor: () => boolean,
  room: (height: number) => void = () => undefined,
  gap = 6,
): Promise<void> {
  const { x, y } = await computePosition(ref, element, {
    strategy: 'fixed',
    placement,
    middleware: [
      offset(gap),
      flip({ padding: 4 }),
      shift({ padding: 4 }),
      size({ padding: 4, apply: ({ availableHeight }) => room(Math.max(120, Math.floor(availableHeight))) }),
    ],
  });
  if (!stillFor()) return;
  element.style.setProperty('left', `${Math.round(x)}px`, 'important');
  element.style.setProperty('top', `${Math.round(y)}px`, 'important');
}
