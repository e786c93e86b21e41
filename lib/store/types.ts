/**
 * Rows of the current schema (version 4) and the shapes queries return. Dates are epoch milliseconds: they index,
 * sort and cross the message boundary without conversion.
 */
import type { FigureType, FigureValue, Language, Measure } from '../extract/types.ts';
import type { MarkColor } from '../marks.ts';
import type { TextPosition, TextQuoteSelector } from '../passage.ts';

export interface ArticleRow {
  id: number;
  /** Canonical identity URL (see `canonical.ts`); unique. */
  url: string;
  title: string;
  site: string;
  lang: Language;
  /** Publication date as the page states it. */
  publishedAt?: number;
  /** `publishedAt ?? firstSeen`: the date an article is ordered by and its figures are dated with. */
  date: number;
  firstSeen: number;
  lastSeen: number;
  /** On the reading list since. */
  savedAt?: number;
  /** Marked read at. */
  readAt?: number;
  tags: string[];
  /** Ids of the entities it mentions (multi-entry index: "articles that mention X" is one lookup). */
  entityIds: string[];
}

export interface MentionRow {
  id: number;
  articleId: number;
  entityId: string;
  kind: 'chip' | 'company';
  name: string;
  /** Mentions of the entity in the article. */
  count: number;
  /** First passage. */
  quote: TextQuoteSelector;
  start: number;
  /** Copy of the article's `date`, so "newest articles mentioning X" is one range of one index. */
  date: number;
}

export interface FigureRow {
  id: number;
  articleId: number;
  /** Entity id the figure is about; figures about nothing are kept for the article but are in no timeline. */
  about?: string;
  type: FigureType;
  /** Normalised value (plain units, ISO currency), as the extractor gives it. */
  value: FigureValue;
  /** What the figure measures (see `figureMeasure`): always set, `unknown` when neither clause nor unit tells. */
  measure: Measure;
  quote: TextQuoteSelector;
  start: number;
  /** Copy of the article's `date`. */
  date: number;
}

/**
 * A note on a passage, or a highlight: a note with a `color` (its `body` is then usually empty). Both share the
 * anchor, the tags and every path through the store, the page and the exports.
 */
export interface NoteRow {
  id: number;
  articleId: number;
  selector: TextQuoteSelector;
  position?: TextPosition;
  body: string;
  /** Set on a highlight: the colour the reader chose. */
  color?: MarkColor;
  /** The reader's tags, normalised as article tags are (multi-entry index: "notes tagged X" is one lookup). */
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

/** Whether a note is a highlight (shown in its colour, exported with motivation `highlighting`). */
export function isHighlight(n: Pick<NoteRow, 'color'>): boolean {
  return n.color !== undefined;
}

/**
 * One entity across the store: how many articles mention it, and the name and kind it was last recorded with. Derived from the articles
 * and kept in step by every write, so "in how many articles" is one read instead of a count over an index.
 */
export interface EntityRow {
  id: string;
  kind: 'chip' | 'company';
  name: string;
  /** Stored articles that mention the entity. */
  articles: number;
}

/** Which table a staged batch of an import is for. */
export type StagedTable = 'articles' | 'mentions' | 'figures' | 'notes';

/** One batch of checked backup rows waiting for the import's final transaction (see `dump.ts`). */
export interface StagedRow {
  seq: number;
  /** The import that staged it. */
  session: string;
  table: StagedTable;
  /** Rows as the backup has them (ids in the backup's own numbering), already validated. */
  rows: unknown[];
}

/** An article without its entity list, as lists and cards show it. */
export type ArticleSummary = Omit<ArticleRow, 'entityIds'> & { entityCount: number };

/** One other article in which an entity occurs. */
export interface ContextItem {
  article: ArticleSummary;
  /** Mentions of the entity in that article. */
  count: number;
  quote: TextQuoteSelector;
  start: number;
}

export interface EntityContext {
  entityId: string;
  /** Articles mentioning the entity, not counting the excluded one. */
  total: number;
  /** Newest first. */
  items: ContextItem[];
}

export interface CoMention {
  entityId: string;
  kind: 'chip' | 'company';
  name: string;
  /** Articles in which both entities occur. */
  articles: number;
}

export interface TimelinePoint {
  date: number;
  /** Whether `date` is the publication date or, lacking one, when the reader first saw the article. */
  dated: 'published' | 'seen';
  type: FigureType;
  value: FigureValue;
  measure: Measure;
  quote: TextQuoteSelector;
  article: Pick<ArticleRow, 'id' | 'url' | 'title' | 'site'>;
}

export interface ArticleDetail {
  article: ArticleRow;
  mentions: MentionRow[];
  figures: FigureRow[];
  notes: NoteRow[];
}

export interface Totals {
  articles: number;
  saved: number;
  unread: number;
  notes: number;
  figures: number;
  /** Distinct entities seen in any article. */
  entities: number;
}

/**
 * Co-mentions are counted over at most this many of the articles naming an entity, those met last (see
 * `coMentions`). Here, in a module without Dexie, so the UI can say so.
 */
export const CO_MENTION_SAMPLE = 500;
