// Accessibility, checked by axe-core in Chromium with the built extension: the popup, every view of the library
// (reading list, notes, search, entities, an entity's page, your data), the options page and the card in ChipLens's
// frame, each in light and in dark, with 0 violations; and the card's links reached with the keyboard.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chiplensFrame,
  hoverHighlight,
  launchWithExtension,
  sendToBackground,
  startServer,
  tabShowing,
  waitUntil,
  type ExtensionBrowser,
  type TestServer,
} from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: TestServer;
let browser: ExtensionBrowser;
let helper: Page;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in `target` (a page or a frame) and returns its violations. The source goes in through the
 * DevTools protocol's evaluate, which extension pages' CSP (no inline scripts, no eval) does not stop.
 */
async function axe(target: Page | Frame): Promise<Violation[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    const { axe } = globalThis as unknown as {
      axe: {
        getRules(tags: string[]): { ruleId: string }[];
        run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
      };
    };
    // The experimental rules too: label-content-name-mismatch (a button's name must contain what it shows) is one.
    const rules = Object.fromEntries(axe.getRules(['experimental']).map((r) => [r.ruleId, { enabled: true }]));
    const { violations } = await axe.run(document, { resultTypes: ['violations'], rules });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`) }));
  });
}

function report(where: string, violations: Violation[]): string {
  return `${where}: ${violations.length} violations\n${violations.map((v) => `- ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.slice(0, 4).join('\n  ')}`).join('\n')}`;
}

const SCHEMES = ['light', 'dark'] as const;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  helper = await browser.extensionPage('options.html');
  // Something in every view: two articles (their entities, figures), a note, one on the reading list.
  for (const path of ['/en-amd-mi308-huawei-ascend.html', '/de-nvidia-h20-produktionsstopp.html']) {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await page.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0, null, { timeout: 20_000 });
    // A page is recorded once it has been in view for a while (store-flooding guard): wait for it.
    const url = server.url(path);
    await waitUntil(async () => !!(await sendToBackground(helper, { type: 'article/get', url })), 15_000, `${path} recorded`);
    await page.close();
  }
  const article = await sendToBackground<{ article: { id: number } } | null>(helper, { type: 'article/get', url: server.url('/en-amd-mi308-huawei-ascend.html') });
  const articleId = article!.article.id;
  await sendToBackground(helper, { type: 'list/save', articleId });
  await sendToBackground(helper, {
    type: 'notes/add',
    note: { articleId, selector: { exact: 'MI308', prefix: 'the ', suffix: ' would' }, body: 'Compare with the next quarter.', tags: ['quarter'] },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('axe-core finds nothing', () => {
  for (const scheme of SCHEMES) {
    it(`on the popup (${scheme})`, async () => {
      const article = await browser.context.newPage();
      await article.goto(server.url('/en-amd-mi308-huawei-ascend.html'));
      await article.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0, null, { timeout: 20_000 });
      let tabId: number | undefined;
      await waitUntil(async () => (tabId = await tabShowing(helper, article.url())) !== undefined, 10_000, 'the article tab');
      const popup = await browser.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 400, height: 900 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.popup main > :not([role=status])').first().waitFor();
      // An entity opened, so its context is checked too.
      const entity = popup.locator('main button[aria-expanded], main .entity button, main li button').first();
      if (await entity.count()) await entity.click();
      await popup.waitForTimeout(300);
      const v = await axe(popup);
      expect(v, report(`popup ${scheme}`, v)).toEqual([]);
      await popup.close();
      await article.close();
    });

    // The search empty, with results (the note's words and its tag marked), and with none.
    for (const view of ['#/list', '#/notes', '#/search', '#/search/quarter', '#/search/quantentoaster', '#/entities', '#/entity/amd-mi308x', '#/data']) {
      it(`on the library, ${view} (${scheme})`, async () => {
        const page = await browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`chrome-extension://${browser.extensionId}/library.html${view}`);
        await page.locator('main').waitFor();
        await page.waitForFunction(() => !document.querySelector('main')?.textContent?.match(/Loading…|Wird geladen/), null, { timeout: 10_000 });
        const v = await axe(page);
        expect(v, report(`library ${view} ${scheme}`, v)).toEqual([]);
        await page.close();
      });
    }

    it(`on the options page (${scheme})`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await page.locator('input[name="color-chip"]').waitFor();
      const v = await axe(page);
      expect(v, report(`options ${scheme}`, v)).toEqual([]);
      await page.close();
    });

    it(`on the card (${scheme} page)`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.url('/en-amd-mi308-huawei-ascend.html'));
      if (scheme === 'dark') await page.addStyleTag({ content: 'html, body { background: #111 !important; color: #eee !important; }' });
      await page.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0, null, { timeout: 20_000 });
      expect(await hoverHighlight(page, 'chip', 'MI308')).toBe(true);
      await waitUntil(() => !!chiplensFrame(page), 10_000, "ChipLens's frame");
      const frame = chiplensFrame(page)!;
      await frame.locator('.card').waitFor();
      await frame.locator('.card a').first().waitFor();
      const v = await axe(frame);
      expect(v, report(`card ${scheme}`, v)).toEqual([]);
      await page.close();
    });
  }
});

describe('keyboard', () => {
  it("reaches the card's links with Tab after opening it with Alt+Shift+J", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/en-amd-mi308-huawei-ascend.html'));
    await page.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0, null, { timeout: 20_000 });
    await page.keyboard.press('Alt+Shift+J');
    await waitUntil(() => !!chiplensFrame(page), 10_000, "ChipLens's frame");
    const frame = chiplensFrame(page)!;
    await frame.locator('.card').waitFor();
    // The card shows at once; its sourced facts and the reader's earlier articles (the links) arrive after it from
    // the background: count them once they stop changing.
    let links = -1;
    await waitUntil(
      async () => {
        const n = await frame.locator('.card a[href]').count();
        const settled = n === links && n > 0;
        links = n;
        return settled;
      },
      10_000,
      "the card's links",
    );
    expect(links).toBeGreaterThan(0);
    const reached = new Set<string>();
    for (let i = 0; i < links + 2; i++) {
      await page.keyboard.press('Tab');
      const focused = await frame.evaluate(() => {
        const a = document.activeElement;
        return a instanceof HTMLAnchorElement ? a.href : null;
      });
      if (focused) reached.add(focused);
    }
    expect(reached.size).toBe(await frame.locator('.card a[href]').evaluateAll((as) => new Set(as.map((a) => (a as HTMLAnchorElement).href)).size));
    await page.close();
  });
});
