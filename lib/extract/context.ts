import { isSpaceCode, isUpperCode } from './chars.ts';
import { CHIP_STEMS, GERMAN_DETERMINERS, SPEECH_VERBS, STOCK_WORDS } from './cue-words.ts';
import type { Tokens } from './tokens.ts';
import { tokenAt } from './tokens.ts';

/**
 * Context cues for names that are also ordinary words. Lower-case tokens; German compounds are caught by the
 * stems of CHIP_STEMS ("Chiphersteller", "KI-Beschleuniger", "Halbleiterfirmen").
 */
const CHIP_WORDS = new Set([
  'gpu', 'gpus', 'cpu', 'cpus', 'npu', 'npus', 'tpu', 'tpus', 'asic', 'asics', 'chip', 'chips', 'chipset',
  'architektur', 'architecture', 'superchip', 'superchips', 'wafer', 'wafers', 'foundry', 'foundries', 'fab', 'fabs',
  'nm', 'nanometer', 'hbm', 'hbm2e', 'hbm3', 'hbm3e', 'hbm4', 'rechenzentrum', 'rechenzentren', 'datacenter',
  'datacenters', 'inference', 'inferenz', 'training', 'ki', 'ai', 'rechenleistung', 'compute', 'computing', 'tensor',
  'cuda', 'flops', 'tflops', 'pflops', 'server', 'servers', 'cluster', 'clusters', 'exportkontrollen',
  'exportkontrolle', 'exportbeschränkungen', 'export', 'exports', 'silicon', 'silizium', 'lithografie',
  'lithography', 'euv', 'duv', 'fertigung', 'packaging', 'cowos', 'rack', 'racks', 'nvlink', 'hopper', 'blackwell',
  'generation', 'plattform', 'platform', 'serie', 'series', ...STOCK_WORDS,
]);

/** Cues that an ambiguous name means something else here: roads, snacks, water, people's titles. */
const NEGATIVE_WORDS = new Set([
  // roads: A100 is a Berlin motorway, B30 a German federal road
  'autobahn', 'bundesstraße', 'bundesstrasse', 'ausfahrt', 'auffahrt', 'stau', 'baustelle', 'fahrbahn', 'fahrstreifen',
  'anschlussstelle', 'autobahndreieck', 'autobahnkreuz', 'dreieck', 'tunnel', 'verkehr', 'unfall', 'sperrung', 'gesperrt',
  'umleitung', 'motorway', 'highway', 'freeway', 'road', 'roads', 'exit', 'lane', 'lanes', 'traffic', 'junction', 'km',
  'kilometer', 'kilometres', 'kilometers', 'lkw', 'pkw', 'autofahrer', 'drivers',
  // snacks
  'kartoffelchips', 'crisps', 'snack', 'snacks', 'paprika', 'salz', 'geschmack', 'potato', 'potatoes', 'flavour',
  'flavor', 'salt', 'vinegar', 'tüte', 'chipstüte', 'knusprig', 'crunchy', 'crispy', 'kartoffel', 'kartoffeln',
  // water
  'wasser', 'water', 'molekül', 'moleküle', 'molecule', 'molecules', 'sauerstoff', 'oxygen', 'wasserstoff', 'hydrogen',
  'flüssigkeit', 'liquid', 'trinken', 'drinking', 'chemisch', 'chemical',
  // apples, rivers, weather
  'apfel', 'äpfel', 'ernte', 'harvest', 'orchard', 'obst', 'fruit', 'fluss', 'river', 'regenwald', 'rainforest',
  'rainforests', 'deforestation', 'abholzung', 'jungle', 'dschungel', 'tributary', 'tributaries', 'amazonas', 'basin',
  // the people Nvidia names its architectures after: "Ada Lovelace, the mathematician", "Rear Admiral Grace Hopper"
  'mathematician', 'mathematicians', 'mathematiker', 'mathematikerin', 'physicist', 'physicists', 'physiker',
  'physikerin', 'admiral', 'novelist',
  // beer and keyboards: Kirin the brewer, Corsair the gaming-gear maker
  'beer', 'beers', 'bier', 'biere', 'brewer', 'brewers', 'brewed', 'brewery', 'brauerei', 'brauereien', 'keyboard',
  'keyboards', 'tastatur', 'tastaturen', 'headset', 'headsets',
  // myth: Helios the sun god
  'mythology', 'mythological', 'mythologie', 'mythos', 'myth', 'myths', 'god', 'goddess', 'gods', 'gott', 'göttin',
  'götter', 'deity',
  // geography: the Kunlun Mountains
  'mountains', 'gebirge', 'gebirges', 'glacier', 'gletscher', 'plateau', 'hochebene',
  // astronomy: the Vera C. Rubin Observatory
  'observatory', 'sternwarte', 'observatorium', 'telescope', 'teleskop', 'astronomer', 'astronom', 'astronomin',
  // units of length and current: "70 microns thick", "ein Micron entspricht einem Mikrometer"
  'mikrometer', 'micrometer', 'micrometers', 'micrometre', 'micrometres', 'microns', 'amperes', 'amps', 'volt', 'volts',
  // weapons, mines and mountains: Tomahawk missiles, cobalt by the tonne, "Ascend 300 metres"
  'missile', 'missiles', 'rakete', 'raketen', 'marschflugkörper', 'warship', 'kriegsschiff', 'tonnes', 'tonnen',
  'mine', 'mines', 'mining', 'bergbau', 'ore', 'erz', 'summit', 'gipfel', 'climbers', 'bergsteiger', 'metres', 'meters',
]);

/** Words before a capitalised name that make it a person or a work, not a chip ("Edward Hopper", "Dr. Rubin"). */
const PERSON_TITLES = new Set([
  'herr', 'frau', 'dr', 'prof', 'mr', 'mrs', 'ms', 'sir', 'lady', 'maler', 'painter', 'actor', 'schauspieler', 'senator',
  'autor', 'author', 'analyst', 'analystin', 'economist', 'ökonom', 'ökonomin', 'professor', 'professorin', 'chairman',
  'chairwoman', 'spokesman', 'spokeswoman', 'sprecher', 'sprecherin', 'reporter', 'founder', 'gründer', 'gründerin',
  'investor', 'investorin', 'trader', 'president', 'präsident', 'präsidentin', 'minister', 'ministerin', 'governor',
]);

/** Words that open a sentence before a firm's name without being a given name: "Rival Dell said". */
const SENTENCE_OPENERS = new Set([
  'rival', 'rivals', 'peer', 'meanwhile', 'separately', 'also', 'and', 'but', 'now', 'then', 'today', 'yesterday',
  'still', 'instead', 'yet', 'even', 'only', 'both', 'while', 'when', 'why', 'how', 'what', 'where', 'that', 'this',
  'the', 'at', 'for', 'here', 'there', 'chipmaker', 'customer', 'partner', 'competitor', 'parent', 'doch', 'auch',
  'aber', 'und', 'nun', 'jetzt', 'konkurrent', 'rivale', 'wettbewerber', 'partner', 'kunde',
]);
/** ", a spokeswoman", ", the chief analyst": the job word of an apposition right after a name. */
const APPOSITION_AFTER = /^, (?:a|an|the) (\p{L}+)(?: (\p{L}+))?/u;
/** English verbs of speech right after a name: with a given name before it at a sentence start, a person. */
const SPEECH_VERB_AFTER = new RegExp(`^ (?:${SPEECH_VERBS.en.join('|')})\\b`);

/** Articles and determiners, which stand before a German noun and never before a given name. */
const GERMAN_ARTICLES = new Set(GERMAN_DETERMINERS);

/** Given names of Nvidia's own products: "Grace Hopper", "Vera Rubin" are chips, not people. */
const PRODUCT_FIRST_NAMES = new Set(['grace', 'vera']);

export interface Window {
  fromToken: number;
  toToken: number;
}

/** Abbreviations whose period ends no sentence: "Co.", "Mrd.", "U.S.", "Mr.", "Aug.". */
const ABBREVIATION = /(?:^|[^\p{L}])(?:Co|Mio|Mrd|Bio|Inc|Corp|Ltd|Nr|Dr|bzw|ca|vs|z\.B|u\.a|U\.S|U\.K|Mr|Ms|Mrs|Jr|Sr|St|Dept|Jan|Feb|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;

/** Whether the period at `dot` closes an abbreviation; only words of letters can, so look at one first. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  // Every abbreviation is at most four letters after a non-letter (or "U.S", "z.B"): most sentence-final words
  // are longer and need no regex.
  let i = dot;
  while (i > 0 && dot - i <= 4) {
    const l = text.charCodeAt(i - 1) | 0x20;
    if (l < 0x61 || l > 0x7a) break;
    i--;
  }
  if (i === dot || dot - i > 4) return false;
  return ABBREVIATION.test(text.slice(Math.max(0, dot - 6), dot));
}

/** The sentence around [start, end), widened by a little so that a cue in a short neighbouring clause counts. */
export function sentenceWindow(text: string, tokens: Tokens, start: number, end: number): Window {
  const LIMIT = 320;
  let a = start;
  const minA = Math.max(0, start - LIMIT);
  while (a > minA) {
    const c = text.charCodeAt(a - 1);
    if (c === 0x0a) break;
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && a < start && isSpaceCode(text.charCodeAt(a))) {
      // "Co. " and "Mio. " are not sentence ends; a capital after the period is a reasonable sign of one.
      if (c !== 0x2e || !isAbbreviationBefore(text, a - 1)) break;
    }
    a--;
  }
  let b = end;
  const maxB = Math.min(text.length, end + LIMIT);
  while (b < maxB) {
    const c = text.charCodeAt(b);
    if (c === 0x0a) break;
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && (b + 1 >= text.length || isSpaceCode(text.charCodeAt(b + 1)))) {
      if (c !== 0x2e || !isAbbreviationBefore(text, b)) break;
    }
    b++;
  }
  return { fromToken: tokenAt(tokens, a), toToken: tokenAt(tokens, b) };
}

function tokenText(text: string, tokens: Tokens, i: number): string {
  return text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase();
}

export function isChipCueToken(lower: string): boolean {
  if (CHIP_WORDS.has(lower)) return true;
  for (const stem of CHIP_STEMS) if (lower.includes(stem)) return true;
  return false;
}

export function isNegativeCueToken(lower: string): boolean {
  return NEGATIVE_WORDS.has(lower) || lower.startsWith('kartoffel') || lower.startsWith('autobahn');
}

export interface CueCount {
  positive: number;
  negative: number;
}

/** Architectures named after people: a cue, unless a given name stands before them ("Grace Hopper", "Rose Blackwell"). */
const SURNAME_CUES = new Set(['hopper', 'blackwell']);

/**
 * Whether a capitalised word stands right before token `i` as a given name before a surname does: not an article
 * ("Der Hopper-Nachfolger"), a sentence's opening word or a chip word ("Nvidia-Architektur Hopper").
 */
function afterGivenName(text: string, tokens: Tokens, i: number): boolean {
  if (i === 0 || tokens.starts[i] - tokens.ends[i - 1] !== 1 || text.charCodeAt(tokens.ends[i - 1]) !== 0x20) return false;
  if (!isUpperCode(text.charCodeAt(tokens.starts[i - 1])) || tokens.ends[i - 1] - tokens.starts[i - 1] < 3) return false;
  const word = tokenText(text, tokens, i - 1);
  return !GERMAN_ARTICLES.has(word) && !SENTENCE_OPENERS.has(word) && !isChipCueToken(word);
}

/** Cues for a listed firm: they speak for a company name, not for a chip ("Sohu shares rose" is the portal). */
const STOCK_WORD_SET = new Set(STOCK_WORDS);

/**
 * Counts chip cues and contrary cues in the window, skipping the tokens of the candidate itself. `forChip`: the
 * candidate is a chip, which has no shares.
 */
export function countCues(text: string, tokens: Tokens, w: Window, skipFrom: number, skipTo: number, forChip = false): CueCount {
  let positive = 0;
  let negative = 0;
  for (let i = w.fromToken; i < w.toToken; i++) {
    if (i >= skipFrom && i < skipTo) continue;
    const lower = tokenText(text, tokens, i);
    if (isNegativeCueToken(lower)) negative++;
    else if (isChipCueToken(lower) && !(forChip && STOCK_WORD_SET.has(lower)) && !(SURNAME_CUES.has(lower) && afterGivenName(text, tokens, i))) positive++;
  }
  return { positive, negative };
}

/**
 * Whether a capitalised single-word name stands as a person's surname here: "Edward Hopper", "Dr. Rubin".
 * A capitalised word right before it that is not a sentence start, not a known entity and not a product's
 * given name ("Grace Hopper") reads as a first name.
 */
export function looksLikePersonName(text: string, tokens: Tokens, firstToken: number, isEntityToken: (i: number) => boolean, english = false): boolean {
  const prev = firstToken - 1;
  if (prev < 0) return false;
  const gap = text.slice(tokens.ends[prev], tokens.starts[firstToken]);
  if (!/^[ \u00a0]$|^\. $/.test(gap)) return false;
  const word = tokenText(text, tokens, prev);
  if (PERSON_TITLES.has(word)) return true;
  if (gap !== ' ' && gap !== '\u00a0') return false;
  if (PRODUCT_FIRST_NAMES.has(word) || isEntityToken(prev)) return false;
  const first = text.charCodeAt(tokens.starts[prev]);
  if (!isUpperCode(first)) return false;
  // A capitalised word at a sentence start is not a first name ("Blackwell ..." after "Die"), unless the two
  // words then speak: "Michael Dell told analysts", where a firm would need no word before it.
  const before = prev > 0 ? text.slice(tokens.ends[prev - 1], tokens.starts[prev]) : '\n';
  if (/[.!?:\n]\s*$/.test(before) || prev === 0) {
    if (SENTENCE_OPENERS.has(word) || isChipCueToken(word) || word.length < 3) return false;
    const after = text.slice(tokens.ends[firstToken], tokens.ends[firstToken] + 40);
    if (SPEECH_VERB_AFTER.test(after)) return true;
    // "Jane Blackwell, a spokeswoman for the county, said": an apposition naming a person's job.
    const job = APPOSITION_AFTER.exec(after);
    return job !== null && (PERSON_TITLES.has(job[1].toLowerCase()) || PERSON_TITLES.has((job[2] ?? '').toLowerCase()));
  }
  // German nouns are capitalised: "die Nvidia-Architektur Hopper" has "Architektur" before; cue words are no names.
  if (isChipCueToken(word)) return false;
  // Nor is a noun after an article ("der Nachfolger Blackwell") or the end of a compound with a name in front
  // ("Hopper-Nachfolger Blackwell"): a given name takes neither.
  if (!english && prev > 0) {
    const joint = text.slice(tokens.ends[prev - 1], tokens.starts[prev]);
    if ((joint === ' ' || joint === '\u00a0') && GERMAN_ARTICLES.has(tokenText(text, tokens, prev - 1))) return false;
    if (joint === '-' && (isEntityToken(prev - 1) || isChipCueToken(tokenText(text, tokens, prev - 1)))) return false;
  }
  // An English title-case headline capitalises the words around a name too: "Nvidia Says Blackwell Demand Is
  // Strong". (German capitalises every noun, so there the next word says nothing.)
  const next = firstToken + 1;
  if (english && next < tokens.count && tokens.starts[next] - tokens.ends[firstToken] === 1 && text[tokens.ends[firstToken]] === ' ' && isUpperCode(text.charCodeAt(tokens.starts[next]))) return false;
  return word.length >= 3 && /^[\p{Lu}][\p{Ll}]+$/u.test(text.slice(tokens.starts[prev], tokens.ends[prev]));
}

/**
 * Whether a capitalised single-word name is followed by a surname: "Maia Sandu, Moldova's president", "Grace Wu
 * said". The next word is capitalised, no name or chip word, and the word after it is not capitalised too (a
 * title-case headline, "Blackwell Demand Is Strong", capitalises every word). For English text: German capitalises
 * every noun ("Blackwell Systeme").
 */
export function followedBySurname(text: string, tokens: Tokens, endToken: number, isEntityToken: (i: number) => boolean): boolean {
  const next = endToken;
  if (next >= tokens.count || isEntityToken(next)) return false;
  const a = tokens.starts[next];
  const b = tokens.ends[next];
  if (a - tokens.ends[next - 1] !== 1 || !/^[ \u00a0]$/.test(text[a - 1]) || b - a < 2) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(text.slice(a, b)) || isChipCueToken(tokenText(text, tokens, next))) return false;
  if (next + 1 < tokens.count && tokens.starts[next + 1] - b === 1 && text[b] === ' ' && isUpperCode(text.charCodeAt(tokens.starts[next + 1]))) return false;
  return true;
}

/** Names of companies and architectures that are also units: after a number they are the unit ("70 Micron"). */
const UNIT_NAMES = new Set(['micron', 'ampere']);

/** Whether the name at [firstToken, endToken) is a unit after a number: "10 Ampere", "70 Micron dick". */
export function isUnitAfterNumber(text: string, tokens: Tokens, firstToken: number, endToken: number): boolean {
  if (endToken - firstToken !== 1 || firstToken === 0) return false;
  const prev = firstToken - 1;
  const d = text.charCodeAt(tokens.starts[prev]);
  if (d < 0x30 || d > 0x39 || !UNIT_NAMES.has(tokenText(text, tokens, firstToken))) return false;
  const gap = text.slice(tokens.ends[prev], tokens.starts[firstToken]);
  return /^[ \u00a0]?$/.test(gap) && /^\d/.test(text.slice(tokens.starts[prev], tokens.ends[prev]));
}

const COMPANY_COMPOUND = /^-(?:Chef|Chefin|Finanzchef|Finanzchefin|Vorstand|Vorstandschef|Gründer|Manager|Sprecher|Sprecherin|Aktie|Aktien|Papiere|Konzern|Tochter|Mutter|Zentrale|Quartalszahlen|Umsatz|Gewinn)(?![\p{Ll}])/u;

/**
 * What the words right after an ambiguous name say: an English possessive of a capitalised name ("Meta's
 * capex", "Oracle's cloud") reads as the company; "herself", "himself" or ", who" as a person ("Grace Hopper
 * herself", "Rubin, who"), and so does an epithet after "the" ("the Oracle of Omaha"); `start` is the name's
 * start, for the word before it.
 */
export function followingCue(text: string, end: number, start = end): 'company' | 'person' | null {
  const c = text.charCodeAt(end);
  if (c === 0x27 || c === 0x2019) return /^['\u2019]s(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3)) ? 'company' : null;
  if (c === 0x2c) return /^, who\b/.test(text.slice(end, end + 7)) ? 'person' : null;
  // German compounds that only a firm forms: "Meta-Chef", "Tesla-Aktie", "Oracle-Konzern".
  if (c === 0x2d) return COMPANY_COMPOUND.test(text.slice(end, end + 16)) ? 'company' : null;
  if (c !== 0x20 && c !== 0xa0) return null;
  const after = text.slice(end, end + 24);
  // An epithet: "the Oracle of Omaha", "Alibaba, the Amazon of China" name someone else.
  if (/^[ \u00a0]of[ \u00a0]\p{Lu}/u.test(after) && /(?:^|[^\p{L}])the[ \u00a0]$/iu.test(text.slice(Math.max(0, start - 5), start))) return 'person';
  if (/^[ \u00a0](?:herself|himself)\b/.test(after)) return 'person';
  // A Cantonese or Korean given name after a surname: "Lam Chi-keung", "Wong Kwok-wai".
  if (/^[ \u00a0]\p{Lu}\p{Ll}+-\p{Ll}+(?![\p{L}\p{N}])/u.test(after)) return 'person';
  return null;
}
