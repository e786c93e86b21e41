/**
 * Character classes used by every scanner. ASCII and Latin-1 letters are looked up in a table because the
 * tokenizer calls this for every character of the page; the Unicode regex is the slow path for the rest.
 */

/** 1 for word characters below U+0100; exported so hot loops can index it without a call. */
export const WORD_TABLE = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const isDigit = c >= 0x30 && c <= 0x39;
  const isAsciiLetter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  // Latin-1 letters (À-ÿ) except × and ÷; ª º µ are letters too.
  const isLatin1Letter = (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 0xaa || c === 0xb5 || c === 0xba;
  WORD_TABLE[c] = isDigit || isAsciiLetter || isLatin1Letter ? 1 : 0;
}
const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Whether the UTF-16 code unit at `code` belongs to a word (letter, digit or combining mark). */
export function isWordCode(code: number): boolean {
  if (code < 256) return WORD_TABLE[code] === 1;
  // Surrogate halves: treat as word characters so that astral letters never split a token.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  // Typographic punctuation (quotes, dashes, spaces: U+2000–U+206F) is frequent in news text; answer it without
  // the regex. CJK ideographs are word characters.
  if (code >= 0x2000 && code <= 0x206f) return false;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return UNICODE_WORD.test(String.fromCharCode(code));
}

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isUpperCode(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0xc0) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Separators allowed *inside* a multi-word name: spaces (incl. no-break and thin spaces) and hyphens of all
 * kinds. Line breaks are not: a name does not run across paragraphs.
 */
export function isInnerSeparator(code: number): boolean {
  return (
    code === 0x20 || // space
    code === 0xa0 || // no-break space
    code === 0x202f || // narrow no-break space
    code === 0x2009 || // thin space
    code === 0x2007 || // figure space
    code === 0x2d || // hyphen-minus
    code === 0x2010 || // hyphen
    code === 0x2011 || // non-breaking hyphen
    code === 0xad // soft hyphen
  );
}

/**
 * Whether the UTF-16 code unit `c` is white space, exactly as JavaScript's `\s` has it (line breaks, tabs,
 * no-break and typographic spaces, U+FEFF), by code: a regular expression per character is slow on long pages.
 * `NaN` (`charCodeAt` past the end) is not.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Lower-case of one UTF-16 code unit, without allocating for ASCII and Latin-1. */
export function lowerCode(c: number): number {
  if (c < 0x41) return c;
  if (c <= 0x5a) return c + 32;
  if (c < 0xc0) return c;
  if (c <= 0xde) return c === 0xd7 ? c : c + 32;
  if (c < 0x100) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}
