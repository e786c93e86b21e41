/**
 * Finds the cue words of cues.ts in a text, word by word. The gate runs once per page on a cold engine, so the
 * scanner is built for the first run, not the hundredth: one small regular expression splits the text into words
 * and each word is looked up in maps. (One big alternation of all cues was as fast warm, but compiling it and
 * running it interpreted cost 5–10 ms on every page.)
 *
 * A cue starts where no letter or digit precedes it. A name matches a whole word, with an optional plural or
 * genitive "s" ("Nvidias", "GPUs"); a stem matches the start of a word ("Chipriesen", "Halbleiterwerk"). A cue of
 * two parts ("sk_hynix", "ki_chip") matches two words joined by one space or hyphen, or one word. A pattern (a
 * family of chip models: "mi[2-5]\d\d[a-z]?") matches a whole word with an optional "s", or two joined words where
 * it allows a space or hyphen ("Ascend 950", "7 nm").
 */
import type { CueGroup } from './cues.ts';

/** A word: the letters and digits no cue may be preceded or followed by (the regex flag makes Ä match ä). */
const WORD = /[a-z0-9\u00e4\u00f6\u00fc\u00df]+/gi;
/** Stems are found by their first letters; no stem is shorter. */
const STEM_KEY = 4;

export interface Cue {
  group: CueGroup;
  /** The hits of one cue are counted together: "Nvidia", "Nvidias" and "NVIDIA" are one key. */
  key: string;
}

export interface Scanner {
  /** Calls `found` for each cue in `text`, with the offset where it starts, in text order. */
  scan(text: string, found: (cue: Cue, offset: number) => void): void;
}

interface Stem {
  stem: string;
  group: CueGroup;
  /** Length of the first part of a two-part stem ("ki" of "ki_chip"), else 0. */
  head: number;
}

const list = (s: string | undefined): string[] => (s ? s.trim().split(/\s+/) : []);

/** A word's letters only, lower-case: "SK-Hynix" and "sk_hynix" → "skhynix". */
const joined = (s: string): string => s.toLowerCase().replace(/[ _-]/g, '');

export function buildScanner(groups: readonly CueGroup[]): Scanner {
  const names = new Map<string, CueGroup>();
  /** Two-part names by their joined letters; first parts of two-part cues, to look at the next word only then. */
  const heads = new Set<string>();
  const stems = new Map<string, Stem[]>();
  const patterns: [RegExp, CueGroup][] = [];
  /** The patterns that allow a space or hyphen, for two joined words. */
  const gapPatterns: [RegExp, CueGroup][] = [];
  for (const g of groups) {
    for (const w of list(g.names)) {
      names.set(joined(w), g);
      const part = w.split(/[_-]/);
      if (part.length > 1) heads.add(part[0]);
    }
    for (const w of list(g.stems)) {
      const stem = joined(w);
      const part = w.split(/[_-]/);
      const entry = { stem, group: g, head: part.length > 1 ? part[0].length : 0 };
      if (entry.head) heads.add(part[0]);
      const key = stem.slice(0, STEM_KEY);
      const same = stems.get(key);
      if (same) same.push(entry);
      else stems.set(key, [entry]);
    }
    // "[ -]?" in a pattern allows two words; their letters are matched joined.
    for (const p of g.patterns ?? []) {
      const entry: [RegExp, CueGroup] = [new RegExp(`^(?:${p.replace(/\[ -\]\?/g, '')})s?$`), g];
      patterns.push(entry);
      if (p.includes('[ -]?')) gapPatterns.push(entry);
    }
  }

  /** The stem `word` starts with; `head`: the length of the first of two joined words (0: one word, any stem). */
  const stemOf = (word: string, head: number): Stem | undefined => {
    for (const s of stems.get(word.slice(0, STEM_KEY)) ?? []) if ((!head || s.head === head) && word.startsWith(s.stem)) return s;
    return undefined;
  };
  const nameOf = (word: string): Cue | null => {
    const g = names.get(word);
    if (g) return { group: g, key: word };
    if (word.length > 1 && word.endsWith('s')) {
      const bare = word.slice(0, -1);
      const h = names.get(bare);
      if (h) return { group: h, key: bare };
    }
    return null;
  };
  const patternOf = (word: string, among = patterns): Cue | null => {
    for (const [re, g] of among) {
      if (!re.test(word)) continue;
      const bare = word.endsWith('s') ? word.slice(0, -1) : word;
      return { group: g, key: bare !== word && re.test(bare) ? bare : word };
    }
    return null;
  };
  /** A one-word cue, or null. */
  const single = (word: string): Cue | null => {
    const name = nameOf(word);
    if (name) return name;
    const stem = stemOf(word, 0);
    if (stem) return { group: stem.group, key: stem.stem };
    return /\d|^hbm|^trainium|^inferentia/.test(word) ? patternOf(word) : null;
  };

  // Pages repeat their words ("Nvidia" fifty times): each spelling is looked up once.
  const seen = new Map<string, Cue | null>();
  const lookup = (word: string): Cue | null => {
    let cue = seen.get(word);
    if (cue === undefined) {
      if (seen.size > 4000) seen.clear();
      seen.set(word, (cue = single(word)));
    }
    return cue;
  };

  return {
    scan(text, found) {
      WORD.lastIndex = 0;
      let m = WORD.exec(text);
      while (m) {
        const word = m[0].toLowerCase();
        const at = m.index;
        const next = WORD.exec(text);
        // Two words joined by one space or hyphen: a two-part cue or a pattern that allows the gap.
        if (next && next.index === at + word.length + 1 && (text[at + word.length] === ' ' || text[at + word.length] === '-')) {
          const pair = word + next[0].toLowerCase();
          let cue: Cue | null = null;
          if (heads.has(word)) {
            cue = nameOf(pair);
            const stem = cue ? undefined : stemOf(pair, word.length);
            if (stem) cue = { group: stem.group, key: stem.stem };
          }
          if (!cue && /\d/.test(pair)) cue = patternOf(pair, gapPatterns);
          if (cue) {
            found(cue, at);
            m = WORD.exec(text);
            continue;
          }
        }
        const cue = lookup(word);
        if (cue) found(cue, at);
        m = next;
      }
    },
  };
}
