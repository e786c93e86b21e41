/**
 * When the card opens and closes: on hover (with a short delay, and it stays open while the pointer moves
 * into it) and on keyboard focus of a highlight; Escape closes it. Focus is never moved: Tab keeps walking
 * the page's own order, in which every highlight is a stop.
 */
import type { CardProps, SeenIn } from '../../components/card/Card.tsx';
import type { CardHost } from '../../components/card/host.tsx';
import type { Theme } from '../../lib/dom/mark-style.ts';

const MARK_SELECTOR = 'chiplens-mark';
const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 300;

/** What the card shows for a highlight, and the entity whose other articles to look up. */
export interface CardRequest {
  props: Omit<CardProps, 'seen'>;
  entityId?: string;
}

export interface InteractionDeps {
  host: CardHost;
  /** The card for a highlight; null when the highlight is not ours (any more). */
  resolve: (mark: Element) => CardRequest | null;
  loadSeen: (entityId: string) => Promise<SeenIn>;
  theme: () => Theme;
}

function markOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(MARK_SELECTOR) : null;
}

export class CardInteraction {
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly doc: Document;
  private attached = false;

  constructor(
    doc: Document,
    private readonly deps: InteractionDeps,
  ) {
    this.doc = doc;
  }

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    this.doc.addEventListener('mouseover', this.onOver, true);
    this.doc.addEventListener('mouseout', this.onOut, true);
    this.doc.addEventListener('focusin', this.onFocusIn, true);
    this.doc.addEventListener('focusout', this.onFocusOut, true);
    this.doc.addEventListener('keydown', this.onKey, true);
  }

  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    this.doc.removeEventListener('mouseover', this.onOver, true);
    this.doc.removeEventListener('mouseout', this.onOut, true);
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    this.doc.removeEventListener('focusout', this.onFocusOut, true);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.close();
  }

  /** Opens the card for `mark` now. */
  open(mark: Element): void {
    this.clearTimers();
    const { host } = this.deps;
    if (host.anchor === mark) return;
    const req = this.deps.resolve(mark);
    if (!req) return;
    host.show(mark, { ...req.props, seen: req.entityId ? { state: 'loading' } : undefined }, this.deps.theme());
    if (req.entityId) {
      void this.deps.loadSeen(req.entityId).then((seen) => host.update(mark, { ...req.props, seen }));
    }
  }

  close(): void {
    this.clearTimers();
    this.deps.host.hide();
  }

  private clearTimers(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.showTimer = this.hideTimer = undefined;
  }

  private readonly onOver = (e: Event): void => {
    const { host } = this.deps;
    if (host.contains(e.target as Node)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const mark = markOf(e.target);
    if (!mark) return;
    clearTimeout(this.hideTimer);
    if (host.anchor === mark) return;
    clearTimeout(this.showTimer);
    this.showTimer = setTimeout(() => this.open(mark), SHOW_DELAY_MS);
  };

  private readonly onOut = (e: Event): void => {
    const { host } = this.deps;
    const to = (e as MouseEvent).relatedTarget as Node | null;
    const from = e.target as Node;
    const mark = markOf(from);
    if (!mark && !host.contains(from)) return;
    // Moving within the highlight, within the card, or from one to the other keeps it open.
    if (to && (host.contains(to) || (host.anchor && host.anchor.contains(to)))) return;
    if (mark && mark !== host.anchor) {
      clearTimeout(this.showTimer);
      return;
    }
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      // Keyboard focus still on the highlight keeps its card.
      if (this.doc.activeElement !== host.anchor) this.close();
    }, HIDE_DELAY_MS);
  };

  private readonly onFocusIn = (e: Event): void => {
    const mark = markOf(e.target);
    if (mark) this.open(mark);
  };

  private readonly onFocusOut = (e: Event): void => {
    const { host } = this.deps;
    const mark = markOf(e.target);
    if (!mark || mark !== host.anchor) return;
    const to = (e as FocusEvent).relatedTarget as Node | null;
    if (to && host.contains(to)) return;
    if (!markOf(to)) this.close();
  };

  private readonly onKey = (e: Event): void => {
    if ((e as KeyboardEvent).key === 'Escape' && this.deps.host.open) this.close();
  };
}
