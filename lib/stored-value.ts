/**
 * One value kept in `browser.storage.local` under its own key, read, written and watched the same way for every
 * such value (the settings, the UI language). Reading never fails: a missing, damaged or unreadable value (a
 * page where the extension cannot use storage) reads as `parse` makes of nothing, its default. Writing stores
 * what `parse` makes of the value, so only well-formed values are ever stored.
 *
 * `parse` is a plain function rather than a zod schema: the settings are read by the first stage on every
 * page, which has no room for zod.
 */
import { browser } from 'wxt/browser';

/** The part of `storage.local` a stored value needs; injectable for tests. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface StoredValue<T> {
  load(area?: StorageArea): Promise<T>;
  save(value: T, area?: StorageArea): Promise<void>;
  /** Calls `listener` with the new value whenever it changes in `storage.local`; returns an unsubscribe. */
  watch(listener: (value: T) => void): () => void;
}

const localArea = (): StorageArea => browser.storage.local as unknown as StorageArea;

/** The value under `key`; `parse` turns anything stored (or `undefined`) into a well-formed value. */
export function storedValue<T>(key: string, parse: (raw: unknown) => T): StoredValue<T> {
  return {
    async load(area = localArea()) {
      try {
        return parse((await area.get(key))[key]);
      } catch {
        return parse(undefined);
      }
    },
    async save(value, area = localArea()) {
      await area.set({ [key]: parse(value) });
    },
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName === 'local' && key in changes) listener(parse(changes[key].newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

/**
 * A reader of a stored value that reads `storage.local` once and then keeps the value as `watch` reports it: for
 * the background, which needs the settings on every page load, where a read cost 1–7 ms (over 30 ms in a worker
 * just woken) on the way to a page's first highlights.
 */
export function cachedReader<T>(value: StoredValue<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  let watching = false;
  return () => {
    if (!watching) {
      // Watched before the first read, so that no change can fall between the two.
      watching = true;
      value.watch((v) => (current = Promise.resolve(v)));
    }
    return (current ??= value.load());
  };
}
