import { describe, expect, it } from 'vitest';
import { FX_RATES, toUsd } from '../../lib/fx.ts';
import { amountInWords, factValue, figureInWords, figureShort, formatDate, moneyShort, powerOfTen, usdInWords, usdOf } from './format.ts';

describe('amountInWords', () => {
  it('uses the short scale in English and the long scale in German', () => {
    expect(amountInWords(1.5e12, 'en')).toBe('1.5 trillion');
    expect(amountInWords(1.5e12, 'de')).toBe('1,5 Billionen');
    expect(amountInWords(1e12, 'de')).toBe('1 Billion');
    expect(amountInWords(13.5e9, 'en')).toBe('13.5 billion');
    expect(amountInWords(13.5e9, 'de')).toBe('13,5 Milliarden');
    expect(amountInWords(1e9, 'de')).toBe('1 Milliarde');
    expect(amountInWords(200_000, 'de')).toBe('200.000');
    expect(amountInWords(200_000, 'en')).toBe('200,000');
  });

  it('writes powers of ten with superscripts', () => {
    expect(powerOfTen(1.5e12, 'en')).toBe('1.5 × 10¹²');
    expect(powerOfTen(13.5e9, 'de')).toBe('1,35 × 10¹⁰');
  });
});

describe('figureInWords', () => {
  it('says a German "1,5 Billionen Yuan" as 1.5 trillion in English', () => {
    const v = { type: 'money', amount: 1.5e12, currency: 'CNY' } as const;
    expect(figureInWords(v, 'en')).toMatch(/^1\.5 trillion .*\(CNY\)$/);
    expect(figureInWords(v, 'de')).toMatch(/^1,5 Billionen .*\(CNY\)$/);
  });

  it('words percentages, points, counts, specs, power and dates in both languages', () => {
    expect(figureInWords({ type: 'percent', value: 9.87 }, 'de')).toBe('9,87 Prozent');
    expect(figureInWords({ type: 'percent', min: 15, max: 30 }, 'en')).toBe('15–30 percent');
    expect(figureInWords({ type: 'points', value: 2.5 }, 'en')).toBe('2.5 percentage points');
    expect(figureInWords({ type: 'quantity', amount: 200_000, unit: 'units' }, 'de')).toBe('200.000 Einheiten');
    expect(figureInWords({ type: 'memory', amount: 96, unit: 'GB' }, 'en')).toBe('96 GB');
    expect(figureInWords({ type: 'bandwidth', amount: 4, unit: 'TB/s' }, 'de')).toBe('4 TB/s');
    expect(figureInWords({ type: 'power', amount: 6e9, unit: 'W' }, 'en')).toBe('6 GW');
    expect(figureInWords({ type: 'date', iso: '2025-08-23' }, 'de')).toBe('23.08.2025');
    expect(figureInWords({ type: 'date', iso: '2025-08-23' }, 'en')).toBe('Aug 23, 2025');
  });
});

describe('US-dollar conversion', () => {
  it('converts by the dated table and says so', () => {
    const u = usdOf({ type: 'money', amount: 1.5e12, currency: 'CNY' })!;
    expect(u.rate.date).toBe('2025-10-21');
    expect(u.rate.source.title).toMatch(/ECB/);
    // 1.5e12 CNY × (1.1607 / 8.2626) USD/CNY
    expect(u.usd).toBeCloseTo((1.5e12 * 1.1607) / 8.2626, -6);
    expect(usdInWords(u, 'en')).toMatch(/^about 211 billion US dollars \(USD\)$/);
    expect(usdInWords(u, 'de')).toMatch(/^etwa 211 Milliarden .*\(USD\)$/);
  });

  it('has no conversion for dollars, unknown currencies or other figure types', () => {
    expect(usdOf({ type: 'money', amount: 5, currency: 'USD' })).toBeNull();
    expect(toUsd(5, 'XXX')).toBeNull();
    expect(usdOf({ type: 'percent', value: 5 })).toBeNull();
  });

  it('dates and sources every rate', () => {
    for (const r of FX_RATES.values()) {
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.source.title.length).toBeGreaterThan(10);
      expect(r.usdPerUnit).toBeGreaterThan(0);
    }
    expect(FX_RATES.get('TWD')!.usdPerUnit).toBeCloseTo(1 / 31.438, 6);
  });
});

describe('formatDate', () => {
  it('says "unknown date" for a stored time that is no date, instead of throwing', () => {
    for (const ms of [8.64e15 + 1, Number.NaN, Infinity, -Infinity]) {
      expect(formatDate(ms, 'en')).toBe('unknown date');
      expect(formatDate(ms, 'de')).toBe('Datum unbekannt');
    }
    expect(formatDate(Date.UTC(2026, 0, 2, 12), 'en')).toBe('Jan 2, 2026');
    // Text the page wrote stays as written when it is no date.
    expect(formatDate('Q3 2025', 'de')).toBe('Q3 2025');
  });
});

describe('short figures for sentences', () => {
  const plain = (s: string) => s.replace(/\u00a0/g, ' ');
  it('writes money as news does, the currency where the locale puts it', () => {
    expect(plain(moneyShort(5.5e9, 'USD', 'en'))).toBe('$5.5 bn');
    expect(plain(moneyShort(5.5e9, 'USD', 'de'))).toBe('5,5 Mrd. $');
    expect(plain(moneyShort(1.5e12, 'CNY', 'en'))).toBe('CN¥1.5 tn');
    expect(plain(moneyShort(1.5e12, 'CNY', 'de'))).toBe('1,5 Bio. CN¥');
    expect(plain(moneyShort(48_700, 'EUR', 'de'))).toBe('48.700 €');
    expect(plain(moneyShort(-2.1e9, 'USD', 'en'))).toBe('-$2.1 bn');
    // A code Intl has no sign for is written as the code.
    expect(plain(moneyShort(3e6, 'XYZ', 'en'))).toBe('XYZ 3 m');
  });

  it('writes percentages by locale and everything else in words', () => {
    expect(plain(figureShort({ type: 'percent', value: 9.87 }, 'de'))).toBe('9,87 %');
    expect(figureShort({ type: 'percent', value: 9.87 }, 'en')).toBe('9.87%');
    expect(plain(figureShort({ type: 'money', amount: 52e9, min: 52e9, max: 56e9, currency: 'USD' }, 'en'))).toBe('$52 bn–$56 bn');
    expect(figureShort({ type: 'memory', amount: 96, unit: 'GB' }, 'de')).toBe('96 GB');
  });
});

describe('factValue', () => {
  it('writes the knowledge base’s numbers the German way and leaves English as it is', () => {
    expect(factValue('4.0 TB/s', 'de')).toBe('4,0 TB/s');
    expect(factValue('1,008 GB/s', 'de')).toBe('1.008 GB/s');
    expect(factValue('204.8 GB/s', 'de')).toBe('204,8 GB/s');
    expect(factValue('2,765 GB/s', 'de')).toBe('2.765 GB/s');
    expect(factValue('96 GB HBM3 or 144 GB HBM3e', 'de')).toBe('96 GB HBM3 oder 144 GB HBM3e');
    expect(factValue('40 GB on-chip SRAM', 'de')).toBe('40 GB SRAM auf dem Chip');
    expect(factValue('4.0 TB/s', 'en')).toBe('4.0 TB/s');
  });

  it('leaves numbers inside names alone', () => {
    for (const name of ['TSMC 4N', 'HBM3e', 'JESD270-4', 'TSMC N3P + N6', 'Intel 18A', 'CDNA 3', 'TSMC 5 nm + 6 nm']) expect(factValue(name, 'de'), name).toBe(name);
  });
});
