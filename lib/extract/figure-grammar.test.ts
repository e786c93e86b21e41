/**
 * The figure grammar class by class, German and English: space-grouped thousands, k/m suffixes and range bounds,
 * web addresses, currency markers, signs and small units, number words. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findFigures, type EntitySpanIndex } from './figures.ts';
import { numberWordValue } from './numbers.ts';
import type { FigureValue, Language } from './types.ts';

const NO_SPANS: EntitySpanIndex = { overlapsEntity: () => false, chipStartingAt: () => null };
const figs = (text: string, lang: Language) => findFigures(text, lang, NO_SPANS).map((f) => ({ text: text.slice(f.start, f.end), value: f.value }));

type Case = [Language, string, string, FigureValue];
const m = (amount: number, currency: string): FigureValue => ({ type: 'money', amount, currency });
const p = (value: number): FigureValue => ({ type: 'percent', value });
const q = (amount: number, unit?: string): FigureValue => ({ type: 'quantity', amount, ...(unit ? { unit } : {}) });

function expectOne([lang, input, text, value]: Case): void {
  const all = figs(input, lang);
  expect(all, `figures in ${JSON.stringify(input)}`).toHaveLength(1);
  expect(all[0].text).toBe(text);
  expect(all[0].value).toEqual(value);
}

function expectNone(lang: Language, input: string): void {
  expect(figs(input, lang), `figures in ${JSON.stringify(input)}`).toEqual([]);
}

describe('thousands grouped by a space, a no-break space or a narrow no-break space', () => {
  it.each<Case>([
    ['en', 'The cluster links 8 192 cards.', '8 192 cards', q(8192, 'cards')],
    ['en', 'The cluster links 8\u00a0192 cards.', '8\u00a0192 cards', q(8192, 'cards')],
    ['en', 'The cluster links 8\u202f192 cards.', '8\u202f192 cards', q(8192, 'cards')],
    ['en', 'The licence cost 250 000 GBP.', '250 000 GBP', m(250000, 'GBP')],
    ['en', 'They shipped 1 250 000 GPUs.', '1 250 000 GPUs', q(1250000, 'GPUs')],
    ['en', 'A node costs $ 12 500.', '$ 12 500', m(12500, 'USD')],
    ['de', 'Ein Server kostet 48 700 EUR.', '48 700 EUR', m(48700, 'EUR')],
    ['de', 'Ein Server kostet 48\u202f700,50 EUR.', '48\u202f700,50 EUR', m(48700.5, 'EUR')],
    ['de', 'Es wurden 41 000 Einheiten verkauft.', '41 000 Einheiten', q(41000, 'units')],
    ['de', 'Im Lager liegen 120\u00a0000 Wafer.', '120\u00a0000 Wafer', q(120000, 'wafers')],
    ['de', 'Der Preis: 3 499 Euro.', '3 499 Euro', m(3499, 'EUR')],
  ])('%s: %s', (...c) => expectOne(c));

  it('does not join a year or a number of other than three digits to the next number', () => {
    expect(figs('Im Jahr 2025 500 Chips mehr', 'de').map((f) => f.text)).toEqual(['500 Chips']);
    expect(figs('In 2024 300 GPUs were added', 'en').map((f) => f.text)).toEqual(['300 GPUs']);
    expect(figs('Seite 12 3456 Chips', 'de').map((f) => f.text)).toEqual(['3456 Chips']);
  });
});

describe('k and m suffixes, ranges whose lower bound takes the upper bound’s scale and unit', () => {
  it.each<Case>([
    ['en', 'They bought 250k accelerators.', '250k accelerators', q(250000, 'accelerators')],
    ['en', 'The site holds 50K GPUs.', '50K GPUs', q(50000, 'GPUs')],
    ['en', 'The plant makes 1.2m units a month.', '1.2m units', q(1.2e6, 'units')],
    ['de', 'Der Auftrag umfasst 50k GPUs.', '50k GPUs', q(50000, 'GPUs')],
    ['en', 'It deploys 10,000 to 20,000 servers.', '10,000 to 20,000 servers', { type: 'quantity', amount: 10000, unit: 'servers', min: 10000, max: 20000 }],
    ['de', 'Geplant sind 10.000 bis 20.000 Server.', '10.000 bis 20.000 Server', { type: 'quantity', amount: 10000, unit: 'servers', min: 10000, max: 20000 }],
    ['de', 'Die Kosten: 3 bis 4 Mrd. Euro.', '3 bis 4 Mrd. Euro', { type: 'money', amount: 3e9, currency: 'EUR', min: 3e9, max: 4e9 }],
    ['en', 'It costs 3 to 4 billion euros.', '3 to 4 billion euros', { type: 'money', amount: 3e9, currency: 'EUR', min: 3e9, max: 4e9 }],
    ['de', 'Sie liefert 2 bis 3 Millionen Chips.', '2 bis 3 Millionen Chips', { type: 'quantity', amount: 2e6, unit: 'chips', min: 2e6, max: 3e6 }],
    ['en', 'Guidance is $10-12 billion.', '$10-12 billion', { type: 'money', amount: 10e9, currency: 'USD', min: 10e9, max: 12e9 }],
  ])('%s: %s', (...c) => expectOne(c));

  it('reads the two ends of a change in money: the first takes the second’s currency', () => {
    expect(figs('steigen von 30 Milliarden auf 40 Milliarden Dollar', 'de').map((f) => f.value)).toEqual([m(30e9, 'USD'), m(40e9, 'USD')]);
    expect(figs('from 30 billion to 40 billion euros', 'en').map((f) => f.value)).toEqual([m(30e9, 'EUR'), m(40e9, 'EUR')]);
  });

  it('keeps amounts written out twice as two figures', () => {
    expect(figs('Each GPU costs $30,000 to $40,000.', 'en').map((f) => f.text)).toEqual(['$30,000', '$40,000']);
    expect(figs('zwischen 10 € und 12 €', 'de').map((f) => f.text)).toEqual(['10 €', '12 €']);
  });
});

describe('web addresses', () => {
  it.each([
    ['en', 'See https://example.com/search?q=45%25%2010% for the query.'],
    ['en', 'Read https://example.org/2025/11/chips-up-40-percent/ today.'],
    ['de', 'Siehe www.example.de/artikel/2025/10-prozent-mehr.html für Details.'],
    ['de', 'Die Suche example.com/find?q=5%20Mrd. ergab nichts.'],
    ['en', 'The link https://shop.example.com/item?id=3&q=200 GB is broken.'],
  ] as const)('%s: %s', (lang, text) => expectNone(lang, text));

  it('still reads the figures around an address', () => {
    expect(figs('Up 5% (https://example.com/a?q=7%25) and 9 % later.', 'en').map((f) => f.text)).toEqual(['5%', '9 %']);
  });
});

describe('currency markers', () => {
  it.each<Case>([
    ['en', 'The deal is worth HK $ 3.2 billion.', 'HK $ 3.2 billion', m(3.2e9, 'HKD')],
    ['en', 'The fund holds HK$ 12 billion.', 'HK$ 12 billion', m(12e9, 'HKD')],
    ['en', 'Ottawa pledged C$ 2.4 billion.', 'C$ 2.4 billion', m(2.4e9, 'CAD')],
    ['en', 'Ottawa pledged C $2.4 billion.', 'C $2.4 billion', m(2.4e9, 'CAD')],
    ['en', 'Canberra added A$1.2 billion.', 'A$1.2 billion', m(1.2e9, 'AUD')],
    ['en', 'The fab gets S$ 800 million.', 'S$ 800 million', m(800e6, 'SGD')],
    ['en', 'Wellington spent NZ$ 90 million.', 'NZ$ 90 million', m(90e6, 'NZD')],
    ['en', 'The start-up raised CHF 40 million.', 'CHF 40 million', m(40e6, 'CHF')],
    ['de', 'Das Projekt kostet 500 CHF.', '500 CHF', m(500, 'CHF')],
    ['en', 'It was fined 20 million Swiss francs.', '20 million Swiss francs', m(20e6, 'CHF')],
    ['de', 'Die Strafe: 20 Millionen Schweizer Franken.', '20 Millionen Schweizer Franken', m(20e6, 'CHF')],
    ['en', 'The UK grant is £225 million.', '£225 million', m(225e6, 'GBP')],
    ['en', 'Shares closed at 450 pence.', '450 pence', m(4.5, 'GBP')],
    ['de', 'Die Aktie schloss bei 450 Pence.', '450 Pence', m(4.5, 'GBP')],
    ['en', 'The shares rose 45p in London trading.', '45p', m(0.45, 'GBP')],
    ['en', 'A pint of milk costs 89p now.', '89p', m(0.89, 'GBP')],
    ['de', 'Der Fonds hat 300 Mio. britische Pfund.', '300 Mio. britische Pfund', m(300e6, 'GBP')],
    ['en', 'SK Hynix will spend ₩20 trillion.', '₩20 trillion', m(20e12, 'KRW')],
    ['en', 'Samsung set aside 3 trillion KRW.', '3 trillion KRW', m(3e12, 'KRW')],
    ['en', 'The board approved KRW 4.5 trillion.', 'KRW 4.5 trillion', m(4.5e12, 'KRW')],
    ['de', 'Samsung investiert 30 Billionen südkoreanische Won.', '30 Billionen südkoreanische Won', m(30e12, 'KRW')],
    ['de', 'Die Kanadier zahlen 2 Milliarden kanadische Dollar.', '2 Milliarden kanadische Dollar', m(2e9, 'CAD')],
    ['de', 'Der Staat gibt 700 Millionen kanadischen Dollar.', '700 Millionen kanadischen Dollar', m(700e6, 'CAD')],
    ['de', 'Sydney legt 1,5 Milliarden australische Dollar vor.', '1,5 Milliarden australische Dollar', m(1.5e9, 'AUD')],
    ['en', 'The module costs 35 usd in bulk.', '35 usd', m(35, 'USD')],
    ['en', 'The same part costs rmb 80 in Shenzhen.', 'rmb 80', m(80, 'CNY')],
    ['de', 'Das Budget beträgt 35 usd pro Nutzer.', '35 usd', m(35, 'USD')],
    ['de', 'Der Tarif liegt bei eur 12 im Monat.', 'eur 12', m(12, 'EUR')],
    ['de', 'Die Lizenz kostet 90 chf.', '90 chf', m(90, 'CHF')],
    ['en', 'The card sells for 300 US dollars.', '300 US dollars', m(300, 'USD')],
    ['en', 'It costs 1,500 US dollar per unit.', '1,500 US dollar', m(1500, 'USD')],
    ['de', 'Die Karte kostet 1.500 US-Dollar.', '1.500 US-Dollar', m(1500, 'USD')],
  ])('%s: %s', (...c) => expectOne(c));

  it('a currency sign that closed the previous figure is not the next one’s prefix', () => {
    expect(figs('Sie kostet 5 € 20 % mehr', 'de').map((f) => f.text)).toEqual(['5 €', '20 %']);
  });
});

describe('signs and small units', () => {
  it.each<Case>([
    ['de', 'Der Umsatz sank um minus 2 Prozent.', 'minus 2 Prozent', p(-2)],
    ['de', 'Die Marge lag bei −6,5 %.', '−6,5 %', p(-6.5)],
    ['de', 'Die Aktie (-3,2 %) fiel.', '-3,2 %', p(-3.2)],
    ['de', 'Das Ergebnis: –1,5 Prozentpunkte.', '–1,5 Prozentpunkte', { type: 'points', value: -1.5 }],
    ['de', 'Der Verlust: minus 3,5 Milliarden Euro.', 'minus 3,5 Milliarden Euro', m(-3.5e9, 'EUR')],
    ['de', 'Die Aktie stieg auf +4 %.', '+4 %', p(4)],
    ['en', 'Margins moved −6.5% in the quarter.', '−6.5%', p(-6.5)],
    ['en', 'Revenue was minus 4 percent.', 'minus 4 percent', p(-4)],
    ['en', 'Operating income was -$1.2 billion.', '-$1.2 billion', m(-1.2e9, 'USD')],
    ['en', 'It booked minus $300 million.', 'minus $300 million', m(-300e6, 'USD')],
    ['en', 'Earnings were 2.35 cents per share.', '2.35 cents', m(0.0235, 'USD')],
    ['de', 'Der Gewinn je Aktie lag bei 2,35 Cent.', '2,35 Cent', m(0.0235, 'EUR')],
    ['en', 'A licence costs 12 dollars 40.', '12 dollars 40', m(12.4, 'USD')],
    ['en', 'It costs 7 dollars 50 cents.', '7 dollars 50 cents', m(7.5, 'USD')],
    ['de', 'Der Preis liegt bei 12 Euro 40.', '12 Euro 40', m(12.4, 'EUR')],
    ['de', 'Das kostet 5 Euro 50 Cent.', '5 Euro 50 Cent', m(5.5, 'EUR')],
  ])('%s: %s', (...c) => expectOne(c));

  it('a word, a range dash, a compound hyphen or a tolerance does not sign a figure', () => {
    expect(figs('fell 5% on the day', 'en')[0].value).toEqual(p(5));
    expect(figs('ein Minus von 5 %', 'de')[0].value).toEqual(p(5));
    expect(figs('30-40 %', 'de')[0].value).toEqual({ type: 'percent', min: 30, max: 40 });
    expect(figs('plus or minus 15 cents', 'en')[0]).toEqual({ text: '15 cents', value: m(0.15, 'USD') });
    expect(figs('± 2 %', 'de')[0].value).toEqual(p(2));
    expectNone('de', 'Top-10 Prozent');
    expect(figs('12 Euro 40 Prozent', 'de').map((f) => f.text)).toEqual(['12 Euro', '40 Prozent']);
  });
});

describe('number words with units', () => {
  it.each<Case>([
    ['de', 'Das kostet neun Euro im Monat.', 'neun Euro', m(9, 'EUR')],
    ['de', 'Der Vertrag ist zweiundvierzig Millionen Dollar wert.', 'zweiundvierzig Millionen Dollar', m(42e6, 'USD')],
    ['de', 'Er zahlt fünfundzwanzig Millionen Euro.', 'fünfundzwanzig Millionen Euro', m(25e6, 'EUR')],
    ['de', 'Der Preis: zweihundertfünfzig Millionen Euro.', 'zweihundertfünfzig Millionen Euro', m(250e6, 'EUR')],
    ['de', 'Es wurden fünf Millionen Chips verkauft.', 'fünf Millionen Chips', q(5e6, 'chips')],
    ['de', 'Nvidia hält fünfundachtzig Prozent des Marktes.', 'fünfundachtzig Prozent', p(85)],
    ['de', 'Der Anteil: zwölf Prozent.', 'zwölf Prozent', p(12)],
    ['de', 'Die Lizenz kostet dreißig Dollar.', 'dreißig Dollar', m(30, 'USD')],
    ['de', 'Das Budget: zweitausend Euro.', 'zweitausend Euro', m(2000, 'EUR')],
    ['de', 'Eine halbe Milliarde Dollar fließt.', 'Eine halbe Milliarde Dollar', m(0.5e9, 'USD')],
    ['en', 'The plan costs four billion dollars.', 'four billion dollars', m(4e9, 'USD')],
    ['en', 'They spent forty-two million dollars.', 'forty-two million dollars', m(42e6, 'USD')],
    ['en', 'They spent forty two million dollars.', 'forty two million dollars', m(42e6, 'USD')],
    ['en', 'The chip costs nine dollars to make.', 'nine dollars', m(9, 'USD')],
    ['en', 'It is worth two hundred fifty million dollars.', 'two hundred fifty million dollars', m(250e6, 'USD')],
    ['en', 'They need one hundred and twenty million chips.', 'one hundred and twenty million chips', q(120e6, 'chips')],
    ['en', 'Five million chips were shipped.', 'Five million chips', q(5e6, 'chips')],
    ['en', 'Nvidia holds about eighty percent of it.', 'eighty percent', p(80)],
    ['en', 'Growth could reach twenty-five percent.', 'twenty-five percent', p(25)],
    ['en', 'Yields rose one percentage point.', 'one percentage point', { type: 'points', value: 1 }],
    ['en', 'Half a billion dollars went in.', 'Half a billion dollars', m(0.5e9, 'USD')],
  ])('%s: %s', (...c) => expectOne(c));

  it('reads German number words of one word', () => {
    expect(numberWordValue('zweiundvierzig')).toBe(42);
    expect(numberWordValue('einundzwanzig')).toBe(21);
    expect(numberWordValue('dreihundertfünfzig')).toBe(350);
    expect(numberWordValue('zweitausendfünfhundert')).toBe(2500);
    expect(numberWordValue('siebzehn')).toBe(17);
    expect(numberWordValue('einsundzwanzig')).toBeNull();
    expect(numberWordValue('Undzwanzig')).toBeNull();
  });

  it('an article or a lone number word without a unit is no figure', () => {
    expectNone('de', 'Das kostet einen Euro.');
    expectNone('en', 'It costs a dollar.');
    expectNone('de', 'Er hat neun Geschwister und zwei Hunde.');
    expectNone('en', 'Nine people and two dogs came.');
    expectNone('en', 'Several million dollars were spent.');
  });
});

describe('numbers that are no figures', () => {
  it.each([
    ['de', 'Im Jahr 2025 kamen neue Chips.'],
    ['de', 'Am 22. August 2025 stoppte Nvidia die Produktion.'],
    ['de', 'Die Konferenz beginnt um 10:30 Uhr.'],
    ['de', 'Version 3.1 des Treibers ist erschienen.'],
    ['de', 'Rufen Sie +49 30 1234 5678 an.'],
    ['de', 'Der 3. Platz ging an Intel.'],
    ['de', '1. Einleitung 2. Marktlage 3. Ausblick'],
    ['de', 'Der Artikel erschien am 05.12.2025.'],
    ['de', 'Das Gesetz § 25 gilt seit 2023.'],
    ['en', 'The meeting was held on March 3, 2025.'],
    ['en', 'Driver version 560.35.03 fixed the bug.'],
    ['en', 'Call +1 650 555 0100 for details.'],
    ['en', 'The event starts at 9:45 am.'],
    ['en', 'He finished 2nd in the 3rd round.'],
    ['en', 'Step 1: install. Step 2: run.'],
    ['en', 'Python 3.12 and CUDA 12.4 are required.'],
    ['en', 'Room 404 is on floor 3.'],
    ['en', 'The game streams at 720p or 1080p.'],
    ['en', 'A 480p preview and a 4K master.'],
  ] as const)('%s: %s', (lang, text) => expectNone(lang, text));
});

describe('vague amounts are whole words', () => {
  it.each(['Several 5 % of the wafers', 'einige 3 Millionen Chips', 'some 5% of buyers', 'a few 10,000 boards'])('%s: no figure', (input) => {
    expect(figs(input, /^(einige|mehrere)/.test(input) ? 'de' : 'en')).toEqual([]);
  });
  it.each<Case>([
    ['en', 'Sales in Germany 5 % higher', '5 %', p(5)],
    ['en', 'An awesome 12% jump', '12%', p(12)],
    ['de', 'Der Umsatz in Germany 4 Prozent höher', '4 Prozent', p(4)],
  ])('%s: %s', (...c) => expectOne(c));
});
