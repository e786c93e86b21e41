/**
 * How long the reader could have seen the page: visible time, counted from a start the caller sets (a load,
 * or a move to another address). Read in the content script's own world, where the page's scripts cannot
 * redefine `document.visibilityState`.
 */

/** Whether the page is visible now, and a way to hear when that changes. */
export interface Visibility {
  visible(): boolean;
  /** Calls `listener` on every change; returns a function that stops it. */
  watch(listener: () => void): () => void;
}

export function documentVisibility(doc: Document): Visibility {
  return {
    visible: () => doc.visibilityState === 'visible',
    watch(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}

export class VisibleTime {
  private banked = 0;
  private since: number | null;

  constructor(
    private readonly visibility: Visibility,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.since = visibility.visible() ? now() : null;
    visibility.watch(() => this.onChange());
  }

  /** Starts counting again from zero (the page moved to another address). */
  reset(): void {
    this.banked = 0;
    this.since = this.visibility.visible() ? this.now() : null;
  }

  /** Milliseconds the page was visible since the last reset. */
  elapsed(): number {
    return this.banked + (this.since === null ? 0 : this.now() - this.since);
  }

  visible(): boolean {
    return this.visibility.visible();
  }

  /**
   * Resolves once the page has been visible for `ms` since the last reset (at once if it already has). While the
   * page is hidden the time stands still; the promise waits for it to be shown again.
   */
  async until(ms: number): Promise<void> {
    for (;;) {
      const left = ms - this.elapsed();
      if (left <= 0) return;
      if (this.visibility.visible()) await new Promise((r) => setTimeout(r, left));
      else await new Promise<void>((r) => {
        const stop = this.visibility.watch(() => {
          stop();
          r();
        });
      });
    }
  }

  private onChange(): void {
    const visible = this.visibility.visible();
    if (visible && this.since === null) this.since = this.now();
    else if (!visible && this.since !== null) {
      this.banked += this.now() - this.since;
      this.since = null;
    }
  }
}
