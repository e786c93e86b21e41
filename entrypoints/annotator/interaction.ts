/**
 * The reader's hands on the page: which highlight the pointer is over (hit-testing, as highlights are no
 * elements), when the frame opens and closes, the keyboard path through the highlights, and offering a note for
 * a fresh selection. Only trusted events count: a page script can dispatch events, call `focus()` and make
 * selections, and none of that may open anything.
 *
 * - A hover over a highlight opens its card after a short delay; it stays while the pointer is over the
 *   highlight or the frame, and closes soon after the pointer leaves both.
 * - A click on a noted passage opens its note; Alt+Shift+J/K step to the next/previous highlight or note, scroll
 *   it into view and open it with focus in the frame; Escape closes and focus returns where it was.
 * - Releasing the mouse (or Shift) over a selection of page text offers "Add note" next to it.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { HighlightLayer, isNoteKind, type HighlightApi, type Hit } from '../../lib/dom/highlights.ts';
import { claimStep, endsSelection, type EarlyInputState } from '../../lib/dom/early-input.ts';
import { isInsideSkipped, isTypingField } from '../../lib/dom/readable.ts';
import type { Mention } from '../../lib/extract/types.ts';
import type { FromFrame, ToFrame } from '../../lib/frame-protocol.ts';
import type { FrameHost } from './frame-host.ts';

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 300;

/** What the frame shows, and how it came to: hover closes on leaving; the rest stays until dismissed. */
type Open =
  | { kind: 'none' }
  | { kind: 'mention' | 'note'; range: Range; how: 'hover' | 'click' | 'keyboard' }
  | { kind: 'draft'; pinned: boolean };

export interface InteractionDeps {
  doc: Document;
  api: HighlightApi;
  frame: FrameHost;
  mentions: HighlightLayer<Mention>;
  notes: HighlightLayer<number>;
  /** The frame's view for a mention or a note. */
  viewFor: (hit: Hit<Mention> | Hit<number>, focus: boolean) => ToFrame | null;
  /** The frame's view for a new note on a selection; null when it covers no readable text. */
  draftView: (range: Range, edit: boolean) => ToFrame | null;
}

/** The rectangle of a range's first line box: where the reader's eye is. */
function rangeReference(range: Range): VirtualElement {
  const node = range.startContainer;
  return {
    getBoundingClientRect: () => range.getClientRects()[0] ?? range.getBoundingClientRect(),
    contextElement: node.nodeType === 1 ? (node as Element) : (node.parentElement ?? undefined),
  };
}

/** The last line box of a selection: where the reader's pointer most likely is. */
function selectionReference(range: Range): VirtualElement {
  const context = range.commonAncestorContainer;
  return {
    getBoundingClientRect: () => {
      const rects = range.getClientRects();
      return rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    },
    contextElement: context.nodeType === 1 ? (context as Element) : (context.parentElement ?? undefined),
  };
}

export class Interaction {
  private open: Open = { kind: 'none' };
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frameRequested = 0;
  private pointer: { x: number; y: number } | null = null;
  /** The pointer is over the frame (as the frame reports: its events do not reach the page). */
  private inFrame = false;
  private attached = false;
  /** Where focus was when the keyboard took it into the frame. */
  private returnTo: HTMLElement | null = null;
  /** The highlight the keyboard is on (also painted as `chiplens-current`). */
  private current: Range | null = null;
  private readonly currentLayer: HighlightLayer<null>;
  /** Notes are offered on selections only while this says so (notes on, the page not switched off). */
  notesEnabled = true;

  constructor(private readonly deps: InteractionDeps) {
    this.currentLayer = new HighlightLayer<null>(deps.api, deps.doc);
  }

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    const d = this.deps.doc;
    d.addEventListener('pointermove', this.onPointerMove, { capture: true, passive: true });
    d.addEventListener('pointerdown', this.onPointerDown, { capture: true, passive: true });
    d.addEventListener('click', this.onClick, true);
    d.addEventListener('mouseup', this.onMouseUp, true);
    d.addEventListener('keyup', this.onKeyUp, true);
    d.addEventListener('selectionchange', this.onSelectionChange);
    d.defaultView?.addEventListener('keydown', this.onKeyDown, true);
  }

  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    const d = this.deps.doc;
    d.removeEventListener('pointermove', this.onPointerMove, true);
    d.removeEventListener('pointerdown', this.onPointerDown, true);
    d.removeEventListener('click', this.onClick, true);
    d.removeEventListener('mouseup', this.onMouseUp, true);
    d.removeEventListener('keyup', this.onKeyUp, true);
    d.removeEventListener('selectionchange', this.onSelectionChange);
    d.defaultView?.removeEventListener('keydown', this.onKeyDown, true);
    this.close(false);
  }

  /** Opens the note editor on the reader's selection (context menu, keyboard command); false when there is none. */
  noteOnSelection(): boolean {
    const range = this.usableSelection();
    if (!range) return false;
    return this.offer(range, true);
  }

  /**
   * What the reader did before the annotator was there (see `lib/dom/early-input.ts`): a step, a selection still
   * there, or a resting pointer.
   */
  replay(input: EarlyInputState): void {
    if (input.step) this.step(input.step);
    else if (input.selected && this.usableSelection()) this.offerForSelection();
    else if (input.pointer && this.open.kind === 'none') {
      this.pointer = input.pointer;
      this.inFrame = false;
      this.hover();
    }
  }

  /** The frame reports something. */
  fromFrame(m: FromFrame): void {
    switch (m.type) {
      case 'close':
        this.close(m.returnFocus);
        break;
      case 'step':
        this.step(m.direction);
        break;
      case 'hover':
        // The pointer in the frame keeps a hover card open; leaving it closes the card soon, as leaving the text does.
        this.inFrame = m.inside;
        this.pointer = null;
        clearTimeout(this.hideTimer);
        if (!m.inside && this.open.kind !== 'none' && this.open.kind !== 'draft' && this.open.how === 'hover') {
          this.hideTimer = setTimeout(() => this.close(false), HIDE_DELAY_MS);
        }
        break;
      case 'pin':
        if (this.open.kind === 'draft') this.open.pinned = true;
        else if (this.open.kind !== 'none') this.open.how = 'click';
        break;
      default:
        break;
    }
  }

  /** A highlight the page no longer shows: a frame open for it closes. */
  forget(range: Range): void {
    if (this.current === range) this.setCurrent(null);
    if ((this.open.kind === 'mention' || this.open.kind === 'note') && this.open.range === range) this.close(false);
  }

  /** Closes whatever the frame shows; with `returnFocus`, focus goes back where the keyboard took it from. */
  close(returnFocus: boolean): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.showTimer = this.hideTimer = undefined;
    const hadFocus = this.deps.frame.hasFocus();
    this.open = { kind: 'none' };
    this.deps.frame.hide();
    this.setCurrent(null);
    const to = this.returnTo;
    this.returnTo = null;
    if (!hadFocus) return;
    if (returnFocus && to?.isConnected) to.focus({ preventScroll: true });
    else (this.deps.doc.activeElement as HTMLElement | null)?.blur();
  }

  // --- opening --------------------------------------------------------------------------------------------

  private show(hit: Hit<Mention> | Hit<number>, how: 'hover' | 'click' | 'keyboard'): void {
    const focus = how === 'keyboard';
    const view = this.deps.viewFor(hit, focus);
    if (!view) return;
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.open = { kind: isNoteKind(hit.kind) ? 'note' : 'mention', range: hit.range, how };
    this.deps.frame.show(rangeReference(hit.range), view);
    if (focus) {
      const active = this.deps.doc.activeElement;
      if (!this.deps.frame.hasFocus()) this.returnTo = active instanceof HTMLElement && active !== this.deps.doc.body ? active : null;
      this.deps.frame.focus();
    }
  }

  private offer(range: Range, edit: boolean): boolean {
    const view = this.deps.draftView(range, edit);
    if (!view) return false;
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.open = { kind: 'draft', pinned: edit };
    this.deps.frame.show(selectionReference(range), view, edit ? 'bottom-start' : 'bottom-end');
    if (edit) {
      const active = this.deps.doc.activeElement;
      this.returnTo = active instanceof HTMLElement && active !== this.deps.doc.body ? active : null;
      this.deps.frame.focus();
    }
    return true;
  }

  private setCurrent(range: Range | null): void {
    this.current = range;
    this.currentLayer.clear();
    if (range) this.currentLayer.add('current', range, null);
  }

  /** Every highlight and note in document order (two ordered lists merged, not sorted again). */
  private stops(): Range[] {
    const a = this.deps.mentions.ordered();
    const b = this.deps.notes.ordered();
    if (!b.length) return a;
    const out: Range[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i].compareBoundaryPoints(Range.START_TO_START, b[j]) <= 0)) out.push(a[i++]);
      else out.push(b[j++]);
    }
    return out;
  }

  private step(direction: 1 | -1): void {
    const stops = this.stops();
    if (!stops.length) return;
    let i = this.current ? stops.indexOf(this.current) : -1;
    if (i >= 0) i += direction;
    else {
      // From where the reader is: the first highlight below the top of the viewport (or the last above its end).
      const view = this.deps.doc.defaultView;
      const h = view?.innerHeight ?? 0;
      i = direction > 0 ? stops.findIndex((r) => r.getBoundingClientRect().bottom > 0) : stops.findLastIndex((r) => r.getBoundingClientRect().top < h);
    }
    if (i < 0 || i >= stops.length) i = direction > 0 ? 0 : stops.length - 1;
    const range = stops[i];
    const hit = this.deps.mentions.get(range) ?? this.deps.notes.get(range);
    if (!hit) return;
    this.scrollTo(range);
    this.setCurrent(range);
    this.show(hit, 'keyboard');
  }

  private scrollTo(range: Range): void {
    const view = this.deps.doc.defaultView;
    if (!view) return;
    const inView = () => {
      const b = range.getBoundingClientRect();
      return b.top >= 0 && b.bottom <= view.innerHeight && b.left >= 0 && b.right <= view.innerWidth;
    };
    if (inView()) return;
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    // Nearest first brings it out of any scrolling box it is in; the window then centres its line.
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (!inView()) {
      const b = range.getBoundingClientRect();
      view.scrollBy({ top: b.top - view.innerHeight / 3, left: 0, behavior: 'instant' });
    }
  }

  // --- selection ------------------------------------------------------------------------------------------

  /** The current selection if it covers page text a note can go on (never a form field, code or our frame). */
  private usableSelection(): Range | null {
    const { doc } = this.deps;
    const sel = doc.getSelection();
    const body = doc.body;
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !body) return null;
    if (isTypingField(doc.activeElement) || this.deps.frame.hasFocus()) return null;
    const range = sel.getRangeAt(0);
    if (!range.toString().trim()) return null;
    const common = range.commonAncestorContainer;
    const el = common.nodeType === 1 ? (common as Element) : common.parentElement;
    if (!el || !body.contains(el) || isInsideSkipped(el, body) || isTypingField(el)) return null;
    return range.cloneRange();
  }

  private offerForSelection(): void {
    if (!this.notesEnabled || (this.open.kind === 'draft' && this.open.pinned)) return;
    const range = this.usableSelection();
    if (range) this.offer(range, false);
    else if (this.open.kind === 'draft') this.close(false);
  }

  // --- events ---------------------------------------------------------------------------------------------

  private readonly onPointerMove = (e: PointerEvent): void => {
    if (!e.isTrusted) return;
    if (this.deps.frame.contains(e.target)) {
      // Over the frame: a hit-test still pending for a point over the text before it is void.
      this.pointer = null;
      clearTimeout(this.hideTimer);
      return;
    }
    this.pointer = { x: e.clientX, y: e.clientY };
    this.inFrame = false;
    // One hit-test per frame, however fast the pointer moves.
    if (!this.frameRequested) this.frameRequested = requestAnimationFrame(this.hover);
  };

  private readonly hover = (): void => {
    this.frameRequested = 0;
    const p = this.pointer;
    if (!p || this.inFrame || !this.deps.mentions.size) return;
    const hit = this.deps.mentions.at(p.x, p.y)[0];
    const open = this.open;
    const hoverOpen = (open.kind === 'mention' || open.kind === 'note') && open.how === 'hover';
    if (hit && (open.kind === 'mention' || open.kind === 'note') && open.range === hit.range) {
      clearTimeout(this.hideTimer);
      return;
    }
    clearTimeout(this.showTimer);
    if (hit) {
      // A card opened otherwise (click, keyboard, a note being written) is not replaced by passing over text.
      if (open.kind !== 'none' && !hoverOpen) return;
      clearTimeout(this.hideTimer);
      this.showTimer = setTimeout(() => this.show(hit, 'hover'), SHOW_DELAY_MS);
    } else if (hoverOpen) {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => !this.inFrame && this.close(false), HIDE_DELAY_MS);
    }
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (!e.isTrusted || this.deps.frame.contains(e.target)) return;
    const open = this.open;
    // A press elsewhere dismisses a note's text or an offer; a note being written stays.
    if ((open.kind === 'draft' && !open.pinned) || open.kind === 'note' || (open.kind === 'mention' && open.how !== 'hover')) this.close(false);
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (!e.isTrusted || this.deps.frame.contains(e.target) || !this.deps.notes.size) return;
    if (this.deps.doc.getSelection()?.toString()) return;
    const hit = this.deps.notes.at(e.clientX, e.clientY)[0];
    if (hit) this.show(hit, 'click');
  };

  private readonly onMouseUp = (e: MouseEvent): void => {
    if (!e.isTrusted || this.deps.frame.contains(e.target)) return;
    // The selection is final once the mouseup has been handled.
    setTimeout(() => this.offerForSelection(), 0);
  };

  private readonly onKeyUp = (e: KeyboardEvent): void => {
    if (!e.isTrusted || this.deps.frame.contains(e.target)) return;
    if (endsSelection(e)) this.offerForSelection();
  };

  private readonly onSelectionChange = (): void => {
    // Closing on a collapsed selection only: a page can fire this event by changing the selection itself.
    if (this.open.kind !== 'draft' || this.open.pinned) return;
    const sel = this.deps.doc.getSelection();
    if (!sel || sel.isCollapsed) this.close(false);
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (!e.isTrusted) return;
    const direction = claimStep(e, this.deps.doc);
    if (direction) {
      this.step(direction);
      return;
    }
    if (e.key === 'Escape' && this.open.kind !== 'none' && !this.deps.frame.hasFocus()) this.close(true);
  };
}
