// Export in Chromium with the built extension: two sample articles read, one saved, read and tagged, a note on
// a passage; then every export button on the library page, each downloaded file checked, the scope choice, and
// export → wipe → import → export giving the same backup and the same Markdown and CSV; then a 10 MB backup imported
// through the page (its progress bar, a cancel that changes nothing, the whole import) and exported again.
import { createWriteStream } from 'node:fs';
import { mkdtemp, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBackup } from '../../lib/store/testing.ts';
import { clickToDownload, launchWithExtension, sendToBackground, startServer, waitUntil, type ExtensionBrowser, type TestServer } from './harness.ts';

const ARTICLES = {
  h20: { path: '/de-nvidia-h20-produktionsstopp.html', title: 'Nvidia stoppt H20-Fertigung – Chinas Chipentwickler wittern ihre Chance' },
  mi308: { path: '/en-amd-mi308-huawei-ascend.html', title: 'AMD readies MI308 shipments as Huawei lays out its Ascend roadmap' },
} as const;
const NOTE = 'Prüfen: "Lizenz", Menge | Preis\n- zweite Zeile';
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;

let server: TestServer;
let browser: ExtensionBrowser;
let library: Page;

/** Sends a protocol request to the background from the library page. */
const send = <T = unknown>(request: object): Promise<T> => sendToBackground<T>(library, request);

interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}
interface Detail {
  article: { id: number; url: string; title: string; site: string };
  mentions: { entityId: string; kind: string; name: string; quote: Quote; start: number }[];
  figures: { about?: string }[];
}
interface Backup {
  exportedAt: number;
  articles: { id: number; url: string }[];
  mentions: { id: number; articleId: number }[];
  figures: { id: number; articleId: number }[];
  notes: { id: number; articleId: number; body: string }[];
}

/** Opens a sample article and waits until the background has stored it. */
async function readArticle(path: string): Promise<Detail> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  let detail: Detail | null = null;
  await waitUntil(
    async () => (detail = await send<Detail | null>({ type: 'article/get', url: server.url(path) })) !== null,
    15_000,
    `${path} to be recorded`,
  );
  await page.close();
  return detail!;
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const { name, bytes } = await clickToDownload(library, button);
  // The panel reports the saved file once the export has finished; the next click then finds it idle.
  await expect.poll(() => library.locator('section[aria-labelledby=export-h] [role=status]').innerText()).toContain(name);
  return { name, bytes };
}

async function exportText(format: string): Promise<{ name: string; text: string }> {
  const { name, bytes } = await download(library.locator(`button[data-format=${format}]`));
  return { name, text: bytes.toString('utf8') };
}

/** The entries of a stored (uncompressed) ZIP, read through its central directory. */
function unzipStored(zip: Buffer): Map<string, string> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const out = new Map<string, string>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    expect(zip.readUInt16LE(at + 10)).toBe(0); // stored
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.set(zip.toString('utf8', at + 46, at + 46 + nameLength), zip.toString('utf8', dataAt, dataAt + size));
    at += 46 + nameLength;
  }
  return out;
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.endsWith('\r\n')).toBe(true);
  const rows: string[][] = [];
  const re = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/gy;
  let row: string[] = [];
  let pos = 1;
  while (pos < text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) throw new Error(`not RFC 4180 at ${pos}: ${JSON.stringify(text.slice(pos, pos + 40))}`);
    row.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
    pos = re.lastIndex;
  }
  expect(row).toEqual([]);
  return rows;
}

/** A backup without what differs between two exports of the same data: ids, export time, key order. */
function comparable(dump: Backup): unknown {
  const stable = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(stable).join(',')}]`
      : v !== null && typeof v === 'object'
        ? `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
            .join(',')}}`
        : JSON.stringify(v);
  const url = new Map(dump.articles.map((a) => [a.id, a.url]));
  const child = <T extends { id: number; articleId: number }>(rows: T[]) =>
    rows.map(({ id: _id, articleId, ...rest }) => stable({ article: url.get(articleId), ...rest })).sort();
  return {
    articles: dump.articles.map(({ id: _id, ...rest }) => stable(rest)).sort(),
    mentions: child(dump.mentions),
    figures: child(dump.figures),
    notes: child(dump.notes),
  };
}

let h20: Detail;
let mi308: Detail;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  library = await browser.extensionPage('library.html');
  h20 = await readArticle(ARTICLES.h20.path);
  mi308 = await readArticle(ARTICLES.mi308.path);
  await send({ type: 'list/save', articleId: h20.article.id });
  await send({ type: 'list/mark-read', articleId: h20.article.id, read: true });
  await send({ type: 'list/set-tags', articleId: h20.article.id, tags: ['Export Kontrolle', 'china'] });
  const passage = h20.mentions[0];
  await send({
    type: 'notes/add',
    note: { articleId: h20.article.id, selector: passage.quote, position: { start: passage.start, end: passage.start + passage.quote.exact.length }, body: NOTE },
  });
  await library.evaluate(() => (location.hash = '#/data'));
  await library.locator('button[data-format=json]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('export formats', () => {
  it('offers one button per format, in the reader’s language', async () => {
    expect(await library.locator('.export-buttons button').allInnerTexts()).toEqual([
      'JSON backup',
      'Markdown digest',
      'Markdown, one file per article (.zip)',
      'CSV: figures',
      'CSV: reading list',
      'CSV: notes and highlights',
      'Web Annotation (JSON-LD)',
    ]);
  });

  it('saves the notes and highlights as CSV', async () => {
    const { name, text } = await exportText('csvNotes');
    expect(name).toMatch(new RegExp(`^chiplens-notes-${DATE}\\.csv$`));
    const lines = text.replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('article,url,kind,color,passage,note,tags,created,updated');
    expect(lines.slice(1).join('\n')).toContain(',note,,');
  });

  it('saves the complete JSON backup', async () => {
    const { name, text } = await exportText('json');
    expect(name).toMatch(new RegExp(`^chiplens-backup-${DATE}\\.json$`));
    const dump = JSON.parse(text) as Backup;
    expect(dump).toMatchObject({ format: 'chiplens-store', version: 3 });
    expect(dump.articles).toHaveLength(2);
    expect(dump.notes.map((n) => n.body)).toEqual([NOTE]);
    expect(await library.locator('.panel [role=status]').first().innerText()).toBe(`Saved ${name}.`);
  });

  it('saves a Markdown digest with both articles, entity tags, figures and the note', async () => {
    const { name, text } = await exportText('markdown');
    expect(name).toMatch(new RegExp(`^chiplens-digest-${DATE}\\.md$`));
    expect(text).toMatch(/^---\ntitle: "ChipLens digest"\nexported: \S+\narticles: 2\n/);
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.sort()).toEqual([`## ${ARTICLES.h20.title}`, `## ${ARTICLES.mi308.title}`].sort());
    expect(text).toMatch(/\n#chiplens #export-kontrolle #china #(chip|company)\/[a-z0-9-]+/);
    expect(text).toContain('#chip/nvidia-h20');
    expect(text).toContain('| About | Measure | Figure | Passage |');
    // Specs are labelled by what they measure.
    expect(text).toContain('| Nvidia H20 | memory | 96 GB |');
    // The note: its passage, then its body with the pipe and the list marker escaped.
    expect(text).toContain(`> *„${h20.mentions[0].quote.exact}“*\n>\n> Prüfen: "Lizenz", Menge \\| Preis\n> \\- zweite Zeile\n`);
  });

  it('saves one Markdown file per article in a ZIP, each with Obsidian front matter', async () => {
    const { name, bytes } = await download(library.locator('button[data-format=markdownZip]'));
    expect(name).toMatch(new RegExp(`^chiplens-articles-${DATE}\\.zip$`));
    const files = unzipStored(bytes);
    expect([...files.keys()].map((n) => n.replace(/^\S+ /, '')).sort()).toEqual([`${ARTICLES.h20.title}.md`, `${ARTICLES.mi308.title}.md`].sort());
    const h20File = [...files].find(([n]) => n.includes('H20'))![1];
    expect(h20File).toContain(`\ntitle: "${ARTICLES.h20.title}"\nurl: "${h20.article.url}"\nsite: "${h20.article.site}"\nlang: de\n`);
    expect(h20File).toMatch(/\nsaved: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}\nread: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}\ntags:\n  - "chiplens"\n  - "export-kontrolle"\n  - "china"\n/);
    expect(h20File).toContain('\n  - "chip/nvidia-h20"\n');
    expect(h20File).toContain('\n  - "company/nvidia"\n');
    expect(h20File).toContain('## Notes');
  });

  it('saves the figures table as CSV, one row per stored figure', async () => {
    const { name, text } = await exportText('csvFigures');
    expect(name).toMatch(new RegExp(`^chiplens-figures-${DATE}\\.csv$`));
    const rows = csvRows(text);
    expect(rows[0]).toEqual(['article', 'url', 'date', 'entity_id', 'entity_name', 'entity_kind', 'measure', 'type', 'value', 'min', 'max', 'unit', 'text', 'passage']);
    expect(rows).toHaveLength(1 + h20.figures.length + mi308.figures.length);
    for (const r of rows.slice(1)) expect(r).toHaveLength(14);
    const money = rows.filter((r) => r[7] === 'money');
    expect(money.length).toBeGreaterThan(0);
    for (const r of money) expect(r[11]).toMatch(/^[A-Z]{3}$/);
    // Every row says what it measures; memory is known by its unit.
    for (const r of rows.slice(1)) expect(r[6]).toMatch(/^[a-z-]+$/);
    expect(rows.filter((r) => r[7] === 'memory').map((r) => r[6])).toEqual(expect.arrayContaining(['memory']));
    expect(rows.some((r) => r[0] === ARTICLES.h20.title && r[4] !== '')).toBe(true);
  });

  it('saves the reading list as CSV, and the scope choice keeps only saved articles', async () => {
    const all = csvRows((await exportText('csvList')).text);
    expect(all[0]).toEqual(['title', 'url', 'site', 'lang', 'published', 'seen', 'saved', 'read', 'tags', 'entities', 'notes']);
    const h20Row = all.find((r) => r[0] === ARTICLES.h20.title)!;
    expect(h20Row.slice(1, 4)).toEqual([h20.article.url, h20.article.site, 'de']);
    expect(h20Row[6]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(h20Row[8]).toBe('export kontrolle; china');
    expect(h20Row[9]).toContain('Nvidia H20');
    expect(h20Row[10]).toBe('1');
    expect(all.map((r) => r[0]).slice(1).sort()).toEqual([ARTICLES.h20.title, ARTICLES.mi308.title].sort());

    await library.locator('select[name=export-scope]').selectOption('saved');
    const saved = csvRows((await exportText('csvList')).text);
    expect(saved.map((r) => r[0])).toEqual(['title', ARTICLES.h20.title]);
    await library.locator('select[name=export-scope]').selectOption('all');
  });

  it('saves notes and highlights as a W3C Web Annotation collection', async () => {
    const { name, text } = await exportText('annotations');
    expect(name).toMatch(new RegExp(`^chiplens-annotations-${DATE}\\.jsonld$`));
    const doc = JSON.parse(text);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.first.type).toBe('AnnotationPage');
    const items: { type: string; motivation: string; body: unknown; target: unknown }[] = doc.first.items;
    expect(doc.total).toBe(items.length);
    expect(items.length).toBe(1 + h20.mentions.length + mi308.mentions.length + h20.figures.length + mi308.figures.length);
    expect(items.every((a) => a.type === 'Annotation')).toBe(true);
    const note = items.find((a) => a.motivation === 'commenting')!;
    const passage = h20.mentions[0];
    expect(note.body).toEqual({ type: 'TextualBody', value: NOTE, format: 'text/plain', purpose: 'commenting' });
    expect(note.target).toEqual({
      source: h20.article.url,
      selector: [
        { type: 'TextQuoteSelector', ...passage.quote },
        { type: 'TextPositionSelector', start: passage.start, end: passage.start + passage.quote.exact.length },
      ],
    });
    const tags = items.filter((a) => a.motivation === 'tagging').map((a) => (a.body as { value: string }).value);
    expect(tags).toContain('Nvidia H20');
  });
});

describe('in German', () => {
  it('labels the buttons and writes the Markdown in German', async () => {
    await library.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
      await chrome.storage.local.set({ uiLanguage: 'de' });
    });
    await expect.poll(() => library.locator('button[data-format=markdown]').innerText()).toBe('Markdown-Übersicht');
    expect(await library.locator('button[data-format=csvList]').innerText()).toBe('CSV: Leseliste');
    const { text } = await exportText('markdown');
    expect(text).toMatch(/^---\ntitle: "ChipLens-Übersicht"\n/);
    expect(text).toContain('| Betrifft | Messgröße | Zahl | Textstelle |');
    expect(text).toContain('| Nvidia H20 | Speicher | 96 GB |');
    // Figures in the reader's words, German long scale: 13.5e9 is "13,5 Milliarden".
    expect(text).toContain('13,5 Milliarden US-Dollar (USD)');
    expect(text).toContain('### Notizen');
    await library.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } };
      await chrome.storage.local.remove('uiLanguage');
    });
    await expect.poll(() => library.locator('button[data-format=markdown]').innerText()).toBe('Markdown digest');
  });
});

describe('round trip', () => {
  it('export → wipe → import → export gives the same backup, digest and tables', async () => {
    const before = await exportText('json');
    const digest = (await exportText('markdown')).text;
    const figures = (await exportText('csvFigures')).text;
    const list = (await exportText('csvList')).text;

    await send({ type: 'data/wipe', confirm: true });
    expect(await send<{ articles: number; notes: number }>({ type: 'stats/totals' })).toMatchObject({ articles: 0, notes: 0 });

    await library.locator('input[type=file]').setInputFiles({ name: before.name, mimeType: 'application/json', buffer: Buffer.from(before.text) });
    await expect.poll(() => library.locator('[data-import-status]').getAttribute('data-import-status')).toBe('ok');

    const after = await exportText('json');
    const a = JSON.parse(after.text) as Backup;
    const b = JSON.parse(before.text) as Backup;
    expect(a.exportedAt).toBeGreaterThanOrEqual(b.exportedAt);
    expect(comparable(a)).toEqual(comparable(b));
    const noStamp = (md: string) => md.replace(/^exported: .*$/m, '');
    expect(noStamp((await exportText('markdown')).text)).toBe(noStamp(digest));
    expect((await exportText('csvFigures')).text).toBe(figures);
    expect((await exportText('csvList')).text).toBe(list);
  });
});

describe('a large backup through the library page', () => {
  const ARTICLES_IN_BIG = 2000;
  const status = () => library.locator('[data-import-status]').innerText();
  let bigFile = '';

  beforeAll(async () => {
    // A file on disk: the browser reads it itself, as it reads a file the reader picks.
    bigFile = join(await mkdtemp(join(tmpdir(), 'chiplens-big-')), 'big.json');
    const out = createWriteStream(bigFile);
    for (const piece of syntheticBackup(ARTICLES_IN_BIG)) if (!out.write(piece)) await once(out, 'drain');
    await new Promise((resolve) => out.end(resolve));
  });

  it('shows the import’s progress, and a cancelled import changes nothing', async () => {
    const before = await send<{ articles: number; notes: number }>({ type: 'stats/totals' });
    expect((await stat(bigFile)).size).toBeGreaterThan(9e6);
    await library.locator('input[type=file]').setInputFiles(bigFile);
    const task = library.locator('[data-task=import-progress]');
    await task.waitFor();
    expect(await task.locator('label').innerText()).toMatch(/^(Checking the backup|Saving)… \d+ %$/);
    await task.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(status).toBe('Import cancelled; nothing was changed.');
    expect(await task.count()).toBe(0);
    expect(await send({ type: 'stats/totals' })).toEqual(before);
  });

  it('imports it whole, and exports it again in one file', { timeout: 300_000 }, async () => {
    const before = await send<{ articles: number; notes: number }>({ type: 'stats/totals' });
    await library.locator('input[type=file]').setInputFiles(bigFile);
    await expect.poll(status, { timeout: 240_000, interval: 500 }).toBe(`Imported: ${ARTICLES_IN_BIG} new articles, 0 merged, ${ARTICLES_IN_BIG / 4} notes added, 0 already there.`);
    expect(await send({ type: 'stats/totals' })).toMatchObject({ articles: before.articles + ARTICLES_IN_BIG, notes: before.notes + ARTICLES_IN_BIG / 4 });
    const { text: exported } = await exportText('json');
    const dump = JSON.parse(exported) as Backup;
    expect(dump.articles).toHaveLength(before.articles + ARTICLES_IN_BIG);
    expect(dump.mentions.length).toBeGreaterThanOrEqual(ARTICLES_IN_BIG * 12);
  });
});
