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
 * A maker's naming pattern for models the knowledge base does not list yet: "Trainium5", "MI500X", "Ascend 990".
 * A match that no alias explains is tagged as the unlisted model `unknown:<key><model>`, named `prefix` + model.
 */
export interface MatchableFamily {
  /** The id's stem after "unknown:", maker first: "aws-trainium" gives "unknown:aws-trainium5". */
  key: string;
  /** The display name before the model: "AWS Trainium" + "5", "AMD Instinct MI" + "500X". */
  prefix: string;
  /** How the model is written in the display name (the id holds it in lower case). */
  modelCase: 'upper' | 'lower';
  /**
   * What a match begins with, case as written and at least two characters: "Trainium", "MI5", "B4". The more a lead
   * says, the less often the pattern runs in vain (a bare "GB" would run it at every "96 GB").
   */
  leads: readonly string[];
  /** Regular-expression source matched at a word's start, case-sensitive; group 1 is the model. */
  pattern: string;
  /** Names that are also other things (B400, Maia 300): tagged only in a chip context. */
  needsContext?: boolean;
}

/** The id and display name of an unlisted model of `family`; `model` as written or as the id holds it. */
export function unlistedModel(family: Pick<MatchableFamily, 'key' | 'prefix' | 'modelCase'>, model: string): { id: string; name: string } {
  const slug = model.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return { id: `unknown:${family.key}${slug}`, name: family.prefix + (family.modelCase === 'upper' ? slug.toUpperCase() : slug) };
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
  // One alias text per entity and node: a second identical entry adds nothing. A second case rule does ("X-FAB" asks
  // for capitals throughout, "X-Fab" only for the first).
  if (!node.entries.some((e) => e.entity.id === entry.entity.id && e.certainty === entry.certainty && e.caseMode === entry.caseMode)) node.entries.push(entry);
}

/** Whether one of `leads` is written at `at` (a plain loop: this runs at many words that begin like a family). */
function startsWithLead(text: string, at: number, leads: readonly string[]): boolean {
  for (let i = 0; i < leads.length; i++) if (text.startsWith(leads[i], at)) return true;
  return false;
}

/** A word's first two characters as one number (0 when either is beyond Latin-1): the key families are filed by. */
function startKey(text: string, start: number): number {
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  return a < 256 && b < 256 ? (a << 8) | b : 0;
}

/**
 * Whether a model name may go on after `end`: a space or hyphen, then a digit, a capital or "v" and a digit
 * ("Trainium 5", "Instinct MI500X", "TPU v8"). Elsewhere no family can reach past a listed name, and its pattern
 * need not run.
 */
function continuesName(text: string, end: number): boolean {
  const sep = text.charCodeAt(end);
  if (sep !== 0x20 && sep !== 0xa0 && sep !== 0x2d) return false;
  const c = text.charCodeAt(end + 1);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) return true;
  const d = text.charCodeAt(end + 2);
  return c === 0x76 && d >= 0x30 && d <= 0x39;
}

/** A family pattern ready to run: sticky, and ending where a word and any number in it end. */
interface CompiledFamily {
  family: MatchableFamily;
  re: RegExp;
}

/**
 * Compiles every alias of every entity into one token trie. Scanning walks the text's tokens once and, at each
 * token, follows the trie as far as it goes, so the cost is linear in the text and independent of the
 * number of aliases. Model families are tried only at words that begin as one of them does.
 */
export function compileMatcher(entities: readonly MatchableEntity[], families: readonly MatchableFamily[] = []): Matcher {
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

  // Families by the key of the words they start with; a bitmap of those keys rejects all other words.
  const FAMILY_START = new Uint8Array(1 << 16);
  // Their first characters alone: most words (lower-case ones in English, many in German) need no second read.
  const FAMILY_FIRST = new Uint8Array(256);
  const familiesByStart = new Map<number, CompiledFamily[]>();
  for (const family of families) {
    const compiled: CompiledFamily = { family, re: new RegExp(`(?:${family.pattern})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'uy') };
    for (const lead of family.leads) {
      const key = startKey(lead, 0);
      FAMILY_START[key] = 1;
      FAMILY_FIRST[key >> 8] = 1;
      const list = familiesByStart.get(key) ?? [];
      list.push(compiled);
      familiesByStart.set(key, list);
    }
  }
  // One entity object per unlisted model, so that repeated mentions share it as listed ones do.
  const unlisted = new Map<string, MatchableEntity>();

  /** Whether a family's lead may begin at `a` (its first two characters file one). */
  function mayStartFamily(text: string, a: number): boolean {
    const c = text.charCodeAt(a);
    return c < 256 && FAMILY_FIRST[c] === 1 && FAMILY_START[startKey(text, a)] === 1;
  }

  /** Whether tokens [from, to) spell a listed name: "Instinct MI308" ends in the listed MI308. */
  function spellsListedName(text: string, tokens: Tokens, from: number, to: number): boolean {
    let node: TrieNode | undefined = root;
    for (let k = from; k < to && node; k++) {
      if (k > from && !joinable(text, tokens.ends[k - 1], tokens.starts[k])) return false;
      node = node.next?.get(text.slice(tokens.starts[k], tokens.ends[k]).toLowerCase());
    }
    return !!node?.entries;
  }

  /**
   * The longest family match starting at token `t`, as a candidate; null when none matches there, or when the
   * match ends in a listed name ("Instinct MI308": the family name and the listed model are joined later).
   */
  function familyAt(text: string, tokens: Tokens, t: number): Candidate | null {
    const a = tokens.starts[t];
    const list = familiesByStart.get(startKey(text, a));
    if (!list) return null;
    let best: Candidate | null = null;
    for (const { family, re } of list) {
      // A regular expression costs microseconds even where it fails at once: "Information" is no "Inferentia".
      if (!startsWithLead(text, a, family.leads)) continue;
      re.lastIndex = a;
      const m = re.exec(text);
      if (!m || (best && a + m[0].length <= best.end)) continue;
      const end = a + m[0].length;
      let k = t + 1;
      while (k < tokens.count && tokens.starts[k] < end) k++;
      let listedTail = false;
      for (let j = t + 1; j < k && !listedTail; j++) listedTail = spellsListedName(text, tokens, j, k);
      if (listedTail) continue;
      const { id, name } = unlistedModel(family, m[1]);
      let entity = unlisted.get(id);
      if (!entity) unlisted.set(id, (entity = { kind: 'chip', id, name, aliases: [] }));
      const entry: AliasEntry = { entity, alias: m[0], caseMode: 'initial', certainty: family.needsContext ? 'ambiguous' : 'sure' };
      best = { entry, start: a, end, firstToken: t, endToken: k, inflected: false };
    }
    return best;
  }

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
      let node: TrieNode | undefined;
      let inflected = false;
      if (full || short) {
        const firstKey = text.slice(a, b).toLowerCase();
        node = full ? rootNext.get(firstKey) : undefined;
        if (!node && short) {
          const stem = rootNext.get(firstKey.slice(0, -1));
          if (stem?.entries) {
            node = stem;
            inflected = true;
          }
        }
      }
      if (!node) {
        // No listed name starts here (most words of a page); a model family still may.
        const model = mayStartFamily(text, a) ? familyAt(text, tokens, t) : null;
        if (model) {
          out.push(model);
          t = model.endToken;
        } else t++;
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
      // A family's pattern reaching further than any listed name ("Trainium 5" past "Trainium") names a model the
      // knowledge base does not list; where a listed name is as long, it wins.
      if (mayStartFamily(text, a) && (!best || continuesName(text, (best as Candidate).end))) {
        const model = familyAt(text, tokens, t);
        if (model && (!best || model.end > (best as Candidate).end)) best = model;
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
