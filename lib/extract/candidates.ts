/**
 * The rules that keep or drop the candidates of ambiguous names ("Arm", "Meta", "A100", "Hopper", typos): a word of
 * context speaks for or against the chip or firm, a person's name or a web address rules it out, and in a text
 * about chips a model number or a firm's verb settles it. The word-level cues themselves are in `context.ts`.
 */
import { countCues, followedBySurname, followingCue, isUnitAfterNumber, looksLikePersonName, sentenceWindow } from './context.ts';
import { SPEECH_VERBS } from './cue-words.ts';
import type { Candidate } from './matcher.ts';
import { isChipDocument, type DocSignal } from './signal.ts';
import { ownTickerFollows } from './tickers.ts';
import type { Tokens } from './tokens.ts';

/** Distinct sure chip names that make a text a chip text for ambiguous model numbers. */
const MANY_CHIPS = 2;

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

const GERMAN_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:der|den|dem|im|am|beim|ein|einen|einem)[ \u00a0]$/u;
/**
 * A possessive, a superlative or "linken/rechten" right before the name ("seinen Arm", "größter Trumpf", "den
 * rechten Arm"): a German noun, not a firm, which takes none of them. Not any word with an adjective's ending:
 * "wie", "gegen", "sowie" end alike and stand before firms ("Kunden wie Meta").
 */
const GERMAN_ATTRIBUTE_BEFORE = /(?:^|[^\p{L}])(?:(?:mein|dein|sein|ihr|unser|euer|eur)(?:e[nmrs]?)?|\p{Ll}{2,}(?:st|ßt|zt)e[nmrs]?|(?:link|recht)e[nmrs]?)[ \u00a0]$/u;

const WEB_DOMAIN_AFTER = /^\.(?:com|net|org|cn|de|io|ai)(?![\p{L}\p{N}])/u;

/** A verb of speech right after a name (after a comma too): "Blackwell said", "Rubin, sagte". */
const SPEECH_AFTER = new RegExp(`^,? (?:${[...SPEECH_VERBS.en, ...SPEECH_VERBS.de].join('|')})\\b`);

/** Keeps or drops the candidates that need context (ambiguous names, typos). */
export function resolveCandidates(text: string, tokens: Tokens, candidates: Candidate[], signal: DocSignal, english: boolean): Candidate[] {
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
    const cues = countCues(text, tokens, w, c.firstToken, c.endToken, c.entry.entity.kind === 'chip');
    if (cues.negative > 0) continue;
    if (isUnitAfterNumber(text, tokens, c.firstToken, c.endToken)) continue;
    // "Sohu.com": a web address names a site, not a chip or the firm behind an ambiguous name.
    if (WEB_DOMAIN_AFTER.test(text.slice(c.end, c.end + 5))) continue;
    // "Er brach sich den Arm", "im Arm halten": German firms take no article of their own right before the name.
    if (c.entry.entity.kind === 'company' && c.firstToken > 0 && !isCompoundHead(text, c.end) && GERMAN_ARTICLE_BEFORE.test(text.slice(Math.max(0, c.start - 7), c.start))) continue;
    if (!english && c.entry.entity.kind === 'company' && c.firstToken > 0 && !isCompoundHead(text, c.end) && GERMAN_ATTRIBUTE_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) continue;
    const next = c.inflected ? null : followingCue(text, c.end, c.start);
    if (next === 'person') continue;
    // Chips do not speak: "Blackwell said", "Rubin sagte" is a person.
    if (c.entry.entity.kind === 'chip' && SPEECH_AFTER.test(text.slice(c.end, c.end + 12))) continue;
    if ((next === 'company' || ownTickerFollows(text, c.end, c.entry.entity.id)) && c.entry.entity.kind === 'company') {
      kept.push(c);
      continue;
    }
    // A model number ("A100", "B30") in a text that names several other chips is the chip: the road or the
    // product code it also spells does not turn up among them, and a contrary cue was checked above.
    // Not for a model the knowledge base does not list ("Cobalt 300", "Tomahawk 4"): its family's name alone says
    // little, so it needs a cue of its own.
    if (c.entry.entity.kind === 'chip' && signal.distinctChips >= MANY_CHIPS && hasDigit(c.entry.alias) && !c.entry.entity.id.startsWith('unknown:')) {
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
    if (lettersOnly && c.endToken - c.firstToken === 1 && looksLikePersonName(text, tokens, c.firstToken, (i) => sureTokens[i] === 1, english)) continue;
    if (lettersOnly && english && c.entry.entity.kind === 'chip' && c.endToken - c.firstToken === 1 && followedBySurname(text, tokens, c.endToken, (i) => sureTokens[i] === 1)) continue;
    if (positive > 0 || (chipDoc && c.entry.entity.kind === 'company' && namesFirm(text, tokens, c, english))) kept.push(c);
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

/** Verbs and words that follow a firm's name at the start of an English sentence: "Meta plans", "Oracle's". */
const FIRM_VERB_AFTER = new RegExp(
  `^(?:['\u2019]s\\b|[ \u00a0](?:${[
    ...SPEECH_VERBS.en,
    ...'plans? planned will would is was has had announced reported expects? expected signed agreed bought buys spent spends invested invests shares stock rose fell jumped slid posted unveiled launched raised uses used builds built designs designed develops developed ordered orders declined confirmed denied'.split(' '),
  ].join('|')})\\b)`,
);

/** German verbs a firm takes right after its name: "Meta will … investieren", "Oracle meldete". */
const FIRM_VERB_AFTER_DE = new RegExp(
  `^[ \u00a0](?:${[
    ...SPEECH_VERBS.de,
    ...'will plant plante investiert investierte kündigte kündigt meldete meldet teilte teilt verkauft verkaufte kauft kaufte baut baute bestellt bestellte entwickelt entwickelte erwartet erwartete steigerte übernimmt übernahm liefert lieferte bestätigte dementierte'.split(' '),
  ].join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * In a chip text, a firm's name that is also a word ("Meta", "Apple", "Oracle", "Amazon") names the firm
 * before a verb firms take ("Meta plans to spend …", "Meta will 2026 … investieren"). English does not
 * capitalise common nouns, so there the capitalised name inside a sentence does too, unless it is part of a
 * title-case run ("Apple Harvest Festival"). Contrary cues, people ("Michael Dell") and epithets ("the Oracle
 * of Omaha") were ruled out before.
 */
function namesFirm(text: string, tokens: Tokens, c: Candidate, english: boolean): boolean {
  const first = text.charCodeAt(c.start);
  if (first < 0x41 || first > 0x5a) return false;
  if (!english) return FIRM_VERB_AFTER_DE.test(text.slice(c.end, c.end + 14));
  const next = c.endToken;
  if (next < tokens.count && tokens.starts[next] - c.end === 1 && isUpperAscii(text.charCodeAt(tokens.starts[next]))) return false;
  const before = text.slice(Math.max(0, c.start - 3), c.start);
  const opensSentence = c.start === 0 || /(?:^|[.!?:"“”\n])\s*$/.test(before) || /\n/.test(before);
  return !opensSentence || FIRM_VERB_AFTER.test(text.slice(c.end, c.end + 12));
}

function isUpperAscii(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** Whether a hyphen and a capitalised word follow: the name heads a German compound noun. */
function isCompoundHead(text: string, end: number): boolean {
  const h = text.charCodeAt(end);
  if (h !== 0x2d && h !== 0x2010 && h !== 0x2011) return false;
  const n = text.charCodeAt(end + 1);
  return n >= 0x41 && n <= 0x5a;
}
