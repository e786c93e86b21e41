/**
 * The backup read the way every export format needs it: articles in a stable order, each with its own mentions,
 * figures and notes, and entity names resolved once. Pure: a backup in, plain objects out.
 */
import type { FigureValue, Measure } from '../extract/types.ts';
import { lookupEntity } from '../kb/index.ts';
import type { StoreExport } from '../store/dump.ts';
import { isoTime, validTime } from '../store/times.ts';
import type { ArticleRow, FigureRow, MentionRow, NoteRow } from '../store/types.ts';

/** The backup every exporter takes: what `exportAll` reads from the store. */
export type Backup = Pick<StoreExport, 'exportedAt' | 'articles' | 'mentions' | 'figures' | 'notes'>;

/** One article with the rows that belong to it, children in reading order. */
export interface ArticleBundle {
  article: ArticleRow;
  /** Most mentioned first. */
  mentions: MentionRow[];
  /** In page order. */
  figures: FigureRow[];
  /** Oldest first. */
  notes: NoteRow[];
}

/** An entity as the exports name it. */
export interface EntityRef {
  id: string;
  kind: 'chip' | 'company';
  name: string;
}

/** Which articles to export. */
export interface Selection {
  /** Only these article ids (in the backup's numbering); all when left out. */
  articleIds?: readonly number[];
  /** Only articles on the reading list. */
  savedOnly?: boolean;
}

/** Options shared by the exporters. */
export interface ExportOptions extends Selection {
  /**
   * IANA time zone for the calendar dates and local times written into Markdown and CSV (the reader's own, from
   * `Intl.DateTimeFormat().resolvedOptions().timeZone`); `UTC` when left out, so the output is reproducible.
   */
  timeZone?: string;
  /** Words for a figure; {@link plainFigure} when left out. The library page passes the card's wording in the UI language. */
  describeFigure?: (value: FigureValue) => string;
  /** Words for what a figure measures; the vocabulary's own id ("charge") when left out. The library page passes the card's. */
  describeMeasure?: (measure: Measure) => string;
}

/** What a stored figure measures, in the caller's words; `undefined` when it is not known (nothing to label). */
export function measureLabel(measure: Measure | undefined, opts: Pick<ExportOptions, 'describeMeasure'>): string | undefined {
  if (measure === undefined || measure === 'unknown') return undefined;
  return opts.describeMeasure ? opts.describeMeasure(measure) : measure;
}

/** The backup indexed: bundles newest first (then by id, so equal dates keep one order) and entities by id. */
export interface ExportModel {
  bundles: ArticleBundle[];
  entities: Map<string, EntityRef>;
}

function byArticle<T extends { articleId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.articleId);
    if (list) list.push(row);
    else out.set(row.articleId, [row]);
  }
  return out;
}

/**
 * Export order: newest first, then by id; an article whose date is no date (stored before dates were checked)
 * comes last instead of making the comparison meaningless.
 */
export function newestFirst(a: Pick<ArticleRow, 'date' | 'id'>, b: Pick<ArticleRow, 'date' | 'id'>): number {
  const da = validTime(a.date) ? a.date : -Infinity;
  const db = validTime(b.date) ? b.date : -Infinity;
  return da === db ? a.id - b.id : db > da ? 1 : -1;
}

/** Indexes a backup, keeping only the selected articles. */
export function buildModel(backup: Backup, selection: Selection = {}): ExportModel {
  const wanted = selection.articleIds ? new Set(selection.articleIds) : null;
  const mentions = byArticle(backup.mentions);
  const figures = byArticle(backup.figures);
  const notes = byArticle(backup.notes);
  // Names come from the newest article that mentions the entity: the same rule the store's entity table follows.
  const entities = new Map<string, EntityRef & { date: number }>();
  const dateOf = new Map(backup.articles.map((a) => [a.id, a.date]));
  for (const m of backup.mentions) {
    const date = dateOf.get(m.articleId) ?? 0;
    const known = entities.get(m.entityId);
    if (!known || date >= known.date) entities.set(m.entityId, { id: m.entityId, kind: m.kind, name: m.name, date });
  }
  const bundles = backup.articles
    .filter((a) => (!wanted || wanted.has(a.id)) && (!selection.savedOnly || a.savedAt !== undefined))
    .sort(newestFirst)
    .map((article) => ({
      article,
      mentions: [...(mentions.get(article.id) ?? [])].sort((a, b) => b.count - a.count || a.start - b.start),
      figures: [...(figures.get(article.id) ?? [])].sort((a, b) => a.start - b.start),
      notes: [...(notes.get(article.id) ?? [])].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id),
    }));
  return { bundles, entities: new Map([...entities].map(([id, { date: _date, ...ref }]) => [id, ref])) };
}

/** The entity a figure is about, named as stored articles name it, else as the knowledge base does, else by its id. */
export function aboutEntity(model: ExportModel, about: string | undefined): EntityRef | undefined {
  if (about === undefined) return undefined;
  const known = model.entities.get(about);
  if (known) return known;
  // Figures can be about an entity no stored article mentions by name (the extractor attributes by context).
  const kb = lookupEntity(about);
  if (!kb) return { id: about, kind: 'company', name: about };
  return kb.kind === 'chip' ? { id: about, kind: 'chip', name: kb.chip.name } : { id: about, kind: 'company', name: kb.company.name };
}

/** An entity as an Obsidian tag: `chip/nvidia-h20`, `company/nvidia` (ids are already lower-case slugs). */
export function entityTag(e: Pick<EntityRef, 'kind' | 'id'>): string {
  return `${e.kind}/${e.id.replace(/[^\p{L}\p{N}_/-]+/gu, '-')}`;
}

/** A reader's tag as an Obsidian tag: no spaces or punctuation Obsidian would end the tag at. */
export function plainTag(tag: string): string {
  return tag.trim().replace(/[^\p{L}\p{N}_/-]+/gu, '-').replace(/^-+|-+$/g, '') || 'tag';
}

const partsCache = new Map<string, Intl.DateTimeFormat>();

function parts(ms: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  let fmt = partsCache.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsCache.set(timeZone, fmt);
  }
  const out = { year: '', month: '', day: '', hour: '', minute: '' };
  for (const p of fmt.formatToParts(ms)) if (p.type in out) out[p.type as keyof typeof out] = p.value;
  return out;
}

/** `2026-11-23` in the time zone; `undefined` for a stored time that is no date (see `lib/store/times.ts`). */
export function localDate(ms: number, timeZone = 'UTC'): string | undefined {
  if (!validTime(ms)) return undefined;
  const p = parts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `2026-11-23T14:05` in the time zone (the form Obsidian's date-time property reads); `undefined` for no date. */
export function localDateTime(ms: number, timeZone = 'UTC'): string | undefined {
  if (!validTime(ms)) return undefined;
  const p = parts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Full ISO 8601 in UTC, as xsd:dateTime wants it; `undefined` for no date. */
export function isoUtc(ms: number): string | undefined {
  return isoTime(ms);
}

/** A figure's number(s) and unit with no locale: `5500000000 USD`, `10–20 %`, `141 GB`. */
export function plainFigure(v: FigureValue): string {
  switch (v.type) {
    case 'percent':
      return 'value' in v ? `${v.value} %` : `${v.min}–${v.max} %`;
    case 'points':
      return `${v.value} pp`;
    case 'money':
      return `${range(v.amount, v.max)} ${v.currency}`;
    case 'quantity':
      return v.unit ? `${range(v.amount, v.max)} ${v.unit}` : range(v.amount, v.max);
    case 'date':
      return v.iso;
    default:
      return `${v.amount} ${v.unit}`;
  }
}

function range(amount: number, max: number | undefined): string {
  return max !== undefined && max !== amount ? `${amount}–${max}` : String(amount);
}

/** The figure's columns for tables: the single value or the bounds of a range, and its unit or currency. */
export function figureColumns(v: FigureValue): { value: string; min: string; max: string; unit: string } {
  switch (v.type) {
    case 'percent':
      return 'value' in v ? { value: String(v.value), min: '', max: '', unit: '%' } : { value: '', min: String(v.min), max: String(v.max), unit: '%' };
    case 'points':
      return { value: String(v.value), min: '', max: '', unit: 'pp' };
    case 'money':
    case 'quantity': {
      const unit = v.type === 'money' ? v.currency : (v.unit ?? '');
      // A range is stored as `amount` (its low end, also given as `min`) plus `max`.
      if (v.max !== undefined) return { value: '', min: String(v.min ?? v.amount), max: String(v.max), unit };
      return { value: String(v.amount), min: '', max: '', unit };
    }
    case 'date':
      return { value: v.iso, min: '', max: '', unit: '' };
    default:
      return { value: String(v.amount), min: '', max: '', unit: v.unit };
  }
}
