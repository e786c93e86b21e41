import type { Language } from './types.ts';

/**
 * Parses a number as written in German or English prose. The language decides only the truly ambiguous case of
 * one separator followed by exactly three digits ("1.500": 1500 in German, 1.5 in English); otherwise the shape
 * decides: two kinds of separator mean the last is the decimal mark, and a separator followed by other than
 * three digits is a decimal mark ("4,0 TB/s" in an English text is still 4.0).
 */
export function parseNumber(raw: string, lang: Language): number | null {
  if (isPlainDigits(raw)) return Number(raw);
  // One separator between digits ("2,5", "1.500", "4.0"): the usual shape after plain digits, read without regexes.
  const sep1 = singleSeparator(raw);
  if (sep1 > 0) return oneSeparator(raw.slice(0, sep1), raw.slice(sep1 + 1), raw[sep1], lang);
  const s = raw.replace(/[\u00a0\u202f\u2009 ']/g, (m) => (m === "'" ? '' : ' '));
  // Space-grouped thousands: "200 000".
  if (/^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/.test(s)) return parseNumber(s.replace(/ /g, ''), lang);
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return Number(s);
  if (dots > 0 && commas > 0) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    if (s.split(decimal).length !== 2) return null;
    const [intPart, frac] = s.split(decimal);
    if (!/^\d{1,3}(?:[.,]\d{3})*$/.test(intPart) || intPart.includes(decimal)) return null;
    return Number(intPart.split(thousands).join('') + '.' + frac);
  }
  const sep = dots ? '.' : ',';
  const parts = s.split(sep);
  if (parts.length > 2) {
    // Several of one separator: thousands grouping ("1.000.000", "1,000,000").
    if (!/^\d{1,3}$/.test(parts[0]) || parts.slice(1).some((p) => p.length !== 3)) return null;
    return Number(parts.join(''));
  }
  return oneSeparator(parts[0], parts[1], sep, lang);
}

/** A number with one separator `sep` between `intPart` and `frac` (both digits): a decimal mark or thousands. */
function oneSeparator(intPart: string, frac: string, sep: string, lang: Language): number {
  const groupsOfThree = frac.length === 3 && intPart.length <= 3 && intPart !== '0';
  if (groupsOfThree) {
    const thousandsSep = lang === 'de' ? '.' : ',';
    // "100.000" in an English text or "1,000" in a German one: nobody writes a decimal with three trailing zeros.
    if (sep === thousandsSep || frac === '000') return Number(intPart + frac);
  }
  return Number(intPart + '.' + frac);
}

/** The index of the one "." or "," in `raw` when everything else is digits and digits stand on both sides, else -1. */
function singleSeparator(raw: string): number {
  let at = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if ((c !== 0x2e && c !== 0x2c) || at >= 0) return -1;
    at = i;
  }
  return at > 0 && at < raw.length - 1 ? at : -1;
}

/** Digits only ("2024", "96"): most numbers on a page, read without the regexes below. */
function isPlainDigits(raw: string): boolean {
  if (!raw.length) return false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Number words that may stand for a figure's number when a scale word or unit follows ("eine Million Chips"). */
const NUMBER_WORDS: Record<string, number> = {
  // German
  ein: 1, eine: 1, einer: 1, einen: 1, einem: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
  hundert: 100, einhundert: 100, tausend: 1000, eintausend: 1000,
  zweihundert: 200, dreihundert: 300, vierhundert: 400, fünfhundert: 500, sechshundert: 600, siebenhundert: 700,
  achthundert: 800, neunhundert: 900,
  // "eine halbe Milliarde": the article before "halbe" is read by the figure grammar.
  halbe: 0.5, halben: 0.5,
  // English
  one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000,
};

export function numberWordValue(word: string): number | null {
  const w = word.toLowerCase();
  return NUMBER_WORDS[w] ?? EN_WORDS[w] ?? germanCompoundValue(w);
}

const DE_UNITS: Record<string, number> = { ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const DE_BELOW_20: Record<string, number> = {
  ...DE_UNITS, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
  achtzehn: 18, neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** "zweiundvierzig", "fünfzig": a German number below 100 written as one word. */
function germanBelow100(w: string): number | null {
  if (w in DE_BELOW_20) return DE_BELOW_20[w];
  if (w in DE_TENS) return DE_TENS[w];
  const und = w.indexOf('und');
  if (und <= 0) return null;
  const head = w.slice(0, und);
  const unit = head === 'eins' ? undefined : DE_UNITS[head];
  const tens = DE_TENS[w.slice(und + 3)];
  return unit !== undefined && tens !== undefined ? unit + tens : null;
}

/** "dreihundertfünfzig": below 1000. */
function germanBelow1000(w: string): number | null {
  const h = w.indexOf('hundert');
  if (h < 0) return germanBelow100(w);
  const pre = w.slice(0, h);
  const hundreds = pre === '' || pre === 'ein' ? 1 : DE_UNITS[pre];
  if (hundreds === undefined || pre === 'eins') return null;
  const rest = w.slice(h + 7);
  const tail = rest === '' ? 0 : germanBelow100(rest.startsWith('und') ? rest.slice(3) : rest);
  return tail === null ? null : hundreds * 100 + tail;
}

/**
 * German writes numbers below a million as one word: "zweiundvierzig", "dreihundertfünfzig",
 * "zweitausendfünfhundert". Lower-case input; null for anything else.
 */
function germanCompoundValue(w: string): number | null {
  if (w.length < 4 || w.length > 48) return null;
  const t = w.indexOf('tausend');
  if (t < 0) return germanBelow1000(w);
  const pre = w.slice(0, t);
  const thousands = pre === '' ? 1 : germanBelow1000(pre);
  const rest = w.slice(t + 7);
  const tail = rest === '' ? 0 : germanBelow1000(rest.startsWith('und') ? rest.slice(3) : rest);
  return thousands === null || tail === null ? null : thousands * 1000 + tail;
}

const EN_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const EN_WORDS: Record<string, number> = {
  ...EN_UNITS, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90,
};

/** An English number word below 100 ("forty", "seven"); tens are the multiples of ten from twenty. */
export function englishWordValue(word: string): number | null {
  return EN_WORDS[word.toLowerCase()] ?? null;
}

export function isEnglishTens(n: number): boolean {
  return n >= 20 && n < 100 && n % 10 === 0;
}

