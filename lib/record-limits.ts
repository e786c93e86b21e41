/**
 * When a page gets recorded, so that a page which fakes navigations (a `pushState` storm, or real loads one
 * after another) cannot fill the store and take over "seen in" and the library:
 * - the content script sends a page only once it has been visible for {@link DWELL_MS} at its address;
 * - the background lets one tab add at most {@link NEW_ARTICLES_PER_TAB} NEW articles. Revisits of
 *   stored articles cost nothing. The spent slots outlive the service worker (the background keeps a
 *   {@link BudgetSnapshot} in session storage): a page that waits for an idle worker to stop must not get a fresh
 *   budget each time.
 */

/** How long a page must have been visible at its address before it is recorded. */
export const DWELL_MS = 2000;

/**
 * Where a page's record stands, for the popup. `waiting`: not sent yet, until the page has been visible long
 * enough (`dwell`) or while it is hidden (`hidden`); `refused`: the background said no: the tab added as many
 * new articles as it may for now (`rate-limited`), or anything else (`failed`, with the background's sentence).
 */
export type RecordStatus =
  | { state: 'recorded' }
  | { state: 'waiting'; reason: 'dwell' | 'hidden' }
  | { state: 'refused'; reason: 'rate-limited' | 'failed'; message: string };

/** At most `max` new articles within any `ms` window. */
export interface BudgetWindow {
  ms: number;
  max: number;
}

/** A reader following links in one tab stays far below these; a page that makes up articles hits them at once. */
export const NEW_ARTICLES_PER_TAB: readonly BudgetWindow[] = [
  { ms: 60_000, max: 6 },
  { ms: 3_600_000, max: 60 },
];

/** The spent slots by tab id, as kept between workers. */
export type BudgetSnapshot = Record<string, number[]>;

/** Per-key sliding windows of spent slots. */
export class RecordBudget {
  private readonly spent = new Map<number, number[]>();
  private readonly longest: number;
  /** Resolves when slots spent under an earlier worker are back ({@link restore}); `take` waits for it. */
  ready: Promise<void> = Promise.resolve();
  /** Told after every change, to keep a copy ({@link snapshot}). */
  onChange?: (snapshot: BudgetSnapshot) => void;

  constructor(
    private readonly windows: readonly BudgetWindow[] = NEW_ARTICLES_PER_TAB,
    private readonly clock: () => number = Date.now,
  ) {
    this.longest = Math.max(...windows.map((w) => w.ms));
  }

  /**
   * Reserves one slot for `key` and returns true, or returns false when any window is full. A slot reserved for
   * a write that turned out not to create anything goes back with {@link refund}.
   */
  take(key: number): boolean {
    const now = this.clock();
    const times = this.prune(key, now);
    if (this.windows.some((w) => times.filter((t) => t > now - w.ms).length >= w.max)) return false;
    times.push(now);
    this.spent.set(key, times);
    this.onChange?.(this.snapshot());
    return true;
  }

  /** Gives back the slot last taken for `key`. */
  refund(key: number): void {
    const times = this.spent.get(key);
    times?.pop();
    if (times && !times.length) this.spent.delete(key);
    this.onChange?.(this.snapshot());
  }

  snapshot(): BudgetSnapshot {
    return Object.fromEntries([...this.spent].map(([k, times]) => [String(k), [...times]]));
  }

  /** Adds slots kept by an earlier worker; anything that is not a tab id with a list of times is ignored. */
  restore(saved: unknown): void {
    if (saved === null || typeof saved !== 'object') return;
    const now = this.clock();
    for (const [k, times] of Object.entries(saved)) {
      const key = Number(k);
      if (!Number.isSafeInteger(key) || !Array.isArray(times)) continue;
      const valid = times.filter((t): t is number => typeof t === 'number' && t > now - this.longest && t <= now);
      if (valid.length) this.spent.set(key, [...(this.spent.get(key) ?? []), ...valid].sort((a, b) => a - b));
    }
  }

  private prune(key: number, now: number): number[] {
    // Every key is pruned when used and the map forgets keys with nothing recent, so closed tabs do not pile up.
    for (const [k, times] of this.spent) {
      const recent = times.filter((t) => t > now - this.longest);
      if (recent.length) this.spent.set(k, recent);
      else this.spent.delete(k);
    }
    return this.spent.get(key) ?? [];
  }
}
