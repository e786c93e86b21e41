/**
 * Watches a page for text added or changed after load (infinite scroll, client rendering, live updates) and
 * reports the blocks to read again, debounced: each changed block once, however often it changed.
 */
import { isBlock, UI_TAG } from './readable.ts';

export interface WatchOptions {
  /** Quiet time after the last change before reporting. */
  debounceMs?: number;
  /** Longest a change waits while changes keep coming (a ticker that never stops). */
  maxWaitMs?: number;
  /**
   * The blocks whose text was added or changed, outermost only, all still in the page; `removed` when text was
   * taken out (ranges over it are gone, nothing new needs reading).
   */
  onChange: (blocks: Element[], removed: boolean) => void;
}

/** Debounced MutationObserver over one subtree; see {@link WatchOptions}. */
export class DomWatcher {
  private observer: MutationObserver | null = null;
  private readonly blocks = new Set<Element>();
  private removed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly root: Element,
    private readonly opts: WatchOptions,
  ) {
    this.debounceMs = opts.debounceMs ?? 250;
    this.maxWaitMs = opts.maxWaitMs ?? 1000;
  }

  get active(): boolean {
    return this.observer !== null;
  }

  start(): void {
    if (this.observer) return;
    const View = this.root.ownerDocument.defaultView;
    const MO = View?.MutationObserver ?? MutationObserver;
    this.observer = new MO((records) => this.take(records));
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  /** Disconnects and drops whatever was pending (the page was hidden, or the reader turned ChipLens off). */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.blocks.clear();
    this.removed = false;
  }

  /** Reports pending changes now instead of after the debounce. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const blocks = outermost([...this.blocks].filter((b) => b.isConnected));
    const removed = this.removed;
    this.blocks.clear();
    this.removed = false;
    if (blocks.length || removed) this.opts.onChange(blocks, removed);
  }

  private take(records: MutationRecord[]): void {
    let added = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        const parent = r.target.parentElement;
        if (!parent || isOurs(parent)) continue;
        added = this.addBlockOf(parent) || added;
        continue;
      }
      // Text taken out: ranges over it have collapsed. (An empty overlay a page adds and removes is no change.)
      for (const n of Array.from(r.removedNodes)) {
        if (!this.removed && n.nodeType !== 8 && /\S/.test(n.textContent ?? '') && !(n.nodeType === 1 && isOurs(n as Element))) {
          this.removed = true;
          added = true;
        }
      }
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType === 1) {
          const el = n as Element;
          if (isOurs(el)) continue;
          added = this.addBlockOf(el) || added;
        } else if (n.nodeType === 3 && /\S/.test((n as Text).data)) {
          const parent = n.parentElement ?? (r.target.nodeType === 1 ? (r.target as Element) : null);
          if (parent && !isOurs(parent)) added = this.addBlockOf(parent) || added;
        }
      }
    }
    if (added) this.schedule();
  }

  /** Adds the nearest block around `el` (the element itself if it is one); false when outside the root. */
  private addBlockOf(el: Element): boolean {
    if (!this.root.contains(el)) return false;
    let b: Element = el;
    while (b !== this.root && !isBlock(b) && b.parentElement) b = b.parentElement;
    this.blocks.add(b);
    return true;
  }

  private schedule(): void {
    const now = Date.now();
    if (this.timer === undefined) this.firstPendingAt = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstPendingAt + this.maxWaitMs - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }
}

function isOurs(el: Element): boolean {
  return el.tagName.toUpperCase() === UI_TAG;
}

/** Drops every element contained in another of the list. */
export function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}
