/**
 * Cooperative scheduling for page work: long jobs run in slices and give the main thread back between them,
 * so the page keeps answering input and no task grows past the 50 ms "long task" line.
 */

/** Milliseconds one slice may run before it yields; well under 50 ms so one slow step still fits. */
export const SLICE_MS = 12;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/**
 * Resolves in a new task. `scheduler.yield()` where the browser has it (continuations keep their priority);
 * else a MessageChannel message, which unlike `setTimeout(0)` is not clamped to 4 ms after nesting.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof s?.yield === 'function') return s.yield.call(s);
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(null);
  });
}

/** How long {@link afterNextPaint} waits for a frame at most (a page in a tab that is not shown paints none). */
const FRAME_WAIT_MS = 100;

/**
 * Resolves in a task after the next frame: what was just changed is on the screen before a long piece of work
 * (loading a bundle) holds the main thread. At once in a hidden document, which paints no frames.
 */
export function afterNextPaint(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (doc.visibilityState === 'hidden' || !view || typeof view.requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    view.requestAnimationFrame(() => void yieldToMain().then(go));
    setTimeout(go, FRAME_WAIT_MS);
  });
}

/** Time accounting for one job: how long its slices ran, and whether the current slice is used up. */
export class SliceClock {
  /** Sum of the durations of all slices so far (main-thread time spent by this job). */
  busyMs = 0;
  /** Longest single slice. */
  longestMs = 0;
  private sliceStart = 0;
  private running = false;

  constructor(
    private readonly sliceMs = SLICE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Marks the start of a slice (after a yield). */
  begin(): void {
    this.sliceStart = this.now();
    this.running = true;
  }

  /** Whether this slice has used its budget and should yield. */
  spent(): boolean {
    return this.now() - this.sliceStart >= this.sliceMs;
  }

  /** Milliseconds the current slice has run. */
  elapsed(): number {
    return this.running ? this.now() - this.sliceStart : 0;
  }

  /** Ends the current slice and adds it to the totals. */
  end(): void {
    if (!this.running) return;
    const d = this.now() - this.sliceStart;
    this.busyMs += d;
    if (d > this.longestMs) this.longestMs = d;
    this.running = false;
  }

  /** Ends the slice, yields to the page, and begins the next slice. */
  async pause(): Promise<void> {
    this.end();
    await yieldToMain();
    this.begin();
  }
}
