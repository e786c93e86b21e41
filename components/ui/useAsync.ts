/**
 * Loading state for data a component fetches: loading, ready or failed, with a reload.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Async<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; message: string };

/**
 * Runs `load` when `deps` change (and on `reload()`), keeping only the answer of the latest run, so a slow
 * answer for an entity the reader has already left cannot overwrite the one on screen.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): [Async<T>, () => void] {
  const [value, setValue] = useState<Async<T>>({ state: 'loading' });
  const run = useRef(0);
  const [tick, setTick] = useState(0);
  const reloading = useRef(false);
  useEffect(() => {
    const mine = ++run.current;
    // A reload keeps the data on screen until the new answer is in; new deps mean other data: show loading.
    if (!reloading.current) setValue({ state: 'loading' });
    reloading.current = false;
    load().then(
      (data) => mine === run.current && setValue({ state: 'ready', data }),
      (e: unknown) => mine === run.current && setValue({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [...deps, tick]);
  const reload = useCallback(() => {
    reloading.current = true;
    setTick((n) => n + 1);
  }, []);
  return [value, reload];
}
