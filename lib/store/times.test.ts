import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordArticle } from './articles.ts';
import type { StoreDb } from './db.ts';
import { exportAll } from './dump.ts';
import { StoreError } from './errors.ts';
import { entity, importText, report, testStore } from './testing.ts';
import { EARLIEST_TIME, isoTime, publishedTimeOk, seenTimeOk, validTime } from './times.ts';
import type { ArticleRow, NoteRow } from './types.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-05T12:00:00Z');
/** One past JavaScript's last date. */
const PAST_LAST_DATE = 8.64e15 + 1;

describe('time rules', () => {
  it('take seen times from 1970 up to a day after now, whole milliseconds only', () => {
    expect(seenTimeOk(EARLIEST_TIME, NOW)).toBe(true);
    expect(seenTimeOk(NOW + DAY, NOW)).toBe(true);
    for (const bad of [-1, NOW + DAY + 1, PAST_LAST_DATE, Number.NaN, Infinity, -Infinity, 1.5]) expect(seenTimeOk(bad, NOW)).toBe(false);
  });

  it('take publication dates up to a year after now', () => {
    expect(publishedTimeOk(NOW + 365 * DAY, NOW)).toBe(true);
    expect(publishedTimeOk(Date.parse('2099-01-01'), NOW)).toBe(false);
    expect(publishedTimeOk(-DAY, NOW)).toBe(false);
  });

  it('tell which stored numbers can be shown as dates at all', () => {
    expect(validTime(8.64e15)).toBe(true);
    expect(validTime(-8.64e15)).toBe(true);
    for (const bad of [PAST_LAST_DATE, Number.NaN, Infinity, '2026-01-01', null, undefined]) expect(validTime(bad)).toBe(false);
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoTime(PAST_LAST_DATE)).toBeUndefined();
  });
});

let db: StoreDb;
beforeEach(async () => {
  db = await testStore();
});
afterEach(() => db.close());

describe('recording', () => {
  it('ignores a publication date the page puts years ahead, keeping the one it knew', async () => {
    const ahead = new Date(Date.now() + 3 * 365 * DAY).toISOString();
    const first = await recordArticle(db, report('far', { publishedAt: ahead, entities: [entity('amd')] }), 5_000);
    expect(first.article.publishedAt).toBeUndefined();
    expect(first.article.date).toBe(5_000);
    await recordArticle(db, report('far', { publishedAt: '2026-01-02T00:00:00Z', entities: [entity('amd')] }), 6_000);
    const again = await recordArticle(db, report('far', { publishedAt: '+275760-09-13T00:00:00.000Z', entities: [entity('amd')] }), 7_000);
    expect(again.article.publishedAt).toBe(Date.parse('2026-01-02T00:00:00Z'));
  });
});

/** A valid backup with one article and one note, as JSON text (so values such as 1e400 can be written). */
async function backupText(): Promise<string> {
  const source = await testStore('source');
  const { article } = await recordArticle(source, report('a', { publishedAt: '2026-02-01T00:00:00Z', entities: [entity('nvidia-h20')] }), Date.parse('2026-03-01'));
  await source.notes.add({ articleId: article.id, selector: { exact: 'H20', prefix: '', suffix: '' }, body: 'n', createdAt: Date.parse('2026-03-02'), updatedAt: Date.parse('2026-03-03') } as NoteRow);
  const text = JSON.stringify(await exportAll(source));
  source.close();
  return text;
}

describe('importing a backup with a time that is no sane date', () => {
  const future = Date.now() + 3 * DAY;
  const cases: [string, string, string][] = [
    ['past JavaScript’s last date', '"lastSeen":', String(PAST_LAST_DATE)],
    ['Infinity (1e400 in JSON)', '"firstSeen":', '1e400'],
    ['null', '"lastSeen":', 'null'],
    ['the text "NaN"', '"createdAt":', '"NaN"'],
    ['negative', '"firstSeen":', '-1'],
    ['seen days ahead', '"lastSeen":', String(future)],
    ['published in 2099', '"publishedAt":', String(Date.parse('2099-01-01'))],
    ['a backup made in the far future', '"exportedAt":', String(PAST_LAST_DATE)],
  ];
  it.each(cases)('rejects %s and keeps the stored data', async (_label, key, value) => {
    const kept = (await recordArticle(db, report('kept', { entities: [entity('amd')] }), 1_000)).article;
    const text = (await backupText()).replace(new RegExp(`${key}[^,}]+`), `${key}${value}`);
    expect(text).toContain(`${key}${value}`);
    const e = (await importText(db, text, { mode: 'replace' }).catch((err: unknown) => err)) as StoreError;
    expect(e).toBeInstanceOf(StoreError);
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(new RegExp(key.replace(/[":]/g, '')));
    expect(await db.articles.toArray()).toEqual([kept]);
  });
});

describe('a store that already holds times that are no dates', () => {
  it('exports a backup that imports again, the broken times repaired or left out', async () => {
    const id = await db.articles.add({
      url: 'https://bad.example/x',
      title: 'Pinned',
      site: 'bad.example',
      lang: 'en',
      publishedAt: PAST_LAST_DATE,
      date: PAST_LAST_DATE,
      firstSeen: -5,
      lastSeen: Date.parse('2026-03-01'),
      savedAt: Number.NaN,
      readAt: Date.parse('2099-01-01'),
      tags: [],
      entityIds: [],
    } as Omit<ArticleRow, 'id'> as ArticleRow);
    await db.notes.add({ articleId: id, selector: { exact: '', prefix: '', suffix: '' }, body: 'b', createdAt: Infinity, updatedAt: PAST_LAST_DATE } as Omit<NoteRow, 'id'> as NoteRow);
    const now = Date.parse('2026-12-05T00:00:00Z');
    const dump = JSON.parse(JSON.stringify(await exportAll(db, now)));
    expect(dump.articles[0]).toMatchObject({ firstSeen: Date.parse('2026-03-01'), lastSeen: Date.parse('2026-03-01'), date: Date.parse('2026-03-01') });
    expect(dump.articles[0]).not.toHaveProperty('publishedAt');
    expect(dump.articles[0]).not.toHaveProperty('savedAt');
    expect(dump.articles[0]).not.toHaveProperty('readAt');
    expect(dump.notes[0]).toMatchObject({ createdAt: now, updatedAt: now });

    const target = await testStore('target');
    await expect(importText(target, JSON.stringify(dump))).resolves.toMatchObject({ articlesAdded: 1, notesAdded: 1 });
    target.close();
  });
});
