import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FIRST_STAGE_KEY } from './page-protocol.ts';
import { askPage, wakeFirstStage } from './send.ts';

const SUMMARY = { ok: true, data: { url: 'https://news.example/a', stage: 'first' } };

/**
 * A tab whose first stage is quiet until woken, as in a page: `tabs.sendMessage` finds no receiver until the
 * script run by `scripting.executeScript` calls the wake function kept under FIRST_STAGE_KEY.
 */
function quietTab(opts: { stage?: boolean } = {}) {
  const world: Record<symbol, unknown> = {};
  let listening = false;
  if (opts.stage !== false) world[Symbol.for(FIRST_STAGE_KEY)] = () => (listening = true);
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
    return SUMMARY;
  });
  const executeScript = vi.fn(async ({ func, args }: { func: (...a: unknown[]) => unknown; args: unknown[] }) => {
    // The injected function reads globalThis: run it against this tab's world.
    const saved = Object.getOwnPropertySymbols(world).map((s) => [s, (globalThis as Record<symbol, unknown>)[s]] as const);
    for (const s of Object.getOwnPropertySymbols(world)) (globalThis as Record<symbol, unknown>)[s] = world[s];
    try {
      return [{ result: func(...args) }];
    } finally {
      for (const [s, v] of saved) (globalThis as Record<symbol, unknown>)[s] = v;
    }
  });
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return { sendMessage, executeScript };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  delete (fakeBrowser as unknown as { scripting?: unknown }).scripting;
});

describe('askPage', () => {
  it('wakes a quiet first stage and asks again', async () => {
    const tab = quietTab();
    expect(await askPage(7, { type: 'page/summary' })).toEqual(SUMMARY);
    expect(tab.executeScript).toHaveBeenCalledTimes(1);
    expect(tab.executeScript.mock.calls[0][0]).toMatchObject({ target: { tabId: 7 }, args: [FIRST_STAGE_KEY] });
    expect(tab.sendMessage).toHaveBeenCalledTimes(2);
    // Awake now: the next request is answered at once.
    expect(await askPage(7, { type: 'page/summary' })).toEqual(SUMMARY);
    expect(tab.executeScript).toHaveBeenCalledTimes(1);
  });

  it('leaves it quiet when told not to wake it', async () => {
    const tab = quietTab();
    expect(await askPage(7, { type: 'page/look' }, { wake: false })).toBeNull();
    expect(tab.executeScript).not.toHaveBeenCalled();
  });

  it('is null where no first stage runs (a tab open before install) or the page refuses scripts', async () => {
    quietTab({ stage: false });
    expect(await wakeFirstStage(7)).toBe(false);
    expect(await askPage(7, { type: 'page/summary' })).toBeNull();
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn().mockRejectedValue(new Error('Cannot access a chrome:// URL')) };
    expect(await askPage(7, { type: 'page/summary' })).toBeNull();
  });
});
