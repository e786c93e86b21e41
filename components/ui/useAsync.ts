/**
 * Loading state for data a component fetches: loading, ready or failed, with a reload.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { thrownText } from '../i18n/errors.ts';
import { useLocale } from '../i18n/locale.tsx';

export type Async<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; message: string };

const LOADING: Async<never> = { state: 'loading' };

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/**
 * Runs `load` when `deps` change (and on `reload()`), keeping only the answer of the latest run, so a slow
 * answer for an entity the reader has already left cannot overwrite the one on screen. An answer belongs to
 * the deps it was loaded for: from the first render with other deps the state is loading, so neither the
 * screen nor a later request that waits for this one takes the previous entity's data for the new one's.
 * A reload keeps the answer on screen until the new one is in.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): [Async<T>, () => void] {
  // A failure is worded in the page's language (a failed request by its code, see components/i18n/errors.ts).
  const { lang } = useLocale();
  const [result, setResult] = useState<{ value: Async<T>; deps: readonly unknown[] } | null>(null);
  const run = useRef(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const mine = ++run.current;
    load().then(
      (data) => mine === run.current && setResult({ value: { state: 'ready', data }, deps }),
      (e: unknown) => mine === run.current && setResult({ value: { state: 'error', message: thrownText(lang, e) }, deps }),
    );
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return [result && sameDeps(result.deps, deps) ? result.value : LOADING, reload];
}
