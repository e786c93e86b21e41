import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { cachedReader, storedValue, type StorageArea } from './stored-value.ts';

/** A made-up stored value: a count, 0 when missing or not a whole number ≥ 0. */
const parseCount = (raw: unknown): number => (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0);

describe('storedValue', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what is stored under its key, and the default for nothing or rubbish', async () => {
    const count = storedValue('count', parseCount);
    expect(await count.load()).toBe(0);
    await fakeBrowser.storage.local.set({ count: 7 });
    expect(await count.load()).toBe(7);
    await fakeBrowser.storage.local.set({ count: 'seven' });
    expect(await count.load()).toBe(0);
  });

  it('reads the default when storage cannot be used', async () => {
    const broken: StorageArea = { get: () => Promise.reject(new Error('no storage')), set: () => Promise.reject(new Error('no')) };
    expect(await storedValue('count', parseCount).load(broken)).toBe(0);
  });

  it('stores only what its parser makes of a value', async () => {
    const count = storedValue('count', parseCount);
    await count.save(-3);
    expect(await fakeBrowser.storage.local.get('count')).toEqual({ count: 0 });
    await count.save(4);
    expect(await fakeBrowser.storage.local.get('count')).toEqual({ count: 4 });
  });

  it('tells a watcher of changes to its own key until unsubscribed', async () => {
    const count = storedValue('count', parseCount);
    const seen: number[] = [];
    const stop = count.watch((n) => seen.push(n));
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.local.set({ count: 2 });
    await fakeBrowser.storage.local.set({ count: 'x' });
    stop();
    await fakeBrowser.storage.local.set({ count: 5 });
    expect(seen).toEqual([2, 0]);
  });
});

describe('cachedReader', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads storage once, then answers from what it keeps, which follows every change', async () => {
    await fakeBrowser.storage.local.set({ count: 2 });
    const count = storedValue('count', parseCount);
    let reads = 0;
    const area: StorageArea = { get: (k) => (reads++, fakeBrowser.storage.local.get(k)), set: (items) => fakeBrowser.storage.local.set(items) };
    const read = cachedReader({ ...count, load: () => count.load(area) });
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
    expect(reads).toBe(1);
    await fakeBrowser.storage.local.set({ count: 5 });
    expect(await read()).toBe(5);
    await fakeBrowser.storage.local.set({ count: 'rubbish' });
    expect(await read()).toBe(0);
    expect(reads).toBe(1);
  });
});
