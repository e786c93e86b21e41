import { describe, expect, it } from 'vitest';
import { afterNextPaint, SliceClock } from './schedule.ts';

describe('SliceClock', () => {
  it('tells how long the current slice has run, sums slices and keeps the longest', async () => {
    let t = 100;
    const clock = new SliceClock(12, () => t);
    expect(clock.elapsed()).toBe(0);
    clock.begin();
    t += 5;
    expect(clock.elapsed()).toBe(5);
    expect(clock.spent()).toBe(false);
    t += 7;
    expect(clock.spent()).toBe(true);
    await clock.pause();
    expect(clock.elapsed()).toBe(0);
    t += 3;
    clock.end();
    expect(clock.elapsed()).toBe(0);
    expect(clock.busyMs).toBe(15);
    expect(clock.longestMs).toBe(12);
  });
});

describe('afterNextPaint', () => {
  /** A document stand-in: its visibility and a frame clock the test advances. */
  function fakeDoc(hidden: boolean) {
    const frames: (() => void)[] = [];
    const doc = { visibilityState: hidden ? 'hidden' : 'visible', defaultView: { requestAnimationFrame: (f: () => void) => frames.push(f) } };
    return { doc: doc as unknown as Document, frames };
  }

  it('waits for the next frame, then a task', async () => {
    const { doc, frames } = fakeDoc(false);
    let done = false;
    void afterNextPaint(doc).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    frames.shift()!();
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(true);
  });

  it('does not wait in a hidden document, nor for ever where no frame comes', async () => {
    const hidden = fakeDoc(true);
    await afterNextPaint(hidden.doc);
    expect(hidden.frames).toEqual([]);
    const t0 = Date.now();
    await afterNextPaint(fakeDoc(false).doc);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(90);
  });
});
