/**
 * Folding text for finding it again the way a reader types it: lower case, no diacritics (Unicode NFKD, marks
 * dropped, so "Huawéi" and "Huawei", "ﬁ" and "fi" are one), "ß" as "ss", and every run of punctuation or white
 * space as one space. The entity search, the reading list's title filter and the library's full-text search share
 * it, so "nvidias" finds "NVIDIAS" and "huawei" finds "Huawéi" everywhere.
 */

/** One character folded: lower case, without its marks, `ß` as `ss`; punctuation and white space as a space. */
function foldChar(ch: string): string {
  const f = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
  return /^[\p{L}\p{N}]*$/u.test(f) ? f : f.replace(/[^\p{L}\p{N}]/gu, ' ');
}

/** `s` folded (see the module comment), trimmed, punctuation runs as one space: "  Huawéi  Ascend-910C " → "huawei ascend 910c". */
export function fold(s: string): string {
  return foldIndexed(s).text.replace(/ +/g, ' ').trim();
}

/** Folded text with, for each folded character, the offset of the source character it came from. */
export interface IndexedFold {
  text: string;
  /** `from[i]`: offset in the source of `text[i]`; `from[text.length]` is the source's length. */
  from: number[];
}

/** Folds `s` (runs of spaces as one, not trimmed), keeping the way back to the source. */
export function foldIndexed(s: string): IndexedFold {
  let text = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of s) {
    // ASCII letters and digits fold to themselves lowered: the common case without normalising.
    const code = ch.charCodeAt(0);
    const f = ch.length === 1 && code < 128 ? (/[A-Za-z0-9]/.test(ch) ? ch.toLowerCase() : ' ') : foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      if (f[k] === ' ' && text.endsWith(' ')) continue;
      from.push(i);
      text += f[k];
    }
    i += ch.length;
  }
  from.push(s.length);
  return { text, from };
}
