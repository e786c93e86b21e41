/**
 * The one message protocol between the content script, the popup, the library page and the background.
 *
 * Every request is a plain object with a `type`; every answer is `{ok: true, data}` or
 * `{ok: false, error: {code, message}}`. The background validates each request against the schemas below
 * before it touches the store, so a malformed or unknown message writes nothing and still gets an answer.
 */
import { z } from 'zod';
import { REPORT_LIMITS } from './report';
import type { StoreDb } from './store/db';
import { toStoreError, validationIssues, type StoreErrorCode, type ValidationIssue } from './store/errors';
import { articleByUrl, articleDetail, recordArticle, totals, type RecordResult } from './store/articles';
import { coMentions, entityContext, figureTimeline } from './store/context';
import { deleteArticle, type DeletedArticle } from './store/delete-article';
import { wipe } from './store/dump';
import { MARK_COLORS } from './marks';
import { addNote, deleteNote, listNotes, noteTags, updateNote } from './store/notes';
import { searchLibrary, type SearchResult } from './store/search';
import { allTags, markRead, readingList, save, setTags, unsave, type ListPage } from './store/reading-list';
import { EntityIdSchema, FigureValueSchema, LanguageSchema, MeasureSchema, QuoteSchema, TextPositionSchema } from './store/rows';
import type { ArticleDetail, ArticleRow, CoMention, EntityContext, NoteRow, TimelinePoint, Totals } from './store/types';
import type { NoteAnchor } from './frame-protocol';

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

/** Every request, by type. */
export const REQUEST_SCHEMAS = {
  'article/seen': z.strictObject({ type: z.literal('article/seen'), report: ArticleReportSchema }),
  'article/get': z
    .strictObject({
      type: z.literal('article/get'),
      articleId: id.optional(),
      url: z.string().max(REPORT_LIMITS.url).optional(),
      canonical: z.string().max(REPORT_LIMITS.url).optional(),
    })
    .refine((r) => r.articleId !== undefined || r.url !== undefined, { message: 'needs articleId or url', params: { rule: 'id-or-url' } }),
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
  'notes/anchors': z
    .strictObject({
      type: z.literal('notes/anchors'),
      articleId: id.optional(),
      url: z.string().max(REPORT_LIMITS.url).optional(),
      canonical: z.string().max(REPORT_LIMITS.url).optional(),
    })
    .refine((r) => r.articleId !== undefined || r.url !== undefined, { message: 'needs articleId or url', params: { rule: 'id-or-url' } }),
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
 * The first stage's one request, answered by the background itself (it needs the sender's tab): load the
 * annotator into the asking frame — `now`, or `if-noted` (only when the reader has notes on that page). The page is
 * the sender's own address, never one the message names. Answer: `{ loaded }`.
 */
export const PageStageSchema = z.strictObject({ type: z.literal('page/stage'), load: z.enum(['now', 'if-noted']) });
export type PageStageRequest = z.infer<typeof PageStageSchema>;
export interface PageStageAnswer {
  loaded: boolean;
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
 * `unknown-type` (no such request), `no-response` (the background could not be reached).
 */
export type ErrorCode = StoreErrorCode | 'bad-request' | 'unknown-type' | 'no-response';

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

type Handlers = { [K in RequestType]: (db: StoreDb, req: RequestOf<K>) => Promise<ResponseData[K]> };

const HANDLERS: Handlers = {
  'article/seen': (db, r) => recordArticle(db, r.report),
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
  'notes/anchors': async (db, r) => {
    const article = r.articleId !== undefined ? await db.articles.get(r.articleId) : await articleByUrl(db, r.url!, r.canonical);
    if (!article) return null;
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

/**
 * Validates and answers one message. Never throws: every failure becomes `{ok: false, error}`.
 * The database is only opened (by calling `db` when it is a function) once the message is known to be valid.
 *
 * @param db the store, or a function that opens it (the background opens lazily, per message).
 */
export async function handleMessage(db: StoreDb | (() => Promise<StoreDb>), raw: unknown): Promise<AnyResponse> {
  const type = raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  if (!isRequestType(type)) {
    const shown = typeof type === 'string' ? `"${type.slice(0, 60)}"` : 'a message without a type';
    return failure('unknown-type', `ChipLens does not know ${shown}.`);
  }
  const parsed = REQUEST_SCHEMAS[type].safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`);
    return failure('bad-request', `Invalid "${type}" request: ${issues.join('; ')}.`, validationIssues(parsed.error.issues, 5));
  }
  try {
    const store = typeof db === 'function' ? await db() : db;
    const handler = HANDLERS[type] as (db: StoreDb, req: Request) => Promise<ResponseData[RequestType]>;
    return { ok: true, data: await handler(store, parsed.data as Request) } as AnyResponse;
  } catch (e) {
    const err = toStoreError(e);
    return failure(err.code, err.message, err.issues);
  }
}
