import { describe, expect, it } from 'vitest';
import { SliceClock } from './schedule.ts';

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
