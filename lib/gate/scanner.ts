/**
 * One regular expression for all cue words, built once where the gate runs (the background, the command-line tool)
 * from the lists in cues.ts. The words are grouped by their first letter ("c(?:hip|hipherst|ambricon|…)"): that
 * halves the scanning time of a plain alternation of the same words, which the regex engine tries one by one at
 * every word start. (A full trie is no faster, and slower to build.)
 */
import type { CueGroup } from './cues.ts';

const LETTER = 'a-z\u00e4\u00f6\u00fc\u00df0-9';
/** Where a name ends: an optional plural or genitive "s", then no letter or digit ("Nvidia's" ends before "'"). */
const END = `s?(?![${LETTER}])`;

function words(list: string | undefined): string[] {
  return list ? list.trim().split(/\s+/) : [];
}

/** "sk_hynix", "SK-Hynix", "SK Hynix" → "skhynix": the key of a word and of the text that matched it. */
function normalize(s: string): string {
  return s.toLowerCase().replace(/[ _-]/g, '');
}

export interface Scanner {
  /** Global, case-insensitive; each match is one cue. */
  regex: RegExp;
  /** The group of a matched text and the key its hits are counted under, or null. */
  classify(text: string): Cue | null;
}

export interface Cue {
  group: CueGroup;
  /** The hits of one cue are counted together: "Nvidia", "Nvidias" and "NVIDIA" are one key. */
  key: string;
}

/**
 * The cue regex's source for `groups`: their words grouped by first letter, then their patterns, each starting
 * where no letter or digit precedes it. One source for the gate's scanner and the first stage's pre-check
 * (`./prefilter.ts`), so that the pre-check finds every cue the scanner can count.
 *
 * `loose`: for lower-cased text, without the names' ends, and without the words another word of the list starts
 * ("chip" finds "chipsatz" and "chip maker"). It matches wherever the exact source matches, and is a third of its
 * size: the regex engine's compiling, paid on every page that is read, grows with the size. `anywhere`: without
 * the word start, for text whose words may run together (it then also finds "960S" in "1960s": a page of dates
 * is read in full, as before).
 */
export function cueSource(groups: readonly CueGroup[], { loose = false, anywhere = false }: { loose?: boolean; anywhere?: boolean } = {}): string {
  let list = groups.flatMap((g) => [...words(g.names).map((w) => [w, loose ? '' : END] as const), ...words(g.stems).map((w) => [w, ''] as const)]);
  if (loose) {
    const single = [...new Set(list.map(([w]) => w).filter((w) => !w.includes('_')))];
    list = list.filter(([w], i) => !single.some((p) => p !== w && w.startsWith(p)) && list.findIndex(([v]) => v === w) === i);
  }
  const byFirst = new Map<string, string[]>();
  for (const [w, end] of list) {
    const rest = w.slice(1).replace(/_/g, '[ -]?') + end;
    const same = byFirst.get(w[0]);
    if (same) same.push(rest);
    else byFirst.set(w[0], [rest]);
  }
  const alternatives = [...byFirst].map(([first, rests]) => `${first}(?:${rests.join('|')})`);
  for (const g of groups) for (const p of g.patterns ?? []) alternatives.push(loose ? p : p + END);
  return `${anywhere ? '' : `(?<![${LETTER}])`}(?:${alternatives.join('|')})`;
}

export function buildScanner(groups: readonly CueGroup[]): Scanner {
  const byWord = new Map<string, CueGroup>();
  const patterns: [RegExp, CueGroup][] = [];
  for (const g of groups) {
    for (const w of [...words(g.names), ...words(g.stems)]) byWord.set(normalize(w), g);
    if (g.patterns) patterns.push([new RegExp(`^(?:${g.patterns.join('|')})s?$`, 'i'), g]);
  }
  const regex = new RegExp(cueSource(groups), 'gi');
  // Pages repeat their cues ("Nvidia" fifty times): classify each spelling once.
  const seen = new Map<string, Cue | null>();
  function classify(text: string): Cue | null {
    let key = normalize(text);
    let group = byWord.get(key);
    if (!group && key.endsWith('s')) {
      key = key.slice(0, -1);
      group = byWord.get(key);
    }
    if (group) return { group, key };
    for (const [re, g] of patterns) if (re.test(text)) return { group: g, key };
    return null;
  }
  return {
    regex,
    classify(text) {
      let cue = seen.get(text);
      if (cue === undefined) {
        if (seen.size > 2000) seen.clear();
        seen.set(text, (cue = classify(text)));
      }
      return cue;
    },
  };
}
