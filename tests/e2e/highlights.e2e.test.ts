// Highlights and tags on the page in Chromium with the built extension: select a passage, choose a colour in
// ChipLens's private frame, find it as a `chiplens-mark-<colour>` range (and after a reload), tag it and change its
// colour from the page; the page's own DOM and script never get the tags.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chiplensFrame, endSelection, frameShown, launchWithExtension, SAMPLES_DIR, selectPassage, sendToBackground, startServer, waitUntil, type ExtensionBrowser, type TestServer } from './harness.ts';

const ORIGINAL = readFileSync(join(SAMPLES_DIR, 'en-amd-mi308-huawei-ascend.html'), 'utf8');
const PATH = '/highlights/amd-mi308.html';
const PASSAGE = 'the restrictions on the MI308 would cost it roughly $800 million in charges';

let server: TestServer;
let browser: ExtensionBrowser;
let helper: Page;

interface Row {
  id: number;
  body: string;
  color?: string;
  tags: string[];
}

const notes = () => sendToBackground<Row[]>(helper, { type: 'notes/list' });
const squash = (s: string) => s.replace(/\s+/g, '');

/** The text of each range of a highlight name. */
const marked = (page: Page, name: string) =>
  page.evaluate((name) => [...((CSS.highlights.get(name) as unknown as Set<Range>) ?? [])].map((r) => r.toString()), name);

async function frameOf(page: Page) {
  await waitUntil(() => !!chiplensFrame(page), 10_000, "ChipLens's frame");
  return chiplensFrame(page)!;
}

async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(PATH));
  await page.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0, null, { timeout: 20_000 });
  return page;
}

beforeAll(async () => {
  server = await startServer();
  server.add(PATH, ORIGINAL);
  browser = await launchWithExtension();
  helper = await browser.extensionPage('options.html');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('highlights on passages', () => {
  it('highlights a selection in the chosen colour with one click, without note text', async () => {
    const page = await openArticle();
    const html = await page.evaluate(() => document.body.innerHTML);
    await selectPassage(page, PASSAGE);
    await endSelection(page);
    const frame = await frameOf(page);
    const green = frame.getByRole('button', { name: 'Highlight in green' });
    await green.waitFor();
    expect(await frame.locator('button.swatch').count()).toBe(5);
    await green.click();
    await expect.poll(() => marked(page, 'chiplens-mark-green')).toHaveLength(1);
    expect(squash((await marked(page, 'chiplens-mark-green'))[0])).toBe(squash(PASSAGE));
    await expect.poll(() => frameShown(page)).toBe(false);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(html);
    const rows = await notes();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ body: '', color: 'green', tags: [] });
    await page.close();
  });

  it('comes back after a reload; a click opens it to tag it and change its colour', async () => {
    const page = await openArticle();
    await expect.poll(() => marked(page, 'chiplens-mark-green'), { timeout: 10_000 }).toHaveLength(1);
    const p = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('chiplens-mark-green') as unknown as Set<Range>)][0];
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0];
      return { x: b.left + Math.min(20, b.width / 2), y: b.top + b.height / 2 };
    });
    await page.mouse.click(p.x, p.y);
    const frame = await frameOf(page);
    const edit = frame.getByRole('button', { name: 'Edit tags' });
    await edit.waitFor();
    await edit.click();
    const field = frame.getByRole('textbox', { name: 'New tag' });
    await field.fill('Export Kontrolle');
    await field.press('Enter');
    await expect.poll(async () => (await notes())[0].tags).toEqual(['export kontrolle']);
    await frame.getByRole('button', { name: 'Done' }).click();
    await frame.getByRole('button', { name: 'Highlight in blue' }).click();
    await expect.poll(() => marked(page, 'chiplens-mark-blue')).toHaveLength(1);
    expect(await marked(page, 'chiplens-mark-green')).toHaveLength(0);
    expect((await notes())[0].color).toBe('blue');
    // The tags stay with the extension: the page's content never holds them.
    expect(await page.content()).not.toContain('export kontrolle');
    await page.close();
  });
});
