/**
 * CSV export (RFC 4180): the figures table, the reading list, and the notes and highlights, for spreadsheets.
 *
 * - Fields are quoted when they hold a comma, a quote, CR or LF; quotes are doubled; records end in CRLF.
 * - The file starts with a UTF-8 byte-order mark: without it Excel reads UTF-8 as Windows-1252 and "Präsident"
 *   comes out as "PrÃ¤sident". Other tools (LibreOffice, pandas with `encoding='utf-8-sig'`) skip it.
 * - Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or CR before one)
 *   as a formula, so a page title like `=HYPERLINK("http://evil","click")` would become a live link or worse.
 *   Every text cell taken from a page or a reader that starts with one of these gets a leading apostrophe, which
 *   spreadsheets show as text (OWASP's advice). Numbers this module writes itself (a negative change) stay numbers.
 */
import { isHighlight } from '../store/types.ts';
import { aboutEntity, buildModel, figureColumns, localDate, localDateTime, type Backup, type ExportOptions } from './model.ts';

/** The byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\ufeff';

/** A cell: text (guarded against formula injection) or a number written as it is. */
export type Cell = string | number | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted if needed and defused if it could run as a formula. */
export function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header, rows, each record ending in CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

const num = (s: string): Cell => (s === '' ? undefined : Number.isFinite(Number(s)) ? Number(s) : s);

export const FIGURE_COLUMNS = [
  'article',
  'url',
  'date',
  'entity_id',
  'entity_name',
  'entity_kind',
  'measure',
  'type',
  'value',
  'min',
  'max',
  'unit',
  'text',
  'passage',
] as const;

/**
 * The figures table: one row per figure of the selected articles, newest article first, figures in page order.
 * `measure` is what the figure measures, as the vocabulary's id (`revenue`, `charge`…, `unknown`), so a spreadsheet
 * can filter by entity and measure before it compares; `value` holds a single number (or a date's ISO text), `min`/`max` the bounds of a range; `unit` is the unit,
 * `%`, `pp` or the ISO currency. `text` is the figure as the page wrote it; `passage` adds its context.
 */
export function figuresCsv(backup: Backup, opts: ExportOptions = {}): string {
  const model = buildModel(backup, opts);
  const rows: Cell[][] = [];
  for (const b of model.bundles) {
    for (const f of b.figures) {
      const about = aboutEntity(model, f.about);
      const c = figureColumns(f.value);
      const passage = `${f.quote.prefix}${f.quote.exact}${f.quote.suffix}`.replace(/\s+/g, ' ').trim();
      rows.push([
        b.article.title,
        b.article.url,
        localDate(b.article.date, opts.timeZone),
        about?.id,
        about?.name,
        about?.kind,
        f.measure ?? 'unknown',
        f.value.type,
        f.value.type === 'date' ? c.value : num(c.value),
        num(c.min),
        num(c.max),
        c.unit,
        f.quote.exact,
        passage,
      ]);
    }
  }
  return csvDocument(FIGURE_COLUMNS, rows);
}

export const READING_LIST_COLUMNS = ['title', 'url', 'site', 'lang', 'published', 'seen', 'saved', 'read', 'tags', 'entities', 'notes'] as const;

/**
 * The reading list: one row per selected article. Dates are `YYYY-MM-DD` (published) or `YYYY-MM-DD HH:MM` in the
 * chosen time zone, which spreadsheets read as dates; tags and entity names are joined with `; `.
 */
export function readingListCsv(backup: Backup, opts: ExportOptions = {}): string {
  const model = buildModel(backup, opts);
  const when = (ms: number | undefined) => (ms === undefined ? undefined : localDateTime(ms, opts.timeZone)?.replace('T', ' '));
  const rows = model.bundles.map(({ article: a, mentions, notes }): Cell[] => [
    a.title,
    a.url,
    a.site,
    a.lang,
    a.publishedAt === undefined ? undefined : localDate(a.publishedAt, opts.timeZone),
    when(a.firstSeen),
    when(a.savedAt),
    when(a.readAt),
    a.tags.join('; '),
    mentions.map((m) => m.name).join('; '),
    notes.length,
  ]);
  return csvDocument(READING_LIST_COLUMNS, rows);
}

export const NOTE_COLUMNS = ['article', 'url', 'kind', 'color', 'passage', 'note', 'tags', 'created', 'updated'] as const;

/**
 * The notes and highlights: one row per note of the selected articles, newest article first, notes oldest first.
 * `kind` is `note` or `highlight`, `color` a highlight's colour name; tags are joined with `; `.
 */
export function notesCsv(backup: Backup, opts: ExportOptions = {}): string {
  const model = buildModel(backup, opts);
  const when = (ms: number) => localDateTime(ms, opts.timeZone)?.replace('T', ' ');
  const rows: Cell[][] = [];
  for (const { article: a, notes } of model.bundles) {
    for (const n of notes) {
      rows.push([a.title, a.url, isHighlight(n) ? 'highlight' : 'note', n.color, n.selector.exact, n.body, n.tags.join('; '), when(n.createdAt), when(n.updatedAt)]);
    }
  }
  return csvDocument(NOTE_COLUMNS, rows);
}
