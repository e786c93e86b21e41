/** What a figure measures, per measure in German and English. Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { annotate } from './index.ts';
import { measureOf } from './measure.ts';
import type { FigureMention, Language, Measure } from './types.ts';

/** The measure of the figure whose text is `figure` (the first, if it occurs twice), or `unknown` when absent. */
function measure(lang: Language, text: string, figure: string): Measure {
  const figs = annotate(text, { lang }).mentions.filter((m): m is FigureMention => m.kind === 'figure');
  const f = figs.find((m) => m.text === figure);
  expect(f, `figure ${JSON.stringify(figure)} in ${JSON.stringify(text)}; found ${figs.map((m) => m.text).join(' | ')}`).toBeDefined();
  return f?.measure ?? 'unknown';
}

type Case = [Language, string, string];

const BY_MEASURE: Record<Exclude<Measure, 'memory' | 'bandwidth' | 'compute' | 'process' | 'power'>, Case[]> = {
  revenue: [
    ['de', 'Der Umsatz stieg auf 9,8 Milliarden Euro.', '9,8 Milliarden Euro'],
    ['de', 'Die Erlöse erreichten 989,9 Milliarden Taiwan-Dollar.', '989,9 Milliarden Taiwan-Dollar'],
    ['de', 'Der Konzern meldete einen Quartalsumsatz von 7,3 Mrd. Euro.', '7,3 Mrd. Euro'],
    ['de', 'Das Geschäft brachte 2 Mrd. Euro Umsatz.', '2 Mrd. Euro'],
    ['en', 'Revenue rose to $35.1 billion in the quarter.', '$35.1 billion'],
    ['en', 'Data-centre sales reached $30.8 billion.', '$30.8 billion'],
    ['en', 'The unit brought in $4 billion in revenue.', '$4 billion'],
  ],
  profit: [
    ['de', 'Der Nettogewinn halbierte sich auf 512 Mio. US-Dollar.', '512 Mio. US-Dollar'],
    ['de', 'Der Verlust beträgt minus 3,5 Milliarden Euro.', 'minus 3,5 Milliarden Euro'],
    ['de', 'Das operative Ergebnis lag bei 1,2 Mrd. Euro.', '1,2 Mrd. Euro'],
    ['de', 'Die Bruttomarge lag bei 71 %.', '71 %'],
    ['en', 'Net income was $19.3 billion.', '$19.3 billion'],
    ['en', 'Intel lost $2.6 billion in the quarter.', '$2.6 billion'],
    ['en', 'The company posted an operating loss of $1.1 billion.', '$1.1 billion'],
    ['en', 'Gross margin came in at 75%.', '75%'],
  ],
  charge: [
    ['de', 'Nvidia verbuchte eine Abschreibung von 4,5 Mrd. Dollar.', '4,5 Mrd. Dollar'],
    ['de', 'Die Belastung beträgt 5,5 Milliarden Dollar.', '5,5 Milliarden Dollar'],
    ['en', 'The company took a $2.1 billion charge.', '$2.1 billion'],
    ['en', 'Nvidia expects a $5.5bn charge on unsold chips.', '$5.5bn'],
    ['en', 'It recorded an impairment of $800 million.', '$800 million'],
    ['en', 'Intel wrote down $3 billion of assets.', '$3 billion'],
  ],
  guidance: [
    ['de', 'Für das vierte Quartal erwartet AMD einen Umsatz von 9,6 Milliarden Dollar.', '9,6 Milliarden Dollar'],
    ['de', 'Die Prognose für den Umsatz liegt bei 54 Mrd. Dollar.', '54 Mrd. Dollar'],
    ['de', 'Der Ausblick sieht ein Wachstum von 20 Prozent vor.', '20 Prozent'],
    ['en', 'Nvidia expects revenue of $54 billion in the quarter.', '$54 billion'],
    ['en', 'The outlook calls for sales of $10 billion.', '$10 billion'],
    ['en', 'It forecast growth of 15% next year.', '15%'],
  ],
  'share-price': [
    ['de', 'Die Aktie legte um 9,87 % zu.', '9,87 %'],
    ['de', 'Die Aktie kostet 181,50 US-Dollar.', '181,50 US-Dollar'],
    ['de', 'Der Kurs fiel auf 126,40 Dollar.', '126,40 Dollar'],
    ['en', 'Shares closed at 450 pence.', '450 pence'],
    ['en', 'The stock fell 3% after hours.', '3%'],
    ['en', 'The share price hit $212.', '$212'],
  ],
  'unit-price': [
    ['de', 'Der Preis pro Chip liegt bei 10.000 bis 12.000 Dollar.', '10.000 bis 12.000 Dollar'],
    ['de', 'Ein Chip kostet 25.000 Dollar.', '25.000 Dollar'],
    ['de', 'Der Stückpreis liegt bei 3.000 Euro.', '3.000 Euro'],
    ['en', 'Each GPU costs $30,000 to $40,000.', '$30,000'],
    ['en', 'The H20 sells for about $12,000 per unit.', '$12,000'],
    ['en', 'The card is priced at $1,999.', '$1,999'],
  ],
  'market-value': [
    ['de', 'Der Börsenwert liegt bei rund 4 Billionen Dollar.', '4 Billionen Dollar'],
    ['de', 'Die Marktkapitalisierung stieg auf 3 Billionen Dollar.', '3 Billionen Dollar'],
    ['en', 'Its market cap hit $3.3 trillion on Friday.', '$3.3 trillion'],
    ['en', 'The start-up was valued at $6 billion.', '$6 billion'],
  ],
  investment: [
    ['de', 'Alibaba will 380 Mrd. Yuan investieren.', '380 Mrd. Yuan'],
    ['de', 'Die Investitionen steigen auf 40 Milliarden Dollar.', '40 Milliarden Dollar'],
    ['en', 'Meta will invest $65 billion this year.', '$65 billion'],
    ['en', 'Capital expenditure reached $22.6 billion.', '$22.6 billion'],
    ['en', 'They spent forty-two million dollars on the cluster.', 'forty-two million dollars'],
  ],
  orders: [
    ['de', 'Der Konzern bestellte 200.000 Grafikprozessoren.', '200.000 Grafikprozessoren'],
    ['de', 'Die Aufträge im Wert von 2 Mrd. Euro kamen aus China.', '2 Mrd. Euro'],
    ['en', 'Microsoft ordered 200,000 GPUs.', '200,000 GPUs'],
    ['en', 'Orders worth $5 billion came in.', '$5 billion'],
    ['en', 'The backlog stands at $20 billion.', '$20 billion'],
  ],
  shipments: [
    ['de', 'Es wurden 41 000 Einheiten verkauft.', '41 000 Einheiten'],
    ['de', 'TSMC fertigt 100.000 Wafer im Monat.', '100.000 Wafer'],
    ['de', 'Der Hersteller lieferte 2 Millionen Chips aus.', '2 Millionen Chips'],
    ['en', 'The firm shipped 1.5 million GPUs last year.', '1.5 million GPUs'],
    ['en', 'The plant produced 30,000 wafers a month.', '30,000 wafers'],
  ],
  inventory: [
    ['de', 'Der Lagerbestand wuchs auf 3,2 Mrd. Dollar.', '3,2 Mrd. Dollar'],
    ['de', 'Im Lager liegen 1,5 Millionen Beschleuniger.', '1,5 Millionen Beschleuniger'],
    ['en', 'Inventory stood at 12 000 units.', '12 000 units'],
    ['en', 'Inventories rose to $10 billion.', '$10 billion'],
  ],
  'market-share': [
    ['de', 'Der Marktanteil liegt bei sechs Prozent.', 'sechs Prozent'],
    ['de', 'Nvidia hält 85 Prozent des Marktes.', '85 Prozent'],
    ['en', 'Nvidia holds about eighty percent of the market.', 'eighty percent'],
    ['en', 'Its market share rose to 37%.', '37%'],
  ],
  growth: [
    ['de', 'Die Umsätze kletterten um 17 Prozent.', '17 Prozent'],
    ['de', 'Der Gewinn wuchs um 25 %.', '25 %'],
    ['de', 'Die Marge stieg um 2,5 Prozentpunkte.', '2,5 Prozentpunkte'],
    ['en', 'Revenue was $35.1 billion, up 94% from a year ago.', '94%'],
    ['en', 'Net income fell 12% to $1.1 billion.', '12%'],
    ['en', 'Sales grew 4.5 per cent.', '4.5 per cent'],
  ],
  unknown: [
    ['en', 'A 12% levy applies to exports.', '12%'],
    ['de', 'Die Abgabe beträgt 15 %.', '15 %'],
    ['de', 'Die USA verlangen eine Abgabe von 15 Prozent auf den Umsatz.', '15 Prozent'],
    ['en', 'It was fined 20 million Swiss francs.', '20 million Swiss francs'],
    ['en', 'Tariffs of 10-15% would hit the chips.', '10-15%'],
    ['de', 'Der Staat zahlt eine Förderung von 10 Milliarden Euro.', '10 Milliarden Euro'],
    ['en', 'The deal is worth $9.7 billion.', '$9.7 billion'],
    ['de', 'Huawei will eine Million Chips vernetzen.', 'eine Million Chips'],
  ],
};

describe('what a figure measures', () => {
  for (const [want, cases] of Object.entries(BY_MEASURE)) {
    it.each(cases)(`${want}: %s: %s`, (lang, text, figure) => {
      expect(measure(lang, text, figure)).toBe(want);
    });
  }

  it('reads specs from the value type', () => {
    expect(measureOf('96 GB', 0, 5, { type: 'memory', amount: 96, unit: 'GB' })).toBe('memory');
    expect(measureOf('4 TB/s', 0, 6, { type: 'bandwidth', amount: 4, unit: 'TB/s' })).toBe('bandwidth');
    expect(measureOf('148 TFLOPS', 0, 10, { type: 'compute', amount: 148, unit: 'TFLOPS' })).toBe('compute');
    expect(measureOf('4 nm', 0, 4, { type: 'process', amount: 4, unit: 'nm' })).toBe('process');
    expect(measureOf('700 W', 0, 5, { type: 'power', amount: 700, unit: 'W' })).toBe('power');
  });

  it('reads only the figure’s own clause', () => {
    const text = 'Der Umsatz stieg deutlich, die Abgabe liegt bei 15 %. Das Werk fertigt 100.000 Wafer.';
    expect(measure('de', text, '15 %')).toBe('unknown');
    expect(measure('de', 'Der Umsatz war hoch. Die Firma hat 3 Mrd. Euro.', '3 Mrd. Euro')).toBe('unknown');
    expect(measure('en', 'Revenue beat forecasts; the firm paid $2 billion for the plant.', '$2 billion')).toBe('unknown');
  });

  it('reads a clause across abbreviations and decimal commas', () => {
    expect(measure('de', 'Der Umsatz lag mit 2,5 Mrd. Euro über dem Vorjahr.', '2,5 Mrd. Euro')).toBe('revenue');
    expect(measure('de', 'Der Umsatz im 3. Quartal lag bei 4,1 Mrd. Euro.', '4,1 Mrd. Euro')).toBe('revenue');
  });

  it('leaves the measure out of a figure whose measure is unknown', () => {
    const f = annotate('A 12% levy applies.', { lang: 'en' }).mentions.find((m) => m.kind === 'figure');
    expect(f && 'measure' in f).toBe(false);
  });
});

describe('the clause of a figure', () => {
  it('ends at a sentence’s period, not at an abbreviation’s or a number’s', () => {
    expect(measure('de', 'Der Umsatz war hoch. Die Aktionäre bekamen 3 Mrd. Euro.', '3 Mrd. Euro')).toBe('unknown');
    expect(measure('en', 'Revenue was strong. The U.S. firm paid $3 billion.', '$3 billion')).toBe('unknown');
    expect(measure('en', 'The U.S. firm reported revenue of $3 billion.', '$3 billion')).toBe('revenue');
  });
});
