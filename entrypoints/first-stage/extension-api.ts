import type { browser as Api } from 'wxt/browser';

let api: typeof Api | undefined;

/**
 * The browser's extension API, looked up on first use. Not at load: Chromium sets up a content-script world's
 * `runtime` namespace when it is first touched (1 to 4 ms on the test machine, on every page), and the first stage
 * touches it only on a page it asks the background about. The same choice as `@wxt-dev/browser`'s `browser`.
 */
export function extensionApi(): typeof Api {
  const g = globalThis as { browser?: typeof Api; chrome?: typeof Api };
  return (api ??= g.browser?.runtime?.id ? g.browser : g.chrome!);
}
