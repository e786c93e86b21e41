/**
 * The page's identity as the report needs it: address, canonical link, title, site name, publication date.
 * Read from the usual metadata (Open Graph, `article:published_time`, JSON-LD, `<time>`), page as written.
 */
import type { Language } from '../../lib/extract/types.ts';
import type { PageInfo } from '../../lib/report.ts';

function meta(doc: Document, selector: string): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v || undefined;
}

function absolute(href: string | undefined | null, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** `datePublished` from the page's JSON-LD blocks (the first one that has it). */
function jsonLdPublished(doc: Document): string | undefined {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    try {
      const stack: unknown[] = [JSON.parse(s.textContent ?? '')];
      while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...v);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.datePublished === 'string') return o.datePublished;
          if (o['@graph']) stack.push(o['@graph']);
        }
      }
    } catch {
      // A malformed block says nothing about the date.
    }
  }
  return undefined;
}

/**
 * The page's own identity claims as the first page load gave them. A single-page site that moves to another
 * article often leaves them in the head unchanged; the same values after a move are stale and are not believed.
 */
export interface LoadedMeta {
  url: string;
  canonical?: string;
  ogTitle?: string;
}

function canonicalOf(doc: Document, url: string): string | undefined {
  return absolute(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), url) ?? absolute(meta(doc, 'meta[property="og:url"]'), url);
}

/** What the head says about the page now, to compare with later (see {@link LoadedMeta}). */
export function readLoadedMeta(doc: Document, url: string): LoadedMeta {
  const m: LoadedMeta = { url };
  const canonical = canonicalOf(doc, url);
  if (canonical) m.canonical = canonical;
  const ogTitle = meta(doc, 'meta[property="og:title"]');
  if (ogTitle) m.ogTitle = ogTitle;
  return m;
}

/**
 * @param loaded the head as the first load left it: after an in-page move to another address, a canonical link
 *   or og:title still equal to it describes the previous article and is ignored.
 */
export function readPageInfo(doc: Document, url: string, lang: Language, loaded?: LoadedMeta): PageInfo {
  const moved = loaded !== undefined && loaded.url !== url;
  let canonical = canonicalOf(doc, url);
  if (moved && canonical === loaded.canonical) canonical = undefined;
  let ogTitle = meta(doc, 'meta[property="og:title"]');
  if (moved && ogTitle === loaded.ogTitle) ogTitle = undefined;
  const title = ogTitle ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.title;
  const publishedAt =
    meta(doc, 'meta[property="article:published_time"]') ??
    meta(doc, 'meta[name="date"]') ??
    meta(doc, 'meta[itemprop="datePublished"]') ??
    jsonLdPublished(doc) ??
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const info: PageInfo = { url, title: title || doc.title || url, lang };
  if (canonical) info.canonical = canonical;
  const site = meta(doc, 'meta[property="og:site_name"]');
  if (site) info.site = site;
  if (publishedAt) info.publishedAt = publishedAt;
  return info;
}
