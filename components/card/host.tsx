/**
 * The one `chiplens-card` element of a page: an open shadow root holding the Preact card, placed next to its
 * highlight with @floating-ui/dom so it stays in the viewport and above the page's own layers.
 * It is a tooltip: it never takes focus, and the highlight points to it with `aria-describedby` while open.
 */
import { autoUpdate } from '@floating-ui/dom';
import { render } from 'preact';
import type { Theme } from '../../lib/dom/mark-style.ts';
import { UI_ATTR } from '../../lib/dom/readable.ts';
import { placeNextTo, styleFloatingHost } from '../ui/floating.ts';
import { Card, type CardProps } from './Card.tsx';
import { cardCss } from './styles.ts';

/** Id of the card element (the target of the highlights' `aria-describedby`). */
export const CARD_ID = 'chiplens-card';

export class CardHost {
  readonly element: HTMLElement;
  private readonly mount: HTMLElement;
  private readonly style: HTMLStyleElement;
  private anchorEl: Element | null = null;
  private stopTracking: (() => void) | null = null;
  private theme: Theme | null = null;

  constructor(private readonly doc: Document) {
    this.element = doc.createElement('chiplens-card');
    this.element.id = CARD_ID;
    this.element.setAttribute('role', 'tooltip');
    this.element.setAttribute(UI_ATTR, 'card');
    styleFloatingHost(this.element, { 'max-width': 'calc(100vw - 16px)', 'pointer-events': 'auto' });
    const shadow = this.element.attachShadow({ mode: 'open' });
    this.style = doc.createElement('style');
    this.mount = doc.createElement('div');
    shadow.append(this.style, this.mount);
  }

  /** The highlight the card is open for, if any. */
  get anchor(): Element | null {
    return this.anchorEl;
  }

  get open(): boolean {
    return this.anchorEl !== null;
  }

  /** Opens (or re-renders) the card for `anchor`. */
  show(anchor: Element, props: CardProps, theme: Theme): void {
    if (!this.element.isConnected) this.doc.documentElement.appendChild(this.element);
    if (this.theme !== theme) {
      this.style.textContent = cardCss(theme);
      this.theme = theme;
    }
    if (this.anchorEl !== anchor) {
      this.anchorEl?.removeAttribute('aria-describedby');
      this.anchorEl = anchor;
      anchor.setAttribute('aria-describedby', CARD_ID);
      this.stopTracking?.();
      this.element.style.setProperty('display', 'block', 'important');
      this.stopTracking = autoUpdate(anchor, this.element, () => void this.place());
    }
    render(<Card {...props} />, this.mount);
    void this.place();
  }

  /** Re-renders the open card with new props if it is still open for `anchor`. */
  update(anchor: Element, props: CardProps): void {
    if (this.anchorEl === anchor) {
      render(<Card {...props} />, this.mount);
      void this.place();
    }
  }

  hide(): void {
    this.stopTracking?.();
    this.stopTracking = null;
    this.anchorEl?.removeAttribute('aria-describedby');
    this.anchorEl = null;
    this.element.style.setProperty('display', 'none', 'important');
    render(null, this.mount);
  }

  /** Whether `node` is inside the card. */
  contains(node: Node | null): boolean {
    return !!node && (node === this.element || this.element.contains(node));
  }

  /** Removes the card from the page. */
  destroy(): void {
    this.hide();
    this.element.remove();
  }

  private async place(): Promise<void> {
    const anchor = this.anchorEl;
    if (!anchor) return;
    // The page removed the highlight (a re-render, a deleted comment): a card pointing at nothing closes.
    if (!anchor.isConnected) {
      this.hide();
      return;
    }
    await placeNextTo(anchor, this.element, 'bottom-start', () => this.anchorEl === anchor);
  }
}
