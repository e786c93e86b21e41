// The library's desk in Chromium with the built extension: full-text search over notes, highlights and titles
// (any case, with or without accents), results that open the article at the passage (a text fragment), the query
// kept in the address so Back returns to it; the notes view filtered by tag and by kind, with one tag editor open
// at a time; and the comfort rules: no text under 14 px, filters in one row at 1280 × 720.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, sendToBackground, smallText, startServer, waitUntil, type ExtensionBrowser, type TestServer } from './harness.ts';

const H20 = '/de-nvidia-h20-produktionsstopp.html';
const MI308 = '/en-amd-mi308-huawei-ascend.html';

let server: TestServer;
let browser: ExtensionBrowser;
let library: Page;
let h20: number;
let mi308: number;

const send = <T = unknown>(request: object): Promise<T> => sendToBackground<T>(library, request);

interface Passage {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * Opens a sample article, waits until it is recorded, and reads the stored-selector form of `passages` from the
 * page's rendered text (32 characters either side, as the note editor stores them).
 */
async function readArticle(path: string, passages: string[]): Promise<{ id: number; quotes: Passage[] }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  let id = 0;
  await waitUntil(
    async () => {
      id = (await send<{ article: { id: number } } | null>({ type: 'article/get', url: server.url(path) }))?.article.id ?? 0;
      return id > 0;
    },
    15_000,
    `${path} to be recorded`,
  );
  const quotes = await page.evaluate((ps) => {
    const text = document.body.innerText;
    return ps.map((exact) => {
      const at = text.indexOf(exact);
      if (at < 0) throw new Error(`not on the page: ${exact}`);
      return { exact, prefix: text.slice(Math.max(0, at - 32), at), suffix: text.slice(at + exact.length, at + exact.length + 32) };
    });
  }, passages);
  await page.close();
  return { id, quotes };
}

async function go(hash: string): Promise<void> {
  await library.evaluate((h) => (location.hash = h), hash);
}

/** The search view's results after typing `q`: per group, each hit's text. */
async function search(q: string): Promise<Record<string, string[]>> {
  await library.getByLabel('Search notes, highlights and titles').fill(q);
  await expect.poll(() => library.evaluate(() => location.hash)).toBe(`#/search/${encodeURIComponent(q)}`);
  await library.locator('.search-view [role=status]').filter({ hasNotText: 'Loading' }).waitFor();
  return library.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('.search-groups > section')].map((s) => [s.getAttribute('data-kind'), [...s.querySelectorAll('.hits > li .snippet')].map((x) => x.textContent)])),
  );
}

/** The marked words of the search results. */
const marked = () => library.locator('.hits mark').allInnerTexts();

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  library = await browser.extensionPage('library.html');
  await library.setViewportSize({ width: 1280, height: 720 });
  const de = await readArticle(H20, ['Knapp 10 Prozent Plus für Cambricon an einem Tag', 'Hygon gewann gut 6 Prozent']);
  const en = await readArticle(MI308, []);
  h20 = de.id;
  mi308 = en.id;
  // The notes' words are this test's own.
  await send({ type: 'notes/add', note: { articleId: h20, selector: de.quotes[0], body: 'Umsatzprognose prüfen: das Werk in Hakkâri liefert erst 2027.', tags: ['China', 'prognose'] } });
  await send({ type: 'notes/add', note: { articleId: h20, selector: de.quotes[1], body: '', color: 'green', tags: ['börse'] } });
  await send({ type: 'notes/add', note: { articleId: mi308, selector: { exact: '', prefix: '', suffix: '' }, body: 'Compare the shipments with the next quarter.', tags: ['quartal'] } });
  await library.reload();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('full-text search', () => {
  it('says what it searches before anything is typed, and focuses its box', async () => {
    await go('#/search');
    await expect.poll(() => library.locator('.search-view .empty').innerText()).toMatch(/^Type one or more words to find them in your notes/);
    expect(await library.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('q');
  });

  it('finds a note by a word in any case, with or without its accents, and marks the word', async () => {
    for (const q of ['umsatzprognose', 'UMSATZPROGNOSE', 'Umsatzprognose']) {
      expect(await search(q)).toEqual({ note: ['Umsatzprognose prüfen: das Werk in Hakkâri liefert erst 2027.'] });
      expect(await marked()).toEqual(['Umsatzprognose']);
    }
    for (const q of ['hakkari', 'Hakkâri', 'HAKKARI']) {
      expect(await search(q)).toEqual({ note: ['Umsatzprognose prüfen: das Werk in Hakkâri liefert erst 2027.'] });
      expect(await marked()).toEqual(['Hakkâri']);
    }
    // German umlauts: typed plainly or as "ue".
    for (const q of ['prufen', 'pruefen', 'PRÜFEN']) {
      expect((await search(q)).note).toEqual(['Umsatzprognose prüfen: das Werk in Hakkâri liefert erst 2027.']);
      expect(await marked()).toEqual(['prüfen']);
    }
  });

  it('finds highlights by their passage and tags, and article titles, each in its group', async () => {
    expect(await search('hygon gewann')).toEqual({ highlight: ['Hygon gewann gut 6 Prozent'] });
    expect(await library.locator('.hits .highlight-badge').innerText()).toMatch(/^Highlight/);
    // Found by its tag: the passage is shown, and the tag is marked.
    expect(await search('borse')).toEqual({ highlight: ['Hygon gewann gut 6 Prozent'] });
    expect(await marked()).toEqual(['börse']);
    const found = await search('chipentwickler');
    expect(found.article).toEqual(['Nvidia stoppt H20-Fertigung – Chinas Chipentwickler wittern ihre Chance']);
    expect(await library.locator('#found-article').innerText()).toBe('Article titles (1)');
  });

  it('opens the article at the passage: the link carries a text fragment for it', async () => {
    await search('hakkari');
    const link = library.locator('.hits a.passage').first();
    const href = (await link.getAttribute('href'))!;
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(href.startsWith(`${server.url(H20)}#:~:text=`)).toBe(true);
    const terms = href.slice(href.indexOf(':~:text=') + ':~:text='.length).split(',').map(decodeURIComponent);
    expect(terms).toContain('Knapp 10 Prozent Plus für Cambricon an einem Tag');
    // The text after it in its paragraph, whole words only (the text before it is another paragraph).
    expect(terms.at(-1)).toMatch(/^-– da ist/);
    // The browser finds it: the page opens scrolled down to the passage (a comment at the end of the article).
    const [article] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await article.waitForLoadState('load');
    await expect.poll(() => article.evaluate(() => scrollY), { timeout: 5000 }).toBeGreaterThan(300);
    await article.close();
  });

  it('keeps the words in the address, so Back returns to the same results', async () => {
    await search('hakkari');
    await library.getByRole('link', { name: 'Notes', exact: true }).click();
    await expect.poll(() => library.evaluate(() => location.hash)).toBe('#/notes');
    await library.goBack();
    await expect.poll(() => library.getByLabel('Search notes, highlights and titles').inputValue()).toBe('hakkari');
    await expect.poll(marked).toEqual(['Hakkâri']);
  });

  it('says what to try when nothing matches', async () => {
    expect(await search('quantentoaster')).toEqual({});
    expect(await library.locator('.search-view p.empty[role=status]').innerText()).toBe(
      'Nothing matches “quantentoaster”. Every word must occur in the same note, highlight or title: try fewer words, or only the start of a word.',
    );
  });

  it('is reached and used with the keyboard alone', async () => {
    await go('#/list');
    const searchTab = library.getByRole('link', { name: 'Search', exact: true });
    await searchTab.focus();
    await library.keyboard.press('Enter');
    await expect.poll(() => library.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('q');
    await library.keyboard.type('compare');
    await library.locator('.hits a').first().waitFor();
    await library.keyboard.press('Tab');
    expect(await library.evaluate(() => document.activeElement?.closest('.hits') !== null)).toBe(true);
  });
});

describe('notes view', () => {
  const bodies = () => library.locator('.notes-list .note').evaluateAll((ns) => ns.map((n) => n.querySelector('.body')?.textContent ?? `[${n.querySelector('blockquote mark')?.textContent}]`));

  it('marks highlights, and filters by kind and by tag', async () => {
    await go('#/notes');
    await library.locator('.notes-list .note').first().waitFor();
    expect((await bodies()).sort()).toEqual(['Compare the shipments with the next quarter.', 'Umsatzprognose prüfen: das Werk in Hakkâri liefert erst 2027.', '[Hygon gewann gut 6 Prozent]'].sort());
    expect(await library.locator('.note.highlight .highlight-badge').innerText()).toMatch(/^Highlight/);
    expect(await library.locator('.note.highlight .tag').allInnerTexts()).toEqual(['börse']);

    await library.getByLabel('Show').selectOption('highlights');
    await expect.poll(bodies).toEqual(['[Hygon gewann gut 6 Prozent]']);
    await library.getByLabel('Show').selectOption('notes');
    await expect.poll(async () => (await bodies()).sort()).toEqual(['Compare the shipments with the next quarter.', 'Umsatzprognose prüfen: das Werk in Hakkâri liefert erst 2027.']);
    await library.getByLabel('Show').selectOption('all');

    // The tags to choose from are the ones in use, with their counts.
    expect(await library.locator('select[name=tag] option').allInnerTexts()).toEqual(['Any tag', 'börse (1)', 'china (1)', 'prognose (1)', 'quartal (1)']);
    await library.locator('select[name=tag]').selectOption('quartal');
    await expect.poll(bodies).toEqual(['Compare the shipments with the next quarter.']);
    await library.getByLabel('Show').selectOption('highlights');
    await expect.poll(() => library.locator('p.empty[role=status]').innerText()).toBe('No note or highlight matches these filters. Choose another tag or “All”.');
    await library.getByLabel('Show').selectOption('all');
    await library.locator('select[name=tag]').selectOption('');
    await expect.poll(async () => (await bodies()).length).toBe(3);
  });

  it('opens one tag editor at a time, and a new tag becomes a filter', async () => {
    const edit = library.locator('.notes-list button.tag-edit');
    expect(await library.locator('.notes-list input').count()).toBe(0);
    await edit.nth(0).click();
    expect(await library.locator('.notes-list .tags.editing').count()).toBe(1);
    await edit.nth(0).click(); // the next row's button: the first row's is now its editor
    expect(await library.locator('.notes-list .tags.editing').count()).toBe(1);
    const editor = library.locator('.notes-list .tags.editing');
    const row = editor.locator('xpath=ancestor::li[1]');
    const noteId = Number(await row.getAttribute('data-note'));
    await editor.getByLabel('New tag').fill('Wiedervorlage');
    await editor.getByLabel('New tag').press('Enter');
    await expect.poll(() => editor.locator('.tag').allTextContents()).toContain('wiedervorlage×');
    await editor.getByRole('button', { name: 'Done' }).click();
    expect(await library.locator('.notes-list .tags.editing').count()).toBe(0);
    const stored = await send<{ id: number; tags: string[] }[]>({ type: 'notes/list' });
    expect(stored.find((n) => n.id === noteId)?.tags).toContain('wiedervorlage');
    await expect.poll(() => library.locator('select[name=tag] option').allInnerTexts()).toContain('wiedervorlage (1)');
    await library.locator('select[name=tag]').selectOption('wiedervorlage');
    await expect.poll(() => library.locator('.notes-list .note').count()).toBe(1);
    await library.locator('select[name=tag]').selectOption('');
  });
});

describe('reading list tags', () => {
  it('shows tags on each row and edits them in one row at a time', async () => {
    await send({ type: 'list/save', articleId: h20 });
    await send({ type: 'list/save', articleId: mi308 });
    await go('#/list');
    const rows = library.locator('.list > li[data-article]');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await library.locator('.list input').count()).toBe(0);
    await rows.nth(0).locator('button.tag-edit').click();
    await rows.nth(1).locator('button.tag-edit').click();
    expect(await library.locator('.list .tags.editing').count()).toBe(1);
    const row = rows.nth(1);
    await row.getByLabel('New tag').fill('Export, China');
    await row.getByRole('button', { name: 'Add' }).click();
    await row.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => row.locator('.tag').allInnerTexts()).toEqual(['export', 'china']);
    await library.locator('select[name=tag]').selectOption('export');
    await expect.poll(() => rows.count()).toBe(1);
    await library.locator('select[name=tag]').selectOption('');
  });
});

describe('comfort', () => {
  /** Elements showing text smaller than 14 px in the library's header, tabs and view. */
  const small = () => smallText(library, '.library', 14);

  it('shows no text under 14 px in any view', async () => {
    for (const hash of ['#/list', '#/notes', '#/search/prognose', '#/entities', '#/entity/nvidia', '#/data']) {
      await go(hash);
      await library.locator('main > section').waitFor();
      await library.waitForFunction(() => !document.querySelector('main')?.textContent?.match(/Loading…/), null, { timeout: 10_000 });
      await library.waitForTimeout(300);
      expect(await small(), hash).toEqual([]);
    }
  });

  it('keeps each view’s filters in one row at 1280 × 720, and uses the width', async () => {
    for (const hash of ['#/list', '#/notes']) {
      await go(hash);
      await library.locator('.filters label').first().waitFor();
      const tops = await library.locator('.filters label').evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top)));
      expect(tops.length, hash).toBeGreaterThan(1);
      expect(new Set(tops).size, `${hash}: ${tops.join(', ')}`).toBe(1);
    }
    const main = await library.locator('main').boundingBox();
    expect(main!.width).toBeGreaterThan(1100);
  });
});

describe('in German', () => {
  it('speaks German in the search and the notes view', async () => {
    const options = await browser.extensionPage('options.html');
    await options.locator('select[name=language]').selectOption('de');
    await expect.poll(() => library.locator('h1').innerText()).toBe('ChipLens-Bibliothek');
    await go('#/search/quantentoaster');
    await expect.poll(() => library.locator('#search-h').innerText()).toBe('Bibliothek durchsuchen');
    expect(await library.locator('.search-view p.empty').innerText()).toMatch(/^Nichts passt zu „quantentoaster“\./);
    await library.getByLabel('Notizen, Markierungen und Titel durchsuchen').fill('hygon');
    await expect.poll(() => library.locator('#found-highlight').innerText()).toBe('Markierungen (1)');
    expect(await library.locator('.hits .highlight-badge').innerText()).toMatch(/^Markierung/);
    await go('#/notes');
    await expect.poll(() => library.locator('select[name=kind] option').allInnerTexts()).toEqual(['Notizen und Markierungen', 'Nur Notizen', 'Nur Markierungen']);
    expect(await library.locator('.notes-list button.tag-edit').first().innerText()).toMatch(/^(Schlagwörter bearbeiten|\+ Schlagwörter)$/);
    await options.locator('select[name=language]').selectOption('auto');
    await expect.poll(() => library.locator('h1').innerText()).toBe('ChipLens library');
    await options.close();
  });
});
