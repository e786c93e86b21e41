// The library page in Chromium with the built extension: the reading list (read state, tags, search by title
// and by entity, sort), notes, the entity view, export in every format, import round trip, a corrupt import
// rejected with nothing changed, and deleting everything with confirmation.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToDownload, launchWithExtension, pageHighlights, saveScreenshot, sendToBackground, startServer, tabSummaries, waitUntil, type ExtensionBrowser, type TestServer } from './harness.ts';

const ARTICLES = {
  h20: { path: '/de-nvidia-h20-produktionsstopp.html', title: 'Nvidia stoppt H20-Fertigung – Chinas Chipentwickler wittern ihre Chance' },
  mi308: { path: '/en-amd-mi308-huawei-ascend.html', title: 'AMD readies MI308 shipments as Huawei lays out its Ascend roadmap' },
  kunlun: { path: '/en-tsmc-smic-baidu-kunlun.html', title: 'Baidu switches on a 30,000-chip Kunlun cluster as TSMC and SMIC race to add capacity' },
} as const;

let server: TestServer;
let browser: ExtensionBrowser;
let library: Page;

/** Sends a protocol request to the background from the library page (for setup and for checks). */
const send = <T = unknown>(request: object): Promise<T> => sendToBackground<T>(library, request);

interface ArticleRow {
  id: number;
  url: string;
  title: string;
}

/** Opens a sample article and waits until the background has stored it. */
async function readArticle(path: string): Promise<ArticleRow> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  let row: ArticleRow | null = null;
  await waitUntil(
    async () => {
      row = (await send<{ article: ArticleRow } | null>({ type: 'article/get', url: server.url(path) }))?.article ?? null;
      return row !== null;
    },
    15_000,
    `${path} to be recorded`,
  );
  await page.close();
  return row!;
}

/** Clicks a button that starts a download and returns the file's name and text. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const { name, bytes } = await clickToDownload(page, button);
  return { name, text: bytes.toString('utf8') };
}

async function go(hash: string): Promise<void> {
  await library.evaluate((h) => (location.hash = h), hash);
}

async function listTitles(): Promise<string[]> {
  await library.locator('#list-h ~ p[role=status]').waitFor();
  return library.locator('.list > li a.title').allInnerTexts();
}

/** JSON with object keys sorted, so two rows with the same fields in another order compare equal. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/** The backup without what legitimately differs between two exports of the same data (ids, export time, key order). */
function comparable(dump: {
  articles: { id: number; url: string }[];
  mentions: { id: number; articleId: number }[];
  figures: { id: number; articleId: number }[];
  notes: { id: number; articleId: number }[];
}): unknown {
  const url = new Map(dump.articles.map((a) => [a.id, a.url]));
  const child = <T extends { id: number; articleId: number }>(rows: T[]) =>
    rows
      .map(({ id: _id, articleId, ...rest }) => ({ article: url.get(articleId), ...rest }))
      .map(stable)
      .sort();
  return {
    articles: dump.articles.map(({ id: _id, ...rest }) => stable(rest)).sort(),
    mentions: child(dump.mentions),
    figures: child(dump.figures),
    notes: child(dump.notes),
  };
}

let h20: ArticleRow;
let mi308: ArticleRow;
let kunlun: ArticleRow;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  library = await browser.extensionPage('library.html');
  await library.setViewportSize({ width: 1100, height: 1000 });
  h20 = await readArticle(ARTICLES.h20.path);
  mi308 = await readArticle(ARTICLES.mi308.path);
  kunlun = await readArticle(ARTICLES.kunlun.path);
  await send({ type: 'list/save', articleId: h20.id });
  await send({ type: 'list/save', articleId: mi308.id });
  await send({ type: 'list/mark-read', articleId: h20.id, read: true });
  await send({ type: 'notes/add', note: { articleId: mi308.id, selector: { exact: '', prefix: '', suffix: '' }, body: 'Check the licence news next week.' } });
  await library.reload();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading list', () => {
  it('lists saved articles with their read state, and all articles met on request', async () => {
    expect(await library.locator('[data-stats]').innerText()).toBe('3 articles met · 2 on the list (1 unread) · 1 note');
    expect((await listTitles()).sort()).toEqual([ARTICLES.h20.title, ARTICLES.mi308.title].sort());
    await library.getByLabel('Show').selectOption('unread');
    await expect.poll(listTitles).toEqual([ARTICLES.mi308.title]);
    await library.getByLabel('Show').selectOption('read');
    await expect.poll(listTitles).toEqual([ARTICLES.h20.title]);
    await library.getByLabel('Show').selectOption('all');
    await library.getByLabel('Articles').selectOption('seen');
    await expect.poll(async () => (await listTitles()).length).toBe(3);
  });

  it('sorts by title and by publication date', async () => {
    await library.getByLabel('Sort by').selectOption('title');
    await expect.poll(listTitles).toEqual([ARTICLES.mi308.title, ARTICLES.kunlun.title, ARTICLES.h20.title]);
    await library.getByLabel('Sort by').selectOption('date');
    // Newest first: Feb 2026, Sep 2025, Aug 2025.
    await expect.poll(listTitles).toEqual([ARTICLES.kunlun.title, ARTICLES.mi308.title, ARTICLES.h20.title]);
  });

  it('searches by words in the title and by a chip or company', async () => {
    await library.getByLabel('Search titles').fill('kunlun cluster');
    await expect.poll(listTitles).toEqual([ARTICLES.kunlun.title]);
    await library.getByLabel('Search titles').fill('');
    // By a name the knowledge base knows: Hygon is only in the German article.
    await library.getByLabel('Mentions').fill('Hygon');
    await expect.poll(listTitles).toEqual([ARTICLES.h20.title]);
    await library.getByLabel('Mentions').fill('Kunlun P800');
    await expect.poll(listTitles).toEqual([ARTICLES.kunlun.title]);
    await library.getByLabel('Mentions').fill('Quantum Toaster 9000');
    await expect.poll(() => library.locator('.filters + .error').innerText()).toBe('ChipLens knows no chip or company called “Quantum Toaster 9000”.');
    await library.getByLabel('Mentions').fill('');
    await expect.poll(async () => (await listTitles()).length).toBe(3);
  });

  it('tags an article and filters by tag', async () => {
    const item = library.locator(`.list > li[data-article="${kunlun.id}"]`);
    await item.getByRole('button', { name: /^Edit tags/ }).click();
    await item.getByLabel('New tag').fill('Foundries, China');
    await item.getByLabel('New tag').press('Enter');
    await item.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => item.locator('.tag').allInnerTexts()).toEqual(['foundries', 'china']);
    await library.locator('select[name=tag]').selectOption('china');
    await expect.poll(listTitles).toEqual([ARTICLES.kunlun.title]);
    await library.locator('select[name=tag]').selectOption('');
  });
});

describe('notes and entities', () => {
  it('lists every note and edits one', async () => {
    await go('#/notes');
    const note = library.locator('.note').first();
    await note.waitFor();
    expect(await note.locator('.body').innerText()).toBe('Check the licence news next week.');
    expect(await library.locator('.notes-list h3').innerText()).toBe(ARTICLES.mi308.title);
    await note.getByRole('button', { name: 'Edit', exact: true }).click();
    await note.locator('textarea').fill('Check the licence news on Monday.');
    await note.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => note.locator('.body').innerText()).toBe('Check the licence news on Monday.');
    const stored = await send<{ body: string }[]>({ type: 'notes/list', articleId: mi308.id });
    expect(stored.map((n) => n.body)).toEqual(['Check the licence news on Monday.']);
  });

  it('shows one entity with every article that mentions it, its figures and its company', async () => {
    await go('#/entity/nvidia');
    const context = library.locator('.entity-context');
    await context.locator('.articles li').first().waitFor();
    expect(await library.locator('#entity-h').innerText()).toMatch(/^Nvidia/);
    expect(await context.locator('h3').first().innerText()).toBe('In 3 articles');
    expect(await context.locator('.articles a.title').allInnerTexts()).toEqual([ARTICLES.kunlun.title, ARTICLES.mi308.title, ARTICLES.h20.title]);
    expect(await context.locator('.timeline .value').allInnerTexts()).toEqual(expect.arrayContaining(['13.5 billion US dollars (USD)', '5.5 billion US dollars (USD)']));
    // Its notes: the one on the MI308 article, which mentions Nvidia.
    await library.locator('.notes-list .note').first().waitFor();
    expect(await library.locator('.notes-list .note .body').allInnerTexts()).toEqual(['Check the licence news on Monday.']);
  });

  it('finds an entity by name and opens its view by keyboard', async () => {
    await go('#/entities');
    await library.getByPlaceholder('A chip or company').fill('ascend 950');
    const hit = library.locator('.entity-results a').first();
    await expect.poll(() => hit.innerText()).toMatch(/^Huawei Ascend 950\s+1 article$/);
    await hit.focus();
    await library.keyboard.press('Enter');
    await expect.poll(() => library.evaluate(() => location.hash)).toBe('#/entity/huawei-ascend-950');
    await expect.poll(() => library.evaluate(() => document.activeElement?.id)).toBe('entity-h');
  });
});

describe('data', () => {
  it('exports a JSON backup, and export → wipe → import → export gives the same backup', async () => {
    await go('#/data');
    const before = await download(library, library.locator('button[data-format=json]'));
    expect(before.name).toMatch(/^chiplens-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const dump = JSON.parse(before.text);
    expect(dump).toMatchObject({ format: 'chiplens-store', version: 3 });
    expect(dump.articles).toHaveLength(3);
    expect(dump.notes).toHaveLength(1);

    // Wipe, with its confirmation step.
    await library.getByRole('button', { name: 'Delete all data…' }).click();
    const dialog = library.getByRole('alertdialog');
    expect(await dialog.locator('p').innerText()).toMatch(/^This deletes 3 articles and 1 note for good\./);
    // Cancel is the focused, safe choice.
    expect(await library.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await dialog.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => library.locator('.panel.danger [role=status]').innerText()).toBe('All data deleted.');
    expect(await send<{ articles: number }>({ type: 'stats/totals' })).toMatchObject({ articles: 0, notes: 0 });

    await library.locator('input[type=file]').setInputFiles({ name: before.name, mimeType: 'application/json', buffer: Buffer.from(before.text) });
    await expect.poll(() => library.locator('[data-import-status]').getAttribute('data-import-status')).toBe('ok');
    expect(await library.locator('[data-import-status]').innerText()).toBe('Imported: 3 new articles, 0 merged, 1 note added, 0 already there.');

    const after = await download(library, library.locator('button[data-format=json]'));
    expect(comparable(JSON.parse(after.text))).toEqual(comparable(dump));
    // Importing the same backup again adds nothing.
    await library.locator('input[type=file]').setInputFiles({ name: before.name, mimeType: 'application/json', buffer: Buffer.from(before.text) });
    await expect.poll(() => library.locator('[data-import-status]').innerText()).toBe('Imported: 0 new articles, 3 merged, 0 notes added, 1 already there.');
  });

  it('rejects a corrupt import with a clear message and changes nothing', async () => {
    await go('#/data');
    const before = JSON.parse((await download(library, library.locator('button[data-format=json]'))).text);
    const input = library.locator('input[type=file]');

    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "chiplens-store", "articles": [') });
    await expect.poll(() => library.locator('[data-import-status]').getAttribute('data-import-status')).toBe('failed');
    expect(await library.locator('[data-import-status]').innerText()).toMatch(/^This file is not JSON, so nothing was imported \(.+\)\.$/);

    // Valid JSON, but a note points to an article the backup does not have, and one URL is not a web address.
    const bad = JSON.parse(JSON.stringify(before));
    bad.notes.push({ ...bad.notes[0], id: 999, articleId: 424242 });
    bad.articles[0].url = 'javascript:alert(1)';
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => library.locator('[data-import-status]').innerText()).toBe('Nothing was imported. Article 1: “url” is not valid (must be an http(s) URL).');
    bad.articles[0].url = before.articles[0].url;
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => library.locator('[data-import-status]').innerText()).toMatch(/^Nothing was imported\. Note \d+ belongs to article 424242, which is not in the backup\.$/);

    const after = JSON.parse((await download(library, library.locator('button[data-format=json]'))).text);
    expect(comparable(after)).toEqual(comparable(before));
  });

  it('saves a screenshot of the library page', async () => {
    await go('#/list');
    await library.getByLabel('Articles').selectOption('seen');
    await expect.poll(async () => (await listTitles()).length).toBe(3);
    await saveScreenshot(library, 'screenshot-library.png', { fullPage: true });
  });
});

describe('options page', () => {
  let options: Page;

  /** The content script's summary for a freshly opened sample page. */
  async function openAndSummarise(path: string): Promise<{ page: Page; state: string; kinds: string[] }> {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    let result: { state: string } | undefined;
    await waitUntil(
      async () => {
        result = (await tabSummaries<{ url: string; state: string; runs: number }>(library)).find(
          (t) => t.summary.url === page.url() && t.summary.state !== 'idle' && t.summary.runs > 0,
        )?.summary;
        return result !== undefined;
      },
      15_000,
      'the content script to decide',
    );
    if (result!.state === 'active') await expect.poll(async () => (await pageHighlights(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const kinds = [...new Set((await pageHighlights(page)).map((h) => h.kind))].sort();
    return { page, state: result!.state, kinds };
  }

  beforeAll(async () => {
    options = await browser.extensionPage('options.html');
    await options.locator('fieldset').first().waitFor();
  });

  it('turns a kind of highlight off, and pages follow', async () => {
    await options.getByRole('checkbox', { name: 'Figures' }).uncheck();
    await expect.poll(() => options.locator('header [role=status]').innerText()).toBe('Saved.');
    const { page, state, kinds } = await openAndSummarise(ARTICLES.kunlun.path);
    expect(state).toBe('active');
    expect(kinds).toEqual(['chip', 'company']);
    await options.getByRole('checkbox', { name: 'Figures' }).check();
    // The open page re-highlights with figures, live.
    await expect.poll(async () => (await pageHighlights(page)).filter((h) => h.kind === 'figure').length).toBeGreaterThan(0);
    await page.close();
  });

  it('switches ChipLens off for a site and back', async () => {
    await options.getByLabel('Site (for example heise.de)').fill(server.url('/any/page.html'));
    await options.locator('fieldset:has(legend:text("Sites")) form select').selectOption('never');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.locator('.rows > li[data-site="127.0.0.1"] select').inputValue()).toBe('never');
    const off = await openAndSummarise(ARTICLES.h20.path);
    expect(off.state).toBe('off');
    expect(off.kinds).toEqual([]);
    await off.page.close();
    await options.locator('.rows > li[data-site="127.0.0.1"]').getByRole('button', { name: /Remove/ }).click();
    await expect.poll(() => options.locator('.rows > li').count()).toBe(0);
    const on = await openAndSummarise(ARTICLES.h20.path);
    expect(on.state).toBe('active');
    await on.page.close();
  });

  it('refuses a site that is not a host name', async () => {
    await options.getByLabel('Site (for example heise.de)').fill('not a site');
    await options.getByRole('button', { name: 'Add site' }).click();
    expect(await options.locator('fieldset:has(legend:text("Sites")) .error').innerText()).toBe('Enter a host name such as heise.de or a full address.');
  });

  it('switches every open ChipLens page to German and back to the browser’s language', async () => {
    await options.locator('select[name=language]').selectOption('de');
    await expect.poll(() => options.locator('h1').innerText()).toBe('ChipLens-Einstellungen');
    // The reason for reading every site is told in the reader's language too.
    expect(await options.locator('#privacy-h').innerText()).toBe('Warum ChipLens jede Website lesen darf');
    await expect.poll(() => library.locator('h1').innerText()).toBe('ChipLens-Bibliothek');
    expect(await options.locator('select[name=language] option[value=auto]').innerText()).toBe('Wie der Browser (English)');
    await options.locator('select[name=language]').selectOption('auto');
    await expect.poll(() => library.locator('h1').innerText()).toBe('ChipLens library');
  });
});
