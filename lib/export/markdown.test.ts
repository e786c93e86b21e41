import { describe, expect, it } from 'vitest';
import { MARKDOWN_LABELS, articleFileName, markdownDigest, markdownFiles, mdLine, mdText, mdUrl, yamlString } from './markdown.ts';
import { TRICKY_TITLE, annotatedBackup, emptyBackup, trickyBackup } from './test-backup.ts';

/** The front matter block of a file, as key → raw YAML value lines. */
function frontMatterOf(md: string): string[] {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  expect(m).not.toBeNull();
  return m![1].split('\n');
}

/** Unescaped pipes in a table row: a row of an n-column table has n + 1. */
function cellBorders(row: string): number {
  return row.replace(/\\./g, '').split('|').length - 1;
}

describe('yamlString', () => {
  // The escapes used are JSON's too, so JSON.parse reads a double-quoted YAML scalar back exactly.
  it.each([
    ['Nvidia H20: Stopp'],
    ['"quoted" and \\backslash\\'],
    ['two\nlines\r\nand\ttab'],
    ['- looks like a list'],
    ['yes'],
    ['# not a comment'],
    ['Größe ✓ \u2028 line separator'],
    ['\u0007bell'],
    [''],
  ])('reads back %j unchanged', (s) => {
    const y = yamlString(s);
    expect(y).toMatch(/^"[^\n\r\u2028]*"$/);
    expect(JSON.parse(y)).toBe(s);
  });
});

describe('Markdown escaping', () => {
  it('escapes what would format, link, tag or break a table', () => {
    expect(mdLine('a | b')).toBe('a \\| b');
    expect(mdLine('*bold* _it_ `code` [[link]] <b> #tag ^id $x$ ==mark== %%c%% ~~s~~')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[\\[link\\]\\] \\<b\\> \\#tag \\^id \\$x\\$ \\=\\=mark\\=\\= \\%\\%c\\%\\% \\~\\~s\\~\\~',
    );
    expect(mdLine('AT&amp;T and R&D')).toBe('AT\\&amp;T and R&D');
    expect(mdLine('back\\slash')).toBe('back\\\\slash');
  });

  it('keeps line starts from becoming lists, headings or rules', () => {
    expect(mdText('- item\n+ item\n1. item\n2) item\n=\n---\n> quote')).toBe('\\- item\n\\+ item\n1\\. item\n2\\) item\n\\=\n\\---\n\\> quote');
    expect(mdText('2025 was good')).toBe('2025 was good');
  });

  it('puts a line break and runs of spaces on one line', () => {
    expect(mdLine('  one\n two\t three ')).toBe('one two three');
  });

  it('percent-encodes what would end a link target', () => {
    expect(mdUrl('https://x.example/a b(c)<d>')).toBe('https://x.example/a%20b%28c%29%3Cd%3E');
  });
});

describe('one file per article', () => {
  const files = markdownFiles(trickyBackup());
  const names = [...files.keys()];
  const tricky = files.get(names.find((n) => n.startsWith('2025-08-22'))!)!;

  it('names files by date and title, without characters file systems or Obsidian refuse', () => {
    expect(names).toEqual(['2026-11-22 =HYPERLINK( http evil.example, Klick).md', '2025-08-22 Nvidia H20 „Stopp“ Chinas Antwort, Teil 1.md']);
    for (const n of names) expect(n).not.toMatch(/[\\/:*?"<>|#^[\]]/);
  });

  it('writes front matter Obsidian reads: quoted strings, dates, and tags with the entities', () => {
    const fm = frontMatterOf(tricky);
    expect(fm).toEqual([
      `title: ${JSON.stringify(TRICKY_TITLE)}`,
      'url: "https://www.example.de/news/h20-stopp?id=1&x=(2)"',
      'site: "example.de"',
      'lang: de',
      'published: 2025-08-22',
      'seen: 2026-11-20T09:15',
      'saved: 2026-11-20T09:16',
      'read: 2026-11-21T18:00',
      'tags:',
      '  - "chiplens"',
      '  - "china"',
      '  - "export-kontrolle"',
      '  - "chip/nvidia-h20"',
      '  - "company/nvidia"',
    ]);
    const unread = frontMatterOf(files.get(names[0])!);
    expect(unread.some((l) => /^(saved|read|published):/.test(l))).toBe(false);
    expect(unread[0]).toBe('title: "=HYPERLINK(\\"http://evil.example\\",\\"Klick\\")"');
  });

  it('has a heading, a figures table whose rows keep their four columns (measure labelled), and the note as a blockquote', () => {
    expect(tricky).toContain('\n# Nvidia H20: „Stopp“ \\| Chinas "Antwort", Teil 1\n');
    const table = tricky.split('\n').filter((l) => l.startsWith('|'));
    expect(table).toEqual([
      '| About | Measure | Figure | Passage |',
      '| --- | --- | --- | --- |',
      '|  |  | 10–20 % | …um **10 bis 20 Prozent** \\|… |',
      '| NVIDIA | revenue | 5500000000 USD | …Umsatz von **5,5 Milliarden Dollar**, sagte er… |',
    ]);
    for (const row of table) expect(cellBorders(row)).toBe(5);
    const note = tricky.slice(tricky.indexOf('## Notes'));
    expect(note.split('\n').slice(2)).toEqual([
      '> *„Größe, "Preis"“*',
      '>',
      '> Prüfen: \\*Größe\\* & \\#Preis \\| Menge',
      '> \\- nicht vergessen',
      '> \\=SUMME(A1:A3)',
      '>',
      '> — 2026-11-21 10:00',
      '',
    ]);
  });

  it('marks a note on the whole article as such', () => {
    expect(files.get(names[0])).toContain('> *On the whole article*\n>\n> @everyone: read this\n');
  });

  it('gives clashing names a number', () => {
    const b = trickyBackup();
    b.articles[1] = { ...b.articles[0], id: 11, url: 'https://www.example.de/other' };
    expect([...markdownFiles(b).keys()]).toEqual(['2025-08-22 Nvidia H20 „Stopp“ Chinas Antwort, Teil 1.md', '2025-08-22 Nvidia H20 „Stopp“ Chinas Antwort, Teil 1 (2).md']);
  });

  it('shortens long titles and never leaves a name empty or ending in a dot', () => {
    const a = trickyBackup().articles[0];
    expect(articleFileName({ ...a, title: 'x'.repeat(300) })).toBe(`2025-08-22 ${'x'.repeat(90)}.md`);
    expect(articleFileName({ ...a, title: '???' })).toBe('2025-08-22 article.md');
    expect(articleFileName({ ...a, title: 'Ende...' })).toBe('2025-08-22 Ende.md');
  });
});

describe('digest', () => {
  it('holds every article, newest first, each with inline tags, in the chosen language', () => {
    const md = markdownDigest(trickyBackup(), { labels: MARKDOWN_LABELS.de, timeZone: 'Europe/Berlin' });
    expect(frontMatterOf(md)).toEqual(['title: "ChipLens-Übersicht"', 'exported: 2026-11-23T11:00', 'articles: 2', 'tags:', '  - "chiplens"']);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## \\=HYPERLINK("http://evil.example","Klick")', '## Nvidia H20: „Stopp“ \\| Chinas "Antwort", Teil 1']);
    expect(md).toContain('\n#chiplens #china #export-kontrolle #chip/nvidia-h20 #company/nvidia\n');
    expect(md).toContain('[example.de](https://www.example.de/news/h20-stopp?id=1&x=%282%29) · erschienen 2025-08-23 · gemerkt 2026-11-20 · gelesen 2026-11-21');
    expect(md).toContain('| Betrifft | Messgröße | Zahl | Textstelle |');
    expect(md).toContain('- Nvidia H20 (Chip, 3 Erwähnungen)');
    // A figure about an entity no stored article names takes its name from the knowledge base.
    expect(md).toContain('| Huawei | market-share | \\-2 pp | …share fell **\\-2 points**.… |');
  });

  it('takes a chosen set of articles and the caller’s words for figures and measures', () => {
    const md = markdownDigest(trickyBackup(), { articleIds: [7], describeFigure: (v) => `<${v.type}>`, describeMeasure: (m) => `[${m}]` });
    expect(md).not.toContain('HYPERLINK');
    expect(md).toContain('articles: 1');
    expect(md).toContain('| NVIDIA | \\[revenue\\] | \\<money\\> |');
    // A figure whose measure is not known gets no label.
    expect(md).toContain('|  |  | \\<percent\\> |');
  });

  it('is a valid file with no articles for an empty store', () => {
    const md = markdownDigest(emptyBackup());
    expect(md).toBe('---\ntitle: "ChipLens digest"\nexported: 2026-11-23T10:00\narticles: 0\ntags:\n  - "chiplens"\n---\n\n# ChipLens digest\n');
    expect(markdownFiles(emptyBackup()).size).toBe(0);
  });

  it('never lets a page title close the front matter or start a heading', () => {
    const b = trickyBackup();
    b.articles[0].title = 'Line one\n---\n# injected: yes';
    const md = markdownDigest(b);
    expect(md.match(/^---$/gm)).toHaveLength(2);
    expect(md).toContain('## Line one --- \\# injected: yes\n');
    const file = [...markdownFiles(b).values()][1];
    expect(frontMatterOf(file)[0]).toBe('title: "Line one\\n---\\n# injected: yes"');
  });
});

describe('highlights and tags', () => {
  it('writes a highlight as ==mark== with its colour, and tags as Obsidian #tags, escaping the passage', () => {
    const md = markdownDigest(annotatedBackup(), { labels: MARKDOWN_LABELS.de });
    const lines = md.split('\n');
    const mark = lines.indexOf('> ==Ausfuhr \\=\\=gestoppt\\=\\===');
    expect(mark).toBeGreaterThan(0);
    expect(lines.slice(mark + 1, mark + 4)).toEqual(['>', '> #china', '>']);
    expect(lines[mark + 4]).toMatch(/^> — gelb · 2026-11-20 11:00$/);
    // The note keeps its text and gets its tags (spaces become dashes, as Obsidian needs).
    expect(md).toContain('> #preise #export-kontrolle\n>\n> — 2026-11-21 10:00');
  });
});
