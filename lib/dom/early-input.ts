/**
 * What the reader does while the first highlights wait for the annotator (see `./early-paint.ts`): where the
 * pointer came to rest, a press of the step shortcut (Alt+Shift+J/K), a text selection made. The annotator
 * replays it once it has read the page, so a pointer resting on an early highlight gets its card, an early
 * Alt+Shift+J still steps and a passage selected early is offered for a note. Trusted events only, as everywhere:
 * a page script can move nothing here.
 */
import { stepOf } from '../frame-protocol.ts';
import { isTypingField } from './readable.ts';

export interface EarlyInputState {
  /** The pointer's last position in the viewport; null when it has not moved over the page. */
  pointer: { x: number; y: number } | null;
  /** The last step asked for with the keyboard (1 forwards, -1 backwards), 0 for none. */
  step: 1 | -1 | 0;
  /** The reader ended a selection (mouse or keyboard); whether one is still there is read when replayed. */
  selected: boolean;
}

/** A key release that may end a text selection made with the keyboard (Shift+arrows, Ctrl/Cmd+A). */
export function endsSelection(e: KeyboardEvent): boolean {
  return e.shiftKey || e.key === 'Shift' || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a');
}

/**
 * The step shortcut (Alt+Shift+J/K) in a trusted key press outside a typing field: claimed for ChipLens (the page
 * does not get it) and its direction returned; 0 when the press is not one. The annotator and the early input
 * take it alike.
 */
export function claimStep(e: KeyboardEvent, doc: Document): 1 | -1 | 0 {
  const step = stepOf(e);
  if (!step || !e.isTrusted || isTypingField(doc.activeElement)) return 0;
  e.preventDefault();
  e.stopPropagation();
  return step;
}

export class EarlyInput {
  private readonly state: EarlyInputState = { pointer: null, step: 0, selected: false };
  private listening = true;

  constructor(private readonly doc: Document) {
    doc.addEventListener('pointermove', this.onMove, { capture: true, passive: true });
    doc.addEventListener('pointerout', this.onOut, { capture: true, passive: true });
    doc.defaultView?.addEventListener('keydown', this.onKey, true);
    doc.addEventListener('mouseup', this.onSelect, { capture: true, passive: true });
    doc.addEventListener('keyup', this.onSelect, { capture: true, passive: true });
  }

  /** Stops listening and says what the reader did. */
  stop(): EarlyInputState {
    if (this.listening) {
      this.listening = false;
      this.doc.removeEventListener('pointermove', this.onMove, true);
      this.doc.removeEventListener('pointerout', this.onOut, true);
      this.doc.defaultView?.removeEventListener('keydown', this.onKey, true);
      this.doc.removeEventListener('mouseup', this.onSelect, true);
      this.doc.removeEventListener('keyup', this.onSelect, true);
    }
    return { ...this.state };
  }

  private readonly onMove = (e: PointerEvent): void => {
    if (e.isTrusted) this.state.pointer = { x: e.clientX, y: e.clientY };
  };

  /** The pointer left the page (no element to go to): nothing is under it any more. */
  private readonly onOut = (e: PointerEvent): void => {
    if (e.isTrusted && !e.relatedTarget) this.state.pointer = null;
  };

  private readonly onSelect = (e: MouseEvent | KeyboardEvent): void => {
    if (e.isTrusted && (e.type === 'mouseup' || endsSelection(e as KeyboardEvent))) this.state.selected = true;
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    const step = claimStep(e, this.doc);
    if (step) this.state.step = step;
  };
}
