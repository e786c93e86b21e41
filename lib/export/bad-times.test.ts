import { describe, expect, it } from 'vitest';
import { webAnnotations } from './annotations.ts';
import { figuresCsv, readingListCsv } from './csv.ts';
import { markdownDigest, markdownFiles } from './markdown.ts';
import { trickyBackup } from './test-backup.ts';

/** The tricky backup with one article's and one note's times past JavaScript's last date, NaN and negative. */
function brokenTimes() {
  const b = trickyBackup();
  Object.assign(b.articles[0], { publishedAt: 8.64e15 + 1, date: 8.64e15 + 1, firstSeen: Number.NaN, savedAt: Infinity, readAt: -1 });
  Object.assign(b.notes[0], { createdAt: 8.64e15 + 1, updatedAt: Number.NaN });
  return b;
}

describe('exports of articles whose stored times are no dates', () => {
  it('writes Markdown without the broken dates, the article sorted last', () => {
    const md = markdownDigest(brokenTimes());
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[headings.length - 1]).toContain('Nvidia H20');
    expect(md).not.toMatch(/erschienen|published \d/);
    const files = markdownFiles(brokenTimes());
    const h20 = [...files].find(([, text]) => text.includes('Nvidia H20'))!;
    expect(h20[0]).toBe('Nvidia H20 „Stopp“ Chinas Antwort, Teil 1.md');
    expect(h20[1]).not.toMatch(/^(published|seen|saved):/m);
    // A negative time is still a date (1969): it is written.
    expect(h20[1]).toMatch(/^read: 1969-12-31T23:59$/m);
  });

  it('writes CSV with empty cells for them', () => {
    const list = readingListCsv(brokenTimes());
    expect(list.split('\r\n')[2]).toMatch(/^"Nvidia H20.*,example\.de,de,,,,1969-12-31 23:59,/);
    const rows = figuresCsv(brokenTimes()).split('\r\n').filter((l) => l.startsWith('"Nvidia H20'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toContain('x=(2),,');
  });

  it('writes Web Annotations without created or modified where the time is no date', () => {
    const items = webAnnotations(brokenTimes()).first!.items;
    const note = items.find((a) => a.motivation === 'commenting' && typeof a.target !== 'string')!;
    const written = JSON.parse(JSON.stringify(note));
    expect(written).not.toHaveProperty('created');
    expect(written).not.toHaveProperty('modified');
    expect(items.filter((a) => a.created === undefined).length).toBeGreaterThan(1);
  });
});
