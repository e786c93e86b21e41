/**
 * The extraction pipeline: text in, mentions out. Tokens and the text's language, candidates from one matcher over
 * the knowledge base, the candidate rules (`candidates.ts`), tickers and elided models, then figures with the
 * entity each is about and what it measures. Pure and synchronous.
 */
import { CHIP_BY_ID, COMPANY_BY_ID, KB_ENTITIES, MODEL_FAMILIES } from '../kb/index.ts';
import { attribute, firstIndexAtOrAfter, semicolonsOf } from './attribute.ts';
import { resolveCandidates } from './candidates.ts';
import { findFigures, type EntitySpanIndex } from './figures.ts';
import { measureOf } from './measure.ts';
import { addElidedModels } from './ellipsis.ts';
import { countFunctionWords, detectLanguage, languageFromCounts } from './language.ts';
import { compileMatcher, type MatchableEntity, type Matcher } from './matcher.ts';
import { docSignal, isRelevant } from './signal.ts';
import { findTickers } from './tickers.ts';
import { tokenize } from './tokens.ts';
import type { AnnotateOptions, Annotation, EntityMention, FigureMention, Mention } from './types.ts';

let defaultMatcher: Matcher | null = null;
const watchMatchers = new Map<string, Matcher>();

/** The matcher over the knowledge base, compiled once per process (or page) on first use. */
export function getMatcher(watchTerms: AnnotateOptions['watchTerms'] = []): Matcher {
  if (!watchTerms.length) return (defaultMatcher ??= compileMatcher(KB_ENTITIES, MODEL_FAMILIES));
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
    m = compileMatcher([...extra, ...KB_ENTITIES], MODEL_FAMILIES);
    if (watchMatchers.size > 8) watchMatchers.clear();
    watchMatchers.set(key, m);
  }
  return m;
}

/**
 * Finds chips, companies and figures in a German or English text. Pure and synchronous: the same code runs in
 * the content script, the CLI and tests.
 */
export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const tokens = tokenize(text);
  const counts = countFunctionWords(text);
  // A text in another language keeps a German or English reading for its numbers; it is not chip news for us.
  const detected = options.lang ? undefined : (languageFromCounts(counts) ?? detectLanguage(text));
  const language = options.lang ?? (detected === 'other' ? detectLanguage(text) : detected!);
  const matcher = getMatcher(options.watchTerms);
  const candidates = matcher.scan(text, tokens);
  const signal = docSignal(text, candidates.filter((c) => c.entry.certainty === 'sure'), counts);
  const kept = resolveCandidates(text, tokens, candidates, signal, language === 'en');
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
  const tickers = findTickers(text, tokens, found);
  const named = tickers.length ? mergeEntities(found, tickers) : found;
  for (const e of named) e.text = text.slice(e.start, e.end);
  const entities = addElidedModels(text, tokens, named);
  const index = spanIndexFor(text, entities);
  const raw = findFigures(text, language, index, tokens);
  const semicolons = raw.length ? semicolonsOf(text) : new Int32Array(0);
  const figures: FigureMention[] = raw.map((f) => {
    const about = attribute(text, tokens, f, entities, semicolons);
    if (about && f.value.type === 'money' && text.charCodeAt(f.start) === 0xa5) f.value.currency = yenSignByOwner(about, f.value.currency);
    const m: FigureMention = { kind: 'figure', start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.value };
    if (about) m.about = about;
    // Left out when unknown: the command line prints a measure only where one was read.
    const measure = measureOf(text, f.start, f.end, f.value);
    if (measure !== 'unknown') m.measure = measure;
    return m;
  });
  const result: Annotation = { language, relevant: detected !== 'other' && isRelevant(signal), mentions: mergeByStart(entities, figures) };
  if (detected) result.detected = detected;
  return result;
}

/**
 * "¥" is the yen for a Japanese firm and the yuan for a Chinese one, whatever the text's other sums are in
 * ("Tokyo Electron cut its forecast to ¥2.35 trillion" beside "Alibaba will spend RMB380bn").
 */
function yenSignByOwner(about: string, fallback: string): string {
  const country = COMPANY_BY_ID.get(CHIP_BY_ID.get(about)?.maker ?? about)?.country;
  return country === 'JP' ? 'JPY' : country === 'CN' ? 'CNY' : fallback;
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
      // Same property order as every other mention: one object shape keeps the later loops monomorphic.
      out.push({ kind: b.kind, id: b.id, name: b.name, start: a.start, end: b.end, text: '' });
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

/** Merges two disjoint entity lists sorted by start. */
function mergeEntities(a: EntityMention[], b: EntityMention[]): EntityMention[] {
  return mergeByStart(a, b) as EntityMention[];
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
