/**
 * The figure grammar for German and English news: numbers with units, currencies, scales and ranges.
 *
 * Decisions the command-line contract (README, "The command-line annotator") leaves open, kept here so that every caller reads them alike:
 * - Basis points are percentage points: "25 basis points" is `{type:"points", value:0.25}`.
 * - A written sign is part of the figure: "-5%", "−6,5 %", "minus 2 Prozent" and "-$1.2 billion" are negative (money,
 *   percent and points only). Words do not sign a value: "fell 5%" and "ein Minus von 5 %" are 5 %; the verb tells
 *   the direction. A range keeps its bounds as written unsigned; "plus or minus 15 cents" is a tolerance, not a sign.
 * - A range needs a dash, "bis"/"to", or "zwischen/between … und/and": "15-30 %", "between 15% and 30%". "From 5%
 *   to 7%" is a change (two figures); amounts written out twice ("$12 billion to $15 billion") stay two figures.
 * - Fractions in words ("a third", "ein Viertel", "two-thirds") and vague amounts ("Hunderte Millionen", "billions
 *   of dollars") are not figures: they have no exact value a reader could compare across articles.
 * - Counts are figures only for things chip news counts (chips, GPUs, wafers, servers, racks, units…); a bare
 *   scaled number ("2,5 Millionen") is a count unless a noun after it names something else ("160 million shares").
 * - Compute above PFLOPS is expressed in PFLOPS ("8 EFLOPS" = 8,000 PFLOPS); power in watts.
 */
import { isSpaceCode, isUpperCode, isWordCode } from './chars.ts';
import { GERMAN_DETERMINERS } from './cue-words.ts';
import { englishWordValue, isEnglishTens, numberWordValue, parseNumber } from './numbers.ts';
import type { FigureValue, Language } from './types.ts';
import { tokenHash, tokenize, type Tokens } from './tokens.ts';

/** A figure found in the text, before attribution. */
export interface RawFigure {
  start: number;
  end: number;
  value: FigureValue;
  /** For "200.000 H200": the chip mention the count is about. */
  chipAt?: number;
}

/** Positions of entity mentions, so numbers inside names are skipped and counts of chips are recognised. */
export interface EntitySpanIndex {
  /** Whether [start, end) overlaps a name ("Ascend 910", "RTX Pro 6000D"). */
  overlapsEntity(start: number, end: number): boolean;
  /** The chip mention starting at `pos` (after optional spaces), if any: its start and name. */
  chipStartingAt(pos: number): { start: number; end: number; name: string; id: string } | null;
}

const SP = String.raw`[ \u00a0\u202f\u2009]`;
// Digits grouped by . , or a space (plain, no-break, narrow no-break, thin: "8 192", "48\u00a0700"), with an optional
// decimal part; or a plain decimal. A group is exactly three digits: "1 2025" is no number.
const NUM = String.raw`\d{1,3}(?:(?:[.,]|[ \u00a0\u202f\u2009])\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
/** Words of a vague amount ("mehrere Millionen", "a few billion"); the figure after them is no figure. */
const VAGUE_WORDS = ['mehrere', 'mehreren', 'mehrerem', 'einige', 'einigen', 'einigem', 'etliche', 'etlichen', 'etlichem', 'several', 'some', 'many', 'viele', 'vielen', 'vielem', 'ein paar', 'a few'];
/** Their last letters in lower case: most words before a number end otherwise, and need no comparison. */
const VAGUE_LAST = new Set(VAGUE_WORDS.map((w) => w.charCodeAt(w.length - 1)));

/**
 * Whether the 20 characters before `start` end in a vague word and white space: "einige Millionen", "some 5%", in
 * any case. The word must be whole: "Germany 5 %" and "awesome 5" keep their figures.
 */
function vagueBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 20);
  let e = start;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === start || e === from || !VAGUE_LAST.has(text.charCodeAt(e - 1) | 0x20)) return false;
  for (const w of VAGUE_WORDS) {
    const a = e - w.length;
    if (a >= from && endsWithFolded(text, e, w) && (a === 0 || !isWordCode(text.charCodeAt(a - 1)))) return true;
  }
  return false;
}

/** Whether text[end - word.length, end) is `word` (lower-case ASCII letters and spaces), ignoring ASCII case. */
function endsWithFolded(text: string, end: number, word: string): boolean {
  const a = end - word.length;
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = text.charCodeAt(a + k);
    if (c !== w && !(w >= 0x61 && w <= 0x7a && c === w - 0x20)) return false;
  }
  return true;
}

interface Scale {
  re: RegExp;
  mult: (lang: Language) => number;
  /** Single letters ("$5m", "€3bn" is not single) only count glued to a money amount. */
  moneyOnly?: boolean;
}

const SCALES: Scale[] = [
  // "Bill." abbreviates the German Billion (10^12) in tables and tickers: "4,3 Bill. US-Dollar".
  { re: /(?:Billionen|Bio\.|Bill\.)/y, mult: () => 1e12 },
  // German nouns are capitalised: a lower-case "billion" is English (a quote, a caption) even in a German text.
  { re: /(?:billions?)(?![\p{L}])/uy, mult: () => 1e9 },
  { re: /(?:Billions?)(?![\p{L}])/uy, mult: (l) => (l === 'de' ? 1e12 : 1e9) },
  { re: /(?:Milliarden|Milliarde|Mrd\.?|bn|bln)(?![\p{L}])/uy, mult: () => 1e9 },
  { re: /(?:Millionen|Million|million|millions|Mio\.?|mn|mln)(?![\p{L}])/uy, mult: () => 1e6 },
  { re: /(?:trillions?|tn|trn)(?![\p{L}])/uy, mult: () => 1e12 },
  { re: /(?:Trillions?)(?![\p{L}])/uy, mult: (l) => (l === 'de' ? 1e18 : 1e12) },
  { re: /(?:Tausend|tausend|thousand|Tsd\.)(?![\p{L}])/uy, mult: () => 1e3 },
  { re: /(?:Hundert|hundert|hundred)(?![\p{L}])/uy, mult: () => 100 },
  { re: /[bB](?![\p{L}\p{N}])/uy, mult: () => 1e9, moneyOnly: true },
  { re: /[mM](?![\p{L}\p{N}])/uy, mult: () => 1e6, moneyOnly: true },
  { re: /[kK](?![\p{L}\p{N}])/uy, mult: () => 1e3, moneyOnly: true },
];

type UnitHit =
  | { kind: 'currency'; currency: string; end: number }
  | { kind: 'percent'; end: number }
  | { kind: 'points'; factor: number; end: number }
  | { kind: 'spec'; make: (n: number) => FigureValue; end: number }
  | { kind: 'count'; unit: string; end: number };

/** Placeholder code for cents until the passage's currency is known (see `findFigures`). */
const CENTS = 'cents';
/** Hundredths of the pound, whatever the passage's currency. */
const PENCE = 'pence';
/** "45p": pence glued to the amount, British press style; only whole small amounts (see `isGluedPence`). */
const GLUED_PENCE = 'p';
/** Video lines read like glued pence ("720p", "480p"): no sum of pence. */
const VIDEO_LINES = new Set([144, 240, 360, 480, 576, 720]);

function isGluedPence(amount: number): boolean {
  return amount >= 1 && amount < 1000 && !VIDEO_LINES.has(amount);
}

const CURRENCY_SUFFIXES: [RegExp, string, string][] = [
  // Codes also in lower case ("35 usd"): a three-letter code right after an amount is nothing else.
  [/(?:US-Dollars?|US-Dollar|USD|usd|US\$|US-\$|U\.S\. dollars?|US dollars?|US-amerikanische[n]? Dollar)(?![\p{L}])/uy, 'USD', 'Uu'],
  [/(?:Singapur-Dollars?|Singapore dollars?|singapurische[n]? Dollar|SGD|sgd|S\$)(?![\p{L}])/uy, 'SGD', 'Sss'],
  [/(?:Hongkong-Dollars?|HK-Dollars?|Hong Kong dollars?|HK dollars?|HKD|hkd|HK\$)(?![\p{L}])/uy, 'HKD', 'Hh'],
  [/(?:Taiwan-Dollars?|NT-Dollars?|Taiwan dollars?|taiwanische[n]? Dollar|New Taiwan dollars?|TWD|twd|NT\$)(?![\p{L}])/uy, 'TWD', 'TtN'],
  [/(?:australische[n]? Dollar|Australian dollars?|AUD|aud)(?![\p{L}])/uy, 'AUD', 'aA'],
  [/(?:kanadische[n]? Dollar|Canadian dollars?|CAD|cad)(?![\p{L}])/uy, 'CAD', 'kCc'],
  [/(?:neuseeländische[n]? Dollar|New Zealand dollars?|NZD|nzd)(?![\p{L}])/uy, 'NZD', 'nNn'],
  [/(?:Dollars?|dollars?)(?![\p{L}])/uy, 'USD', 'Dd'],
  // German notation puts the sign after the amount: "2,5 Mrd. $".
  [/\$(?![\p{L}\p{N}])/uy, 'USD', '$'],
  [/(?:Euros?|euros?|EUR|eur|€)(?![\p{L}])/uy, 'EUR', 'Ee€'],
  [/(?:Yuan|yuan|Renminbi|renminbi|RMB|rmb|CNY|cny|chinesische[n]? Yuan)(?![\p{L}])/uy, 'CNY', 'YyRrCc'],
  [/(?:Won|won|KRW|krw|südkoreanische[n]? Won|South Korean won)(?![\p{L}])/uy, 'KRW', 'WwKksS'],
  [/(?:Yen|yen|JPY|jpy|japanische[n]? Yen|Japanese yen)(?![\p{L}])/uy, 'JPY', 'YyJjJ'],
  [/(?:Pfund Sterling|Pfund|britische[n]? Pfund|pounds?(?: sterling)?|British pounds?|GBP|gbp|£)(?![\p{L}])/uy, 'GBP', 'PpbBGg£'],
  [/(?:pence|Pence)(?![\p{L}])/uy, PENCE, 'pP'],
  // Hundredths of the currency the passage is in: "plus or minus 15 cents", "28 Cent je Aktie".
  [/(?:cents?|Cent)(?![\p{L}])/uy, CENTS, 'cC'],
  [/(?:Schweizer Franken|Franken|CHF|chf|Swiss francs?)(?![\p{L}])/uy, 'CHF', 'SFCcS'],
  [/(?:Rupien|rupees|INR|inr)(?![\p{L}])/uy, 'INR', 'RrIi'],
];
// Prefixes are read backwards from the number: longest first. "HK $ 3.2 billion": the sign may stand apart from
// its country letters. Codes also in lower case: "rmb 80".
const CURRENCY_PREFIX =
  /(?:^|[^\p{L}\p{N}])((?:US|HK|NT|S|A|C|NZ)[ \u00a0]?\$|US-\$|\$|€|£|¥|₩|₹|RMB|Rmb|CNY|USD|EUR|HKD|JPY|KRW|TWD|SGD|GBP|CHF|INR|CAD|AUD|rmb|cny|usd|eur|hkd|jpy|krw|twd|sgd|gbp|chf|cad|aud)[ \u00a0]?$/u;
/** The Financial Times glues the yuan's code to the amount: "Rmb10bn". */
const GLUED_PREFIX = /(?:^|[^\p{L}\p{N}])(?:Rmb|RMB)$/u;
const PREFIX_CODE: Record<string, string> = {
  'US$': 'USD', 'US-$': 'USD', $: 'USD', 'HK$': 'HKD', 'NT$': 'TWD', 'S$': 'SGD', 'A$': 'AUD', 'C$': 'CAD', 'NZ$': 'NZD',
  '€': 'EUR', '£': 'GBP', '¥': 'CNY', '₩': 'KRW', '₹': 'INR', RMB: 'CNY', Rmb: 'CNY',
};

/** The ISO code of a currency prefix as written ("HK $", "rmb", "€"). */
function prefixCode(written: string): string {
  const sign = written.replace(/[ \u00a0]/g, '');
  return PREFIX_CODE[sign] ?? (sign === 'rmb' ? 'CNY' : sign.toUpperCase());
}

// "pc" is British press style ("rose 20pc").
const PERCENT_RE = /(?:%|Prozent|prozent|percent|per cent|pct\.?|pc)(?![\p{L}])/uy;
const POINTS_RE = /(?:Prozentpunkt(?:en|e)?|percentage[- ]points?|Basispunkt(?:en|e)?|basis points?|bps|bp)(?![\p{L}])/uy;

const SPECS: [RegExp, (n: number, m: string) => FigureValue, string][] = [
  // heise and Golem write "GByte" and "TByte/s".
  [/(GB|TB|GByte|TByte)\/s(?![\p{L}])|(GB|TB)ps(?![\p{L}])|(Gigabyte|Terabyte)s? (?:pro|per) (?:Sekunde|second)(?![\p{L}])/uy, (n, m) => ({ type: 'bandwidth', amount: n, unit: /^T/.test(m) ? 'TB/s' : 'GB/s' }), 'GTgt'],
  [/(?:GB|GiB|GByte|Gigabyte)(?![\p{L}/])/uy, (n) => ({ type: 'memory', amount: n, unit: 'GB' }), 'GG'],
  [/(?:TB|TiB|TByte|Terabyte)(?![\p{L}/])/uy, (n) => ({ type: 'memory', amount: n, unit: 'TB' }), 'TT'],
  // The contract's largest compute unit is PFLOPS: a rack's "8 EFLOPS" is 8,000 PFLOPS.
  [/(?:EFLOPS|EFLOP\/s|Exaflops|exaflops|ExaFLOPS|exaFLOPS|EFlops)(?![\p{L}])/uy, (n) => ({ type: 'compute', amount: n * 1e3, unit: 'PFLOPS' }), 'Ee'],
  [/(?:PFLOPS|PFLOP\/s|Petaflops|petaflops|PetaFLOPS|petaFLOPS|PFlops)(?![\p{L}])/uy, (n) => ({ type: 'compute', amount: n, unit: 'PFLOPS' }), 'PPpP'],
  [/(?:TFLOPS|TFLOP\/s|Teraflops|teraflops|TeraFLOPS|teraFLOPS|TFlops)(?![\p{L}])/uy, (n) => ({ type: 'compute', amount: n, unit: 'TFLOPS' }), 'TTtT'],
  [/(?:nm|Nanometern?|nanometers?|nanometres?)(?![\p{L}])/uy, (n) => ({ type: 'process', amount: n, unit: 'nm' }), 'nNn'],
  [/(?:kW|Kilowatts?|kilowatts?)(?![\p{L}])/uy, (n) => ({ type: 'power', amount: n * 1e3, unit: 'W' }), 'kKk'],
  [/(?:MW|Megawatts?|megawatts?)(?![\p{L}])/uy, (n) => ({ type: 'power', amount: n * 1e6, unit: 'W' }), 'MMm'],
  [/(?:GW|Gigawatts?|gigawatts?)(?![\p{L}])/uy, (n) => ({ type: 'power', amount: n * 1e9, unit: 'W' }), 'GGg'],
  [/(?:W|Watt|watts?)(?![\p{L}\p{N}])/uy, (n) => ({ type: 'power', amount: n, unit: 'W' }), 'WWw'],
];

/**
 * The entries of a pattern table filed under each character that can start one (in table order, which is the
 * order of preference): readUnit runs for nearly every number of a page, and the word after most numbers ("und",
 * "the", "2025") starts none or one of them.
 */
function byFirstChar<T extends unknown[]>(table: T[], firstOf: (entry: T) => string): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const entry of table) {
    for (const c of new Set(firstOf(entry))) {
      const code = c.charCodeAt(0);
      const list = map.get(code) ?? [];
      list.push(entry);
      map.set(code, list);
    }
  }
  return map;
}
const SUFFIXES_BY_FIRST = byFirstChar(CURRENCY_SUFFIXES, (e) => e[2]);
const SPECS_BY_FIRST = byFirstChar(SPECS, (e) => e[2]);

/** Words that may follow a bare scaled count without naming what is counted ("2 million in 2025"). */
const AFTER_BARE_COUNT = new Set([
  'of', 'in', 'to', 'and', 'or', 'for', 'by', 'at', 'on', 'from', 'per', 'a', 'an', 'the', 'this', 'last', 'next', 'more',
  'im', 'in', 'und', 'oder', 'bis', 'zu', 'pro', 'je', 'für', 'von', 'mehr', 'an', 'auf', 'bei', 'nach', 'seit', 'vor',
]);

const WORD_AT = /[\p{L}][\p{L}-]*/uy;

/** Whether a word right after a bare scaled count names what it counts, and that is not a chip. */
function countsOtherThings(text: string, pos: number): boolean {
  // "a 1.8-trillion-parameter model": a hyphen joins the count to what it counts.
  const p = text[pos] === '-' ? pos + 1 : skipSpaces(text, pos);
  if (p === pos) return false;
  WORD_AT.lastIndex = p;
  const w = WORD_AT.exec(text);
  // A counted noun (also with a name inside: "1 Million Nvidia-GPUs") leaves the count standing.
  return w !== null && !AFTER_BARE_COUNT.has(w[0].toLowerCase()) && readCountNoun(text, p, true, NO_SPANS) === null;
}

/** A number format before a compute unit; only kept when a FLOPS unit follows. */
const PRECISION = /(?:FP|BF|INT|MXFP|MX)\d{1,2}[ \u00a0](?=[PTE](?:FLOPS|FLOP\/s|Flops|flops))/y;

/**
 * Things counted in chip news, by the end of the noun: German compounds count what their last part names
 * ("Grafikchips", "KI-Prozessoren", "Beschleunigerkarten", "Nvidia-GPUs"). A count of other things ("30
 * Unternehmen") is not a figure a reader tracks. Longest endings first.
 */
const COUNT_ENDINGS: [string, string][] = [
  ['grafikprozessoren', 'GPUs'], ['grafikkarten', 'cards'], ['beschleunigerkarten', 'accelerators'],
  ['prozessoren', 'processors'], ['processors', 'processors'], ['beschleunigern', 'accelerators'],
  ['beschleuniger', 'accelerators'], ['accelerators', 'accelerators'], ['einheiten', 'units'], ['servern', 'servers'],
  ['servers', 'servers'], ['server', 'servers'], ['wafern', 'wafers'], ['wafers', 'wafers'], ['wafer', 'wafers'],
  ['chips', 'chips'], ['gpus', 'GPUs'], ['gpu', 'GPUs'],
];
/** Nouns counted only as whole words: as endings they would match "studies", "tracks", "communities". */
const COUNT_WORDS: Record<string, string> = {
  units: 'units', 'stück': 'units', stk: 'units', exemplare: 'units', dies: 'dies', racks: 'racks', cards: 'cards',
  karten: 'cards',
};
const COUNT_WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}-]*/uy;
/** One part of a hyphenated compound: "GPU" of "GPU-Cluster". */
const WORD_PART_AT = /[\p{L}\p{N}]+/uy;
// One regex per kind instead of a loop of comparisons: countUnitOf runs for nearly every number followed by a word.
const COUNT_ENDING_RE = new RegExp(`(?:${COUNT_ENDINGS.map(([e]) => e).join('|')})$`, 'i');
const COUNT_WORD_RE = new RegExp(`^(?:${Object.keys(COUNT_WORDS).join('|')})$`, 'i');

const LETTERS = /^\p{L}+$/u;
/** The words before "cards" or "units" that make them chip hardware: "10,000 accelerator cards", "8 graphics cards". */
const GENERIC_COUNT_MODIFIERS = new Set([
  'accelerator', 'graphics', 'gpu', 'ai', 'ki', 'video', 'compute', 'npu', 'tpu', 'asic', 'pcie', 'sxm', 'oam', 'processing',
  'memory', 'server', 'rack', 'chip',
]);
const ATTRIBUTIVE = /^(?:GPU|gpu|chip|Chip|wafer|server|accelerator|processor)$/;
/** The unit a singular attributive noun counts: "a 100,000-GPU cluster" counts GPUs. */
const ATTRIBUTIVE_UNIT: Record<string, string> = {
  gpu: 'GPUs', chip: 'chips', wafer: 'wafers', server: 'servers', accelerator: 'accelerators', processor: 'processors',
};

function countUnitOf(word: string): string | undefined {
  if (word.length < 3) return undefined;
  const exact = COUNT_WORD_RE.exec(word);
  if (exact) return COUNT_WORDS[exact[0].toLowerCase()];
  const m = COUNT_ENDING_RE.exec(word);
  if (!m) return undefined;
  const ending = m[0].toLowerCase();
  return COUNT_ENDINGS.find(([e]) => e === ending)?.[1];
}

/**
 * The counted noun at `p`, or after one modifier ("100,000 AI chips", "10,000 accelerator cards") when
 * `modifierAllowed` (not after a year: "in 2025 AI chips sold well"). `named` is set when a chip or company name
 * stands in the phrase ("1 Million Nvidia-GPUs", "72 Blackwell GPUs"): the figure then stops before the name.
 */
function readCountNoun(text: string, p: number, modifierAllowed: boolean, spans: EntitySpanIndex): { unit: string; end: number; named: boolean } | null {
  COUNT_WORD_AT.lastIndex = p;
  const w1 = COUNT_WORD_AT.exec(text);
  if (!w1) return null;
  const end1 = p + w1[0].length;
  const u1 = countUnitOf(w1[0]);
  if (u1 && text[end1] === ' ' && ATTRIBUTIVE.test(w1[0])) {
    // A singular noun before another noun qualifies it: "10,000 GPU servers" counts servers, "1.2 million GPU
    // hours" counts hours.
    COUNT_WORD_AT.lastIndex = end1 + 1;
    const w2 = COUNT_WORD_AT.exec(text);
    const u2 = w2 ? countUnitOf(w2[0]) : undefined;
    if (w2 && u2) {
      const end2 = end1 + 1 + w2[0].length;
      return { unit: u2, end: end2, named: spans.overlapsEntity(p, end2) };
    }
    if (w2 && /^\p{Ll}/u.test(w2[0])) return null;
  }
  // "Stk." keeps its period.
  if (u1) return { unit: u1, end: text[end1] === '.' && w1[0] === 'Stk' ? end1 + 1 : end1, named: spans.overlapsEntity(p, end1) };
  if (!modifierAllowed || text[end1] !== ' ' || w1[0].length > 14) return null;
  COUNT_WORD_AT.lastIndex = end1 + 1;
  const w2 = COUNT_WORD_AT.exec(text);
  const u2 = w2 ? countUnitOf(w2[0]) : undefined;
  if (!u2 || !w2 || !LETTERS.test(w1[0]) || AFTER_BARE_COUNT.has(w1[0].toLowerCase())) return null;
  // Cards and units are counted in every trade ("14 yellow cards", "200 housing units"): only a chip word makes
  // them a count of chip news.
  if ((u2 === 'cards' || u2 === 'units') && !GENERIC_COUNT_MODIFIERS.has(w1[0].toLowerCase())) return null;
  const end2 = end1 + 1 + w2[0].length;
  return { unit: u2, end: end2, named: spans.overlapsEntity(p, end2) };
}

function skipSpaces(text: string, pos: number, max = 2): number {
  let p = pos;
  while (p - pos < max && isNumberSpace(text.charCodeAt(p))) p++;
  return p;
}

/** The spaces a number, its scale and its unit may be set apart by: plain, no-break, narrow no-break, thin. */
function isNumberSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

const SCALE_START = new Set(['B', 'b', 'M', 'm', 'T', 't', 'H', 'h', 'K', 'k']);

function readScale(text: string, pos: number, lang: Language, money: boolean): { mult: number; end: number } | null {
  const glued = pos;
  // German compounds join number and scale with a hyphen: "ein 10-Milliarden-Dollar-Deal".
  const spaced = text[pos] === '-' ? pos + 1 : skipSpaces(text, pos);
  // Every scale word starts with one of these letters; most numbers (years, dates) are followed by none of them.
  if (!SCALE_START.has(text[spaced]) && !SCALE_START.has(text[glued])) return null;
  for (const s of SCALES) {
    const at = s.moneyOnly ? glued : spaced;
    if (s.moneyOnly && !money) continue;
    s.re.lastIndex = at;
    const m = s.re.exec(text);
    if (m) return { mult: s.mult(lang), end: at + m[0].length };
  }
  return null;
}

/**
 * The unit after a number. Each pattern is tried only when the next character can start it: readUnit runs for
 * every number of the page, most of which (dates, years) have no unit at all.
 */
function readUnit(text: string, pos: number, spans: EntitySpanIndex = NO_SPANS, modifierAllowed = false): UnitHit | null {
  if (text.charCodeAt(pos) === 0x25) return { kind: 'percent', end: pos + 1 };
  // "10-Milliarden-Dollar-Deal", "5-Prozent-Hürde": a hyphen may join the unit, but not a counted noun.
  const hyphenated = text[pos] === '-';
  const p = hyphenated ? pos + 1 : skipSpaces(text, pos);
  const ch = text[p] ?? '';
  if ('PpBb'.includes(ch)) {
    POINTS_RE.lastIndex = p;
    const m = POINTS_RE.exec(text);
    if (m) return { kind: 'points', factor: /^(?:Basis|basis|bp)/.test(m[0]) ? 0.01 : 1, end: p + m[0].length };
  }
  if ('%Pp'.includes(ch)) {
    PERCENT_RE.lastIndex = p;
    const pm = PERCENT_RE.exec(text);
    if (pm) return { kind: 'percent', end: p + pm[0].length - (endsSentence(text, pm[0], p + pm[0].length) ? 1 : 0) };
    if (p === pos && ch === 'p' && !isWordCode(text.charCodeAt(p + 1))) return { kind: 'currency', currency: GLUED_PENCE, end: p + 1 };
  }
  const suffixes = SUFFIXES_BY_FIRST.get(text.charCodeAt(p));
  if (suffixes) {
    for (const [re, code] of suffixes) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (m) return { kind: 'currency', currency: code, end: p + m[0].length };
    }
  }
  // Specs may be glued ("96GB", "5nm") or joined by a hyphen ("5-nm-Prozess").
  // "148 FP16 TFLOPS", "10 PFLOPS": a number format may stand between a number and its compute unit.
  let specAt = p;
  if (ch === 'F' || ch === 'B' || ch === 'I' || ch === 'M') {
    PRECISION.lastIndex = p;
    const pm = PRECISION.exec(text);
    if (pm) specAt = p + pm[0].length;
  }
  const sch = text[specAt] ?? '';
  // "e" starts many German words after a number ("2024 erhöhte"); the exa unit needs "EF", "Ex" or "ex".
  const exa = (sch === 'E' || sch === 'e') && (text[specAt + 1] === 'F' || text[specAt + 1] === 'x');
  const specs = SPECS_BY_FIRST.get(text.charCodeAt(specAt));
  if (specs) for (const [re, make, first] of specs) {
    if (first === 'Ee' && !exa) continue;
    re.lastIndex = specAt;
    const m = re.exec(text);
    if (m) return { kind: 'spec', make: (n) => make(n, m[0]), end: specAt + m[0].length };
  }
  if (hyphenated) {
    // "a 100,000-GPU cluster", "an 8-GPU server": an English compound adjective counts the thing it names.
    // German joins the whole compound with hyphens: "der 100.000-GPU-Cluster" counts GPUs too.
    WORD_PART_AT.lastIndex = p;
    const w = WORD_PART_AT.exec(text);
    const end = w ? p + w[0].length : p;
    if (w && ATTRIBUTIVE.test(w[0]) && (text[end] === ' ' || text[end] === '-') && !spans.overlapsEntity(p, end)) return { kind: 'count', unit: ATTRIBUTIVE_UNIT[w[0].toLowerCase()], end };
  } else if (p > pos) {
    const cn = readCountNoun(text, p, modifierAllowed, spans);
    // With a name inside ("200.000 H200-Chips", "1 Million Nvidia-GPUs") the chip count or bare count reads it.
    if (cn && !cn.named) return { kind: 'count', unit: cn.unit, end: cn.end };
  }
  return null;
}

/** Whether the period of an abbreviated unit ("5 pct.") also ends the sentence: it then belongs to the sentence. */
function endsSentence(text: string, unit: string, end: number): boolean {
  if (!unit.endsWith('.')) return false;
  if (end >= text.length || text[end] === '\n') return true;
  return isNumberSpace(text.charCodeAt(end)) && isUpperCode(text.charCodeAt(end + 1));
}

interface Head {
  start: number;
  end: number;
  value: number;
  prefixCurrency?: string;
}

/** "15-30", "15 bis 30", "zwischen 15 und 30", "between 15 and 30": the second number right after the first. */
const RANGE_LINK = new RegExp(String.raw`${SP}?(?:[-–—]|bis|to|und|and)${SP}?(?:(?:US)?\$|€)?(${NUM})`, 'uy');
const BETWEEN_BEFORE = /(?:zwischen|between|from|von)\s+(?:(?:US)?\$|€)?$/i;

/**
 * Finds money, percentages, percentage points, counts and specs in German or English text. Bare numbers
 * (years, list markers, codes) are not figures: a figure needs a unit, a currency or a scale word.
 */
export function findFigures(text: string, lang: Language, spans: EntitySpanIndex, tokens: Tokens = tokenize(text)): RawFigure[] {
  const out: RawFigure[] = [];
  let lastEnd = -1;
  let yenSign: string | undefined;
  const { starts, ends, hashes, count } = tokens;
  for (let t = 0; t < count; t++) {
    const a = starts[t];
    if (a < lastEnd) continue;
    const c = text.charCodeAt(a);
    let head: Head | null = null;
    // Two rare shapes are read apart, so that this loop over every word of the page stays small.
    if (c >= 0x30 && c <= 0x39) {
      // Not inside a word, a version ("V3.1"), a code ("688256.SH") or the second half of a range ("30-40").
      if (a > 0 && isNotBeforeNumber(text.charCodeAt(a - 1)) && !isSignAt(text, a - 1)) continue;
      head = numberHead(text, a, lang);
    } else if (c === 0x52 && ends[t] - a > 3 && isDigitAt(text, a + 3)) {
      head = gluedCodeHead(text, a, lang);
    } else if (
      t + 1 < count &&
      HEAD_WORD_HASHES[hashes[t + 1]] === 1 &&
      starts[t + 1] - ends[t] <= 2 &&
      ends[t] - a <= 40 &&
      (isScaleWordAt(text, starts[t + 1], ends[t + 1]) || isCurrencyWordAt(text, starts[t + 1], ends[t + 1]))
    ) {
      head = wordHead(text, tokens, t);
    } else if (t + 1 < count && UNIT_WORD_HASHES[hashes[t + 1]] === 1 && starts[t + 1] - ends[t] === 1 && ends[t] - a <= 40) {
      head = unitWordHead(text, tokens, t);
    }
    if (!head || head.start < lastEnd || endsBare(text, head) || spans.overlapsEntity(head.start, head.end)) continue;
    const fig = readFigure(text, head, lang, spans, lastEnd);
    if (fig && isRateStatement(text, fig)) {
      // "($1 = 7.12 yuan)": an exchange-rate note, not a figure of the story. Skip past its right-hand side.
      const close = text.indexOf(')', fig.end);
      lastEnd = close > fig.end && close - fig.end < 48 ? close : fig.end;
      continue;
    }
    if (fig) {
      // "https://…?q=45%25%2010%": numbers inside a web address are no figures.
      const link = webAddressAround(text, fig.start, fig.end);
      if (link > 0) {
        lastEnd = link;
        continue;
      }
      applySign(text, fig, lastEnd);
      if (fig.value.type === 'money' && text.charCodeAt(fig.start) === 0xa5) fig.value.currency = yenSign ??= yenSignCurrency(text);
      if (fig.value.type === 'money' && fig.value.currency === CENTS) fig.value.currency = centsCurrency(text, fig, out, lang);
      inheritCurrency(text, fig, out);
      lendBack(text, fig, out);
      out.push(fig);
      lastEnd = fig.end;
    } else {
      lastEnd = head.end;
    }
  }
  return out;
}

/** Marks that make a run of non-space characters a web address or a part of one ("?q=45%25" is encoded). */
const LINK_MARK = /:\/\/|www\.|%2/;

/**
 * Whether the figure at [start, end) stands inside a web address: the run of non-space characters around it holds
 * a scheme ("https://"), "www." or a percent-encoded character. Returns the run's end, or -1. Read per figure, not
 * per text: a figure between spaces is its own run and costs two character checks.
 */
function webAddressAround(text: string, start: number, end: number): number {
  let a = start;
  while (a > 0 && start - a < 2048 && !isSpaceCode(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < 2048 && !isSpaceCode(text.charCodeAt(b))) b++;
  // Punctuation right after a figure ("5 %.", "($3bn)") is not an address.
  if (b - a - (end - start) < 4) return -1;
  return LINK_MARK.test(text.slice(a, b)) ? b : -1;
}

/**
 * A number with punctuation right after it and no currency sign or code right before it ("in 2025,", "(2024)",
 * "am 22. August") cannot be a figure: unit, scale, range and coordination all follow after a space, a hyphen or
 * a sign. Most numbers of a page are such; this spares them the figure grammar's regexes.
 */
function endsBare(text: string, head: Head): boolean {
  const n = text.charCodeAt(head.end);
  const bare =
    n === 0x2c || n === 0x2e || n === 0x3b || n === 0x3a || n === 0x29 || n === 0x5d || n === 0x0a || n === 0x0d || n === 0x22 || n === 0x201c || n === 0x201d;
  if (!bare || head.end >= text.length) return false;
  return !mayEndCurrencyPrefix(text, head.start);
}

/**
 * Whether the character before a number (after one space) can end a currency prefix: a sign, an upper-case code,
 * the last letter of a lower-case code ("rmb", "usd", "eur", "jpy", "krw", "gbp", "chf"), non-ASCII. A cheap test
 * before the prefix regex, which most numbers (years, dates, list markers) never need.
 */
function mayEndCurrencyPrefix(text: string, start: number): boolean {
  let end = start;
  let prev = text.charCodeAt(end - 1);
  if (prev === 0x20 || prev === 0xa0) prev = text.charCodeAt(--end - 1);
  if ((prev >= 0x41 && prev <= 0x5a) || prev === 0x24 || prev > 0x7f || prev === 0x62) return true;
  // "and 5", "der 5", "for 2025" end in the same letters as "usd", "eur", "jpy": compare the whole word, no regex.
  if (prev < 0x61 || prev > 0x7a || end < 3) return false;
  const before = end > 3 ? text.charCodeAt(end - 4) : 0x20;
  if ((before >= 0x61 && before <= 0x7a) || (before >= 0x41 && before <= 0x5a)) return false;
  return LOWER_CODES.has(text.charCodeAt(end - 3) * 0x10000 + text.charCodeAt(end - 2) * 0x100 + prev);
}

/** Lower-case currency codes that may stand before an amount ("rmb 80"), as numbers of their three letters. */
const LOWER_CODES = new Set(
  ['usd', 'eur', 'rmb', 'cny', 'gbp', 'jpy', 'chf', 'krw', 'hkd', 'twd', 'sgd', 'cad', 'aud'].map(
    (c) => c.charCodeAt(0) * 0x10000 + c.charCodeAt(1) * 0x100 + c.charCodeAt(2),
  ),
);

function isDigitAt(text: string, i: number): boolean {
  const d = text.charCodeAt(i);
  return d >= 0x30 && d <= 0x39;
}

/**
 * "¥" is the sign of both the yuan and the yen. The text decides: the currency it names more often by word, else
 * the country it names more often. Chip news is mostly about China, so a tie is the yuan.
 */
function yenSignCurrency(text: string): string {
  const yen = countMatches(/\b[Yy]en\b/g, text);
  const yuan = countMatches(/\b(?:[Yy]uan|[Rr]enminbi|RMB|Rmb)\b/g, text);
  if (yen !== yuan) return yen > yuan ? 'JPY' : 'CNY';
  const japan = countMatches(/\b(?:Japan|Japanese|Tokyo|Tokio|japanisch)/g, text);
  const china = countMatches(/\b(?:China|Chinese|Beijing|Peking|chinesisch)/g, text);
  return japan > china ? 'JPY' : 'CNY';
}

function countMatches(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

function numberHead(text: string, a: number, lang: Language): Head | null {
  NUMBER_AT.lastIndex = a;
  const m = NUMBER_AT.exec(text);
  if (!m) return null;
  const value = parseNumber(m[0], lang);
  return value === null ? null : { start: a, end: a + m[0].length, value };
}

/** "Rmb10bn" is one token: the number starts after the glued currency code. */
function gluedCodeHead(text: string, a: number, lang: Language): Head | null {
  return GLUED_PREFIX.test(text.slice(Math.max(0, a - 1), a + 3)) ? numberHead(text, a + 3, lang) : null;
}

/** A number word before a scale or unit word: "eine Million", "sechs Prozent", "half a billion". */
function wordHead(text: string, tokens: Tokens, t: number): Head | null {
  const a = tokens.starts[t];
  const b = tokens.ends[t];
  const word = text.slice(a, b);
  let v = numberWordValue(word);
  if (v === null) return null;
  const next = text.slice(tokens.starts[t + 1], tokens.ends[t + 1]);
  // "a"/"an" only before a scale ("a million chips"), never before "percent"; "ein Dollar", "a dollar" are no
  // figures a reader tracks.
  if (/^an?$/i.test(word) && /^(?:Prozent|percent|hundred)$/i.test(next)) return null;
  if (/^(?:an?|ein(?:e[nmr]?)?)$/i.test(word) && isCurrencyWordAt(text, tokens.starts[t + 1], tokens.ends[t + 1])) return null;
  // "forty-two million", "twenty five percent": the tens before the unit belong to the number.
  let first = a;
  const tens = t > 0 && v >= 1 && v <= 9 ? englishWordValue(text.slice(tokens.starts[t - 1], tokens.ends[t - 1])) : null;
  if (tens !== null && isEnglishTens(tens) && a - tokens.ends[t - 1] === 1 && /[- ]/.test(text[a - 1])) {
    first = tokens.starts[t - 1];
    v += tens;
  }
  if (first > 0 && /[\p{L}\p{N}]/u.test(text[first - 1])) return null;
  if (vagueBefore(text, first)) return null;
  // "two hundred fifty million", "one hundred and twenty": English spells a number in several words.
  const phrase = englishPhrase(text, tokens, t, v);
  if (phrase) return { start: first, end: phrase.end, value: phrase.value };
  let start = first;
  const lead = text.slice(Math.max(0, a - 8), a);
  if (v === 0.5) {
    // "eine halbe Milliarde", "einer halben Billion": the article belongs to the figure.
    const art = /(?:^|[^\p{L}])([Ee]in(?:e[rnm]?)?)[ \u00a0]$/u.exec(lead);
    if (art) start = a - art[1].length - 1;
  } else if (/^an?$/i.test(word)) {
    // "half a billion dollars" is 0.5 billion.
    const half = /(?:^|[^\p{L}])([Hh]alf)[ \u00a0]$/u.exec(lead);
    if (half) {
      v = 0.5;
      start = a - half[1].length - 1;
    }
  }
  return { start, end: b, value: v };
}

/**
 * Units and counted nouns a number word stands before as a figure: "sechs Gigawatt", "twelve per cent", "acht GPUs"
 * (news style spells small numbers out; "8 GPUs" and "eight GPUs" are the same figure). Lower case; `per` only
 * before "cent".
 */
const WORD_UNITS: Record<string, 'unit' | 'count'> = {
  gigawatt: 'unit', gigawatts: 'unit', megawatt: 'unit', megawatts: 'unit', kilowatt: 'unit', kilowatts: 'unit',
  nanometer: 'unit', nanometern: 'unit', nanometers: 'unit', nanometres: 'unit', per: 'unit',
  gpus: 'count', chips: 'count', server: 'count', servern: 'count', servers: 'count', wafer: 'count', wafern: 'count',
  wafers: 'count', racks: 'count', prozessoren: 'count', processors: 'count', beschleuniger: 'count',
  beschleunigern: 'count', accelerators: 'count',
};
const UNIT_WORD_HASHES = new Uint8Array(0x10000);
for (const w of Object.keys(WORD_UNITS)) UNIT_WORD_HASHES[tokenHash(w)] = 1;
/** Articles: "a gigawatt", "ein Chip" name one thing, not a figure a reader tracks. */
const ARTICLE_WORD = /^(?:an?|ein(?:e[nmrs]?)?)$/i;
/** Words before a count that make it a reference to things named before: "the two chips", "die drei Server". */
const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'both', 'all', ...GERMAN_DETERMINERS]);

/** A number word before a unit or counted noun ("sechs Gigawatt", "eight GPUs"); see {@link WORD_UNITS}. */
function unitWordHead(text: string, tokens: Tokens, t: number): Head | null {
  const { starts, ends } = tokens;
  const kind = WORD_UNITS[text.slice(starts[t + 1], ends[t + 1]).toLowerCase()];
  // A unit may be joined by a hyphen, as in German compounds ("Drei-Nanometer-Prozess"); a counted noun may not.
  if (!isNumberSpace(text.charCodeAt(ends[t])) && !(kind === 'unit' && text[ends[t]] === '-')) return null;
  if (!kind || ARTICLE_WORD.test(text.slice(starts[t], ends[t]))) return null;
  if (text.charCodeAt(starts[t + 1]) === 0x70 && !/^ cent(?![\p{L}])/u.test(text.slice(ends[t + 1], ends[t + 1] + 6))) return null;
  const head = wordHead(text, tokens, t);
  if (!head || kind === 'unit') return head;
  const before = t > 0 && head.start === starts[t] ? text.slice(starts[t - 1], ends[t - 1]).toLowerCase() : '';
  return head.value >= 2 && Number.isInteger(head.value) && !DETERMINERS.has(before) ? head : null;
}

/**
 * The rest of an English number phrase after its first word (value `v`): "hundred", tens and units, joined by
 * spaces or hyphens, "and" after "hundred". Null when the phrase is the one word; the scale after it
 * ("thousand", "million") is the figure grammar's.
 */
function englishPhrase(text: string, tokens: Tokens, t: number, v: number): { value: number; end: number } | null {
  if (v < 1 || v >= 100 || !Number.isInteger(v)) return null;
  let value = v;
  let end = tokens.ends[t];
  let last = v;
  for (let j = t + 1; j < tokens.count && tokens.starts[j] - tokens.ends[j - 1] === 1 && /[- ]/.test(text[tokens.starts[j] - 1]); j++) {
    const w = text.slice(tokens.starts[j], tokens.ends[j]).toLowerCase();
    if (w === 'hundred' && value < 10) {
      value *= 100;
      last = 100;
    } else if (w === 'and' && last === 100) {
      continue;
    } else {
      const n = englishWordValue(w);
      // Units after tens or hundreds, tens or teens after hundreds only.
      if (n === null || (n < 10 ? last < 10 || (last >= 10 && last < 20) : last !== 100)) break;
      value += n;
      last = n;
    }
    end = tokens.ends[j];
  }
  return end === tokens.ends[t] ? null : { value, end };
}

/**
 * Whether the word at [a, b) names a currency: "Euro", "Dollar", "dollars", "Pfund", "pounds", "Franken",
 * "francs", "Yuan", "Cent", "cents". Cheap checks first: this runs for every word after a short word.
 */
function isCurrencyWordAt(text: string, a: number, b: number): boolean {
  const len = b - a;
  if (len < 4 || len > 7) return false;
  const c = text.charCodeAt(a) | 0x20;
  const d = text.charCodeAt(a + 1);
  const ok =
    (c === 0x64 && d === 0x6f) || // do(llar)
    (c === 0x65 && d === 0x75) || // eu(ro)
    (c === 0x70 && (d === 0x66 || d === 0x6f)) || // pf(und), po(unds)
    (c === 0x66 && d === 0x72) || // fr(anken, ancs)
    (c === 0x79 && d === 0x75) || // yu(an)
    (c === 0x63 && d === 0x65); // ce(nt)
  return ok && CURRENCY_WORDS.has(text.slice(a, b).toLowerCase());
}

const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'euro', 'euros', 'pfund', 'pound', 'pounds', 'franken', 'franc', 'francs', 'yuan', 'cent', 'cents']);

/** "$1 = 7.1234 yuan", "1 Euro = 1,16 Dollar": a unit amount of money equated to another currency. */
function isRateStatement(text: string, fig: RawFigure): boolean {
  if (fig.value.type !== 'money' || fig.value.amount !== 1) return false;
  return /^[ \u00a0]?=/.test(text.slice(fig.end, fig.end + 3));
}

/** Characters that glue a number to what precedes it: a word, a version or code ("V3.1", "688256.SH"), a range. */
function isNotBeforeNumber(c: number): boolean {
  return c === 0x5f || c === 0x2e || c === 0x2c || c === 0x2f || c === 0x5c || c === 0x2d || c === 0x2013 || isWordCode(c);
}

const MINUS_WORD = /(?:^|[^\p{L}])([Mm]inus)[ \u00a0]$/u;
const TOLERANCE_BEFORE = /(?:plus|Plus)(?: or | oder |\/|-| ?\/ ?)$|±[ \u00a0]?$/;

/**
 * A sign written right before a figure: "-5%", "−6,5 %", "+3 %", "-$1.2 billion", "minus 2 Prozent". A minus makes
 * money, percentages and points negative and joins the figure's span; a plus only joins the span.
 */
function applySign(text: string, fig: RawFigure, minStart: number): void {
  const v = fig.value;
  if (v.type !== 'money' && v.type !== 'percent' && v.type !== 'points') return;
  if ('min' in v && v.min !== undefined) return;
  const c = text.charCodeAt(fig.start - 1);
  let signStart = -1;
  let negative = true;
  if (c === 0x2212 && !isDigitAt(text, fig.start - 2)) signStart = fig.start - 1;
  else if ((c === 0x2d || c === 0x2013) && isSignAt(text, fig.start - 1)) signStart = fig.start - 1;
  else if (c === 0x2b && (fig.start === 1 || /[\s(\[:;]/.test(text[fig.start - 2]))) {
    signStart = fig.start - 1;
    negative = false;
  } else if ((c === 0x20 || c === 0xa0) && (text.charCodeAt(fig.start - 2) | 0x20) === 0x73) {
    // Only "minus" ends in "s" here: no slice or regex for the other words before a figure.
    const m = MINUS_WORD.exec(text.slice(Math.max(0, fig.start - 7), fig.start));
    if (m) signStart = fig.start - m[1].length - 1;
  }
  if (signStart < minStart || signStart < 0) return;
  if (TOLERANCE_BEFORE.test(text.slice(Math.max(0, signStart - 9), signStart))) return;
  fig.start = signStart;
  if (!negative) return;
  if (v.type === 'money') v.amount = -v.amount;
  else if ('value' in v) v.value = -v.value;
}

/**
 * A minus sign before a number ("was -5% for the year", "(-3,2 %)"), not the dash of a range ("30-40") or a
 * compound ("Top-10"): the dash follows a space, an opening bracket or the start of the text. The figure is the
 * number after it; values stay unsigned, as the contract has no sign (the verb tells the direction).
 */
function isSignAt(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '-' && c !== '–') return false;
  return i === 0 || /[\s(\[:;]/.test(text[i - 1]);
}
const NUMBER_AT = new RegExp(`(?:${NUM})`, 'y');
// Words a number word may stand before: scales, and the percent and point units ("sechs Prozent", "einen
// Prozentpunkt", "one percentage point").
const SCALE_WORDS = new Set([
  'Tausend', 'tausend', 'Hundert', 'hundert', 'Millionen', 'Million', 'Milliarden', 'Milliarde', 'Billionen', 'Billion',
  'thousand', 'hundred', 'million', 'billion', 'trillion', 'Prozent', 'percent', 'Prozentpunkt', 'Prozentpunkte',
  'Prozentpunkten', 'percentage', 'Basispunkte', 'Basispunkten',
]);

/**
 * The token hashes (see `tokenize`) of every scale and currency word in lower case: a word whose hash is not here
 * is neither, so the loop over the page's words rejects nearly all of them with one lookup.
 */
const HEAD_WORD_HASHES = new Uint8Array(0x10000);
for (const w of [...SCALE_WORDS, ...CURRENCY_WORDS]) HEAD_WORD_HASHES[tokenHash(w.toLowerCase())] = 1;

/**
 * Cheap checks first: runs for nearly every word of the page. Every scale word starts with one of "ta", "th",
 * "tr", "hu", "mi", "bi", "ba", "pr", "pe": two characters reject almost every other word without a substring.
 */
function isScaleWordAt(text: string, a: number, b: number): boolean {
  const len = b - a;
  if (len < 6 || len > 14) return false;
  const c = text.charCodeAt(a) | 0x20;
  const d = text.charCodeAt(a + 1);
  let ok: boolean;
  switch (c) {
    case 0x74: // t: Tausend, thousand, trillion
      ok = d === 0x61 || d === 0x68 || d === 0x72;
      break;
    case 0x68: // h: Hundert, hundred
      ok = d === 0x75;
      break;
    case 0x6d: // m: Million, Milliarde
    case 0x62: // b: Billion, Basispunkte
      ok = d === 0x69 || (c === 0x62 && d === 0x61);
      break;
    case 0x70: // p: Prozent, percent
      ok = d === 0x72 || d === 0x65;
      break;
    default:
      ok = false;
  }
  return ok && SCALE_WORDS.has(text.slice(a, b));
}

/**
 * The figure that starts with `head`. `nested` is set when reading the second half of a pair (a range's upper end,
 * a coordinated figure): that half neither joins a pair of its own nor recurses, so a chain like "1% - 2% - 3% …"
 * or "5 and 5 and …" costs one step per number.
 */
function readFigure(text: string, head: Head, lang: Language, spans: EntitySpanIndex, minStart = 0, nested = false): RawFigure | null {
  let start = head.start;
  // Currency signs and codes end in a sign, an upper-case letter or the "b" of "Rmb": check that before the regex.
  const pm = mayEndCurrencyPrefix(text, head.start) ? CURRENCY_PREFIX.exec(text.slice(Math.max(0, head.start - 8), head.start)) : null;
  let currency: string | undefined;
  // A sign that already closed the previous figure ("5 € 20 %") is not this one's prefix.
  const prefixStart = pm ? head.start - pm[1].length - (/[ \u00a0]$/.test(pm[0]) ? 1 : 0) : -1;
  if (pm && prefixStart >= minStart) {
    currency = prefixCode(pm[1]);
    start = prefixStart;
  }
  if (vagueBefore(text, start)) return null;

  // A second number straight after the first makes a range sharing the unit: "15-30 %", "zwischen 15 und 30 Prozent".
  let low = head.value;
  let high: number | undefined;
  let pos = head.end;
  RANGE_LINK.lastIndex = pos;
  const rl = RANGE_LINK.exec(text);
  // "$30,000 to $40,000": an amount written out twice is two figures (see the module's notes).
  const signedTwice = rl !== null && currency !== undefined && /[$€]/.test(rl[0]);
  if (rl && !signedTwice && !/\d/.test(text[pos + rl[0].length] ?? '')) {
    const isAnd = /(?:und|and)/.test(rl[0]);
    const lead = text.slice(Math.max(0, start - 12), start);
    const between = BETWEEN_BEFORE.test(lead);
    // "rose from 5 to 7 percent" is a change, not a range; "grow 5 to 7 percent" is a range.
    const change = /to/.test(rl[0]) && /\bfrom\s+$/i.test(lead);
    const n = parseNumber(rl[1], lang);
    if (n !== null && (!isAnd || between) && !change && n > low) {
      high = n;
      pos += rl[0].length;
    }
  }

  // Single-letter scales ("$5m") are read here and rejected below unless the figure is money.
  let scale = readScale(text, pos, lang, true);
  if (scale && scale.mult === 100) {
    // "two hundred thousand GPUs", "zwei hundert Millionen": a hundred of a larger scale.
    const larger = readScale(text, scale.end, lang, false);
    if (larger && larger.mult >= 1e3) scale = { mult: 100 * larger.mult, end: larger.end };
  }
  let mult = 1;
  if (scale) {
    // Single-letter scales only for money ("$5m"); checked once the currency is known.
    mult = scale.mult;
    pos = scale.end;
  }
  // A year is no count: "in 2025 AI chips sold well".
  const yearLike = high === undefined && !scale && head.end - head.start === 4 && low >= 1900 && low < 2100 && Number.isInteger(low);
  const unit = readUnit(text, pos, spans, !yearLike);
  const singleLetterScale = scale && /^[bmkBMK]$/.test(text.slice(pos - 1, pos)) && scale.end - (pos - 1) === 1;

  if (unit?.kind === 'currency' && unit.currency === GLUED_PENCE && (currency !== undefined || scale || high !== undefined || !isGluedPence(low))) {
    return null;
  }
  if (unit?.kind === 'currency' && currency === undefined) {
    const pence = unit.currency === PENCE || unit.currency === GLUED_PENCE;
    const hundredth = unit.currency === CENTS || pence ? 0.01 : 1;
    const code = pence ? 'GBP' : unit.currency;
    // "12 dollars 40", "5 Euro 50": the hundredths follow the currency's name.
    const cents = high === undefined && !scale && hundredth === 1 ? centsAfter(text, unit.end, lang) : null;
    const fig = cents
      ? rawFigure(start, money(low + cents.value, undefined, 1, code), cents.end)
      : rawFigure(start, money(low * hundredth, high === undefined ? undefined : high * hundredth, mult, code), unit.end);
    return nested ? fig : withRangeTail(text, lang, fig);
  }
  if (currency !== undefined) {
    return rawFigure(start, money(low, high, mult, currency), scale ? scale.end : head.end + (high !== undefined ? pos - head.end : 0));
  }
  // "1.2m units": a single-letter scale also reads before a counted noun.
  if (singleLetterScale && unit?.kind !== 'count') return null;
  if (!unit) {
    // "200.000 H200": a count of chips.
    const chip = spans.chipStartingAt(pos);
    if (chip && (mult > 1 || low >= 10)) {
      // The span stops before the chip's name so that figure and chip stay two marks that never overlap.
      return { start, end: pos, value: quantity(low, high, mult, chip.name), chipAt: chip.start };
    }
    // "2,5 Millionen" on its own is still a count; "160 million AMD shares", "1.5 million users" count other things.
    if (scale && mult >= 1e3 && !/^[bmkBMK]$/.test(text.slice(scale.end - 1, scale.end)) && !countsOtherThings(text, scale.end)) {
      return rawFigure(start, quantity(low, high, mult), scale.end);
    }
    // One level only: "5 and 5 and 5 and …" must not recurse through the whole text.
    return scale || high !== undefined || nested ? null : coordinated(text, head, lang, spans);
  }
  switch (unit.kind) {
    case 'percent': {
      if (scale) return null;
      const fig = rawFigure(start, high !== undefined ? { type: 'percent', min: low, max: high } : { type: 'percent', value: low }, unit.end);
      return high === undefined && !nested ? withRangeTail(text, lang, fig) : fig;
    }
    case 'points':
      if (scale) return null;
      return rawFigure(start, { type: 'points', value: low * unit.factor }, unit.end);
    case 'spec':
      if (scale || high !== undefined) return null;
      return rawFigure(start, unit.make(low), unit.end);
    case 'count':
      return rawFigure(start, quantity(low, high, mult, unit.unit), unit.end);
  }
  return null;
}

function rawFigure(start: number, value: FigureValue, end: number): RawFigure {
  return { start, end, value };
}

const CENTS_AFTER = /[ \u00a0](\d\d)(?![\d\p{L}%]|[.,]\d)/uy;
const CURRENCY_NAME = /^\p{L}*\p{Ll}\p{L}*$/u;

/**
 * "12 dollars 40", "5 Euro 50 Cent": two digits after a currency's name (not a code or sign) are its hundredths,
 * unless a unit or scale of their own follows ("12 Euro 40 Prozent").
 */
function centsAfter(text: string, pos: number, lang: Language): { value: number; end: number } | null {
  if (text.charCodeAt(pos) !== 0x20 && text.charCodeAt(pos) !== 0xa0) return null;
  // Two digits after the space first: most money figures are followed by a word, not by cents.
  if (!isDigitAt(text, pos + 1) || !isDigitAt(text, pos + 2)) return null;
  let w = pos - 1;
  while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
  if (!CURRENCY_NAME.test(text.slice(w, pos))) return null;
  CENTS_AFTER.lastIndex = pos;
  const m = CENTS_AFTER.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  if (readScale(text, end, lang, false)) return null;
  const unit = readUnit(text, end);
  if (unit && !(unit.kind === 'currency' && unit.currency === CENTS)) return null;
  return { value: Number(m[1]) / 100, end: unit ? unit.end : end };
}

const COORDINATION = new RegExp(String.raw`${SP}(?:and|und|or|oder|bzw\.|to|auf)${SP}(?=\d)`, 'y');

/**
 * "8,192 and 15,488 Ascend chips", "5 und 7 Prozent": a bare number joined by a conjunction to a complete figure
 * shares its unit and scale. Years are left alone ("in 2024 and 300,000 GPUs in 2025").
 */
function coordinated(text: string, head: Head, lang: Language, spans: EntitySpanIndex): RawFigure | null {
  // Cheap rejections first: this runs for every number without a unit (years, list numbers, codes).
  const next = text.charCodeAt(head.end + 1);
  // a(nd)/a(uf), u(nd), o(r/der), b(zw.), t(o)
  if (next !== 0x61 && next !== 0x75 && next !== 0x6f && next !== 0x62 && next !== 0x74) return null;
  if (head.end - head.start === 4 && head.value >= 1900 && head.value < 2100 && Number.isInteger(head.value)) return null;
  COORDINATION.lastIndex = head.end;
  const link = COORDINATION.exec(text);
  if (!link) return null;
  // "to" and "auf" join the two ends of a change: "from 5 to 7 percent", "von 5 auf 7 Prozent".
  if (/to|auf/.test(link[0]) && !/\b(?:from|von)\s+$/i.test(text.slice(Math.max(0, head.start - 6), head.start))) return null;
  const at = head.end + link[0].length;
  NUMBER_AT.lastIndex = at;
  const nm = NUMBER_AT.exec(text);
  const n2 = nm ? parseNumber(nm[0], lang) : null;
  if (!nm || !n2 || spans.overlapsEntity(at, at + nm[0].length)) return null;
  const second = readFigure(text, { start: at, end: at + nm[0].length, value: n2 }, lang, spans, 0, true);
  if (!second || second.start !== at) return null;
  const v = second.value;
  const low = head.value;
  let value: FigureValue;
  switch (v.type) {
    case 'percent':
      if (!('value' in v)) return null;
      value = { type: 'percent', value: low };
      break;
    case 'points':
      value = { type: 'points', value: round((low * v.value) / n2) };
      break;
    case 'date':
      return null;
    case 'money':
      value = { type: 'money', amount: round((low * v.amount) / n2), currency: v.currency };
      break;
    case 'quantity':
      value = { type: 'quantity', amount: round((low * v.amount) / n2), ...(v.unit ? { unit: v.unit } : {}) };
      break;
    default:
      value = { ...v, amount: round((low * v.amount) / n2) } as FigureValue;
  }
  return { start: head.start, end: head.end, value, ...(second.chipAt !== undefined ? { chipAt: second.chipAt } : {}) };
}

/**
 * "30,8 Milliarden US-Dollar (Vorjahr: 13,5 Mrd.)": a bare scaled amount right after a money figure in the same
 * passage is money in the same currency.
 */
function inheritCurrency(text: string, fig: RawFigure, before: RawFigure[]): void {
  const v = fig.value;
  if (v.type !== 'quantity' || v.unit !== undefined || fig.chipAt !== undefined) return;
  // The lower end of a range takes what the upper end names ("2 Millionen bis 3 Millionen Chips"): see lendBack.
  if (RANGE_GAP_AHEAD.test(text.slice(fig.end, fig.end + 7))) return;
  for (let i = before.length - 1; i >= 0 && fig.start - before[i].end <= 120; i--) {
    const prev = before[i].value;
    if (prev.type !== 'money') continue;
    if (text.slice(before[i].end, fig.start).includes('\n')) return;
    fig.value = { type: 'money', amount: v.amount, currency: prev.currency, ...(v.min !== undefined ? { min: v.min, max: v.max } : {}) } as FigureValue;
    return;
  }
}

/** "30 billion to 35 billion euros", "30 Milliarden bis 35 Milliarden Euro": only the upper end names the currency. */
// Also the two ends of a change: "von 30 Milliarden auf 40 Milliarden Dollar".
const RANGE_GAP = /^[ \u00a0]?(?:[-–—]|bis|to|auf)[ \u00a0]?$/;
const RANGE_GAP_AHEAD = /^[ \u00a0]?(?:[-–—]|bis|to|auf)[ \u00a0]?\d/;

/**
 * A bare scaled count right before a figure, joined to it as a range's lower end, takes the figure's currency or
 * counted unit: "30 billion to 35 billion euros" are two sums, "2 Millionen bis 3 Millionen Chips" two counts.
 */
function lendBack(text: string, fig: RawFigure, before: RawFigure[]): void {
  const v = fig.value;
  const prev = before.at(-1);
  if (!prev || prev.chipAt !== undefined || fig.chipAt !== undefined) return;
  const p = prev.value;
  if (p.type !== 'quantity' || p.unit !== undefined || p.min !== undefined || !RANGE_GAP.test(text.slice(prev.end, fig.start))) return;
  if (v.type === 'money') prev.value = { type: 'money', amount: p.amount, currency: v.currency };
  else if (v.type === 'quantity' && v.unit !== undefined) prev.value = { type: 'quantity', amount: p.amount, unit: v.unit };
}

/** Cents are hundredths of the last currency named in the passage, else of the dollar (English) or euro (German). */
function centsCurrency(text: string, fig: RawFigure, before: RawFigure[], lang: Language): string {
  for (let i = before.length - 1; i >= 0 && fig.start - before[i].end <= 300; i--) {
    const prev = before[i].value;
    if (prev.type === 'money' && !text.slice(before[i].end, fig.start).includes('\n\n')) return prev.currency;
  }
  return lang === 'de' ? 'EUR' : 'USD';
}

function money(low: number, high: number | undefined, mult: number, currency: string): FigureValue {
  const amount = round(low * mult);
  return high === undefined ? { type: 'money', amount, currency } : { type: 'money', amount, currency, min: amount, max: round(high * mult) };
}

function quantity(low: number, high: number | undefined, mult: number, unit?: string): FigureValue {
  const amount = round(low * mult);
  const q: FigureValue = { type: 'quantity', amount, ...(unit ? { unit } : {}) };
  return high === undefined ? q : { ...q, min: amount, max: round(high * mult) };
}

/** Removes binary noise from decimal scaling (1.86 × 1e9 = 1860000000.0000002). */
function round(n: number): number {
  // Whole numbers up to 12 digits are exact already; only products like 1.1 × 1e9 carry binary noise.
  if (Number.isInteger(n) && Math.abs(n) < 1e12) return n;
  return Number(n.toPrecision(12));
}

const TAIL_NUMBER = new RegExp(String.raw`(?:(?:US)?\$|€)?(${NUM})`, 'uy');

const RANGE_TAIL = /[ \u00a0]?(?:[-–—]|bis|to|and|und)[ \u00a0]?/y;

/** "15 % - 30 %", "$10bn to $12bn": a complete second figure of the same kind joined by a dash or "bis". */
function withRangeTail(text: string, lang: Language, fig: RawFigure): RawFigure {
  RANGE_TAIL.lastIndex = fig.end;
  const t = RANGE_TAIL.exec(text);
  if (!t) return fig;
  // "and" joins a range only after "between": "between 15% and 30%"; "rose 5% and 7%" are two figures.
  const lead = text.slice(Math.max(0, fig.start - 12), fig.start);
  if (/(?:and|und)/.test(t[0]) && !BETWEEN_BEFORE.test(lead)) return fig;
  // "rose from 5% to 7%" is a change between two figures, not a range.
  if (/to/.test(t[0]) && /\bfrom\s+$/i.test(lead)) return fig;
  const numAt = fig.end + t[0].length;
  TAIL_NUMBER.lastIndex = numAt;
  const nm = TAIL_NUMBER.exec(text);
  if (!nm) return fig;
  const second = readFigure(text, { start: numAt + (nm[0].length - nm[1].length), end: numAt + nm[0].length, value: parseNumber(nm[1], lang) ?? NaN }, lang, NO_SPANS, 0, true);
  if (!second || Number.isNaN(second.value.type)) return fig;
  const a = fig.value;
  const b = second.value;
  if (a.type === 'percent' && b.type === 'percent' && 'value' in a && 'value' in b && b.value > a.value) {
    return { start: fig.start, end: second.end, value: { type: 'percent', min: a.value, max: b.value } };
  }
  // "$12 billion to $15 billion" stays two amounts: each is written out in full and read as a figure of its own.
  return fig;
}

const NO_SPANS: EntitySpanIndex = { overlapsEntity: () => false, chipStartingAt: () => null };
