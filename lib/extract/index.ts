import { CHIP_BY_ID, COMPANY_BY_ID, isChipIndustry, KB_ENTITIES } from '../kb/index.ts';
import { countCues, followingCue, isUnitAfterNumber, looksLikePersonName, sentenceWindow } from './context.ts';
import { findFigures, type EntitySpanIndex, type RawFigure } from './figures.ts';
import { addElidedModels } from './ellipsis.ts';
import { detectLanguage } from './language.ts';
import { compileMatcher, type Candidate, type MatchableEntity, type Matcher } from './matcher.ts';
import { tokenize, type Tokens } from './tokens.ts';
import type { AnnotateOptions, Annotation, EntityMention, FigureMention, Mention } from './types.ts';

export type * from './types.ts';

let defaultMatcher: Matcher | null = null;
const watchMatchers = new Map<string, Matcher>();

/** The matcher over the knowledge base, compiled once per process (or page) on first use. */
export function getMatcher(watchTerms: AnnotateOptions['watchTerms'] = []): Matcher {
  if (!watchTerms.length) return (defaultMatcher ??= compileMatcher(KB_ENTITIES));
  const key = JSON.stringify(watchTerms);
  let m = watchMatchers.get(key);
  if (!m) {
    const extra: MatchableEntity[] = watchTerms.map((w) => ({
      kind: w.kind,
      id: `watch:${w.term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`,
      name: w.term,
      aliases: [w.term],
    }));
    // The reader's own terms go first: they asked for exactly this spelling.
    m = compileMatcher([...extra, ...KB_ENTITIES]);
    if (watchMatchers.size > 8) watchMatchers.clear();
    watchMatchers.set(key, m);
  }
  return m;
}

/** How chip-like the whole text is; decides typos ("H2O") and whether the page is a chip article at all. */
interface DocSignal {
  distinctChips: number;
  distinctChipCompanies: number;
  /** Chip companies that are not also cloud providers (Microsoft and Google design chips, but mostly do not). */
  distinctPureChipCompanies: number;
  distinctOtherCompanies: number;
  cues: number;
}

const CUE_SAMPLE_CHARS = 60_000;
const DOC_CUES = /chip|prozessor|processor|halbleiter|semiconductor|beschleuniger|accelerator|gpu|grafikkarte|rechenzentr|datenzentr|data cent|architektur|architecture|wafer|foundr|hbm|nvlink|cuda|flops|exportkontroll|export control|lithogra/gi;

function docSignal(text: string, sure: Candidate[]): DocSignal {
  const chips = new Set<string>();
  const chipCos = new Set<string>();
  const pureChipCos = new Set<string>();
  const others = new Set<string>();
  for (const c of sure) {
    const e = c.entry.entity;
    if (e.kind === 'chip') chips.add(e.id);
    else {
      const co = COMPANY_BY_ID.get(e.id);
      (co && isChipIndustry(co) ? chipCos : others).add(e.id);
      if (co && isChipIndustry(co) && !co.roles.includes('cloud')) pureChipCos.add(e.id);
    }
  }
  // One regex pass over the head of the text; stems catch German compounds ("Chiphersteller", "KI-Beschleuniger").
  let cues = 0;
  DOC_CUES.lastIndex = 0;
  const head = text.length > CUE_SAMPLE_CHARS ? text.slice(0, CUE_SAMPLE_CHARS) : text;
  while (DOC_CUES.exec(head)) cues++;
  return { distinctChips: chips.size, distinctChipCompanies: chipCos.size, distinctPureChipCompanies: pureChipCos.size, distinctOtherCompanies: others.size, cues };
}

/** Below this length the evidence a text can hold shrinks with it: a two-line brief names one chip firm. */
const FULL_ARTICLE_CHARS = 3000;
const SHORT_TEXT_CHARS = 500;

function isRelevant(s: DocSignal, length: number): boolean {
  const core = s.distinctChips + s.distinctChipCompanies;
  const score = 3 * s.distinctChips + 2 * s.distinctChipCompanies + s.distinctOtherCompanies + 0.5 * Math.min(s.cues, 8);
  // A full article needs several chip names or cues; a headline or teaser about one chip firm is chip news too.
  const shortness = 1 - Math.min(1, Math.max(0, length - SHORT_TEXT_CHARS) / (FULL_ARTICLE_CHARS - SHORT_TEXT_CHARS));
  const pureCore = s.distinctChips + s.distinctPureChipCompanies;
  const needed = 5 - (pureCore >= 1 ? 3 * shortness : 0);
  return core >= 1 && score >= needed;
}

/** A chip document strong enough that a lone typo ("den Kauf von H2O") reads as the chip. */
function isChipDocument(s: DocSignal): boolean {
  return s.distinctChips >= 1 || (s.distinctChipCompanies >= 1 && s.cues >= 3);
}

const SPEECH_AFTER = /^,? (?:said|says|told|added|wrote|argued|sagte|sagt|erklärte|betonte|schrieb)\b/;

/** Keeps or drops the candidates that need context (ambiguous names, typos). */
function resolveCandidates(text: string, tokens: Tokens, candidates: Candidate[], signal: DocSignal): Candidate[] {
  const sureTokens = new Uint8Array(tokens.count);
  for (const c of candidates) if (c.entry.certainty === 'sure') sureTokens.fill(1, c.firstToken, c.endToken);
  const chipDoc = isChipDocument(signal);
  const kept: Candidate[] = [];
  const undecided: Candidate[] = [];
  for (const c of candidates) {
    if (c.entry.certainty === 'sure') {
      kept.push(c);
      continue;
    }
    const w = sentenceWindow(text, tokens, c.start, c.end);
    const cues = countCues(text, tokens, w, c.firstToken, c.endToken);
    if (cues.negative > 0) continue;
    if (isUnitAfterNumber(text, tokens, c.firstToken, c.endToken)) continue;
    const next = c.inflected ? null : followingCue(text, c.end);
    if (next === 'person') continue;
    // Chips do not speak: "Blackwell said", "Rubin sagte" is a person.
    if (c.entry.entity.kind === 'chip' && SPEECH_AFTER.test(text.slice(c.end, c.end + 12))) continue;
    if (next === 'company' && c.entry.entity.kind === 'company') {
      kept.push(c);
      continue;
    }
    let entitiesNear = 0;
    for (let i = w.fromToken; i < w.toToken; i++) if (sureTokens[i] && (i < c.firstToken || i >= c.endToken)) entitiesNear++;
    const positive = cues.positive + entitiesNear;
    if (c.entry.certainty === 'typo') {
      if (positive > 0 || chipDoc) kept.push(c);
      continue;
    }
    const lettersOnly = !/\d/.test(c.entry.alias);
    if (lettersOnly && c.endToken - c.firstToken === 1 && looksLikePersonName(text, tokens, c.firstToken, (i) => sureTokens[i] === 1)) continue;
    if (positive > 0) kept.push(c);
    // "Meta-Analyse", "Arm-Banduhr": the first part of a German noun compound with no cue of its own is a prefix,
    // whatever sense the name has elsewhere in the text.
    else if (!isCompoundHead(text, c.end)) undecided.push(c);
  }
  if (!undecided.length) return kept;
  // One sense per discourse: a name this text already used as a chip or company (with context, or in an
  // unambiguous spelling) means the same thing where a sentence gives no cue of its own.
  const seen = new Set(kept.map((c) => c.entry.entity.id));
  const late = undecided.filter((c) => seen.has(c.entry.entity.id));
  return late.length ? [...kept, ...late].sort((a, b) => a.start - b.start) : kept;
}

/** Whether a hyphen and a capitalised word follow: the name heads a German compound noun. */
function isCompoundHead(text: string, end: number): boolean {
  const h = text.charCodeAt(end);
  if (h !== 0x2d && h !== 0x2010 && h !== 0x2011) return false;
  const n = text.charCodeAt(end + 1);
  return n >= 0x41 && n <= 0x5a;
}

function firstIndexAtOrAfter(entities: readonly { start: number }[], pos: number): number {
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
 */
function attribute(text: string, tokens: Tokens, fig: RawFigure, entities: EntityMention[]): string | undefined {
  if (fig.chipAt !== undefined) return entities[firstIndexAtOrAfter(entities, fig.chipAt)]?.id;
  const w = sentenceWindow(text, tokens, fig.start, fig.end);
  const from = w.fromToken < tokens.count ? tokens.starts[w.fromToken] : text.length;
  const to = w.toToken > 0 ? tokens.ends[w.toToken - 1] : 0;
  const inSentence = entitiesBetween(entities, from, to);
  const v = fig.value;
  const isSpec = SPEC_TYPES.has(v.type) && !(v.type === 'power' && v.amount >= FACILITY_POWER_W);
  if (isSpec) {
    // "... Nvidia's GB200 NVL72, which needs about 145 kW": a relative clause right after a chip is about it.
    const lastBefore = entitiesBetween(entities, from, fig.start).filter(isDevice).pop();
    if (lastBefore && RELATIVE_CLAUSE.test(text.slice(lastBefore.end, fig.start))) return lastBefore.id;
    // Specs belong to a chip: the sentence's subject, its first product ("The H20, a cut-down H100, carries
    // 96 GB" is about the H20), products before architectures and families.
    for (const pick of [isProduct, isDevice]) {
      const first = inSentence.find(pick);
      if (first) return first.id;
    }
    // A process node in a sentence about a foundry and no chip is the foundry's ("SMIC hopes to reach 5nm").
    if (v.type === 'process') {
      const fab = inSentence.find(isFoundry);
      if (fab) return fab.id;
    }
    // Else the subject of the last sentence of the same paragraph that named a product ("Der Chip hat 96 GB"
    // after a sentence about the H20).
    const lineStart = text.lastIndexOf('\n', fig.start) + 1;
    const earlier = entitiesBetween(entities, Math.max(lineStart, fig.start - 600), fig.start);
    const last = earlier.filter(isProduct).pop() ?? earlier.filter(isDevice).pop();
    if (!last) return undefined;
    const w2 = sentenceWindow(text, tokens, last.start, last.end);
    const from2 = tokens.starts[w2.fromToken] ?? last.start;
    return (entitiesBetween(entities, from2, last.end).find(isProduct) ?? last).id;
  }
  if (v.type === 'quantity') {
    // "200,000 units of the H200", "1 Million H20-Chips": the chip right after the count.
    const next = inSentence.find((e) => e.start >= fig.end);
    if (next && next.kind === 'chip' && next.start - fig.end <= 16 && /^[\s\p{L}-]*$/u.test(text.slice(fig.end, next.start))) return next.id;
  }
  // No arrays here: this runs for every figure of the page.
  let firstOwner = -1;
  for (let i = 0; i < inSentence.length; i++) {
    if (canOwnBusinessFigure(inSentence[i])) {
      firstOwner = i;
      break;
    }
  }
  if (firstOwner < 0) return antecedent(text, tokens, entities, from, to);
  for (let i = inSentence.length - 1; i >= firstOwner; i--) {
    const e = inSentence[i];
    if (e.end > fig.start || !canOwnBusinessFigure(e)) continue;
    // Skip names inside an inserted clause when the sentence names someone before the clause.
    if (i > firstOwner && inInsertedClause(text, from, e, fig.start) && inSentence[firstOwner].end <= text.lastIndexOf(',', e.start)) continue;
    return e.id;
  }
  for (const e of inSentence) if (e.start >= fig.end && canOwnBusinessFigure(e)) return e.id;
  return antecedent(text, tokens, entities, from, to);
}

/** Words that refer back to a firm named earlier: "the company", "der Konzern", "its revenue". */
const ANAPHOR = /\b(?:the (?:company|firm|group|chipmaker|chip ?maker|chip designer|foundry)|its|the (?:stock|shares)|die Aktien?|der (?:Konzern|Chipkonzern|Hersteller|Chiphersteller|Chipentwickler|Auftragsfertiger)|das Unternehmen|des (?:Konzerns|Unternehmens|Herstellers)|dem (?:Konzern|Unternehmen|Hersteller))\b/i;

/**
 * "Die Erlöse stiegen auf 989,9 Milliarden Taiwan-Dollar, wie das Unternehmen mitteilte": a sentence without a
 * name that refers back to a firm is about the subject of the last sentence that named one, in the same paragraph
 * or the one before (wire copy writes paragraphs of one or two sentences).
 */
function antecedent(text: string, tokens: Tokens, entities: EntityMention[], from: number, to: number): string | undefined {
  if (!ANAPHOR.test(text.slice(from, to))) return undefined;
  let paraStart = text.lastIndexOf('\n', from - 1);
  // Step over blank lines to the start of the previous paragraph.
  let p = paraStart;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  paraStart = p > 0 ? text.lastIndexOf('\n', p - 1) + 1 : 0;
  const earlier = entitiesBetween(entities, Math.max(paraStart, from - 600), from).filter(canOwnBusinessFigure);
  const last = earlier.pop();
  if (!last) return undefined;
  const w = sentenceWindow(text, tokens, last.start, last.end);
  const start = tokens.starts[w.fromToken] ?? last.start;
  return (entitiesBetween(entities, start, last.end).find((e) => e.kind === 'company') ?? last).id;
}

/**
 * Finds chips, companies and figures in a German or English text. Pure and synchronous: the same code runs in
 * the content script, the CLI and tests.
 */
export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const tokens = tokenize(text);
  const language = options.lang ?? detectLanguage(text);
  const matcher = getMatcher(options.watchTerms);
  const candidates = matcher.scan(text, tokens);
  const signal = docSignal(text, candidates.filter((c) => c.entry.certainty === 'sure'));
  const kept = resolveCandidates(text, tokens, candidates, signal);
  const found: EntityMention[] = joinFamilyAndModel(
    text,
    kept.map((c) => ({
      kind: c.entry.entity.kind,
      id: c.entry.entity.id,
      name: c.entry.entity.name,
      start: c.start,
      end: c.end,
      text: '',
    })),
  );
  for (const e of found) e.text = text.slice(e.start, e.end);
  const entities = addElidedModels(text, tokens, found);
  const index = spanIndexFor(text, entities);
  const figures: FigureMention[] = findFigures(text, language, index, tokens).map((f) => {
    const about = attribute(text, tokens, f, entities);
    const m: FigureMention = { kind: 'figure', start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.value };
    if (about) m.about = about;
    return m;
  });
  return { language, relevant: isRelevant(signal, text.length), mentions: mergeByStart(entities, figures) };
}

const FAMILY_CATEGORIES = new Set(['family']);

/**
 * "Instinct MI308": a product family's name right before a model of the same maker is part of the model's name,
 * so the two become one mention of the model. An architecture stays a mention of its own ("Blackwell B200"
 * names the generation and the part).
 */
function joinFamilyAndModel(text: string, entities: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let i = 0; i < entities.length; i++) {
    const a = entities[i];
    const b = entities[i + 1];
    if (b && a.kind === 'chip' && b.kind === 'chip' && b.start - a.end === 1 && isFamilyOf(a, b) && /[ \u00a0-]/.test(text[a.end])) {
      // Built lazily, in one pass: most texts have no such pair.
      out ??= entities.slice(0, i);
      out.push({ ...b, start: a.start });
      i++;
      continue;
    }
    out?.push(a);
  }
  return out ?? entities;
}

function isFamilyOf(a: EntityMention, b: EntityMention): boolean {
  const fa = CHIP_BY_ID.get(a.id);
  const fb = CHIP_BY_ID.get(b.id);
  return !!fa && !!fb && FAMILY_CATEGORIES.has(fa.category) && fb.category !== 'family' && fb.category !== 'architecture' && fa.maker === fb.maker;
}

/** Merges two lists sorted by start (entities and figures never overlap). */
function mergeByStart(a: Mention[], b: Mention[]): Mention[] {
  const out: Mention[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i].start <= b[j].start ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

function spanIndexFor(text: string, mentions: EntityMention[]): EntitySpanIndex {
  const find = (pos: number) => firstIndexAtOrAfter(mentions, pos);
  return {
    overlapsEntity(start, end) {
      const i = find(end);
      const prev = mentions[i - 1];
      return prev !== undefined && prev.end > start;
    },
    chipStartingAt(pos) {
      let p = pos;
      while (p < pos + 2 && (text[p] === ' ' || text[p] === '\u00a0')) p++;
      const i = find(p);
      const m = mentions[i];
      if (!m || m.start !== p) return null;
      if (m.kind === 'chip') return m;
      // "10.000 Nvidia-H200-Chips", "10,000 Nvidia A100s": the maker's name may stand between count and chip.
      const next = mentions[i + 1];
      return next && next.kind === 'chip' && next.start - m.end <= 1 ? next : null;
    },
  };
}
