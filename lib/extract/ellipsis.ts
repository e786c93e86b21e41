import { CHIPS } from '../kb/index.ts';
import { isSpaceCode } from './chars.ts';
import { tokenAt, type Tokens } from './tokens.ts';
import type { EntityMention } from './types.ts';

/**
 * Model numbers written without their family word once the family is named: "the Ascend 950 in 2026, the 960 in
 * 2027 and the 970 in 2028", "Ascend 950PR, 950DT und 960". A bare number is a model only in the sentence of a
 * mention "<Family> <number>", right after an article or a list joint, and only where "<Family> <that number>" is
 * a model the knowledge base knows.
 */

/** "ascend 960" → the chip; built on first use from aliases of the form "<Word> <number…>". */
let familyModels: Map<string, { id: string; name: string }> | null = null;

const FAMILY_MODEL = /^(\p{L}+)[ \u00a0-](\d[\p{L}\p{N}]*)$/u;

/** Family words with at least two models of three or more characters ("ascend", "siyuan"). */
let families: Set<string> | null = null;

function models(): Map<string, { id: string; name: string }> {
  if (familyModels) return familyModels;
  const m = new Map<string, { id: string; name: string }>();
  const perFamily = new Map<string, number>();
  for (const chip of CHIPS) {
    for (const alias of chip.aliases) {
      const parts = FAMILY_MODEL.exec(alias);
      if (!parts || parts[2].length < 3) continue;
      const family = parts[1].toLowerCase();
      m.set(`${family} ${parts[2].toLowerCase()}`, { id: chip.id, name: chip.name });
      perFamily.set(family, (perFamily.get(family) ?? 0) + 1);
    }
  }
  families = new Set([...perFamily].filter(([, n]) => n >= 2).map(([f]) => f));
  return (familyModels = m);
}

/** Answers of `familyOf` by mention text: a page repeats the same few chip names many times. */
const familyCache = new Map<string, string | null>();

/** The lower-cased first word of a mention "<Family> <model>" when the family has several models, else null. */
function familyOf(mentionText: string): string | null {
  const cached = familyCache.get(mentionText);
  if (cached !== undefined) return cached;
  models();
  const parts = FAMILY_MODEL.exec(mentionText);
  const family = parts ? parts[1].toLowerCase() : null;
  const answer = family && families?.has(family) ? family : null;
  if (familyCache.size > 4096) familyCache.clear();
  familyCache.set(mentionText, answer);
  return answer;
}

/** What may stand between the previous word and an elided model number: "the 960", ", 960", "und 960". */
const JOINT = /(?:^|[^\p{L}])(?:the|den|die|das|der|dem|and|und|or|oder|bzw\.|sowie|then|dann)\s+$|,\s*$/iu;

const NOT_AFTER = /^(?:[.,]\d|\s?(?:%|[Mm]illion|[Bb]illion|[Mm]illiarde|Mrd|Mio|Prozent|percent|per cent|nm|GB|TB|W\b|kW|MW|TFLOPS|PFLOPS|[Dd]ollar|[Yy]uan|[Ee]uro))/;

/** Whether `pos` lies inside one of the sorted, disjoint entities. */
function insideEntity(entities: EntityMention[], pos: number): boolean {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < entities.length && entities[lo].start <= pos;
}

/**
 * Adds the elided model numbers of each family mention to `entities` (sorted, disjoint) and returns the new
 * list; the same list when there are none.
 */
export function addElidedModels(text: string, tokens: Tokens, entities: EntityMention[]): EntityMention[] {
  let added: EntityMention[] | null = null;
  const known = models();
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.kind !== 'chip' || e.text.length < 5) continue;
    const family = familyOf(e.text);
    if (!family) continue;
    // The rest of the sentence after the mention, read token by token up to its end (or 320 characters).
    const limit = Math.min(text.length, e.end + 320);
    for (let t = tokenAt(tokens, e.end); t < tokens.count; t++) {
      const a = tokens.starts[t];
      if (a >= limit || endsSentence(text, tokens.ends[t - 1] ?? e.end, a)) break;
      const c = text.charCodeAt(a);
      const b = tokens.ends[t];
      // "Gaudi 3 and 2 others": one- and two-digit numbers are too common to stand for a model.
      if (c < 0x30 || c > 0x39 || b - a < 3 || insideEntity(entities, a)) continue;
      const hit = known.get(`${family} ${text.slice(a, b).toLowerCase()}`);
      if (!hit || hit.id === e.id) continue;
      // A joint before; no decimal, thousands group, percent, scale or unit after ("the 960 million" is a figure).
      if (!JOINT.test(text.slice(Math.max(0, a - 12), a)) || NOT_AFTER.test(text.slice(b, b + 12))) continue;
      (added ??= []).push({ kind: 'chip', id: hit.id, name: hit.name, start: a, end: b, text: text.slice(a, b) });
    }
  }
  if (!added) return entities;
  added.sort((x, y) => x.start - y.start);
  // Merge the two sorted lists; a number found from two family mentions is added once.
  const out: EntityMention[] = [];
  let j = 0;
  for (const e of entities) {
    while (j < added.length && added[j].start < e.start) pushNew(out, added[j++]);
    out.push(e);
  }
  while (j < added.length) pushNew(out, added[j++]);
  return out;
}

function pushNew(out: EntityMention[], m: EntityMention): void {
  if (out.length === 0 || out[out.length - 1].start !== m.start) out.push(m);
}

/** A sentence or line ends in the gap [from, to) between two tokens. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x21 || c === 0x3f || (c === 0x2e && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1))))) return true;
  }
  return false;
}
