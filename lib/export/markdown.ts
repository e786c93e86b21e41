/**
 * Markdown export for Obsidian and any other Markdown reader: one digest of many articles, or one file per article
 * with YAML front matter (title, url, site, dates, tags with the entities as `chip/…` and `company/…`).
 *
 * Everything a page or a reader wrote is escaped: front-matter strings are always double-quoted YAML with escapes,
 * and running text is backslash-escaped so that a `|` in a title cannot break a table, a `#` cannot become a tag,
 * and a note reading `*wow*` shows its asterisks, exactly as the library page shows it.
 */
import type { MarkColor } from '../marks.ts';
import type { TextQuoteSelector } from '../passage.ts';
import { isHighlight, type ArticleRow, type NoteRow } from '../store/types.ts';
import {
  aboutEntity,
  buildModel,
  entityTag,
  localDate,
  localDateTime,
  measureLabel,
  plainFigure,
  plainTag,
  type ArticleBundle,
  type Backup,
  type ExportModel,
  type ExportOptions,
} from './model.ts';

/** Words around the data, so a German reader gets a German file. */
export interface MarkdownLabels {
  digestTitle: string;
  entities: string;
  figures: string;
  notes: string;
  about: string;
  /** Column heading for what a figure measures. */
  measure: string;
  figure: string;
  quote: string;
  saved: string;
  read: string;
  published: string;
  wholeArticle: string;
  /** A highlight's colour, named on its date line. */
  colors: Record<MarkColor, string>;
  kinds: { chip: string; company: string };
  mentions: (n: number) => string;
}

export const MARKDOWN_LABELS: Record<'en' | 'de', MarkdownLabels> = {
  en: {
    digestTitle: 'ChipLens digest',
    entities: 'Chips and companies',
    figures: 'Figures',
    notes: 'Notes',
    about: 'About',
    measure: 'Measure',
    figure: 'Figure',
    quote: 'Passage',
    saved: 'saved',
    read: 'read',
    published: 'published',
    wholeArticle: 'On the whole article',
    colors: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', purple: 'purple' },
    kinds: { chip: 'chip', company: 'company' },
    mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
  },
  de: {
    digestTitle: 'ChipLens-Übersicht',
    entities: 'Chips und Unternehmen',
    figures: 'Zahlen',
    notes: 'Notizen',
    about: 'Betrifft',
    measure: 'Messgröße',
    figure: 'Zahl',
    quote: 'Textstelle',
    saved: 'gemerkt',
    read: 'gelesen',
    published: 'erschienen',
    wholeArticle: 'Zum ganzen Artikel',
    colors: { yellow: 'gelb', green: 'grün', blue: 'blau', pink: 'rosa', purple: 'violett' },
    kinds: { chip: 'Chip', company: 'Unternehmen' },
    mentions: (n) => (n === 1 ? '1 Erwähnung' : `${n} Erwähnungen`),
  },
};

export interface MarkdownOptions extends ExportOptions {
  labels?: MarkdownLabels;
}

// ---------------------------------------------------------------------------------------------------------
// Escaping

/**
 * A YAML scalar that reads back as exactly `s`: always double-quoted, so `: `, `#`, a leading `-`, `yes` or `1e3`
 * keep being strings, with backslash escapes for quotes, backslashes and every control or line-break character.
 */
export function yamlString(s: string): string {
  const escaped = s.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\t':
        return '\\t';
      case '\r':
        return '\\r';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${escaped}"`;
}

// Characters that start formatting anywhere in a line, in CommonMark/GFM or Obsidian (`#tag`, `^block`, `$math$`,
// `==mark==`, `%%comment%%`, `[[link]]`), and `&` only where it would start an entity.
const INLINE_SPECIAL = /[\\`*_[\]<>|~$#^]|==|%%|&(?=#?[0-9A-Za-z]+;)/g;

/** Text as literal Markdown inside a line: every special character backslash-escaped. Keeps line breaks. */
export function mdText(s: string): string {
  return s
    .replace(INLINE_SPECIAL, (m) => [...m].map((c) => `\\${c}`).join(''))
    .replace(/^([ \t]*)([-+=]|\d+[.)](?=\s|$))/gm, (_m, space: string, marker: string) => `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}

/** Text on one line (a heading, a table cell, a list item): runs of whitespace, line breaks included, become one space. */
export function mdLine(s: string): string {
  return mdText(s.replace(/\s+/g, ' ').trim());
}

/** A URL as a Markdown link target: characters that would end or break the link are percent-encoded. */
export function mdUrl(url: string): string {
  return url.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

function tagsOf(bundle: ArticleBundle): string[] {
  const tags = ['chiplens', ...bundle.article.tags.map(plainTag), ...bundle.mentions.map((m) => entityTag({ kind: m.kind, id: m.entityId }))];
  return [...new Set(tags)];
}

/** The YAML front matter of one article (Obsidian properties: text, date and list types). */
export function frontMatter(bundle: ArticleBundle, timeZone = 'UTC'): string {
  const a = bundle.article;
  const lines = ['---', `title: ${yamlString(a.title)}`, `url: ${yamlString(a.url)}`, `site: ${yamlString(a.site)}`, `lang: ${a.lang}`];
  // A property whose time is no date is left out: Obsidian would show an empty date as an error.
  const dated: [string, string | undefined][] = [
    ['published', a.publishedAt === undefined ? undefined : localDate(a.publishedAt, timeZone)],
    ['seen', localDateTime(a.firstSeen, timeZone)],
    ['saved', a.savedAt === undefined ? undefined : localDateTime(a.savedAt, timeZone)],
    ['read', a.readAt === undefined ? undefined : localDateTime(a.readAt, timeZone)],
  ];
  for (const [key, value] of dated) if (value !== undefined) lines.push(`${key}: ${value}`);
  lines.push('tags:', ...tagsOf(bundle).map((t) => `  - ${yamlString(t)}`), '---');
  return lines.join('\n');
}

/** The passage with the quoted words in bold; a space stays only where the page had one, so words are not split. */
function quoteCell(q: TextQuoteSelector): string {
  const before = q.prefix.replace(/\s+/g, ' ').trimStart();
  const after = q.suffix.replace(/\s+/g, ' ').trimEnd();
  const exact = mdLine(q.exact);
  const pre = before.trim() ? `…${mdLine(before)}${/\s$/.test(before) ? ' ' : ''}` : '';
  const post = after.trim() ? `${/^\s/.test(after) ? ' ' : ''}${mdLine(after)}…` : '';
  return `${pre}${exact ? `**${exact}**` : ''}${post}`;
}

function figuresTable(bundle: ArticleBundle, model: ExportModel, opts: MarkdownOptions, l: MarkdownLabels): string[] {
  if (!bundle.figures.length) return [];
  const describe = opts.describeFigure ?? plainFigure;
  const rows = bundle.figures.map(
    (f) =>
      `| ${mdLine(aboutEntity(model, f.about)?.name ?? '')} | ${mdLine(measureLabel(f.measure, opts) ?? '')} | ${mdLine(describe(f.value))} | ${quoteCell(f.quote)} |`,
  );
  return [`| ${l.about} | ${l.measure} | ${l.figure} | ${l.quote} |`, '| --- | --- | --- | --- |', ...rows];
}

/**
 * A note or highlight as a blockquote: the passage (a highlight's as Obsidian's `==mark==`), the note's text, its
 * tags as Obsidian `#tags`, and the date (with a highlight's colour).
 */
function noteBlock(note: NoteRow, l: MarkdownLabels, timeZone: string): string[] {
  const exact = note.selector.exact.trim();
  const passage = !exact ? `*${mdLine(l.wholeArticle)}*` : isHighlight(note) ? `==${mdLine(exact)}==` : `*„${mdLine(exact)}“*`;
  // Indented lines would turn into code blocks inside the quote; the indentation goes, the words stay.
  const text = note.body.replace(/\r\n?/g, '\n').trim().replace(/^[ \t]+/gm, '');
  const body = text ? ['>', ...mdText(text).split('\n').map((line) => (line.trim() ? `> ${line}` : '>'))] : [];
  const tags = note.tags.length ? ['>', `> ${[...new Set(note.tags.map(plainTag))].map((t) => `#${t}`).join(' ')}`] : [];
  // A time that is no date is left out (see `localDateTime`); a highlight's colour is named all the same.
  const last = [note.color ? l.colors[note.color] : '', localDateTime(note.updatedAt, timeZone)?.replace('T', ' ')].filter(Boolean).join(' · ');
  return [`> ${passage}`, ...body, ...tags, ...(last ? ['>', `> — ${last}`] : [])];
}

function datesLine(a: ArticleRow, l: MarkdownLabels, timeZone: string): string {
  const parts = [`[${mdLine(a.site || a.url)}](${mdUrl(a.url)})`];
  for (const [label, ms] of [
    [l.published, a.publishedAt],
    [l.saved, a.savedAt],
    [l.read, a.readAt],
  ] as const) {
    const day = ms === undefined ? undefined : localDate(ms, timeZone);
    if (day !== undefined) parts.push(`${label} ${day}`);
  }
  return parts.join(' · ');
}

/** The body of one article: heading, source line, entities, figures table, notes. `level` is its heading level. */
function articleBody(bundle: ArticleBundle, model: ExportModel, opts: MarkdownOptions, level: 1 | 2, inlineTags: boolean): string {
  const l = opts.labels ?? MARKDOWN_LABELS.en;
  const tz = opts.timeZone ?? 'UTC';
  const h = '#'.repeat(level);
  const out: string[] = [`${h} ${mdLine(bundle.article.title) || mdText(bundle.article.url)}`, '', datesLine(bundle.article, l, tz)];
  // In a digest the front matter is the digest's own, so each article carries its tags inline, where Obsidian reads them too.
  if (inlineTags) out.push('', tagsOf(bundle).map((t) => `#${t}`).join(' '));
  if (bundle.mentions.length) {
    out.push('', `${h}# ${l.entities}`, '');
    for (const m of bundle.mentions) out.push(`- ${mdLine(m.name)} (${l.kinds[m.kind]}, ${l.mentions(m.count)})`);
  }
  const table = figuresTable(bundle, model, opts, l);
  if (table.length) out.push('', `${h}# ${l.figures}`, '', ...table);
  if (bundle.notes.length) {
    out.push('', `${h}# ${l.notes}`);
    for (const n of bundle.notes) out.push('', ...noteBlock(n, l, tz));
  }
  return out.join('\n');
}

/** One article as a Markdown file: front matter, then its body. */
export function articleMarkdown(bundle: ArticleBundle, model: ExportModel, opts: MarkdownOptions = {}): string {
  return `${frontMatter(bundle, opts.timeZone)}\n\n${articleBody(bundle, model, opts, 1, false)}\n`;
}

/** One Markdown file for all (or the selected) articles, newest first. */
export function markdownDigest(backup: Backup, opts: MarkdownOptions = {}): string {
  const model = buildModel(backup, opts);
  const l = opts.labels ?? MARKDOWN_LABELS.en;
  const tz = opts.timeZone ?? 'UTC';
  const head = ['---', `title: ${yamlString(l.digestTitle)}`, `exported: ${localDateTime(backup.exportedAt, tz) ?? ''}`, `articles: ${model.bundles.length}`, 'tags:', '  - "chiplens"', '---', '', `# ${mdLine(l.digestTitle)}`];
  const sections = model.bundles.map((b) => articleBody(b, model, opts, 2, true));
  return [head.join('\n'), ...sections].join('\n\n') + '\n';
}

/** Characters no file name may hold on Windows, macOS or Linux, plus those Obsidian refuses in note names. */
const UNSAFE_NAME = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;

/** A file name for an article: `2025-08-22 Title.md`, safe on every system, at most about 100 characters. */
export function articleFileName(a: ArticleRow, timeZone = 'UTC'): string {
  let title = a.title
    .replace(UNSAFE_NAME, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;!?)])/g, '$1')
    .trim();
  if ([...title].length > 90) title = [...title].slice(0, 90).join('').trim();
  // Windows drops trailing dots and spaces, and a name that is only dots means something else.
  title = title.replace(/[. ]+$/, '').replace(/^\.+/, '') || 'article';
  const day = localDate(a.date, timeZone);
  return day ? `${day} ${title}.md` : `${title}.md`;
}

/** One Markdown file per article: file name → content. Clashing names get ` (2)`, ` (3)`… */
export function markdownFiles(backup: Backup, opts: MarkdownOptions = {}): Map<string, string> {
  const model = buildModel(backup, opts);
  const files = new Map<string, string>();
  const taken = new Set<string>();
  for (const b of model.bundles) {
    const base = articleFileName(b.article, opts.timeZone);
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = base.replace(/\.md$/, ` (${i}).md`);
    taken.add(name.toLowerCase());
    files.set(name, articleMarkdown(b, model, opts));
  }
  return files;
}
