// Notes on passages in Chromium with the built extension: select a passage, add a note with the button by the
// selection, find it as `chiplens-note` after a reload and on a slightly changed page at the same address, edit
// and delete it from the page, open the editor through the `page/note` request (context menu, keyboard command),
// and count a note whose passage is gone as orphaned without losing it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { askTab as askContentScript, launchWithExtension, SAMPLES_DIR, sendToBackground, startServer, tabShowing, waitUntil, type ExtensionBrowser, type TestServer } from './harness';

/** The project's own sample article, served from memory so a changed version can replace it at the same address. */
const ORIGINAL = readFileSync(join(SAMPLES_DIR, 'en-amd-mi308-huawei-ascend.html'), 'utf8');
const PATH = '/notes/amd-mi308.html';
/** Crosses two highlights (the chip and the figure) and ends inside the paragraph. */
const PASSAGE = 'the restrictions on the MI308 would cost it roughly $800 million in charges';
/** In the first paragraph, for the `page/note` path. */
const SECOND = 'tuned to stay below the performance thresholds';

let server: TestServer;
let browser: ExtensionBrowser;
/** An extension page, to reach the background and the tabs as the popup would. */
let helper: Page;

const squash = (s: string) => s.replace(/\s+/g, '');

interface NoteRow {
  id: number;
  body: string;
  selector: { exact: string };
}

interface Summary {
  url: string;
  articleId?: number;
  notes?: { anchored: number; orphaned: number };
}

/** Asks the background, as an extension page does; the answer's data. */
const ask = <T>(message: object) => sendToBackground<T>(helper, message);

/** Sends a page request to the tab showing `page` and returns the answer. */
const askTab = (page: Page, message: object) => askContentScript<Summary>(helper, page.url(), message);

async function allNotes(): Promise<NoteRow[]> {
  return ask<NoteRow[]>({ type: 'notes/list' });
}

/** Selects the first occurrence of `passage` inside `within` (across element boundaries) as a reader would. */
async function select(page: Page, passage: string, within = 'article'): Promise<void> {
  await page.evaluate(
    ({ passage, within }) => {
      const root = document.querySelector(within)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join('');
      const at = text.indexOf(passage);
      if (at < 0) throw new Error(`not on the page: ${passage}`);
      const point = (offset: number, end: boolean) => {
        let base = 0;
        for (const n of nodes) {
          if (offset < base + n.length || (end && offset === base + n.length)) return { node: n, offset: offset - base };
          base += n.length;
        }
        throw new Error('offset out of range');
      };
      const s = point(at, false);
      const e = point(at + passage.length, true);
      const range = document.createRange();
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    { passage, within },
  );
}

/** The text of the note elements in the page, in document order, per note id. */
async function notedText(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of Array.from(document.querySelectorAll('chiplens-note'))) {
      const id = el.getAttribute('data-note-id')!;
      out[id] = (out[id] ?? '') + el.textContent;
    }
    return out;
  });
}

async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(PATH));
  await page.locator('chiplens-mark').first().waitFor();
  return page;
}

/** Waits for the content script to have placed (or given up on) the page's notes. */
async function settledNotes(page: Page, expected: { anchored: number; orphaned: number }): Promise<void> {
  await waitUntil(
    async () => {
      const res = await askTab(page, { type: 'page/summary' });
      return JSON.stringify(res.data?.notes) === JSON.stringify(expected);
    },
    10_000,
    `notes ${JSON.stringify(expected)} in the page summary`,
  );
}

beforeAll(async () => {
  server = await startServer();
  server.add(PATH, ORIGINAL);
  browser = await launchWithExtension();
  helper = await browser.extensionPage('options.html');
});

// A page left open by a failed case would answer for the same address in the next one.
afterEach(async () => {
  for (const p of browser.context.pages()) if (p !== helper) await p.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('notes on passages', () => {
  it('adds a note with the button by a selection', async () => {
    const page = await openArticle();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await select(page, PASSAGE);
    // A mouse selection ends with a mouseup; the button appears by the selection.
    await page.evaluate(() => document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
    const add = page.locator('chiplens-notes button.add');
    await add.waitFor();
    expect(await add.textContent()).toBe('Add note');
    await add.click();
    const field = page.locator('chiplens-notes textarea');
    await field.waitFor();
    expect(await field.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(await page.locator('chiplens-notes .quote').textContent()).toBe(PASSAGE);
    await field.fill('Check the charge against the next quarterly report.');
    await field.press('Control+Enter');
    await page.locator('chiplens-note').first().waitFor();
    await expect.poll(() => page.locator('chiplens-notes textarea').count()).toBe(0);

    const noted = Object.values(await notedText(page));
    expect(noted).toHaveLength(1);
    expect(squash(noted[0])).toBe(squash(PASSAGE));
    // The highlights inside the passage are still there, inside the note.
    expect(await page.locator('chiplens-note chiplens-mark').count()).toBeGreaterThanOrEqual(2);
    const notes = await allNotes();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ body: 'Check the charge against the next quarterly report.', selector: { exact: PASSAGE } });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the note on its passage after a reload', async () => {
    const page = await openArticle();
    await settledNotes(page, { anchored: 1, orphaned: 0 });
    const noted = Object.values(await notedText(page));
    expect(noted.map(squash)).toEqual([squash(PASSAGE)]);
    // Focusable once per note; focus shows its text.
    expect(await page.locator('chiplens-note[tabindex="0"]').count()).toBe(1);
    await page.locator('chiplens-note[tabindex="0"]').focus();
    await expect.poll(() => page.locator('chiplens-notes .view .body').textContent()).toBe('Check the charge against the next quarterly report.');
    // Escape closes it; hovering the passage shows it again.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('chiplens-notes .view').count()).toBe(0);
    await page.locator('chiplens-note').last().hover();
    await page.locator('chiplens-notes .view').waitFor();
    await page.mouse.move(1, 1);
    await expect.poll(() => page.locator('chiplens-notes .view').count()).toBe(0);
    await page.close();
  });

  it('finds the passage again on a changed page at the same address (word inserted before it, white space changed)', async () => {
    const changed = ORIGINAL.replace('but they are not trivial: AMD has said', 'but they are not at all trivial: AMD has\n      already said').replace(
      'roughly $800 million in charges',
      'roughly  $800\n        million in   charges',
    );
    expect(changed).not.toBe(ORIGINAL);
    server.add(PATH, changed);
    try {
      const page = await openArticle();
      await settledNotes(page, { anchored: 1, orphaned: 0 });
      const noted = Object.values(await notedText(page));
      expect(noted.map(squash)).toEqual([squash(PASSAGE)]);
      // On the right passage: in the paragraph that states the charge.
      const paragraph = await page.locator('chiplens-note').first().evaluate((el) => el.closest('p')!.textContent!);
      expect(paragraph).toContain('already said');
      await page.close();
    } finally {
      server.add(PATH, ORIGINAL);
    }
  });

  it('edits and deletes the note from the page', async () => {
    const page = await openArticle();
    await settledNotes(page, { anchored: 1, orphaned: 0 });
    await page.locator('chiplens-note').first().click();
    const view = page.locator('chiplens-notes .view');
    await view.waitFor();
    await view.getByRole('button', { name: 'Edit' }).click();
    const field = page.locator('chiplens-notes textarea');
    await field.waitFor();
    expect(await field.inputValue()).toBe('Check the charge against the next quarterly report.');
    await field.fill('Charge confirmed in the annual report.');
    await page.locator('chiplens-notes button[type=submit]').click();
    await expect.poll(async () => (await allNotes())[0]?.body).toBe('Charge confirmed in the annual report.');
    // Focus is back on the note.
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('chiplens-note');

    // Keyboard: Enter on the focused note moves into its buttons; Delete asks once more.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('chiplens-notes .view .body').textContent()).toBe('Charge confirmed in the annual report.');
    await view.getByRole('button', { name: 'Delete' }).click();
    await view.locator('.ask').waitFor();
    await view.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('chiplens-note').count()).toBe(0);
    expect(await allNotes()).toEqual([]);
    // The page's text is whole again.
    expect(await page.evaluate((p) => document.querySelector('article')!.textContent!.includes(p), PASSAGE)).toBe(true);
    await page.close();
  });

  it('opens the editor on the selection for the page/note request, and refuses without a selection', async () => {
    const page = await openArticle();
    await settledNotes(page, { anchored: 0, orphaned: 0 });
    const refused = await askTab(page, { type: 'page/note' });
    expect(refused.ok).toBe(false);
    await select(page, SECOND);
    const res = await askTab(page, { type: 'page/note' });
    expect(res.ok).toBe(true);
    const field = page.locator('chiplens-notes textarea');
    await field.waitFor();
    expect(await page.locator('chiplens-notes .quote').textContent()).toBe(SECOND);
    // Escape cancels: nothing stored, nothing marked.
    await field.press('Escape');
    await expect.poll(() => page.locator('chiplens-notes textarea').count()).toBe(0);
    expect(await allNotes()).toEqual([]);

    await select(page, SECOND);
    expect((await askTab(page, { type: 'page/note' })).ok).toBe(true);
    await field.fill('Thresholds: see the export rule text.');
    await page.locator('chiplens-notes button[type=submit]').click();
    await page.locator('chiplens-note').first().waitFor();
    expect(Object.values(await notedText(page)).map(squash)).toEqual([squash(SECOND)]);
    await page.close();
  });

  it('counts a note whose passage is gone as orphaned and keeps it', async () => {
    server.add(PATH, ORIGINAL.replace(SECOND, 'built for the Chinese market'));
    try {
      const page = await openArticle();
      await settledNotes(page, { anchored: 0, orphaned: 1 });
      expect(await page.locator('chiplens-note').count()).toBe(0);
      expect((await allNotes()).map((n) => n.body)).toEqual(['Thresholds: see the export rule text.']);
      // The popup for that tab says so, and still lists the note.
      const tabId = await tabShowing(helper, page.url());
      expect(tabId).toBeTypeOf('number');
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('[data-notes="orphaned"]').waitFor();
      expect(await popup.locator('[data-notes="orphaned"]').innerText()).toMatch(/^One note could not be placed/);
      expect(await popup.locator('.article-notes').innerText()).toContain('Thresholds: see the export rule text.');
      await popup.close();
      await page.close();
    } finally {
      server.add(PATH, ORIGINAL);
    }
  });

  it('records a page that was not an article yet when a note is added to it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/en-crisps-taste-test.html'));
    await waitUntil(async () => (await askTab(page, { type: 'page/summary' }).catch(() => null))?.data?.notes !== undefined, 10_000, 'the content script');
    expect((await askTab(page, { type: 'page/summary' })).data?.articleId).toBeUndefined();
    const passage = 'scoring each for crunch, seasoning';
    await select(page, passage);
    expect((await askTab(page, { type: 'page/note' })).ok).toBe(true);
    await page.locator('chiplens-notes textarea').fill('Method worth copying.');
    await page.locator('chiplens-notes textarea').press('Control+Enter');
    await page.locator('chiplens-note').first().waitFor();
    const summary = (await askTab(page, { type: 'page/summary' })).data!;
    expect(summary.articleId).toBeTypeOf('number');
    expect(summary.notes).toEqual({ anchored: 1, orphaned: 0 });
    const stored = await ask<{ notes: NoteRow[] }>({ type: 'article/get', articleId: summary.articleId });
    expect(stored.notes.map((n) => n.body)).toEqual(['Method worth copying.']);
    await page.close();
  });

  it('offers no button for a selection in a form field', async () => {
    const page = await openArticle();
    const field = page.locator('textarea#comment');
    await field.focus();
    await field.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 12));
    await page.evaluate(() => document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
    await page.waitForTimeout(200);
    expect(await page.locator('chiplens-notes button.add').count()).toBe(0);
    // The same gesture on article text does offer it (so the check above can fail).
    await field.evaluate((el: HTMLTextAreaElement) => el.blur());
    await select(page, SECOND);
    await page.evaluate(() => document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
    await page.locator('chiplens-notes button.add').waitFor();
    await page.close();
  });
});
