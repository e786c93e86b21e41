/**
 * Links that open a page at a stored passage: a URL text fragment (`#:~:text=prefix-,start,end,-suffix`), which
 * Chromium and Safari (and Firefox from 131) scroll to and mark. Built from the passage's W3C TextQuoteSelector.
 * Pure.
 *
 * Browsers match a text fragment on whole words: the prefix must begin at a word's start and the suffix end at a
 * word's end. The stored context is cut at a fixed length, usually inside a word, so the cut word is dropped.
 * A long passage is named by its first and last words (`start,end`), which also lets it span paragraphs.
 */
import { QUOTE_CONTEXT, type TextQuoteSelector } from './passage.ts';

/** Passages longer than this many words are named by their first and last words. */
const LONG_PASSAGE_WORDS = 10;
/** Words used for each end of a long passage. */
const END_WORDS = 4;
/** Words of context kept either side at most (the stored context is about 32 characters). */
const CONTEXT_WORDS = 4;

/**
 * One term of a text directive, percent-encoded. `-`, `,` and `&` are the directive's own syntax, so they are
 * escaped too (encodeURIComponent leaves `-` alone).
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Whether `c` belongs to a word (a letter, digit or combining mark). */
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
}

/**
 * The words of the stored prefix that can stand in a directive: those in the passage's own paragraph (browsers
 * match context within one block), the last few of them, without a first word the stored context may have cut.
 * A prefix shorter than the stored length reached the start of its text, so its first word is whole. Empty when
 * nothing usable is left.
 */
function usablePrefix(stored: string, exact: string): string {
  // The passage starts inside a word ("Nvidia" + "s"): a directive cannot say that; the passage alone links better.
  if (isWordChar(stored.at(-1)) && isWordChar(exact[0])) return '';
  const lineStart = stored.lastIndexOf('\n');
  const prefix = lineStart >= 0 ? stored.slice(lineStart + 1) : stored;
  const ws = words(prefix);
  const maybeCut = lineStart < 0 && stored.length >= QUOTE_CONTEXT && isWordChar(prefix[0]);
  if (maybeCut) ws.shift();
  return ws.slice(-CONTEXT_WORDS).join(' ');
}

/** The same for the suffix, at its end. */
function usableSuffix(stored: string, exact: string): string {
  if (isWordChar(stored[0]) && isWordChar(exact.at(-1))) return '';
  const lineEnd = stored.indexOf('\n');
  const suffix = lineEnd >= 0 ? stored.slice(0, lineEnd) : stored;
  const ws = words(suffix);
  const maybeCut = lineEnd < 0 && stored.length >= QUOTE_CONTEXT && isWordChar(suffix.at(-1));
  if (maybeCut) ws.pop();
  return ws.slice(0, CONTEXT_WORDS).join(' ');
}

/** The text directive for a passage (`text=…`), or null when the passage has no words. */
export function textDirective(quote: TextQuoteSelector): string | null {
  const exact = words(quote.exact);
  if (!exact.length) return null;
  const parts: string[] = [];
  const prefix = usablePrefix(quote.prefix, quote.exact);
  if (prefix) parts.push(`${encodeTextTerm(prefix)}-`);
  const lines = quote.exact.split('\n').map(words).filter((l) => l.length);
  if (lines.length > 1 || exact.length > LONG_PASSAGE_WORDS) {
    // Each end from its own paragraph: a term, like the context, is matched within one block.
    parts.push(encodeTextTerm(lines[0].slice(0, END_WORDS).join(' ')), encodeTextTerm(lines[lines.length - 1].slice(-END_WORDS).join(' ')));
  } else {
    parts.push(encodeTextTerm(exact.join(' ')));
  }
  const suffix = usableSuffix(quote.suffix, quote.exact);
  if (suffix) parts.push(`-${encodeTextTerm(suffix)}`);
  return `text=${parts.join(',')}`;
}

/**
 * `url` with a text fragment for the passage, keeping the page's own fragment if it has one (the directive
 * follows it after `:~:`). Without a passage (a note on the whole article) the URL is returned as it was, minus
 * an earlier text directive.
 */
export function passageUrl(url: string, quote: TextQuoteSelector): string {
  const hashAt = url.indexOf('#');
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const ownFragment = hashAt < 0 ? '' : url.slice(hashAt + 1).split(':~:')[0];
  const directive = textDirective(quote);
  if (!directive) return ownFragment ? `${base}#${ownFragment}` : base;
  return `${base}#${ownFragment}:~:${directive}`;
}
