/**
 * Wiring of the content script: settings, the page controller, the popup's and the background's requests,
 * page visibility and single-page navigation. Logic lives in the controller and in `lib/`.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadSettings, watchSettings } from '../../lib/settings.ts';
import { backgroundBridge } from './bridge.ts';
import { PageController } from './controller.ts';
import { isPageRequest, type PageResponse } from './protocol.ts';

export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const settings = await loadSettings();
  if (ctx.isInvalid) return;
  const controller = new PageController({ doc: document, url: () => location.href, settings, background: backgroundBridge() });

  // Answers through sendResponse and returns true (a returned Promise does not reach the sender in Chromium).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: PageResponse) => void): true | undefined => {
    if (!isPageRequest(message)) return undefined;
    const answer = message.type === 'page/annotate' ? controller.annotateNow() : Promise.resolve(controller.summary());
    answer.then(
      (data) => sendResponse({ ok: true, data }),
      (e: unknown) => sendResponse({ ok: false, error: { code: 'failed', message: `ChipLens could not annotate this page: ${String(e)}` } }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  const unwatch = watchSettings((s) => controller.applySettings(s));
  const onVisibility = () => controller.onVisibility(document.visibilityState === 'hidden');
  document.addEventListener('visibilitychange', onVisibility);
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.onLocationChange());
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
    unwatch();
    document.removeEventListener('visibilitychange', onVisibility);
    controller.destroy();
  });

  await controller.start();
}
