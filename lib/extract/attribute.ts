/**
 * What a figure is about: the chip a spec belongs to, the chip a count counts, the firm a sum, share or growth
 * rate belongs to. Pure functions over the sorted, disjoint entity mentions of one text.
 */
import { CHIP_BY_ID, COMPANY_BY_ID } from '../kb/index.ts';
import { isDigitCode, isSpaceCode } from './chars.ts';
import { sentenceWindow } from './context.ts';
import type { RawFigure } from './figures.ts';
import type { Tokens } from './tokens.ts';
import type { EntityMention } from './types.ts';

/** Index of the first entity starting at or after `pos` (binary search). */
export function firstIndexAtOrAfter(entities: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entities lying within [from, to], found by binary search (entities are sorted and disjoint). */
function entitiesBetween(entities: EntityMention[], from: number, to: number): EntityMention[] {
  const lo = firstIndexAtOrAfter(entities, from);
  const out: EntityMention[] = [];
  for (let i = lo; i < entities.length && entities[i].end <= to; i++) out.push(entities[i]);
  return out;
}

/** A chip that has specs of its own; "96 GB HBM3" is about the H20, not about HBM3. */
function isDevice(e: EntityMention): boolean {
  return e.kind === 'chip' && CHIP_BY_ID.get(e.id)?.category !== 'memory';
}

const PRODUCT_CATEGORIES = new Set(['gpu', 'accelerator', 'cpu']);
function isProduct(e: EntityMention): boolean {
  return e.kind === 'chip' && PRODUCT_CATEGORIES.has(CHIP_BY_ID.get(e.id)?.category ?? '');
}

const SPEC_TYPES = new Set(['memory', 'bandwidth', 'compute', 'process', 'power']);

/** From a chip's name to a figure inside the relative clause that follows it, with no clause break between. */
const RELATIVE_CLAUSE = /^(?:\s*\([^)]*\))?,\s*(?:which|that|der|die|das|dessen|deren)\b[^,;:.!?()]*$/;

/** A chip's own power draw; a megawatt or more is a data centre's, and that figure is about a company. */
const FACILITY_POWER_W = 1e6;

function isFoundry(e: EntityMention): boolean {
  if (e.kind !== 'company') return false;
  const roles = COMPANY_BY_ID.get(e.id)?.roles;
  return roles !== undefined && (roles.includes('foundry') || roles.includes('idm'));
}

/** Memory standards (HBM3E) carry specs, but revenue, shares and growth belong to the firms that make them. */
function canOwnBusinessFigure(e: EntityMention): boolean {
  return e.kind === 'company' || CHIP_BY_ID.get(e.id)?.category !== 'memory';
}

/**
 * Whether an entity sits in an inserted clause that closes before `pos`: "Broadcom, which makes chips for Google,
 * reported ...", "SK Hynix, Hauptlieferant von Nvidia, meldete ...". Such a name is not the subject of what
 * follows the clause.
 */
function inInsertedClause(text: string, sentenceStart: number, e: EntityMention, pos: number): boolean {
  const open = text.lastIndexOf(',', e.start);
  if (open < sentenceStart) return false;
  const close = text.indexOf(',', e.end);
  return close >= 0 && close < pos;
}

/**
 * The entity a figure is about: for specs the nearest chip, for counts of a chip that chip, otherwise the
 * nearest entity before the figure in its sentence (the subject usually comes first), else the first after it.
 * `semicolons`: the text's `semicolonsOf`, for clauses ("…; the MI350X tops out at 1,000 W").
 */
export function attribute(text: string, tokens: Tokens, fig: RawFigure, entities: EntityMention[], semicolons: Int32Array = NO_SEMICOLONS): string | undefined {
  if (fig.chipAt !== undefined) return entities[firstIndexAtOrAfter(entities, fig.chipAt)]?.id;
  const named = namedAfterFor(text, fig, entities);
  if (named) return named;
  const w = sentenceWindow(text, tokens, fig.start, fig.end);
  const from = w.fromToken < tokens.count ? tokens.starts[w.fromToken] : text.length;
  const to = w.toToken > 0 ? tokens.ends[w.toToken - 1] : 0;
  const inSentence = entitiesBetween(entities, from, to);
  const v = fig.value;
  const isSpec = SPEC_TYPES.has(v.type) && !(v.type === 'power' && v.amount >= FACILITY_POWER_W);
  if (isSpec) {
    // "... Nvidia's GB200 NVL72, which needs about 145 kW": a relative clause right after a chip is about it.
    let lastBefore: EntityMention | undefined;
    for (const e of inSentence) if (e.end <= fig.start && isDevice(e)) lastBefore = e;
    if (lastBefore && RELATIVE_CLAUSE.test(text.slice(lastBefore.end, fig.start))) return lastBefore.id;
    // "…, der H20 dagegen nur 296 TFLOPS", "Compared with the H100, the H20 has 96 GB", "H100 (80 GB), H200
    // (141 GB)": a chip named in the figure's own clause, before it, is the one it describes.
    const clauseStart = clauseStartBefore(text, from, fig.start);
    if (clauseStart > from) {
      let inClause: EntityMention | undefined;
      for (const e of inSentence) if (e.start > clauseStart && e.end <= fig.start && isDevice(e)) inClause = e;
      if (inClause) return inClause.id;
    }
    // "Seine Rechenleistung liegt unter der des H100, dafür bietet er 96 GB": a sentence that opens with a pronoun
    // for a chip continues the previous sentence's subject, whatever it compares that chip with.
    if (CHIP_PRONOUN_START.test(text.slice(from, from + 24))) {
      const prev = previousSubject(text, tokens, entities, fig.start, from);
      if (prev) return prev;
    }
    // Specs belong to a chip: the sentence's subject, its first product ("The H20, a cut-down H100, carries
    // 96 GB" is about the H20), products before architectures and families, and chips named before the figure
    // before those named after it ("The Ascend 950 … will pair 128 GB HBM3E, followed by the Ascend 960").
    // A semicolon starts a clause with a subject of its own: "The MI355X is rated at 1,400 W; the MI350X tops
    // out at 1,000 W".
    const clause = semicolonBefore(semicolons, from, fig.start);
    if (clause > from) {
      for (const pick of [isProduct, isDevice]) {
        const first = inSentence.find((e) => e.start > clause && e.end <= fig.start && pick(e));
        if (first) return first.id;
      }
    }
    for (const pick of [isProduct, isDevice]) {
      const first = inSentence.find((e) => e.end <= fig.start && pick(e));
      if (first) return first.id;
    }
    for (const pick of [isProduct, isDevice]) {
      const first = inSentence.find(pick);
      if (first) return first.id;
    }
    // A process node in a sentence about a foundry and no chip is the foundry's ("SMIC hopes to reach 5nm").
    // With two foundries, the one named right before the node: "Intel's 18A competes with TSMC's 2-nm process".
    if (v.type === 'process') {
      let fab: EntityMention | undefined;
      for (const e of inSentence) if (e.end <= fig.start && isFoundry(e)) fab = e;
      fab ??= inSentence.find(isFoundry);
      if (fab) return fab.id;
    }
    // A sentence about memory alone: "HBM4 with more than 2.8 TB/s per stack" is about the HBM4.
    const memory = inSentence.find((e) => e.kind === 'chip' && !isDevice(e));
    if (memory) return memory.id;
    // Else the subject of the last sentence of the same paragraph that named a product ("Der Chip hat 96 GB"
    // after a sentence about the H20).
    return previousSubject(text, tokens, entities, fig.start, fig.start);
  }
  if (v.type === 'quantity') {
    // "200,000 units of the H200", "1 Million H20-Chips": the chip right after the count.
    const next = inSentence.find((e) => e.start >= fig.end);
    if (next && next.kind === 'chip' && next.start - fig.end <= 16 && /^[\s\p{L}-]*$/u.test(text.slice(fig.end, next.start))) return next.id;
  }
  // "…supporting 768 GB per card; shares rose 11%": a share price belongs to a firm, never to a chip.
  const owns = STOCK_BEFORE.test(text.slice(Math.max(from, fig.start - 40), fig.start)) ? isCompany : canOwnBusinessFigure;
  // No arrays here: this runs for every figure of the page.
  let firstOwner = -1;
  for (let i = 0; i < inSentence.length; i++) {
    if (owns(inSentence[i])) {
      firstOwner = i;
      break;
    }
  }
  if (firstOwner < 0) return antecedent(text, tokens, entities, from, to);
  // "Microsoft will house GB200s; the company also signed a $9.7 billion deal": a clause after a semicolon that
  // refers back to a firm, with no name of its own before the figure, is about the sentence's first firm.
  const clause = semicolonBefore(semicolons, from, fig.start);
  if (clause > from && refersBack(text.slice(clause + 1, fig.start))) {
    let named = false;
    for (const e of inSentence) if (e.start > clause && e.end <= fig.start) named = true;
    const firm = named ? undefined : inSentence.find((e) => e.kind === 'company' && e.end <= clause);
    if (firm) return firm.id;
  }
  for (let i = inSentence.length - 1; i >= firstOwner; i--) {
    const e = inSentence[i];
    if (e.end > fig.start || !owns(e)) continue;
    // Skip names inside an inserted clause when the sentence names someone before the clause.
    if (i > firstOwner && inInsertedClause(text, from, e, fig.start) && inSentence[firstOwner].end <= text.lastIndexOf(',', e.start)) continue;
    return e.id;
  }
  for (const e of inSentence) if (e.start >= fig.end && owns(e)) return e.id;
  return antecedent(text, tokens, entities, from, to);
}

/** Positions of every semicolon of a text, in order: found once per text, searched per figure. */
export function semicolonsOf(text: string): Int32Array {
  const out: number[] = [];
  for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) out.push(i);
  return Int32Array.from(out);
}

const NO_SEMICOLONS = new Int32Array(0);

/** Where the clause holding `pos` starts: after the last comma, semicolon or colon since `from`; else `from`. */
function clauseStartBefore(text: string, from: number, pos: number): number {
  for (let i = pos - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a) {
      // A comma between digits is a decimal or thousands mark ("4,8 TB/s"), not a clause break.
      if (c === 0x2c && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) continue;
      return i;
    }
  }
  return from;
}

/** Between a figure and the entity it is for: "2,250 TFLOPS for the B200", "45 % für den H20". */
const FOR_GAP = /^[ \u00a0]+(?:for|für)[ \u00a0]+(?:(?:the|der|die|das|den|dem|des)[ \u00a0]+)?$/;
/** A firm's possessive right before its product: "for Nvidia's B200", "für Nvidias B200". */
const POSSESSIVE_GAP = /^(?:['’]s|s|['’])?[ \u00a0]$/;

/**
 * A figure followed by "for" and a name is that name's, whatever the sentence's subject: "Each 910C offers
 * about 780 TFLOPS, versus 2,250 TFLOPS for Nvidia's B200". A firm's possessive before a chip gives the chip.
 */
function namedAfterFor(text: string, fig: RawFigure, entities: EntityMention[]): string | undefined {
  const i = firstIndexAtOrAfter(entities, fig.end);
  const e = entities[i];
  if (!e || e.start - fig.end > 16 || !FOR_GAP.test(text.slice(fig.end, e.start))) return undefined;
  const next = entities[i + 1];
  if (e.kind === 'company' && next && next.kind === 'chip' && next.start - e.end <= 3 && POSSESSIVE_GAP.test(text.slice(e.end, next.start))) return next.id;
  return e.id;
}

/**
 * The last semicolon in [from, pos), or -1, by binary search: reading the text back for every figure cost as much
 * as the rest of attribution.
 */
function semicolonBefore(semicolons: Int32Array, from: number, pos: number): number {
  let lo = 0;
  let hi = semicolons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (semicolons[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && semicolons[i] >= from ? semicolons[i] : -1;
}

/** Words for a firm's stock right before a figure: "shares rose 11%", "die Aktie legte 5 % zu". */
const STOCK_BEFORE = /\b(?:shares|share price|stock|Aktien?|Papiere)\b[^.;:!?]*$/;

function isCompany(e: EntityMention): boolean {
  return e.kind === 'company';
}

/** Sentence openings that refer back to a chip: "Er", "Seine", "It", "Its", "The chip", "Der Beschleuniger". */
const CHIP_PRONOUN_START = /^(?:Er|Sie|Sein|Seine|Seiner|Ihr|Ihre|It|Its|(?:The|Der|Die|Das) (?:chip|part|accelerator|GPU|Chip|Beschleuniger|Grafikprozessor|Prozessor|Modell))\b/;

/**
 * The subject of the last sentence before `before` (in the paragraph of `pos`, at most 600 characters back) that
 * named a product: its first product, else the last chip named.
 */
function previousSubject(text: string, tokens: Tokens, entities: EntityMention[], pos: number, before: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', pos) + 1;
  const earlier = entitiesBetween(entities, Math.max(lineStart, pos - 600), before);
  const last = earlier.filter(isProduct).pop() ?? earlier.filter(isDevice).pop();
  if (!last) return undefined;
  const w = sentenceWindow(text, tokens, last.start, last.end);
  const from = tokens.starts[w.fromToken] ?? last.start;
  return (entitiesBetween(entities, from, last.end).find(isProduct) ?? last).id;
}

/** Words that refer back to a firm named earlier: "the company", "der Konzern", "its revenue". */
/** Head nouns of a reference back to a firm, English and German (also as the end of a compound: "Chipkonzern"). */
const FIRM_NOUN = /(?:company|firm|group|chip ?maker|maker|designer|foundry|giant|supplier|konzern|hersteller|fertiger|entwickler|ausrüster|riese|anbieter|unternehmen|firma|gruppe|spezialist)(?:s|es|en|n)?(?![\p{L}])/giu;
/** Words that refer back without a noun phrase: "its", "the shares", "die Aktie", a sentence opening with It/Er/Sie. */
const FIRM_WORD = /\bits\b|\bthe (?:stock|shares)\b|\bdie Aktien?\b|^(?:It|Er|Sie) /iu;
const ARTICLE = /^(?:the|der|des|dem|den|die|das)$/i;

/**
 * Whether a sentence refers back to a firm: "the company", "the Santa Clara-based company", "the memory maker",
 * "der Konzern", "der südkoreanische Speicherhersteller", "its", "die Aktie". The head noun is found by one literal
 * pattern; the article is then looked for among the four words before it (adjectives may stand between).
 */
function refersBack(sentence: string): boolean {
  if (FIRM_WORD.test(sentence)) return true;
  FIRM_NOUN.lastIndex = 0;
  for (let m = FIRM_NOUN.exec(sentence); m; m = FIRM_NOUN.exec(sentence)) {
    const words = sentence.slice(Math.max(0, m.index - 60), m.index).split(/[\s,]+/);
    // The last element is the head word's own beginning ("Speicher" of "Speicherhersteller") or empty.
    for (let k = words.length - 2, n = 0; k >= 0 && n < 4; k--, n++) if (ARTICLE.test(words[k])) return true;
  }
  return false;
}

/**
 * "Die Erlöse stiegen auf 989,9 Milliarden Taiwan-Dollar, wie das Unternehmen mitteilte": a sentence without a
 * name that refers back to a firm is about the subject of the last sentence that named one, in the same paragraph
 * or the one before (wire copy writes paragraphs of one or two sentences).
 */
function antecedent(text: string, tokens: Tokens, entities: EntityMention[], from: number, to: number): string | undefined {
  if (!refersBack(text.slice(from, to))) return undefined;
  let paraStart = text.lastIndexOf('\n', from - 1);
  // Step over blank lines to the start of the previous paragraph.
  let p = paraStart;
  while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) p--;
  paraStart = p > 0 ? text.lastIndexOf('\n', p - 1) + 1 : 0;
  const earlier = entitiesBetween(entities, Math.max(paraStart, from - 600), from).filter(canOwnBusinessFigure);
  // "The company", "its shares" name a firm: a chip named after the firm ("… Blackwell Ultra is ramping," Huang
  // said. The company would buy back $60 billion) is not what the reference points to.
  let last: EntityMention | undefined;
  for (let i = earlier.length - 1; i >= 0 && !last; i--) if (earlier[i].kind === 'company') last = earlier[i];
  last ??= earlier.pop();
  if (!last) return undefined;
  const w = sentenceWindow(text, tokens, last.start, last.end);
  const start = tokens.starts[w.fromToken] ?? last.start;
  return (entitiesBetween(entities, start, last.end).find((e) => e.kind === 'company') ?? last).id;
}
