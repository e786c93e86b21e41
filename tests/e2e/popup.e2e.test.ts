// The popup in Chromium with the built extension, opened as a page for a chosen tab
// (`popup.html?tab=<id>`): what was found, the context from another article, "what's new here", the reading
// list and notes, empty states, keyboard use, the reader's language and the system theme.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardText,
  hoverHighlight,
  launchWithExtension,
  pageHighlights,
  saveScreenshot,
  smallText,
  startServer,
  tabSummaries,
  waitUntil,
  type ExtensionBrowser,
  type TestServer,
} from './harness.ts';

const H20_STOP = '/de-nvidia-h20-produktionsstopp.html'; // 23 Aug 2025: Nvidia, 13.5 billion USD
const MI308 = '/en-amd-mi308-huawei-ascend.html'; // 19 Sep 2025: Nvidia, 5.5 billion USD
const H20_REFRESH = '/en-nvidia-h20-refresh.html'; // 2 Sep 2025: H20 with 141 GB (the German article said 96 GB), Nvidia, 4.5 billion USD
const CRISPS = '/en-crisps-taste-test.html';

let server: TestServer;
let browser: ExtensionBrowser;
/** An extension page used to reach the extension APIs (tabs, storage) from the test. */
let helper: Page;

interface Summary {
  url: string;
  state: string;
  articleId?: number;
}

/** The content script's summary for each open tab, by tab id (tabs without one are left out). */
const summaries = () => tabSummaries<Summary>(helper);

/** The id of the tab showing `page`; with `recorded`, waits until the background has stored its article. */
async function tabOf(page: Page, recorded = false): Promise<number> {
  let id: number | undefined;
  await waitUntil(
    async () => {
      const hit = (await summaries()).find((s) => s.summary.url === page.url());
      id = hit && (!recorded || hit.summary.articleId !== undefined) ? hit.id : undefined;
      return id !== undefined;
    },
    15_000,
    `the content script in ${page.url()}${recorded ? ' to record the article' : ''}`,
  );
  return id!;
}

/** Tab ids of all tabs, content script or not (for pages closed to extensions). */
async function allTabIds(): Promise<number[]> {
  return helper.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } };
    return (await chrome.tabs.query({})).map((t) => t.id);
  });
}

async function openArticle(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  return page;
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  const errors: string[] = [];
  popup.on('pageerror', (e) => errors.push(e.message));
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  // Rendered past "Loading…", without a script error.
  await popup.locator('.popup main > :not([role=status])').first().waitFor();
  expect(errors).toEqual([]);
  return popup;
}

async function setLanguage(pref: 'auto' | 'de' | 'en'): Promise<void> {
  await helper.evaluate(async (p) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } };
    await chrome.storage.local.set({ uiLanguage: p });
  }, pref);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  helper = await browser.extensionPage('options.html');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup on chip articles', () => {
  let first: Page;
  let second: Page;
  let third: Page;

  it('welcomes a new reader and lists what the first article mentions, grouped by kind with counts', async () => {
    first = await openArticle(H20_STOP);
    const popup = await openPopup(await tabOf(first, true));
    try {
      await expect.poll(() => popup.locator('[data-empty=new-reader]').count()).toBe(1);
      const headings = await popup.locator('.found h3').allInnerTexts();
      expect(headings.find((h) => h.startsWith('Chips ('))).toMatch(/^Chips \(\d+\)$/);
      expect(headings.find((h) => h.startsWith('Companies ('))).toMatch(/^Companies \(\d+\)$/);
      // Nvidia is named six times in this article (the extractor's count, shown on its button).
      const nvidia = popup.locator('button.entity[data-entity="nvidia"]');
      expect(await nvidia.locator('.count').innerText()).toBe('6');
      // Screen readers hear the count as words.
      expect(await popup.getByRole('button', { name: 'Nvidia 6 mentions', exact: true }).count()).toBe(1);
      // Chips and companies sit in their own groups.
      expect(await popup.locator('.group:has(h3.kind-chip) button[data-entity="nvidia-h20"]').count()).toBe(1);
      expect(await popup.locator('.group:has(h3.kind-company) button[data-entity="cambricon"]').count()).toBe(1);
      // Comfortable to read: the root's 14 px, not Chromium's 75 % for extension pages, nothing under 12 px.
      expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
      expect(await smallText(popup, 'body', 12)).toEqual([]);
      // Nothing earlier to compare with, so no context yet.
      await nvidia.click();
      await expect.poll(() => popup.locator('.entity-context h2').first().innerText()).toBe('No other article mentions it yet.');
    } finally {
      await popup.close();
    }
  });

  it('shows the context from the first article when a second one mentions the same entity', async () => {
    second = await openArticle(MI308);
    const popup = await openPopup(await tabOf(second, true));
    try {
      await popup.locator('button.entity[data-entity="nvidia"]').click();
      const context = popup.locator('.entity-context');
      await context.locator('.articles li').first().waitFor();
      expect(await popup.locator('.entity-view h1').innerText()).toBe('Nvidia');
      expect(await context.locator('h2').first().innerText()).toBe('In 1 other article');
      const item = context.locator('.articles li').first();
      expect(await item.locator('a.title').innerText()).toBe('Nvidia stoppt H20-Fertigung – Chinas Chipentwickler wittern ihre Chance');
      // The stored address: the page's own (its canonical link points to another origin, which the store does not trust).
      expect(await item.locator('a.title').getAttribute('href')).toBe(server.url(H20_STOP));
      expect(await item.locator('.meta').innerText()).toMatch(/^Halbleiter-Kurier · Aug 23, 2025 · 6 mentions$/);
      // The passage, with the mention marked.
      expect(await item.locator('.quote mark').innerText()).toMatch(/^Nvidia/);
      // The figure timeline has both articles' amounts, oldest first.
      const values = await context.locator('.timeline li .value').allInnerTexts();
      expect(values).toEqual(expect.arrayContaining(['13.5 billion US dollars (USD)', '5.5 billion US dollars (USD)']));
      expect(values.indexOf('13.5 billion US dollars (USD)')).toBeLessThan(values.indexOf('5.5 billion US dollars (USD)'));
      // Entities seen with it, each in both articles (so each count is 2).
      const counts = await context.locator('.chips-list button .count').allInnerTexts();
      expect(counts.length).toBeGreaterThan(3);
      expect(new Set(counts)).toEqual(new Set(['2']));
    } finally {
      await popup.close();
    }
  });

  it('never sets one measure against another in what is new: the write-off here is not compared with lost revenue', async () => {
    const popup = await openPopup(await tabOf(second, true));
    try {
      // The H20 article's 13.5 billion is revenue Nvidia may lose; this article's 5.5 billion is a write-off.
      await expect.poll(() => popup.locator('.whats-new h2 ~ *').first().innerText()).not.toBe('Loading…');
      const sentences = await popup.locator('.whats-new li').allInnerTexts();
      expect(sentences.filter((t) => /13[.,]5/.test(t))).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('tells what is new here in one sentence per change, with the earlier article and its date', async () => {
    third = await openArticle(H20_REFRESH);
    const popup = await openPopup(await tabOf(third, true));
    try {
      const change = popup.locator('.whats-new li[data-entity="nvidia-h20"][data-measure="memory"]');
      await change.waitFor();
      expect((await change.innerText()).replace(/\s+/g, ' ')).toBe(
        'Nvidia H20’s memory is 141 GB here, up from 96 GB in “Nvidia stoppt H20-Fertigung – Chinas Chipentwickler wittern ihre Chance” on Aug 23, 2025.',
      );
      // The earlier article is a link to it; the entity opens its own view.
      expect(await change.locator('a').getAttribute('href')).toBe(server.url(H20_STOP));
      await change.locator('button', { hasText: 'Nvidia H20' }).click();
      await expect.poll(() => popup.locator('.entity-view h1').innerText()).toBe('Nvidia H20');
      // The timeline groups the entity's figures by what they measure.
      await expect.poll(() => popup.locator('.timeline section[data-measure="memory"] :is(h3, h4, h5)').innerText()).toBe('Memory');
      expect(await popup.locator('.timeline section[data-measure="memory"] .value').allInnerTexts()).toEqual(['96 GB', '141 GB']);
    } finally {
      await popup.close();
    }
  });

  it('sets a write-off against an earlier write-off: one sentence with the earlier article and its date', async () => {
    const popup = await openPopup(await tabOf(second, true));
    try {
      const change = popup.locator('.whats-new li[data-entity="nvidia"][data-measure="charge"]');
      await change.waitFor();
      expect((await change.innerText()).replace(/\s+/g, ' ')).toBe(
        'Nvidia’s write-off is $5.5 bn here, up from $4.5 bn in “Nvidia readies a refreshed H20 for China after its inventory charge” on Sep 2, 2025.',
      );
    } finally {
      await popup.close();
    }
  });

  it('shows on the card of a figure what it measures and what an earlier article said of the same', async () => {
    await third.bringToFront();
    expect(await hoverHighlight(third, 'figure', '141 GB')).toBe(true);
    await expect.poll(() => cardText(third)).toContain('Memory: 141 GB here; 96 GB in “Nvidia stoppt H20-Fertigung – Chinas Chipentwickler wittern ihre Chance”, Aug 23, 2025');
    // The earlier article's title stays in ChipLens's frame: the page's own text and highlights never hold it.
    expect(await third.evaluate(() => document.documentElement.innerText.includes('Chipentwickler wittern'))).toBe(false);
    await third.mouse.move(5, 5);
    await expect.poll(() => cardText(third)).toBeNull();
  });

  it('works by keyboard: Enter opens an entity, Escape goes back', async () => {
    const popup = await openPopup(await tabOf(second, true));
    try {
      const button = popup.locator('button.entity[data-entity="nvidia-h20"]');
      await button.focus();
      await popup.keyboard.press('Enter');
      await popup.locator('.entity-view h1').waitFor();
      // Focus moved to the heading of what was opened.
      await expect.poll(() => popup.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await popup.keyboard.press('Escape');
      await popup.locator('.found').waitFor();
      // Tab reaches the save button from the top of the page.
      await popup.locator('body').focus();
      let reached = false;
      for (let i = 0; i < 6 && !reached; i++) {
        await popup.keyboard.press('Tab');
        reached = await popup.evaluate(() => document.activeElement?.getAttribute('data-action') === 'save');
      }
      expect(reached).toBe(true);
    } finally {
      await popup.close();
    }
  });

  it('saves to the reading list and adds a note; the library page lists both', async () => {
    const popup = await openPopup(await tabOf(second, true));
    try {
      await popup.locator('button[data-action=save]').click();
      await expect.poll(() => popup.locator('.actions [role=status]').innerText()).toBe('✓ On your reading list');
      expect(await popup.locator('button[data-action=save]').innerText()).toBe('Remove from list');
      await popup.locator('#note-body').fill('Compare the MI308 charge with Nvidia’s H20 write-off.');
      await popup.keyboard.press('Control+Enter');
      await expect.poll(() => popup.locator('.note-form [role=status]').innerText()).toBe('Note added.');
      expect(await popup.locator('.notes .body').allInnerTexts()).toEqual(['Compare the MI308 charge with Nvidia’s H20 write-off.']);
    } finally {
      await popup.close();
    }
    const library = await browser.extensionPage('library.html');
    try {
      const item = library.locator('.list > li').first();
      await item.waitFor();
      expect(await library.locator('.list > li').count()).toBe(1);
      expect(await item.locator('a.title').innerText()).toBe('AMD readies MI308 shipments as Huawei lays out its Ascend roadmap');
      await library.locator('.tabs a', { hasText: 'Notes' }).click();
      await library.locator('.note .body').first().waitFor();
      expect(await library.locator('.note .body').allInnerTexts()).toEqual(['Compare the MI308 charge with Nvidia’s H20 write-off.']);
    } finally {
      await library.close();
    }
    // Reopened, the popup remembers the saved state.
    const again = await openPopup(await tabOf(second, true));
    try {
      await expect.poll(() => again.locator('button[data-action=save]').innerText()).toBe('Remove from list');
    } finally {
      await again.close();
    }
  });

  it('speaks German when the reader chooses it, and follows a dark system theme', async () => {
    await setLanguage('de');
    const popup = await openPopup(await tabOf(second, true));
    try {
      await popup.emulateMedia({ colorScheme: 'dark' });
      expect(await popup.locator('#found-h').innerText()).toBe('Auf dieser Seite gefunden');
      expect(await popup.locator('html').getAttribute('lang')).toBe('de');
      // What is new, said in German.
      const again = await openPopup(await tabOf(third, true));
      try {
        const change = again.locator('.whats-new li[data-measure="memory"]');
        await change.waitFor();
        expect((await change.innerText()).replace(/\s+/g, ' ')).toBe(
          'Der Speicher von Nvidia H20 liegt hier bei 141 GB, gestiegen von 96 GB in „Nvidia stoppt H20-Fertigung – Chinas Chipentwickler wittern ihre Chance“ vom 23.08.2025.',
        );
      } finally {
        await again.close();
      }
      const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g)!.map(Number);
      expect(r + g + b).toBeLessThan(150);
    } finally {
      await popup.close();
      await setLanguage('auto');
    }
  });

  it('saves a screenshot of the popup', async () => {
    const popup = await openPopup(await tabOf(third, true));
    try {
      await popup.locator('.whats-new li').first().waitFor();
      await saveScreenshot(popup, 'screenshot-popup.png', { fullPage: true });
    } finally {
      await popup.close();
    }
  });
});

describe('popup empty states', () => {
  it('says so on a page that is not about chips, and annotates it on request', async () => {
    const page = await openArticle(CRISPS);
    const tab = await tabOf(page);
    const popup = await openPopup(tab);
    try {
      await popup.locator('[data-empty=unrelated]').waitFor();
      expect(await popup.locator('[data-empty=unrelated] h1').innerText()).toBe('Nothing about chips here');
      expect(await pageHighlights(page)).toEqual([]);
      await popup.locator('button[data-action=annotate]').click();
      // Annotated on request: the page is marked wherever it names a chip or a company, or stays as it is.
      await expect.poll(async () => (await summaries()).find((s) => s.id === tab)?.summary.state).toBe('active');
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('explains that a browser page is closed to extensions', async () => {
    const before = new Set(await allTabIds());
    const page = await browser.context.newPage();
    await page.goto('about:blank');
    const tab = (await allTabIds()).find((id) => !before.has(id))!;
    const popup = await openPopup(tab);
    try {
      await popup.locator('[data-empty=closed]').waitFor();
      expect(await popup.locator('[data-empty=closed] h1').innerText()).toBe('ChipLens cannot read this page');
      expect(await popup.locator('button[data-action=annotate]').count()).toBe(0);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
