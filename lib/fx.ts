/**
 * A fixed, dated table for showing a figure's rough size in US dollars on the hover card. Not live rates:
 * the card always says which rate and date it used, so "about N USD" is read as an order of magnitude.
 *
 * Sources (each rate keeps the numbers as published; the USD value per unit is derived from them):
 * - European Central Bank euro foreign exchange reference rates of 21 October 2025 (units per 1 EUR;
 *   USD per unit = EUR→USD ÷ EUR→currency). As found in a public copy of that day's
 *   eurofxref-daily.xml file.
 * - The ECB publishes no New Taiwan dollar rate: TWD is the Taipei foreign-exchange market close of
 *   31 December 2025 as reported by the Central News Agency (Focus Taiwan).
 */
import type { Source } from './kb/types.ts';

/** One currency's rate against the US dollar. */
export interface FxRate {
  /** ISO 4217 code. */
  currency: string;
  /** US dollars for one unit of the currency. */
  usdPerUnit: number;
  /** ISO date the rate applies to. */
  date: string;
  /** The published quote the rate is derived from, as text ("1 EUR = 8.2626 CNY; 1 EUR = 1.1607 USD"). */
  quoted: string;
  source: Source;
}

const ECB_SOURCE: Source = {
  title: 'ECB euro foreign exchange reference rates, 21 Oct 2025',
  url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
};
const ECB_DATE = '2025-10-21';
/** US dollars per euro on {@link ECB_DATE}. */
const ECB_EUR_USD = 1.1607;

/** Units of each currency per euro, ECB reference rates of 21 Oct 2025. */
const ECB_PER_EUR: Record<string, number> = {
  CNY: 8.2626,
  HKD: 9.0204,
  JPY: 176.45,
  KRW: 1660.38,
  SGD: 1.5061,
  GBP: 0.8678,
  CHF: 0.923,
  INR: 102.1073,
  AUD: 1.7885,
  CAD: 1.6301,
  ILS: 3.8174,
  MYR: 4.9086,
  SEK: 10.9345,
};

function fromEcb(currency: string, perEur: number): FxRate {
  return {
    currency,
    usdPerUnit: ECB_EUR_USD / perEur,
    date: ECB_DATE,
    quoted: `1 EUR = ${perEur} ${currency}; 1 EUR = ${ECB_EUR_USD} USD`,
    source: ECB_SOURCE,
  };
}

/** New Taiwan dollars per US dollar at the Taipei close of 31 Dec 2025. */
const TWD_PER_USD = 31.438;

/** Every rate the card can use, by currency code. */
export const FX_RATES: ReadonlyMap<string, FxRate> = new Map<string, FxRate>([
  ['USD', { currency: 'USD', usdPerUnit: 1, date: ECB_DATE, quoted: '1 USD = 1 USD', source: ECB_SOURCE }],
  ['EUR', { currency: 'EUR', usdPerUnit: ECB_EUR_USD, date: ECB_DATE, quoted: `1 EUR = ${ECB_EUR_USD} USD`, source: ECB_SOURCE }],
  ...Object.entries(ECB_PER_EUR).map(([c, r]): [string, FxRate] => [c, fromEcb(c, r)]),
  [
    'TWD',
    {
      currency: 'TWD',
      usdPerUnit: 1 / TWD_PER_USD,
      date: '2025-12-31',
      quoted: `1 USD = ${TWD_PER_USD} TWD`,
      source: {
        title: 'Focus Taiwan (CNA): Taiwan dollar rose 4.27% against U.S. dollar in 2025, 31 Dec 2025 (Taipei close)',
        url: 'https://focustaiwan.tw/business/202512310025',
      },
    },
  ],
]);

/** An amount converted to US dollars, with the rate that was used. */
export interface UsdAmount {
  usd: number;
  rate: FxRate;
}

/** `amount` of `currency` in US dollars by the table; null for US dollars themselves and unknown currencies. */
export function toUsd(amount: number, currency: string): UsdAmount | null {
  const code = currency.toUpperCase();
  if (code === 'USD' || !Number.isFinite(amount)) return null;
  const rate = FX_RATES.get(code);
  return rate ? { usd: amount * rate.usdPerUnit, rate } : null;
}
