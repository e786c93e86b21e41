/**
 * What the content script tells the background about an annotated article: the page's identity and, per entity,
 * how often it occurs and its first passage; the figures with the entity they are about. Pure, and bounded so a
 * 1 MB page still makes a message of a few dozen kilobytes.
 */
import type { Annotation, FigureValue, Language, Measure } from './extract/types.ts';
import { QUOTE_CONTEXT, type TextQuoteSelector } from './passage.ts';

/** The page as the content script sees it. */
export interface PageInfo {
  /** `location.href`. */
  url: string;
  /** `<link rel=canonical>` or og:url as written in the page. */
  canonical?: string;
  title: string;
  /** Site name (og:site_name) or host. */
  site?: string;
  lang: Language;
  /** Publication date as the page states it (meta tags, JSON-LD, `<time>`); any `Date`-parsable string. */
  publishedAt?: string;
}

/** One entity of the article, aggregated over its mentions. */
export interface EntityEntry {
  id: string;
  kind: 'chip' | 'company';
  name: string;
  /** Number of mentions in the article. */
  count: number;
  /** The first mention with its context. */
  quote: TextQuoteSelector;
  /** Offset of the first mention in the page text. */
  start: number;
}

/** One figure of the article. */
export interface FigureEntry {
  value: FigureValue;
  /** Entity id the figure is about, when the extractor could tell. */
  about?: string;
  /** What it measures, when the extractor could tell. */
  measure?: Measure;
  quote: TextQuoteSelector;
  start: number;
}

/** The payload of the `article/seen` message: the page as the content script saw it, with what it found. */
export interface ArticleReport extends PageInfo {
  /** ISO 8601, normalised; absent when the page gave none or an unreadable one. */
  publishedAt?: string;
  entities: EntityEntry[];
  figures: FigureEntry[];
}

/** Bounds of a report; the message schema enforces the same numbers. */
export const REPORT_LIMITS = {
  /** Longest quoted mention text. */
  exact: 200,
  entities: 300,
  figures: 300,
  title: 500,
  name: 200,
  url: 4096,
  site: 200,
} as const;

/** Drops a lone surrogate left at either end by slicing in the middle of an astral character. */
function trimSurrogates(s: string): string {
  let from = 0;
  let to = s.length;
  if (to > 0 && /[\uDC00-\uDFFF]/.test(s[0])) from = 1;
  if (to > from && /[\uD800-\uDBFF]/.test(s[to - 1])) to -= 1;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

/** The passage `text[start, end)` with {@link QUOTE_CONTEXT} characters of context either side. */
export function quoteAt(text: string, start: number, end: number): TextQuoteSelector {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length, s + REPORT_LIMITS.exact));
  return {
    exact: trimSurrogates(text.slice(s, e)),
    prefix: trimSurrogates(text.slice(Math.max(0, s - QUOTE_CONTEXT), s)),
    suffix: trimSurrogates(text.slice(e, e + QUOTE_CONTEXT)),
  };
}

/** Collapses white space and cuts to `max` characters. */
function clip(s: string, max: number): string {
  return trimSurrogates(s.replace(/\s+/g, ' ').trim().slice(0, max));
}

/** A parsable date as ISO 8601, else undefined. */
function isoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const t = Date.parse(raw.trim());
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the `article/seen` payload from the page, its text and the extractor's annotation.
 * Entities are aggregated per id (most mentioned first; ties in text order); figures stay in text order,
 * those attributed to an entity kept first when the cap cuts.
 */
export function buildArticleReport(page: PageInfo, text: string, annotation: Annotation): ArticleReport {
  const byId = new Map<string, EntityEntry>();
  const figures: FigureEntry[] = [];
  for (const m of annotation.mentions) {
    if (m.kind === 'figure') {
      figures.push({
        value: m.value,
        ...(m.about ? { about: m.about } : {}),
        ...(m.measure && m.measure !== 'unknown' ? { measure: m.measure } : {}),
        quote: quoteAt(text, m.start, m.end),
        start: m.start,
      });
    } else if (m.kind === 'chip' || m.kind === 'company') {
      const seen = byId.get(m.id);
      if (seen) {
        seen.count += 1;
        if (m.start < seen.start) Object.assign(seen, { start: m.start, quote: quoteAt(text, m.start, m.end) });
      } else {
        byId.set(m.id, {
          id: m.id,
          kind: m.kind,
          name: clip(m.name, REPORT_LIMITS.name),
          count: 1,
          quote: quoteAt(text, m.start, m.end),
          start: m.start,
        });
      }
    }
  }

  const entities = [...byId.values()]
    .sort((a, b) => b.count - a.count || a.start - b.start)
    .slice(0, REPORT_LIMITS.entities);

  const keptFigures =
    figures.length <= REPORT_LIMITS.figures
      ? figures.sort((a, b) => a.start - b.start)
      : figures
          .sort((a, b) => Number(!a.about) - Number(!b.about) || a.start - b.start)
          .slice(0, REPORT_LIMITS.figures)
          .sort((a, b) => a.start - b.start);

  const publishedAt = isoDate(page.publishedAt);
  const site = page.site ? clip(page.site, REPORT_LIMITS.site) : hostOf(page.url);
  return {
    url: page.url.slice(0, REPORT_LIMITS.url),
    ...(page.canonical ? { canonical: page.canonical.slice(0, REPORT_LIMITS.url) } : {}),
    title: clip(page.title, REPORT_LIMITS.title),
    ...(site ? { site } : {}),
    lang: annotation.language ?? page.lang,
    ...(publishedAt ? { publishedAt } : {}),
    entities,
    figures: keptFigures,
  };
}
