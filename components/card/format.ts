/**
 * Figures and facts as the card words them. Pure: the same value gives the same words in Node and in the page.
 * English uses the short scale (billion = 10⁹), German the long scale (Milliarde = 10⁹, Billion = 10¹²), which is
 * exactly the confusion the card exists to clear up, so large amounts also get a power of ten.
 */
import type { FigureValue, Language } from '../../lib/extract/types.ts';
import { toUsd, type UsdAmount } from '../../lib/fx.ts';
import { validTime } from '../../lib/store/times.ts';
import { strings } from './i18n.ts';

const LOCALE: Record<Language, string> = { en: 'en-US', de: 'de-DE' };

const SCALES: Record<Language, [number, string, string][]> = {
  en: [
    [1e12, 'trillion', 'trillion'],
    [1e9, 'billion', 'billion'],
    [1e6, 'million', 'million'],
  ],
  de: [
    [1e12, 'Billion', 'Billionen'],
    [1e9, 'Milliarde', 'Milliarden'],
    [1e6, 'Million', 'Millionen'],
  ],
};

/** A plain number in the locale: grouping, at most `digits` decimals. */
export function formatNumber(n: number, lang: Language, digits = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(n);
}

/** A number with a scale word: 1.5e12 → "1.5 trillion" (en) / "1,5 Billionen" (de); small numbers as digits. */
export function amountInWords(n: number, lang: Language, opts: { significant?: number } = {}): string {
  const fmt = (x: number) =>
    opts.significant
      ? new Intl.NumberFormat(LOCALE[lang], { maximumSignificantDigits: opts.significant }).format(x)
      : formatNumber(x, lang, 3);
  for (const [factor, one, many] of SCALES[lang]) {
    if (Math.abs(n) >= factor) {
      const v = n / factor;
      const shown = fmt(v);
      // German nouns agree with the number as written: "1 Milliarde", "1,5 Milliarden".
      return `${shown} ${shown === '1' ? one : many}`;
    }
  }
  return fmt(n);
}

/** Short scale words for compact amounts, as financial news writes them: "$5.5 bn", "5,5 Mrd. $". */
const SHORT_SCALES: Record<Language, [number, string][]> = {
  en: [
    [1e12, 'tn'],
    [1e9, 'bn'],
    [1e6, 'm'],
  ],
  de: [
    [1e12, 'Bio.'],
    [1e9, 'Mrd.'],
    [1e6, 'Mio.'],
  ],
};

/**
 * An amount of money in short form, the currency placed as the locale places it: "$5.5 bn", "CN¥1.5 tn" (en);
 * "5,5 Mrd. $", "1,5 Bio. CN¥" (de). Amounts under a million are written out ("$12.40", "700.000 €").
 */
export function moneyShort(amount: number, currency: string, lang: Language): string {
  const scale = SHORT_SCALES[lang].find(([factor]) => Math.abs(amount) >= factor);
  const n = scale ? amount / scale[0] : amount;
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).formatToParts(n);
  } catch {
    return `${formatNumber(n, lang)}${scale ? ` ${scale[1]}` : ''} ${currency}`;
  }
  if (!scale) return parts.map((p) => p.value).join('');
  // The scale word follows the number, wherever the locale puts the currency sign.
  let last = -1;
  parts.forEach((p, i) => {
    if (p.type === 'integer' || p.type === 'fraction') last = i;
  });
  return parts.map((p, i) => (i === last ? `${p.value}\u00a0${scale[1]}` : p.value)).join('');
}

/**
 * A figure in the short form sentences use: money and percentages as news writes them ("$5.5 bn", "9,87 %"),
 * everything else as {@link figureInWords}.
 */
export function figureShort(v: FigureValue, lang: Language): string {
  if (v.type === 'money') {
    return v.max !== undefined && v.max !== v.amount
      ? `${moneyShort(v.amount, v.currency, lang)}–${moneyShort(v.max, v.currency, lang)}`
      : moneyShort(v.amount, v.currency, lang);
  }
  if (v.type === 'percent') {
    const pct = (x: number) => new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 2 }).format(x / 100);
    return 'value' in v ? pct(v.value) : `${formatNumber(v.min, lang)}–${pct(v.max)}`;
  }
  return figureInWords(v, lang);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 1.5e12 → "1.5 × 10¹²" (a locale-free way to say how big an amount is). */
export function powerOfTen(n: number, lang: Language): string {
  if (n === 0 || !Number.isFinite(n)) return formatNumber(n, lang);
  const exp = Math.floor(Math.log10(Math.abs(n)));
  const mantissa = n / 10 ** exp;
  const sup = String(exp).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]).replace('-', '⁻');
  return `${formatNumber(Number(mantissa.toPrecision(4)), lang, 3)} × 10${sup}`;
}

/** The currency's name for `count` of it in the locale ("US dollars", "Renminbi Yuan"); the code if unknown. */
export function currencyName(code: string, lang: Language, count: number): string {
  try {
    const parts = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: code, currencyDisplay: 'name' }).formatToParts(count);
    const name = parts.find((p) => p.type === 'currency')?.value;
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** A figure in plain words: "1.5 trillion Chinese yuan (CNY)", "9,87 Prozent", "200.000 Einheiten". */
export function figureInWords(v: FigureValue, lang: Language): string {
  const t = strings(lang);
  switch (v.type) {
    case 'percent':
      return 'value' in v
        ? `${formatNumber(v.value, lang)} ${t.percent}`
        : `${formatNumber(v.min, lang)}–${formatNumber(v.max, lang)} ${t.percent}`;
    case 'points':
      return `${formatNumber(v.value, lang)} ${t.points}`;
    case 'money': {
      const top = v.max ?? v.amount;
      const range = v.max !== undefined ? `${amountInWords(v.amount, lang)}–${amountInWords(v.max, lang)}` : amountInWords(v.amount, lang);
      return `${range} ${currencyName(v.currency, lang, top)}`;
    }
    case 'quantity': {
      const unit = v.unit ? ` ${t.units[v.unit] ?? v.unit}` : '';
      return v.max !== undefined ? `${amountInWords(v.amount, lang)}–${amountInWords(v.max, lang)}${unit}` : `${amountInWords(v.amount, lang)}${unit}`;
    }
    case 'date':
      return formatDate(v.iso, lang);
    case 'power':
      return v.amount >= 1e9
        ? `${formatNumber(v.amount / 1e9, lang)} GW`
        : v.amount >= 1e6
          ? `${formatNumber(v.amount / 1e6, lang)} MW`
          : v.amount >= 1e3
            ? `${formatNumber(v.amount / 1e3, lang)} kW`
            : `${formatNumber(v.amount, lang)} W`;
    default:
      return `${formatNumber(v.amount, lang)} ${v.unit}`;
  }
}

/**
 * An ISO date (or date-time) or a stored time in ms in the locale's long form. Unreadable text is shown as the
 * page wrote it; a stored time that is no date says "unknown date" (see `lib/store/times.ts`).
 */
export function formatDate(iso: string | number, lang: Language): string {
  if (typeof iso === 'number' && !validTime(iso)) return strings(lang).unknownDate;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const dateOnly = typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(d);
}

/** The US-dollar equivalent of a money figure by the dated table in `lib/fx.ts`, or null. */
export function usdOf(v: FigureValue): UsdAmount | null {
  return v.type === 'money' ? toUsd(v.max ?? v.amount, v.currency) : null;
}

/** "about 211 billion US dollars (USD)" for a converted amount. */
export function usdInWords(u: UsdAmount, lang: Language): string {
  const approx = lang === 'de' ? 'etwa' : 'about';
  return `${approx} ${amountInWords(u.usd, lang, { significant: 3 })} ${currencyName('USD', lang, u.usd)}`;
}

/** A country's name from its ISO code, in the locale. */
export function countryName(code: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([LOCALE[lang]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** English words in the knowledge base's fact values ("96 GB HBM3 or 144 GB HBM3e") and their German. */
const FACT_WORDS_DE: [RegExp, string][] = [
  [/ or /g, ' oder '],
  [/ and /g, ' und '],
  [/on-chip SRAM/g, 'SRAM auf dem Chip'],
];

/**
 * A fact's value as the knowledge base writes it ("4.0 TB/s", "1,008 GB/s", "96 GB HBM3 or 144 GB HBM3e") in the
 * card's language: German takes a decimal comma and a grouping point ("4,0 TB/s", "1.008 GB/s"). Numbers inside
 * names ("HBM3e", "TSMC 4N", "JESD270-4") are left alone: only free-standing numbers are rewritten.
 */
export function factValue(value: string, lang: Language): string {
  if (lang === 'en') return value;
  let out = value.replace(/(?<![\p{L}\p{N}.,-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.,-])\d+\.\d+(?![\p{L}\p{N}])/gu, (n) =>
    n.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')),
  );
  for (const [en, de] of FACT_WORDS_DE) out = out.replace(en, de);
  return out;
}
