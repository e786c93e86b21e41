import type { DetectedLanguage, Language } from './types.ts';

// Frequent function words; whole words only, case-insensitive.
const DE = /\b(?:der|die|das|und|ist|nicht|mit|von|den|dem|des|auf|für|eine|einen|sich|auch|wird|wurde|hat|haben|nach|bei|zu|im|über|sind|als|dass|oder|aber|noch|wie|vor)\b/gi;
const EN = /\b(?:the|and|is|not|with|of|to|for|that|on|was|are|has|have|it|its|by|as|from|at|will|this|be|which|but|or|after|said|were|their|than)\b/gi;
/** Characters of a text that language detection reads. */
export const LANGUAGE_SAMPLE_CHARS = 12_000;

// Headlines and teasers often have no function word at all ("Nvidia-Aktie bricht ein", "Cambricon shares jump
// 10%"). Spelling and word endings tell them apart: umlauts and ß, German noun and adjective suffixes, a few
// words of market news; English -ing/-ed forms and the same kind of market words.
const DE_MARKS = /[äöüßÄÖÜ]|\b\p{L}+(?:ung|ungen|heit|keit|schaft|lich|liche[nmrs]?|isch|ische[nmrs]?|ieren|iert)\b|\b(?:ein|bei|gegen|laut|soll|will|darf|zeigt|bricht|steigt|fällt|sinkt|Aktie|Aktien|Prozent|Milliarden?|Millionen?|Umsatz|Gewinn|Peking)\b|\bge\p{Ll}{3,}(?:t|en)\b|[\p{L}\p{N}]-\p{Lu}\p{Ll}+\b/gu;
const EN_MARKS = /\b\p{L}{3,}(?:ing|ed)\b|\b(?:says|said|shares|stock|jumps?|hits?|sells?|cuts?|halts?|cleared|rises?|falls?|percent|billion|million|revenue|profit|chipmaker|amid|Beijing)\b/gu;
/** Function-word counts closer than this leave the decision to the marks. */
const CLOSE = 3;

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/**
 * German or English, by counting frequent function words in the first 12,000 characters; where the counts are
 * close (headlines, teasers), by German and English spelling marks as well. Ties go to English.
 */
export function detectLanguage(text: string): Language {
  const s = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  let de = count(DE, s);
  let en = count(EN, s);
  if (Math.abs(de - en) < CLOSE) {
    de += count(DE_MARKS, s);
    en += count(EN_MARKS, s);
  }
  return de > en ? 'de' : 'en';
}

export type { DetectedLanguage };

// Function words of German, English and the languages a German or English reader most often meets instead.
// A word may belong to several ("die": German and Dutch; "la": French, Spanish, Italian); each counts it.
// Single letters are left out: "e", "a", "o" turn up in any text ("E-Mail", "Plan A").
const WORDS: Record<string, string> = {
  de: 'der die das und ist nicht mit von den dem des auf für eine einen einem einer sich auch wird wurde werden hat haben nach bei zu im über sind als dass oder aber noch wie vor ein zum zur sie er es wir nur schon mehr um aus',
  en: 'the and is not with of to for that on was are has have it its by as from at will this be which but or after said were their than been they would an',
  fr: 'le la les des du et est une dans pour qui que pas sur au aux avec sont ce cette il elle ont été plus par se ne son sa ses leur mais',
  es: 'el la los las del es una por para con que se su más como pero está son al lo un sus también ha fue entre',
  it: 'il lo gli della delle degli dei di è una per con che non sono nel nella alla anche più come ma questo un ha del al',
  nl: 'de het een en van is niet met voor zijn ook dat op te wordt naar bij aan maar nog er deze worden heeft door om hun',
  pt: 'os as do da dos em não uma para com que por mais ao é são foi na no pela pelo também',
  pl: 'się jest że przez dla są był już tylko jak oraz który która które nie na',
  sv: 'och att som är på för inte till har också',
};

const LANGS = Object.keys(WORDS);
/** Word → bit set of the languages it is a function word of (bit i: LANGS[i]). */
const WORD_LANGS = new Map<string, number>();
LANGS.forEach((lang, i) => {
  for (const w of WORDS[lang].split(' ')) WORD_LANGS.set(w, (WORD_LANGS.get(w) ?? 0) | (1 << i));
});
const DE_BIT = 1 << LANGS.indexOf('de');
const EN_BIT = 1 << LANGS.indexOf('en');

// Anything but Latin letters with their accents (the languages above) separates words.
const NON_WORD = /[^a-z\u00df\u00e0-\u00f6\u00f8-\u00ff\u0105\u0107\u0119\u0142\u0144\u015b\u017a\u017c]+/;
// Letters of scripts other than Latin: Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, CJK, Hangul.
const NON_LATIN = /[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

export interface FunctionWordCounts {
  /** Words (runs of Latin letters) in the sample. */
  words: number;
  de: number;
  en: number;
  /** The highest count among the other languages. */
  other: number;
  /** Letters of non-Latin scripts. */
  nonLatin: number;
}

/** Counts the function words of each language in (the first `limit` characters of) a text. */
export function countFunctionWords(text: string, limit = LANGUAGE_SAMPLE_CHARS): FunctionWordCounts {
  const s = text.length > limit ? text.slice(0, limit) : text;
  const per = new Array<number>(LANGS.length).fill(0);
  let words = 0;
  // Lower-case once and split: faster than a case-insensitive regex loop with one lower-casing per word.
  for (const w of s.toLowerCase().split(NON_WORD)) {
    if (!w) continue;
    words++;
    const bits = WORD_LANGS.get(w);
    if (bits) for (let i = 0; i < per.length; i++) if (bits & (1 << i)) per[i]++;
  }
  let de = 0;
  let en = 0;
  let other = 0;
  per.forEach((n, i) => {
    const bit = 1 << i;
    if (bit === DE_BIT) de = n;
    else if (bit === EN_BIT) en = n;
    else if (n > other) other = n;
  });
  return { words, de, en, other, nonLatin: count(NON_LATIN, s) };
}

/** Function words a text needs before its own evidence outweighs the page's declared language. */
const ENOUGH_WORDS = 6;

/** The primary subtag of an HTML `lang` value as one of our answers; undefined when there is none. */
function fromHint(hint: string | undefined): DetectedLanguage | undefined {
  const primary = hint?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  return primary === 'de' || primary === 'en' ? primary : 'other';
}

/**
 * What function words and script say about a text's language: `other` when French, Spanish, Italian, Dutch,
 * Portuguese, Polish or Swedish function words outnumber the German and English ones, or the text is mostly in
 * another script. A text too short to tell (a headline, a teaser) follows `hint`, the page's declared language,
 * when there is one: sites declare it reliably enough for a headline, and a long text overrules it. Null: German or
 * English, for the caller to tell apart.
 */
export function languageFromCounts(counts: FunctionWordCounts, hint?: string): DetectedLanguage | null {
  const { words, de, en, other, nonLatin } = counts;
  if (nonLatin > 2 * words + 20) return 'other';
  const ours = Math.max(de, en);
  if (ours + other >= ENOUGH_WORDS) return other > ours ? 'other' : null;
  const declared = fromHint(hint);
  if (declared) return declared;
  // Two or more foreign function words and no German or English one: a short foreign headline.
  return other >= 2 && ours === 0 ? 'other' : null;
}

/**
 * German, English or neither (see `languageFromCounts`). Between German and English `detectLanguage` decides:
 * chip names and figures read the same in any language, so a text that gives no evidence keeps its chance.
 */
export function detectLanguageOrOther(text: string, hint?: string): DetectedLanguage {
  return languageFromCounts(countFunctionWords(text), hint) ?? detectLanguage(text);
}
