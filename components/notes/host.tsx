/**
 * The one element of a page that holds ChipLens's note UI (the "Add note" button, the editor, a note's text) in
 * an open shadow root, placed next to a selection or a noted passage with @floating-ui/dom, above the page's own
 * layers. Keys typed inside do not reach the page's own shortcuts.
 */
import { autoUpdate, type Placement, type VirtualElement } from '@floating-ui/dom';
import { render, type ComponentChild } from 'preact';
import type { Theme } from '../../lib/dom/mark-style.ts';
import { UI_ATTR } from '../../lib/dom/readable.ts';
import { placeNextTo, styleFloatingHost } from '../ui/floating.ts';
import { notesCss } from './styles.ts';

/** What the UI is placed next to: a noted passage, or a selection's rectangle. */
export type Reference = Element | VirtualElement;

/** Tag of the host element. */
export const NOTES_UI_TAG = 'chiplens-notes';

/** Events that stay inside: a page shortcut must not fire while the reader types a note. */
const CONTAINED = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'] as const;

/** The note UI's host element; one per page, shown next to one reference at a time. */
export class NotesHost {
  readonly element: HTMLElement;
  private readonly root: HTMLElement;
  private readonly style: HTMLStyleElement;
  private ref: Reference | null = null;
  private stopTracking: (() => void) | null = null;
  private placement: Placement = 'bottom-start';
  private theme: Theme | null = null;

  constructor(private readonly doc: Document) {
    this.element = doc.createElement(NOTES_UI_TAG);
    this.element.setAttribute(UI_ATTR, 'notes-ui');
    styleFloatingHost(this.element);
    const shadow = this.element.attachShadow({ mode: 'open' });
    this.style = doc.createElement('style');
    this.root = doc.createElement('div');
    this.root.className = 'root';
    for (const type of CONTAINED) this.root.addEventListener(type, (e) => e.stopPropagation());
    shadow.append(this.style, this.root);
  }

  get open(): boolean {
    return this.ref !== null;
  }

  /** What the UI is open next to, if anything. */
  get reference(): Reference | null {
    return this.ref;
  }

  /** Shows `content` next to `ref` (re-rendering in place when it is open there already). */
  show(ref: Reference, content: ComponentChild, theme: Theme, placement: Placement = 'bottom-start'): void {
    if (!this.element.isConnected) this.doc.documentElement.appendChild(this.element);
    if (this.theme !== theme) {
      this.style.textContent = notesCss(theme);
      this.theme = theme;
    }
    // A new view replaces the old one entirely (its state, its focus).
    render(null, this.root);
    if (this.ref !== ref || this.placement !== placement) {
      this.stopTracking?.();
      this.ref = ref;
      this.placement = placement;
      this.element.style.setProperty('display', 'block', 'important');
      this.stopTracking = autoUpdate(ref, this.element, () => void this.place());
    }
    render(content, this.root);
    void this.place();
  }

  hide(): void {
    this.stopTracking?.();
    this.stopTracking = null;
    this.ref = null;
    this.element.style.setProperty('display', 'none', 'important');
    render(null, this.root);
  }

  /** Whether `node` is the host or inside it (events from the shadow root are retargeted to the host). */
  contains(node: Node | null): boolean {
    return !!node && (node === this.element || this.element.contains(node));
  }

  /** Whether keyboard focus is inside the UI. */
  hasFocus(): boolean {
    return this.doc.activeElement === this.element;
  }

  destroy(): void {
    this.hide();
    this.element.remove();
  }

  private async place(): Promise<void> {
    const ref = this.ref;
    if (!ref) return;
    await placeNextTo(ref, this.element, this.placement, () => this.ref === ref);
  }
}
