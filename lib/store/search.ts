/**
 * The library's full-text search: article titles, notes (their text, passage and tags) and highlights (their
 * passage and tags), matched by `lib/search/match.ts`. Reads the two tables once and matches in memory: the
 * words may occur anywhere in a word, which no index answers.
 */
import type { Language } from '../extract/types.ts';
import type { MarkColor } from '../marks.ts';
import { matchFields, parseQuery, searchable, snippet, type Snippet, type Span } from '../search/match.ts';
import type { StoreDb } from './db.ts';
import { guard } from './errors.ts';
import type { TextQuoteSelector } from '../passage.ts';
import { isHighlight, type ArticleRow } from './types.ts';

export type SearchKind = 'article' | 'note' | 'highlight';

export interface SearchHit {
  kind: SearchKind;
  articleId: number;
  title: string;
  url: string;
  lang: Language;
  /** The matched text around the match: the title, the note's text or a passage. */
  snippet: Snippet;
  /** Notes and highlights: which one, and the passage to go to. */
  noteId?: number;
  selector?: TextQuoteSelector;
  color?: MarkColor;
  tags?: string[];
  /** Those of `tags` the query's words occur in. */
  matchedTags?: string[];
  /** Articles: their date; notes and highlights: when last edited. */
  date: number;
}

export interface SearchResult {
  /** Per kind, the newest `limit` hits. */
  groups: Record<SearchKind, SearchHit[]>;
  /** Per kind, how many matched in all. */
  totals: Record<SearchKind, number>;
}

/** Searches titles, notes and highlights; hits per kind newest first, at most `limit` of each. */
export async function searchLibrary(db: StoreDb, input: string, limit = 50): Promise<SearchResult> {
  const query = parseQuery(input);
  const groups: SearchResult['groups'] = { article: [], note: [], highlight: [] };
  if (!query.length) return { groups, totals: { article: 0, note: 0, highlight: 0 } };
  return guard(() =>
    db.transaction('r', db.articles, db.notes, async () => {
      const [articles, notes] = await Promise.all([db.articles.toArray(), db.notes.toArray()]);
      const byId = new Map<number, ArticleRow>(articles.map((a) => [a.id, a]));
      const base = (a: ArticleRow) => ({ articleId: a.id, title: a.title, url: a.url, lang: a.lang });
      for (const a of articles) {
        const spans = matchFields(query, [searchable(a.title, a.lang)]);
        if (spans) groups.article.push({ kind: 'article', ...base(a), snippet: snippet(a.title, spans[0], 200), date: a.date });
      }
      for (const n of notes) {
        const a = byId.get(n.articleId);
        if (!a) continue;
        const highlight = isHighlight(n);
        const tags = n.tags.join(' ');
        // The field shown is the first that matched: a note's own text before its passage; a highlight's passage.
        // Tags come last.
        const texts = highlight ? [n.selector.exact, n.body, tags] : [n.body, n.selector.exact, tags];
        const spans = matchFields(
          query,
          texts.map((t) => searchable(t, a.lang)),
        );
        if (!spans) continue;
        // Matched by a tag alone: the passage or text is still what the reader recognises (the tags are listed
        // beside it).
        const tagsOnly = spans.findIndex((s) => s.length > 0) === texts.length - 1;
        const shown = tagsOnly ? Math.max(0, texts.findIndex((t) => t.trim() !== '')) : spans.findIndex((s) => s.length > 0);
        const hit: SearchHit = {
          kind: highlight ? 'highlight' : 'note',
          ...base(a),
          snippet: snippet(texts[shown], tagsOnly ? [] : spans[shown]),
          noteId: n.id,
          selector: n.selector,
          tags: n.tags,
          matchedTags: tagsHit(n.tags, spans[spans.length - 1]),
          date: n.updatedAt,
        };
        if (n.color) hit.color = n.color;
        groups[hit.kind].push(hit);
      }
      const totals = { article: groups.article.length, note: groups.note.length, highlight: groups.highlight.length };
      for (const kind of ['article', 'note', 'highlight'] as const) {
        groups[kind] = groups[kind].sort((x, y) => y.date - x.date || y.articleId - x.articleId).slice(0, limit);
      }
      return { groups, totals };
    }),
  );
}

/** The tags that the spans of a match over `tags.join(' ')` fall in. */
function tagsHit(tags: readonly string[], spans: readonly Span[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (const tag of tags) {
    const end = start + tag.length;
    if (spans.some(([s, e]) => s < end && e > start)) out.push(tag);
    start = end + 1;
  }
  return out;
}
