/**
 * Runtime schemas (zod) for values that cross a trust boundary into the store: message payloads and backups.
 * The protocol in `lib/messages.ts` builds on the same pieces.
 */
import { z } from 'zod';
import { MEASURES } from '../extract/types.ts';
import { MARK_COLORS } from '../marks.ts';
import { QUOTE_CONTEXT_MAX, QUOTE_MAX, type TextPosition, type TextQuoteSelector } from '../passage.ts';
import { cleanUrl } from './canonical.ts';
import { publishedTimeOk, seenTimeOk } from './times.ts';
import type { ArticleRow, FigureRow, MentionRow, NoteRow } from './types.ts';

/** A finite number (zod 4 already rejects ±Infinity and NaN). */
const num = z.number();

/** Which rule of `times.ts` a time broke; carried in the issue so the UI can word it. */
export type TimeRule = 'seen' | 'published';

/**
 * A time the browser made (seen, saved, read, note times, backup made): 1970 up to a day after now, checked
 * against the clock at the moment of parsing.
 */
export const SeenTimeSchema = z
  .number()
  .int()
  .refine((t) => seenTimeOk(t), { message: 'must be a date from 1970 up to tomorrow', params: { time: 'seen' satisfies TimeRule } });

/** A publication date a page stated: 1970 up to a year after now. */
export const PublishedTimeSchema = z
  .number()
  .int()
  .refine((t) => publishedTimeOk(t), { message: 'must be a date from 1970 up to a year from now', params: { time: 'published' satisfies TimeRule } });
const id = z.number().int().positive();

export const LanguageSchema = z.enum(['de', 'en']);

export const EntityIdSchema = z.string().min(1).max(120);

/** A passage with context; bounded so one quote cannot bloat a message. */
export const QuoteSchema = z.object({
  exact: z.string().max(QUOTE_MAX),
  prefix: z.string().max(QUOTE_CONTEXT_MAX),
  suffix: z.string().max(QUOTE_CONTEXT_MAX),
}) satisfies z.ZodType<TextQuoteSelector>;

export const TextPositionSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((p) => p.end >= p.start, { message: 'end must not be before start', params: { rule: 'order' } }) satisfies z.ZodType<TextPosition>;

const range = { min: num.optional(), max: num.optional() };

/** The figure values of the DESIGN contract. */
export const FigureValueSchema = z.union([
  z.object({ type: z.literal('percent'), value: num }),
  z.object({ type: z.literal('percent'), min: num, max: num }),
  z.object({ type: z.literal('points'), value: num }),
  z.object({ type: z.literal('money'), amount: num, currency: z.string().regex(/^[A-Z]{3}$/), ...range }),
  z.object({ type: z.literal('quantity'), amount: num, unit: z.string().max(40).optional(), ...range }),
  z.object({ type: z.literal('memory'), amount: num, unit: z.enum(['GB', 'TB']) }),
  z.object({ type: z.literal('bandwidth'), amount: num, unit: z.enum(['GB/s', 'TB/s']) }),
  z.object({ type: z.literal('compute'), amount: num, unit: z.enum(['TFLOPS', 'PFLOPS']) }),
  z.object({ type: z.literal('process'), amount: num, unit: z.literal('nm') }),
  z.object({ type: z.literal('power'), amount: num, unit: z.literal('W') }),
  z.object({ type: z.literal('date'), iso: z.string().max(40) }),
]);

/** What a figure measures. */
export const MeasureSchema = z.enum(MEASURES);

/**
 * An article's address as the store keeps it: normalised by `cleanUrl`, exactly as a visited page's address is,
 * so that a revisit finds an imported article (and its notes) whatever tracking parameters, fragment or spaces
 * the backup's copy carried.
 */
export const HttpUrlSchema = z
  .string()
  .max(4096)
  // A refinement, not an issue raised inside the transform: it lets the backup's other checks still run and be
  // reported together.
  .refine((u) => cleanUrl(u) !== null, { message: 'must be an http(s) URL', params: { rule: 'url' } })
  .transform((u) => cleanUrl(u) ?? u);

const kind = z.enum(['chip', 'company']);

/**
 * What a checked backup row gives: the stored row (`types.ts`) without the fields the import derives again
 * (`Derived`), and with those an older backup may lack made optional (`Optional`). Each row schema below
 * `satisfies` it, so a field added to a row type and forgotten in its schema (or typed differently) fails to
 * compile.
 */
type BackupRow<Row, Derived extends keyof Row = never, Optional extends keyof Row = never> = Omit<Row, Derived | Optional> &
  Partial<Pick<Row, Optional>>;

export const ArticleRowSchema = z.object({
  id,
  url: HttpUrlSchema,
  title: z.string().max(2000),
  site: z.string().max(500),
  lang: LanguageSchema,
  publishedAt: PublishedTimeSchema.optional(),
  /** Recomputed on import; accepted but not trusted (it is `publishedAt ?? firstSeen`, so within their ranges). */
  date: PublishedTimeSchema.optional(),
  firstSeen: SeenTimeSchema,
  lastSeen: SeenTimeSchema,
  savedAt: SeenTimeSchema.optional(),
  readAt: SeenTimeSchema.optional(),
  tags: z.array(z.string().max(200)).max(200),
  entityIds: z.array(EntityIdSchema).max(5000),
}) satisfies z.ZodType<BackupRow<ArticleRow, never, 'date'>>;

export const MentionRowSchema = z.object({
  id: id.optional(),
  articleId: id,
  entityId: EntityIdSchema,
  kind,
  name: z.string().max(500),
  count: z.number().int().min(1),
  quote: QuoteSchema,
  start: z.number().int().min(0),
}) satisfies z.ZodType<BackupRow<MentionRow, 'date', 'id'>>;

export const FigureRowSchema = z.object({
  id: id.optional(),
  articleId: id,
  about: EntityIdSchema.optional(),
  value: FigureValueSchema,
  /**
   * Optional: backups written before figures had a measure lack it (read as not known, or what a spec's unit
   * says, see `figureMeasure`), and a build that predates it drops the field instead of refusing the backup.
   */
  measure: MeasureSchema.optional(),
  quote: QuoteSchema,
  start: z.number().int().min(0),
}) satisfies z.ZodType<BackupRow<FigureRow, 'date' | 'type', 'id' | 'measure'>>;

export const NoteRowSchema = z.object({
  id: id.optional(),
  articleId: id,
  selector: QuoteSchema,
  position: TextPositionSchema.optional(),
  body: z.string().max(100_000),
  /** Version 3: a highlight's colour. */
  color: z.enum(MARK_COLORS).optional(),
  /** Version 3: the reader's tags (a version-2 backup has none). */
  tags: z.array(z.string().max(200)).max(200).default([]),
  createdAt: SeenTimeSchema,
  updatedAt: SeenTimeSchema,
}) satisfies z.ZodType<BackupRow<NoteRow, never, 'id'>>;

/**
 * Format version of {@link StoreDump}; bump when a row shape changes and convert older dumps on import.
 * 3: notes carry `tags` and, on highlights, `color`. A version-2 backup reads as version 3 with no tags.
 */
export const DUMP_VERSION = 3;
/** Versions this build imports. */
export const DUMP_VERSIONS_READ = [2, 3] as const;

/** What a backup says about itself; the rows follow in `articles`, `mentions`, `figures` and `notes`. */
export const BackupHeaderSchema = {
  format: z.literal('chiplens-store'),
  version: z.union(DUMP_VERSIONS_READ.map((v) => z.literal(v))),
  exportedAt: SeenTimeSchema,
} as const;

/**
 * The schema of each table's rows in a backup. Child rows point at articles by the backup's own article ids; the
 * import checks across rows (unique article ids and addresses, no child without its article) as it reads them.
 */
export const BACKUP_ROW_SCHEMAS = {
  articles: ArticleRowSchema,
  mentions: MentionRowSchema,
  figures: FigureRowSchema,
  notes: NoteRowSchema,
} as const;

export type BackupTable = keyof typeof BACKUP_ROW_SCHEMAS;

/** The tables of a backup in the order they are written and moved into the store (articles before their children). */
export const BACKUP_TABLES: readonly BackupTable[] = ['articles', 'mentions', 'figures', 'notes'];

/** A whole backup, checked. */
export type StoreDump = {
  format: 'chiplens-store';
  version: typeof DUMP_VERSION;
  exportedAt: number;
} & { [T in BackupTable]: z.output<(typeof BACKUP_ROW_SCHEMAS)[T]>[] };
