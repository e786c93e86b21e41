/**
 * The one message protocol between the content script, the popup, the library page and the background.
 *
 * Every request is a plain object with a `type`; every answer is `{ok: true, data}` or
 * `{ok: false, error: {code, message}}`. The background validates each request against the schemas below
 * before it touches the store, so a malformed or unknown message writes nothing and still gets an answer.
 */
import type { EarlyPaintPlan } from './dom/early-paint.ts';
import { z } from 'zod';
import { REPORT_LIMITS } from './report.ts';
import type { StoreDb } from './store/db.ts';
import { toStoreError, validationIssues, type StoreErrorCode, type ValidationIssue } from './store/errors.ts';
import { articleByUrl, articleDetail, recordArticle, RecordRefused, totals, type RecordResult } from './store/articles.ts';
import { coMentions, entityContext, figureTimeline } from './store/context.ts';
import { deleteArticle, type DeletedArticle } from './store/delete-article.ts';
import { wipe } from './store/dump.ts';
import { MARK_COLORS } from './marks.ts';
import { addNote, deleteNote, listNotes, noteTags, updateNote } from './store/notes.ts';
import { searchLibrary, type SearchResult } from './store/search.ts';
import { allTags, markRead, readingList, save, setTags, unsave, type ListPage } from './store/reading-list.ts';
import { EntityIdSchema, FigureValueSchema, LanguageSchema, MeasureSchema, QuoteSchema, TextPositionSchema } from './store/rows.ts';
import type { ArticleDetail, ArticleRow, CoMention, EntityContext, NoteRow, TimelinePoint, Totals } from './store/types.ts';
import type { Annotation } from './extract/types.ts';
import type { NoteAnchor } from './frame-protocol.ts';
import type { RecordBudget } from './record-limits.ts';
import { isOnOrigin } from './sender.ts';
import { SKETCH_LIMITS, type PageSketch } from './gate/page-sketch.ts';
import type { Decision } from './settings.ts';

// ---------------------------------------------------------------------------------------------------------
// Requests

const id = z.number().int().positive();
const offset = z.number().int().min(0);
const limit = (max: number) => z.number().int().min(1).max(max);

/** The `article/seen` payload (see `lib/report.ts`), with the bounds the report builder keeps. */
export const ArticleReportSchema = z.object({
  url: z.string().min(1).max(REPORT_LIMITS.url),
  canonical: z.string().max(REPORT_LIMITS.url).optional(),
  title: z.string().max(REPORT_LIMITS.title),
  site: z.string().max(REPORT_LIMITS.site).optional(),
  lang: LanguageSchema,
  publishedAt: z.string().max(64).optional(),
  entities: z
    .array(
      z.object({
        id: EntityIdSchema,
        kind: z.enum(['chip', 'company']),
        name: z.string().max(REPORT_LIMITS.name),
        count: z.number().int().min(1),
        quote: QuoteSchema,
        start: z.number().int().min(0),
      }),
    )
    .max(REPORT_LIMITS.entities),
  figures: z
    .array(
      z.object({
        value: FigureValueSchema,
        about: EntityIdSchema.optional(),
        measure: MeasureSchema.optional(),
        quote: QuoteSchema,
        start: z.number().int().min(0),
      }),
    )
    .max(REPORT_LIMITS.figures),
});

const ListQuerySchema = z.strictObject({
  scope: z.enum(['saved', 'seen']).optional(),
  state: z.enum(['all', 'unread', 'read']).optional(),
  tag: z.string().max(200).optional(),
  text: z.string().max(500).optional(),
  entityId: EntityIdSchema.optional(),
  sort: z.enum(['saved', 'date', 'seen', 'title']).optional(),
  offset: offset.optional(),
  limit: limit(500).optional(),
});

const NoteBody = z.string().max(100_000);
const MarkColorSchema = z.enum(MARK_COLORS);
const Tags = z.array(z.string().max(200)).max(100);

/**
 * A request about one page, which it names by its stored id or by its address (with the canonical address the
 * page states).
 */
function pageRequest<T extends string>(type: T) {
  return z
    .strictObject({
      type: z.literal(type),
      articleId: id.optional(),
      url: z.string().max(REPORT_LIMITS.url).optional(),
      canonical: z.string().max(REPORT_LIMITS.url).optional(),
    })
    .refine((r) => r.articleId !== undefined || r.url !== undefined, { message: 'needs articleId or url', params: { rule: 'id-or-url' } });
}

/** Every request, by type. */
export const REQUEST_SCHEMAS = {
  'article/seen': z.strictObject({ type: z.literal('article/seen'), report: ArticleReportSchema }),
  'article/get': pageRequest('article/get'),
  'entity/context': z.strictObject({
    type: z.literal('entity/context'),
    entityId: EntityIdSchema,
    excludeArticleId: id.optional(),
    limit: limit(100).optional(),
  }),
  'entity/timeline': z.strictObject({
    type: z.literal('entity/timeline'),
    entityId: EntityIdSchema,
    limit: limit(1000).optional(),
    measure: MeasureSchema.optional(),
    earlierThan: id.optional(),
  }),
  'entity/co-mentions': z.strictObject({ type: z.literal('entity/co-mentions'), entityId: EntityIdSchema, limit: limit(100).optional() }),
  'list/get': z.strictObject({ type: z.literal('list/get'), query: ListQuerySchema.default({}) }),
  'list/save': z.strictObject({ type: z.literal('list/save'), articleId: id }),
  'list/unsave': z.strictObject({ type: z.literal('list/unsave'), articleId: id }),
  'list/mark-read': z.strictObject({ type: z.literal('list/mark-read'), articleId: id, read: z.boolean().default(true) }),
  'list/set-tags': z.strictObject({ type: z.literal('list/set-tags'), articleId: id, tags: z.array(z.string().max(200)).max(100) }),
  'list/tags': z.strictObject({ type: z.literal('list/tags') }),
  // Deletes an article with its mentions, figures and notes: the library asks only after the reader confirmed.
  'article/delete': z.strictObject({ type: z.literal('article/delete'), articleId: id }),
  'notes/list': z.strictObject({ type: z.literal('notes/list'), articleId: id.optional(), tag: z.string().max(200).optional() }),
  'notes/tags': z.strictObject({ type: z.literal('notes/tags') }),
  // Where the notes of one page go, without their text: what a content script may know of them.
  'notes/anchors': pageRequest('notes/anchors'),
  'notes/add': z.strictObject({
    type: z.literal('notes/add'),
    note: z.strictObject({
      articleId: id,
      selector: QuoteSchema,
      position: TextPositionSchema.optional(),
      body: NoteBody,
      color: MarkColorSchema.optional(),
      tags: Tags.optional(),
    }),
  }),
  'notes/update': z.strictObject({
    type: z.literal('notes/update'),
    id,
    patch: z.strictObject({
      selector: QuoteSchema.optional(),
      position: TextPositionSchema.optional(),
      body: NoteBody.optional(),
      color: MarkColorSchema.optional(),
      tags: Tags.optional(),
    }),
  }),
  'notes/delete': z.strictObject({ type: z.literal('notes/delete'), id }),
  'library/search': z.strictObject({ type: z.literal('library/search'), query: z.string().max(500), limit: limit(200).optional() }),
  'stats/totals': z.strictObject({ type: z.literal('stats/totals') }),
  // A wipe must be asked for explicitly; a stray `{type: 'data/wipe'}` is refused.
  'data/wipe': z.strictObject({ type: z.literal('data/wipe'), confirm: z.literal(true) }),
} as const;

/**
 * The first stage's one request, answered by the background itself (it needs the sender's tab). `look`: here is
 * a sketch of my page; should the annotator run on it? The background judges it with the reader's settings (off,
 * "always" or "never" for the site, watch terms), the gate (`lib/gate`) and, on the first look at an address, whether
 * the reader has notes there; the page's own script never sees the answer, and nothing private is in it.
 * `load: 'now'`: load the annotator into the asking frame (where the first stage cannot import it itself). The
 * page is always the sender's own address, never one the message names.
 */
const SketchSchema = z.strictObject({
  title: z.string().max(SKETCH_LIMITS.title),
  description: z.string().max(SKETCH_LIMITS.description),
  headings: z.string().max(SKETCH_LIMITS.headings),
  main: z.string().max(SKETCH_LIMITS.main),
  htmlLang: z.string().max(SKETCH_LIMITS.htmlLang).optional(),
}) satisfies z.ZodType<PageSketch>;
export const PageStageSchema = z.union([
  z.strictObject({ type: z.literal('page/stage'), load: z.literal('now') }),
  z.strictObject({ type: z.literal('page/stage'), look: SketchSchema, first: z.boolean() }),
]);
export type PageStageRequest = z.infer<typeof PageStageSchema>;
export interface PageStageAnswer {
  /** The annotator should run on the page. */
  annotate: boolean;
  /** The background has loaded it into the asking frame (`load: 'now'`). */
  loaded: boolean;
  /** The reader's setting for the page. */
  decision: Decision;
  /** On a chip page: the first highlights, for the first stage to show before the annotator is there. */
  paint?: EarlyPaintPlan;
}

/**
 * The annotator's request on a long page: read these consecutive pieces of the page's own text (in the page's
 * language) and answer what the extractor finds in each, so that the bulk of a long page is read in the
 * background's thread rather than in the page's. Answered by the background itself, to content scripts only;
 * nothing is stored. Answer: `{ annotations }`, one per piece, offsets within the piece.
 */
export const EXTRACT_LIMITS = {
  /** Pieces in one request: a page of 1 MB makes about 90. */
  pieces: 1000,
  /** Characters of one piece (the annotator cuts pieces of at most 12,000). */
  pieceChars: 50_000,
  /**
   * Characters of all pieces together: a bound on the background's work for one message (about half a second),
   * whatever a page's renderer asks. A longer page is read in the page, as it was before.
   */
  totalChars: 8_000_000,
} as const;
export const PageExtractSchema = z.strictObject({
  type: z.literal('page/extract'),
  lang: LanguageSchema,
  texts: z
    .array(z.string().max(EXTRACT_LIMITS.pieceChars))
    .min(1)
    .max(EXTRACT_LIMITS.pieces)
    .refine((texts) => texts.reduce((n, t) => n + t.length, 0) <= EXTRACT_LIMITS.totalChars, `At most ${EXTRACT_LIMITS.totalChars} characters in all.`),
});
export type PageExtractRequest = z.infer<typeof PageExtractSchema>;
export interface PageExtractAnswer {
  annotations: Annotation[];
}

type Schemas = typeof REQUEST_SCHEMAS;
export type RequestType = keyof Schemas;
/** A validated request (defaults filled in). */
export type Request = { [K in RequestType]: z.output<Schemas[K]> }[RequestType];
/** A request as a sender writes it (fields with defaults may be left out). */
export type RequestInput = { [K in RequestType]: z.input<Schemas[K]> }[RequestType];
export type RequestOf<K extends RequestType> = z.output<Schemas[K]>;

// ---------------------------------------------------------------------------------------------------------
// Responses

/** What each request answers with. */
export interface ResponseData {
  'article/seen': RecordResult;
  /** `null` when the article is not stored. */
  'article/get': ArticleDetail | null;
  'entity/context': EntityContext;
  'entity/timeline': TimelinePoint[];
  'entity/co-mentions': CoMention[];
  'list/get': ListPage;
  'list/save': ArticleRow;
  'list/unsave': ArticleRow;
  'list/mark-read': ArticleRow;
  'list/set-tags': ArticleRow;
  'list/tags': { tag: string; articles: number }[];
  'article/delete': DeletedArticle;
  'notes/list': NoteRow[];
  'notes/tags': { tag: string; notes: number }[];
  /** `null` when the page is not stored. */
  'notes/anchors': { articleId: number; anchors: NoteAnchor[] } | null;
  'notes/add': NoteRow;
  'notes/update': NoteRow;
  'notes/delete': null;
  'library/search': SearchResult;
  'stats/totals': Totals;
  'data/wipe': null;
}

/**
 * Why a request failed: a store code, or `bad-request` (the message does not match its schema),
 * `unknown-type` (no such request), `no-response` (the background could not be reached), `forbidden` (this
 * sender may not ask this), `rate-limited` (the tab added as many new articles as it may for now).
 */
export type ErrorCode = StoreErrorCode | 'bad-request' | 'unknown-type' | 'no-response' | 'forbidden' | 'rate-limited';

export interface MessageError {
  code: ErrorCode;
  /** An English sentence, for logs; the UI says the code (and the issues) in the reader's language. */
  message: string;
  /** For `bad-request` and `invalid`: what the validator found. */
  issues?: ValidationIssue[];
}

export type Response<K extends RequestType> = { ok: true; data: ResponseData[K] } | { ok: false; error: MessageError };
export type AnyResponse = { [K in RequestType]: Response<K> }[RequestType];

// ---------------------------------------------------------------------------------------------------------
// Background side

/**
 * Who asks. `extension`: ChipLens's own pages (popup, library, options, the card frame) and the background
 * itself: everything. `content-script`: the script in a web page (see `lib/sender.ts`), which may only record
 * its own page and learn where that page's notes go; `origin` is its document's origin (what pushState cannot
 * change), `budget` limits how many new articles its tab may add.
 */
export type Caller = { kind: 'extension' } | { kind: 'content-script'; origin: string | null; tabId: number; budget?: RecordBudget };

export const EXTENSION_CALLER: Caller = { kind: 'extension' };

/** What a content script may ask: its page's record and the places of its page's notes (never their text). */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set(['article/seen', 'notes/anchors']);

class Forbidden extends Error {
  override readonly name = 'Forbidden';
}

/** A content script may name only addresses on its own document's origin. */
function requireOwnPage(caller: Caller, url: string): void {
  if (caller.kind === 'content-script' && (caller.origin === null || !isOnOrigin(url, caller.origin))) {
    throw new Forbidden('A page may only ask ChipLens about itself.');
  }
}

/** Records a page; a content script's new article spends one slot of its tab's budget. */
async function recordFor(db: StoreDb, r: RequestOf<'article/seen'>, caller: Caller): Promise<RecordResult> {
  requireOwnPage(caller, r.report.url);
  if (caller.kind !== 'content-script' || !caller.budget) return recordArticle(db, r.report);
  const { budget } = caller;
  await budget.ready;
  const took = budget.take(caller.tabId);
  try {
    const result = await recordArticle(db, r.report, Date.now(), { mayCreate: took });
    if (took && !result.created) budget.refund(caller.tabId);
    return result;
  } catch (e) {
    if (took) budget.refund(caller.tabId);
    throw e;
  }
}

type Handlers = { [K in RequestType]: (db: StoreDb, req: RequestOf<K>, caller: Caller) => Promise<ResponseData[K]> };

const HANDLERS: Handlers = {
  'article/seen': (db, r, caller) => recordFor(db, r, caller),
  'article/get': async (db, r) => {
    const article = r.articleId !== undefined ? await db.articles.get(r.articleId) : await articleByUrl(db, r.url!, r.canonical);
    return article ? ((await articleDetail(db, article.id)) ?? null) : null;
  },
  'entity/context': (db, r) => entityContext(db, r.entityId, { excludeArticleId: r.excludeArticleId, limit: r.limit }),
  'entity/timeline': (db, r) => figureTimeline(db, r.entityId, { limit: r.limit, measure: r.measure, earlierThan: r.earlierThan }),
  'entity/co-mentions': (db, r) => coMentions(db, r.entityId, r.limit),
  'list/get': (db, r) => readingList(db, r.query),
  'list/save': (db, r) => save(db, r.articleId),
  'list/unsave': (db, r) => unsave(db, r.articleId),
  'list/mark-read': (db, r) => markRead(db, r.articleId, r.read),
  'list/set-tags': (db, r) => setTags(db, r.articleId, r.tags),
  'list/tags': (db) => allTags(db),
  'article/delete': (db, r) => deleteArticle(db, r.articleId),
  'notes/list': (db, r) => listNotes(db, r.articleId, r.tag !== undefined ? { tag: r.tag } : {}),
  'notes/tags': (db) => noteTags(db),
  'notes/anchors': async (db, r, caller) => {
    if (r.url !== undefined) requireOwnPage(caller, r.url);
    const article = r.articleId !== undefined ? await db.articles.get(r.articleId) : await articleByUrl(db, r.url!, r.canonical);
    if (!article) return null;
    // By id too: the article must be one of the asking page's own site.
    requireOwnPage(caller, article.url);
    const notes = await listNotes(db, article.id);
    // Where each note goes and a highlight's colour: never a note's text or tags.
    const anchors = notes.map(({ id, selector, position, color }): NoteAnchor => ({ id, selector, ...(position ? { position } : {}), ...(color ? { color } : {}) }));
    return { articleId: article.id, anchors };
  },
  'notes/add': (db, r) => addNote(db, r.note),
  'notes/update': (db, r) => updateNote(db, r.id, r.patch),
  'notes/delete': async (db, r) => {
    await deleteNote(db, r.id);
    return null;
  },
  'library/search': (db, r) => searchLibrary(db, r.query, r.limit),
  'stats/totals': (db) => totals(db),
  'data/wipe': async (db) => {
    await wipe(db);
    return null;
  },
};

function failure(code: ErrorCode, message: string, issues?: ValidationIssue[]): { ok: false; error: MessageError } {
  return { ok: false, error: issues?.length ? { code, message, issues } : { code, message } };
}

function isRequestType(t: unknown): t is RequestType {
  return typeof t === 'string' && Object.hasOwn(REQUEST_SCHEMAS, t);
}

/** The answer to a sender that may not ask anything (another extension, an unknown context). */
export function forbidden(): { ok: false; error: MessageError } {
  return failure('forbidden', 'ChipLens answers only its own pages and its script in the page.');
}

/**
 * Validates and answers one message. Never throws: every failure becomes `{ok: false, error}`.
 * The database is only opened (by calling `db` when it is a function) once the message is known to be valid
 * and allowed for its caller.
 *
 * @param db the store, or a function that opens it (the background opens lazily, per message).
 * @param caller who asks (see {@link Caller}); the background's own callers (menus, commands) are `extension`.
 */
export async function handleMessage(db: StoreDb | (() => Promise<StoreDb>), raw: unknown, caller: Caller = EXTENSION_CALLER): Promise<AnyResponse> {
  const type = raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  if (!isRequestType(type)) {
    const shown = typeof type === 'string' ? `"${type.slice(0, 60)}"` : 'a message without a type';
    return failure('unknown-type', `ChipLens does not know ${shown}.`);
  }
  if (caller.kind === 'content-script' && !CONTENT_SCRIPT_REQUESTS.has(type)) {
    return failure('forbidden', `"${type}" is answered for ChipLens's own pages only, not for a script in a web page.`);
  }
  const parsed = REQUEST_SCHEMAS[type].safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`);
    return failure('bad-request', `Invalid "${type}" request: ${issues.join('; ')}.`, validationIssues(parsed.error.issues, 5));
  }
  try {
    const store = typeof db === 'function' ? await db() : db;
    const handler = HANDLERS[type] as (db: StoreDb, req: Request, caller: Caller) => Promise<ResponseData[RequestType]>;
    return { ok: true, data: await handler(store, parsed.data as Request, caller) } as AnyResponse;
  } catch (e) {
    if (e instanceof Forbidden) return failure('forbidden', e.message);
    if (e instanceof RecordRefused) return failure('rate-limited', e.message);
    const err = toStoreError(e);
    return failure(err.code, err.message, err.issues);
  }
}
