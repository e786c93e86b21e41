import { isInnerSeparator, isUpperCode, isWordCode } from './chars.ts';
import { tokenHash, type Tokens } from './tokens.ts';

/** What the matcher knows of an entity: enough to tag it, nothing more. */
export interface MatchableEntity {
  kind: 'chip' | 'company';
  id: string;
  name: string;
  aliases: readonly string[];
  /** Aliases that are also ordinary words, places or people: tagged only where the context says so. */
  needsContext?: readonly string[];
}

/**
 * How the text's case must agree with the alias:
 * - `acronym`: letters-only upper-case alias (AMD, ASML): every letter upper-case in the text;
 * - `initial`: the first letter's case must agree (Nvidia, NVIDIA, not "nvidia"; H20, HBM3e; not "arm").
 */
type CaseMode = 'acronym' | 'initial';

/** Why a match may need a second look before it is kept. */
export type Certainty = 'sure' | 'ambiguous' | 'typo';

export interface AliasEntry {
  entity: MatchableEntity;
  alias: string;
  caseMode: CaseMode;
  certainty: Certainty;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: AliasEntry[] | null;
}

export interface Candidate {
  entry: AliasEntry;
  start: number;
  end: number;
  /** Index of the first and one past the last token of the match. */
  firstToken: number;
  endToken: number;
  /** True when the match needed the trailing "s" of a genitive/plural stripped (Nvidias, H100s). */
  inflected: boolean;
}

export interface Matcher {
  /** All matches, longest first at each position, non-overlapping, in text order. */
  scan(text: string, tokens: Tokens): Candidate[];
  /** Number of alias variants compiled (for the benchmark and tests). */
  size: number;
}

const WORD_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;
const LETTER_DIGIT = /^(\p{L}+)(\p{N}.*)$/u;

function splitAlias(alias: string): string[] {
  return alias.split(WORD_SPLIT).filter(Boolean);
}

function caseModeOf(alias: string): CaseMode {
  const hasLower = alias !== alias.toUpperCase();
  const lettersOnly = !/\p{N}/u.test(alias);
  return !hasLower && lettersOnly ? 'acronym' : 'initial';
}

/**
 * Spelling variants journalists and OCR produce for model numbers: glued ("Ascend910C"), split at the
 * letter/digit seam ("H-20", "MI 308X") and the letter O for the digit 0 ("H2O"). Each is only a typo, so it
 * is kept only in a chip context.
 */
function typoVariants(alias: string): string[] {
  const out = new Set<string>();
  const parts = splitAlias(alias);
  if (!/\p{N}/u.test(alias)) return [];
  if (parts.length > 1) out.add(parts.join(''));
  if (parts.length === 1) {
    const m = LETTER_DIGIT.exec(parts[0]);
    if (m) out.add(`${m[1]} ${m[2]}`);
  }
  // O for 0: "H2O", "H1OO"; only in model numbers that start with letters, where the 0 sits after a digit.
  if (/^\p{L}+\d*0/u.test(parts.join('')) && parts.length === 1) {
    const p = parts[0];
    for (let i = 1; i < p.length; i++) {
      if (p[i] === '0' && /\d/.test(p[i - 1])) out.add(p.slice(0, i) + 'O' + p.slice(i + 1));
    }
    out.add(p.replace(/(?<=\d)0/g, 'O'));
  }
  out.delete(alias);
  return [...out];
}

function insert(root: TrieNode, keyTokens: string[], entry: AliasEntry): void {
  let node = root;
  for (const t of keyTokens) {
    node.next ??= new Map();
    let child = node.next.get(t);
    if (!child) {
      child = { next: null, entries: null };
      node.next.set(t, child);
    }
    node = child;
  }
  node.entries ??= [];
  // One alias text per entity and node: a second identical entry adds nothing.
  if (!node.entries.some((e) => e.entity.id === entry.entity.id && e.certainty === entry.certainty)) node.entries.push(entry);
}

/**
 * Compiles every alias of every entity into one token trie. Scanning walks the text's tokens once and, at each
 * token, follows the trie as far as it goes, so the cost is linear in the text and independent of the
 * number of aliases.
 */
export function compileMatcher(entities: readonly MatchableEntity[]): Matcher {
  const root: TrieNode = { next: null, entries: null };
  let size = 0;
  const realKeys = new Set<string>();
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases]) realKeys.add(splitAlias(alias).join(' ').toLowerCase());
  }
  for (const entity of entities) {
    const ambiguous = new Set((entity.needsContext ?? []).map((a) => a.toLowerCase()));
    // A chip's canonical name carries the maker ("Nvidia H20"); maker and model are tagged apart instead.
    const aliases = entity.kind === 'company' ? [entity.name, ...entity.aliases] : entity.aliases;
    for (const alias of aliases) {
      const parts = splitAlias(alias);
      if (!parts.length) continue;
      const certainty: Certainty = ambiguous.has(alias.toLowerCase()) ? 'ambiguous' : 'sure';
      insert(root, parts.map((p) => p.toLowerCase()), { entity, alias, caseMode: caseModeOf(alias), certainty });
      size++;
      for (const variant of typoVariants(alias)) {
        const vParts = splitAlias(variant);
        // A variant that spells another real name (H2O0 vs some real alias) is no typo of this one.
        if (realKeys.has(vParts.join(' ').toLowerCase())) continue;
        insert(root, vParts.map((p) => p.toLowerCase()), {
          entity,
          alias: variant,
          caseMode: caseModeOf(alias),
          certainty: certainty === 'ambiguous' ? 'ambiguous' : 'typo',
        });
        size++;
      }
    }
  }

  // A bitmap of hashes of every first token: most words of a page are rejected here without a substring.
  const FIRST = new Uint8Array(1 << 16);
  if (root.next) for (const k of root.next.keys()) FIRST[tokenHash(k)] = 1;

  function caseAgrees(text: string, start: number, end: number, entry: AliasEntry): boolean {
    const first = text.charCodeAt(start);
    const aliasFirst = entry.alias.charCodeAt(0);
    if (isUpperCode(aliasFirst) !== isUpperCode(first) && isWordCode(aliasFirst) && !(aliasFirst >= 0x30 && aliasFirst <= 0x39)) {
      return false;
    }
    if (entry.caseMode === 'acronym') {
      const s = text.slice(start, end);
      return s === s.toUpperCase();
    }
    return true;
  }

  /** Separators between two tokens of one name: at most 3 characters of spaces, hyphens, dots, ampersands. */
  function joinable(text: string, from: number, to: number): boolean {
    if (to - from > 3 || to <= from) return false;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!(isInnerSeparator(c) || c === 0x2e || c === 0x26 || c === 0x2f)) return false;
    }
    return true;
  }

  function scan(text: string, tokens: Tokens): Candidate[] {
    const out: Candidate[] = [];
    const { starts, ends, count } = tokens;
    const rootNext = root.next;
    if (!rootNext) return out;
    let t = 0;
    const { hashes, shortHashes } = tokens;
    while (t < count) {
      const a = starts[t];
      const b = ends[t];
      const full = FIRST[hashes[t]] === 1;
      const short = b - a > 3 && (text.charCodeAt(b - 1) | 0x20) === 0x73 && FIRST[shortHashes[t]] === 1;
      if (!full && !short) {
        t++;
        continue;
      }
      const firstKey = text.slice(a, b).toLowerCase();
      let node = full ? rootNext.get(firstKey) : undefined;
      let inflected = false;
      if (!node && short) {
        const stem = rootNext.get(firstKey.slice(0, -1));
        if (stem?.entries) {
          node = stem;
          inflected = true;
        }
      }
      if (!node) {
        t++;
        continue;
      }
      let best: Candidate | null = null;
      const consider = (n: TrieNode, lastToken: number, infl: boolean) => {
        if (!n.entries) return;
        const start = starts[t];
        const end = ends[lastToken];
        for (const entry of n.entries) {
          // The case rule applies to the name itself, not to the genitive/plural "s" after it.
          if (!caseAgrees(text, start, infl ? end - 1 : end, entry)) continue;
          best = { entry, start, end, firstToken: t, endToken: lastToken + 1, inflected: infl };
          return;
        }
      };
      consider(node, t, inflected);
      if (!inflected) {
        let cur: TrieNode = node;
        let k = t + 1;
        while (cur.next && k < count && joinable(text, ends[k - 1], starts[k])) {
          const key = text.slice(starts[k], ends[k]).toLowerCase();
          let child = cur.next.get(key);
          let infl = false;
          if (!child && key.length > 2 && key.endsWith('s')) {
            const stem = cur.next.get(key.slice(0, -1));
            if (stem?.entries) {
              child = stem;
              infl = true;
            }
          }
          if (!child) break;
          consider(child, k, infl);
          if (infl) break;
          cur = child;
          k++;
        }
      }
      if (best) {
        out.push(best);
        t = (best as Candidate).endToken;
      } else {
        t++;
      }
    }
    return out;
  }

  return { scan, size };
}
