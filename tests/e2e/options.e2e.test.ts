// The options page end to end, in Chromium with the built extension: a highlight colour and a watch term set in
// the page are stored, shown again after a reload, and followed by a sample article (its `::highlight()` rule uses
// the colour, a `chiplens-watch` range covers the term), live when they change; the page explains the "all sites"
// permission in English and in German.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, pageHighlights, setStoredSettings, smallText, startServer, type ExtensionBrowser, type TestServer } from './harness.ts';

let server: TestServer;
let browser: ExtensionBrowser;
let options: Page;

/** A company name the project's German sample article uses and the knowledge base does not know. */
const TERM = 'Packaging';

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  options = await browser.extensionPage('options.html');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function stored(): Promise<{ colors?: Record<string, string>; watchTerms?: { term: string; kind: string }[] }> {
  return options.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return ((await chrome.storage.local.get('settings')).settings ?? {}) as object;
  });
}

/** The page's ChipLens highlight rules, as its adopted style sheets hold them. */
const highlightCss = (page: Page) =>
  page.evaluate(() => document.adoptedStyleSheets.flatMap((sh) => Array.from(sh.cssRules, (r) => r.cssText)).filter((t) => t.includes('chiplens')).join('\n'));

const watched = async (page: Page) => (await pageHighlights(page)).filter((h) => h.kind === 'watch').map((h) => h.text);

describe('options page', () => {
  it('saves a colour and a watch term, shows them again, and the page follows them', async () => {
    await setStoredSettings(options, null);
    await options.reload();
    const chipColour = options.locator('input[name="color-chip"]');
    await chipColour.waitFor();
    expect(await chipColour.inputValue()).toBe('#0072b2');
    await chipColour.fill('#aa0000');
    await options.locator('input[name="watch-term"]').fill(`  ${TERM} `);
    await options.locator('select[name="watch-kind"]').selectOption('company');
    await options.locator('input[name="watch-term"]').press('Enter');
    await expect.poll(stored).toMatchObject({ colors: { chip: '#aa0000' }, watchTerms: [{ term: TERM, kind: 'company' }] });

    // Read back from storage, not from the page's memory.
    await options.reload();
    await options.locator('input[name="color-chip"]').waitFor();
    expect(await options.locator('input[name="color-chip"]').inputValue()).toBe('#aa0000');
    expect(await options.locator(`li[data-watch="${TERM}"]`).count()).toBe(1);

    const page = await browser.context.newPage();
    await page.goto(server.url('/de-nvidia-h20-produktionsstopp.html'));
    await page.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0, null, { timeout: 20_000 });
    await expect.poll(() => highlightCss(page)).toMatch(/::highlight\(chiplens-chip\)[^}]*rgb\(170, 0, 0\)/);
    await expect.poll(() => watched(page)).toContain(TERM);
    // The range covers the term itself, in the article.
    expect((await pageHighlights(page, 'article')).some((h) => h.kind === 'watch' && h.text === TERM)).toBe(true);

    // Undone in the options, undone on the open page without a reload.
    await options.locator('fieldset', { hasText: 'Colours' }).getByRole('button', { name: /Default/ }).click();
    await options.locator(`li[data-watch="${TERM}"] button`).click();
    await expect.poll(stored).toMatchObject({ colors: {}, watchTerms: [] });
    await expect.poll(() => highlightCss(page)).toMatch(/::highlight\(chiplens-chip\)[^}]*rgb\(0, 114, 178\)/);
    await expect.poll(() => watched(page)).toEqual([]);
    await page.close();
  });

  it('refuses a watch term that is too short, and one already there', async () => {
    await setStoredSettings(options, { watchTerms: [{ term: 'Zhurong X1', kind: 'chip' }] });
    await options.reload();
    const field = options.locator('input[name="watch-term"]');
    await field.fill('X');
    await field.press('Enter');
    await options.getByRole('alert').waitFor();
    await field.fill('zhurong x1');
    await field.press('Enter');
    await options.getByRole('alert').waitFor();
    expect((await stored()).watchTerms).toEqual([{ term: 'Zhurong X1', kind: 'chip' }]);
    await setStoredSettings(options, null);
  });

  it('explains why it reads every site, in English and in German', async () => {
    await options.reload();
    await options.locator('#privacy-h').waitFor();
    expect(await options.locator('#privacy-h').textContent()).toBe('Why ChipLens can read every site');
    expect(await options.locator('.privacy').textContent()).toMatch(/Nothing is sent anywhere/);
    await options.locator('select[name="language"]').selectOption('de');
    await expect.poll(() => options.locator('#privacy-h').textContent()).toBe('Warum ChipLens jede Website lesen darf');
    expect(await options.locator('.privacy').textContent()).toMatch(/Nichts wird irgendwohin gesendet/);
    await options.locator('select[name="language"]').selectOption('auto');
  });

  it('reads comfortably: body text at the 14 px of the root, not Chromium’s 75 % for extension pages, nothing under 12 px', async () => {
    await options.reload();
    await options.locator('#privacy-h').waitFor();
    expect(await options.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
    expect(await smallText(options, 'body', 12)).toEqual([]);
  });
});
