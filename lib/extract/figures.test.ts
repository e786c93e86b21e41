import { describe, expect, it } from 'vitest';
import { findFigures, type EntitySpanIndex } from './figures.ts';
import type { Language } from './types.ts';

const NO_SPANS: EntitySpanIndex = { overlapsEntity: () => false, chipStartingAt: () => null };
const figs = (text: string, lang: Language = 'de') =>
  findFigures(text, lang, NO_SPANS).map((f) => ({ text: text.slice(f.start, f.end), value: f.value }));
const one = (text: string, lang: Language = 'de') => {
  const all = figs(text, lang);
  expect(all, `figures in ${JSON.stringify(text)}`).toHaveLength(1);
  return all[0];
};

describe('money', () => {
  it.each([
    ['Umsatz von 13,5 Milliarden US-Dollar.', 'de', '13,5 Milliarden US-Dollar', 13.5e9, 'USD'],
    ['eine Billion Yuan', 'de', 'eine Billion Yuan', 1e12, 'CNY'],
    ['über 1 Billion Yuan-Marke', 'de', '1 Billion Yuan', 1e12, 'CNY'],
    ['1,5 Billionen Yuan', 'de', '1,5 Billionen Yuan', 1.5e12, 'CNY'],
    ['a $1 billion deal', 'en', '$1 billion', 1e9, 'USD'],
    ['worth $5.5bn', 'en', '$5.5bn', 5.5e9, 'USD'],
    ['US$1.2 billion', 'en', 'US$1.2 billion', 1.2e9, 'USD'],
    ['€3 Mrd. Umsatz', 'de', '€3 Mrd.', 3e9, 'EUR'],
    ['3 Mrd. Euro', 'de', '3 Mrd. Euro', 3e9, 'EUR'],
    ['1,86 Milliarden Singapur-Dollar', 'de', '1,86 Milliarden Singapur-Dollar', 1.86e9, 'SGD'],
    ['HK$12 billion', 'en', 'HK$12 billion', 12e9, 'HKD'],
    ['NT$ 300 billion', 'en', 'NT$ 300 billion', 300e9, 'TWD'],
    ['3 trillion won', 'en', '3 trillion won', 3e12, 'KRW'],
    ['500 million yuan', 'en', '500 million yuan', 500e6, 'CNY'],
    ['RMB 20 billion', 'en', 'RMB 20 billion', 20e9, 'CNY'],
    ['240 Milliarden Dollar', 'de', '240 Milliarden Dollar', 240e9, 'USD'],
    ['the company earned $5m', 'en', '$5m', 5e6, 'USD'],
    ['2 Billion Dollar', 'en', '2 Billion Dollar', 2e9, 'USD'],
  ] as const)('%s', (input, lang, text, amount, currency) => {
    const f = one(input, lang);
    expect(f.text).toBe(text);
    expect(f.value).toMatchObject({ type: 'money', amount, currency });
  });

  it('reads ranges of money', () => {
    expect(one('$10-12 billion', 'en').value).toMatchObject({ type: 'money', amount: 10e9, min: 10e9, max: 12e9 });
  });
});

describe('percent and points', () => {
  it.each([
    ['um 9,87 % gestiegen', 'de', '9,87 %', 9.87],
    ['2,3 Prozent', 'de', '2,3 Prozent', 2.3],
    ['rose 37% on Monday', 'en', '37%', 37],
    ['up 4.5 per cent', 'en', '4.5 per cent', 4.5],
    ['sechs Prozent', 'de', 'sechs Prozent', 6],
  ] as const)('%s', (input, lang, text, value) => {
    const f = one(input, lang);
    expect(f.text).toBe(text);
    expect(f.value).toEqual({ type: 'percent', value });
  });

  it.each([
    ['15 % - 30 %', '15 % - 30 %', 15, 30],
    ['30-40%', '30-40%', 30, 40],
    ['zwischen 15 und 30 Prozent', '15 und 30 Prozent', 15, 30],
    ['15 bis 20 Prozent', '15 bis 20 Prozent', 15, 20],
  ] as const)('range %s', (input, text, min, max) => {
    const f = one(input);
    expect(f.text).toBe(text);
    expect(f.value).toEqual({ type: 'percent', min, max });
  });

  it('percentage points and basis points', () => {
    expect(one('um 2,5 Prozentpunkte').value).toEqual({ type: 'points', value: 2.5 });
    expect(one('by 25 basis points', 'en').value).toEqual({ type: 'points', value: 0.25 });
  });

  it('"und" is a range only after "zwischen"', () => {
    expect(figs('Cambricon 20 und Hygon 30 Prozent')).toEqual([{ text: '30 Prozent', value: { type: 'percent', value: 30 } }]);
  });
});

describe('counts and specs', () => {
  it.each([
    ['200.000 Einheiten', 'de', { type: 'quantity', amount: 200000, unit: 'units' }],
    ['eine Million Chips', 'de', { type: 'quantity', amount: 1e6, unit: 'chips' }],
    ['1.2 million units', 'en', { type: 'quantity', amount: 1.2e6, unit: 'units' }],
    ['15.000 Wafer', 'de', { type: 'quantity', amount: 15000, unit: 'wafers' }],
    ['2,5 Millionen', 'de', { type: 'quantity', amount: 2.5e6 }],
    ['96 GB', 'de', { type: 'memory', amount: 96, unit: 'GB' }],
    ['128GB', 'en', { type: 'memory', amount: 128, unit: 'GB' }],
    ['4,0 TB/s', 'de', { type: 'bandwidth', amount: 4, unit: 'TB/s' }],
    ['900 GB/s', 'en', { type: 'bandwidth', amount: 900, unit: 'GB/s' }],
    ['148 TFLOPS', 'en', { type: 'compute', amount: 148, unit: 'TFLOPS' }],
    ['5 nm', 'en', { type: 'process', amount: 5, unit: 'nm' }],
    ['7-nm-Prozess', 'de', { type: 'process', amount: 7, unit: 'nm' }],
    ['700 W', 'en', { type: 'power', amount: 700, unit: 'W' }],
    ['1,2 kW', 'de', { type: 'power', amount: 1200, unit: 'W' }],
  ] as const)('%s', (input, lang, value) => {
    expect(one(input, lang).value).toEqual(value);
  });
});

describe('numbers that are not figures', () => {
  it.each([
    'Am 22. August 2025 berichtete die Zeitung.',
    'DeepSeek-V3.1 nutzt FP8.',
    'Der Code lautet 688256.SH an der Börse.',
    '(1) Ein Modell; (2) ein anderes; (3) ein drittes.',
    'seit 2021 auf dem höchsten Stand',
    'Die Veränderungen bestehen aus drei Punkten.',
    'mehrere Hundert Millionen Yuan',
    'ein Fünftel des Umsatzes',
    'The H20 and the B30 are chips.',
    'He ran 5m in the park.',
    'Milliarden in den Bau von Rechenzentren',
  ])('%s', (input) => {
    expect(figs(input, /^(The|He)/.test(input) ? 'en' : 'de')).toEqual([]);
  });
});

describe('ranges whose lower end is a bare scaled number', () => {
  it('take the currency or the counted unit of the upper end', () => {
    expect(figs('ASML expects sales of 30 billion to 35 billion euros.', 'en').map((f) => [f.text, f.value])).toEqual([
      ['30 billion', { type: 'money', amount: 30e9, currency: 'EUR' }],
      ['35 billion euros', { type: 'money', amount: 35e9, currency: 'EUR' }],
    ]);
    // A sum just before does not make the lower end of a count money.
    expect(figs('Der Umsatz lag bei 35 Milliarden Euro. Nvidia plant 2 Millionen bis 3 Millionen Chips.').map((f) => [f.text, f.value])).toEqual([
      ['35 Milliarden Euro', { type: 'money', amount: 35e9, currency: 'EUR' }],
      ['2 Millionen', { type: 'quantity', amount: 2e6, unit: 'chips' }],
      ['3 Millionen Chips', { type: 'quantity', amount: 3e6, unit: 'chips' }],
    ]);
  });
});

describe('numbers that end a clause', () => {
  it('are figures with a currency sign or code before them, and nothing without', () => {
    expect(figs('It costs $5. In 2025, sales rose (see 2024).', 'en').map((f) => f.text)).toEqual(['$5']);
    expect(figs('Der Preis: € 20, dann US$ 30; dazu USD 40.').map((f) => f.text)).toEqual(['€ 20', 'US$ 30', 'USD 40']);
    expect(figs('Rmb10bn, dazu 15 %, 20 Prozent.').map((f) => f.text)).toEqual(['Rmb10bn', '15 %', '20 Prozent']);
  });
});

describe('units and number grammar seen in English and German news', () => {
  it.each([
    ['128 GByte HBM', 'de', '128 GByte', { type: 'memory', amount: 128, unit: 'GB' }],
    ['1,6 TByte/s Transferrate', 'de', '1,6 TByte/s', { type: 'bandwidth', amount: 1.6, unit: 'TB/s' }],
    ['rund 8 EFLOPS FP8', 'de', '8 EFLOPS', { type: 'compute', amount: 8000, unit: 'PFLOPS' }],
    ['8 exaflops of FP8', 'en', '8 exaflops', { type: 'compute', amount: 8000, unit: 'PFLOPS' }],
    ['2,5 Mrd. $ für Chips', 'de', '2,5 Mrd. $', { type: 'money', amount: 2.5e9, currency: 'USD' }],
    ['eine halbe Milliarde Euro', 'de', 'eine halbe Milliarde Euro', { type: 'money', amount: 0.5e9, currency: 'EUR' }],
    ['insgesamt eine halbe Billion Yuan', 'de', 'eine halbe Billion Yuan', { type: 'money', amount: 0.5e12, currency: 'CNY' }],
    ['mit einer halben Million Chips', 'de', 'einer halben Million Chips', { type: 'quantity', amount: 5e5, unit: 'chips' }],
    ['half a billion dollars', 'en', 'half a billion dollars', { type: 'money', amount: 0.5e9, currency: 'USD' }],
    ['shipped 1.2m units', 'en', '1.2m units', { type: 'quantity', amount: 1.2e6, unit: 'units' }],
    ['1.6 million dies', 'en', '1.6 million dies', { type: 'quantity', amount: 1.6e6, unit: 'dies' }],
  ] as const)('%s', (input, lang, text, value) => {
    const f = one(input, lang);
    expect(f.text).toBe(text);
    expect(f.value).toEqual(value);
  });

  it('"a billion" without "half" stays a billion, and "$5" before a number is no suffix', () => {
    expect(one('a billion yuan', 'en').value).toEqual({ type: 'money', amount: 1e9, currency: 'CNY' });
    expect(figs('Ein halber Tag; er kaufte 2 $5-Gutscheine', 'de').map((f) => f.text)).toEqual(['$5']);
  });

  it('"between 15% and 30%" is one range; "rose 5% and 7%" and "from 5% to 7%" are two figures', () => {
    expect(one('between 15% and 30% of sales', 'en')).toEqual({ text: '15% and 30%', value: { type: 'percent', min: 15, max: 30 } });
    expect(one('zwischen 15 % und 30 %')).toEqual({ text: '15 % und 30 %', value: { type: 'percent', min: 15, max: 30 } });
    expect(figs('rose 5% and 7% respectively', 'en').map((f) => f.text)).toEqual(['5%', '7%']);
    expect(figs('the margin rose from 5% to 7%', 'en').map((f) => f.text)).toEqual(['5%', '7%']);
  });

  it('a minus sign before a number makes the figure negative; a range dash does not', () => {
    expect(one('the index was -5% for the year', 'en')).toEqual({ text: '-5%', value: { type: 'percent', value: -5 } });
    expect(one('Die Aktie (-3,2 %) fiel.')).toEqual({ text: '-3,2 %', value: { type: 'percent', value: -3.2 } });
    expect(one('30-40%', 'en').value).toEqual({ type: 'percent', min: 30, max: 40 });
  });

  it('a bare number coordinated with a full figure shares its unit and scale', () => {
    expect(figs('clusters of 8,192 and 15,488 accelerators', 'en')).toEqual([
      { text: '8,192', value: { type: 'quantity', amount: 8192, unit: 'accelerators' } },
      { text: '15,488 accelerators', value: { type: 'quantity', amount: 15488, unit: 'accelerators' } },
    ]);
    expect(figs('1 und 2 Mrd. Euro')[0]).toEqual({ text: '1', value: { type: 'money', amount: 1e9, currency: 'EUR' } });
    expect(figs('5 bzw. 7 Prozent')[0]).toEqual({ text: '5', value: { type: 'percent', value: 5 } });
  });

  it('but not a year, and not a number separated from the figure by a name', () => {
    expect(figs('in 2024 and 300,000 GPUs in 2025', 'en').map((f) => f.text)).toEqual(['300,000 GPUs']);
    expect(figs('Cambricon 20 und Hygon 30 Prozent').map((f) => f.text)).toEqual(['30 Prozent']);
  });
});

describe('exchange-rate notes', () => {
  it('"($1 = 7.1234 yuan)" is no figure, neither side', () => {
    expect(figs('Revenue of $1 billion. ($1 = 7.1234 Chinese yuan renminbi)', 'en').map((f) => f.text)).toEqual(['$1 billion']);
    expect(figs('(1 Euro = 1,16 Dollar) Umsatz 3 Mrd. Euro.').map((f) => f.text)).toEqual(['3 Mrd. Euro']);
  });

  it('an amount of one that is not equated stays', () => {
    expect(figs('a price of $1 per share', 'en').map((f) => f.text)).toEqual(['$1']);
  });
});

describe('number words with hundreds', () => {
  it.each([
    ['one hundred billion dollars', 'en', 'one hundred billion dollars', { type: 'money', amount: 100e9, currency: 'USD' }],
    ['two hundred thousand GPUs', 'en', 'two hundred thousand GPUs', { type: 'quantity', amount: 200e3, unit: 'GPUs' }],
    ['zweihundert Millionen Dollar', 'de', 'zweihundert Millionen Dollar', { type: 'money', amount: 200e6, currency: 'USD' }],
    ['zwei hundert Millionen Euro', 'de', 'zwei hundert Millionen Euro', { type: 'money', amount: 200e6, currency: 'EUR' }],
  ] as const)('%s', (input, lang, text, value) => {
    const f = one(input, lang);
    expect(f.text).toBe(text);
    expect(f.value).toEqual(value);
  });

  it('a hundred alone is no figure without a unit', () => {
    expect(figs('two hundred people came', 'en')).toEqual([]);
  });
});

describe('number formats between a number and its compute unit', () => {
  it('"148 FP16 TFLOPS" is 148 TFLOPS; "8 BF16 PFLOPS" 8 PFLOPS', () => {
    expect(one('tops out at 148 FP16 TFLOPS', 'en')).toEqual({ text: '148 FP16 TFLOPS', value: { type: 'compute', amount: 148, unit: 'TFLOPS' } });
    expect(one('8 BF16 PFLOPS', 'en').value).toEqual({ type: 'compute', amount: 8, unit: 'PFLOPS' });
  });

  it('a number format before anything else is not a unit', () => {
    expect(figs('4 FP16 cores and 8 BF16 lanes', 'en')).toEqual([]);
  });
});

describe('press styles of currencies and percentages', () => {
  it.each([
    ['Rmb10bn in new loans', 'en', 'Rmb10bn', { type: 'money', amount: 10e9, currency: 'CNY' }],
    ['a Rmb 3.5bn fund', 'en', 'Rmb 3.5bn', { type: 'money', amount: 3.5e9, currency: 'CNY' }],
    ['RMB10 billion', 'en', 'RMB10 billion', { type: 'money', amount: 10e9, currency: 'CNY' }],
    ['₩3tn of capex', 'en', '₩3tn', { type: 'money', amount: 3e12, currency: 'KRW' }],
    ['shares rose 20pc', 'en', '20pc', { type: 'percent', value: 20 }],
    ['worth $4.5 trn', 'en', '$4.5 trn', { type: 'money', amount: 4.5e12, currency: 'USD' }],
    ['Umsatz von 2,2 Mrd. US-$ im Quartal', 'de', '2,2 Mrd. US-$', { type: 'money', amount: 2.2e9, currency: 'USD' }],
  ] as const)('%s', (input, lang, text, value) => {
    const f = one(input, lang);
    expect(f.text).toBe(text);
    expect(f.value).toEqual(value);
  });

  it('letters glued to a number are still no currency, and "PCs" is no percent', () => {
    expect(figs('ABC10 and XRmb10bn; 20 PCs; the Rmb', 'en')).toEqual([]);
  });
});

describe('bare scaled counts', () => {
  it('count nothing named when a noun follows that is not a chip', () => {
    expect(figs('a warrant for up to 160 million AMD shares and 1.5 million users', 'en')).toEqual([]);
    expect(figs('2,5 Millionen Nutzer')).toEqual([]);
  });

  it('but stand alone or before a function word', () => {
    expect(figs('Huawei plans 1.6 million. It shipped 2 million in 2025.', 'en').map((f) => f.text)).toEqual(['1.6 million', '2 million']);
  });
});

describe('the ¥ sign', () => {
  it('is the yen in a text about Japan and the yuan in a text about China', () => {
    expect(one('Japan will give Rapidus ¥100 billion more, the Japanese government said.', 'en').value).toEqual({ type: 'money', amount: 100e9, currency: 'JPY' });
    expect(one('Cambricon passed ¥500 billion in market value in China.', 'en').value).toEqual({ type: 'money', amount: 500e9, currency: 'CNY' });
  });

  it('a currency named by word decides before the country', () => {
    expect(one('The yen fell; Tokyo Electron forecast ¥2.4 trillion in sales to China and China again.', 'en').value).toMatchObject({ currency: 'JPY' });
  });
});

describe('German and English scale words in one text', () => {
  it('a lower-case "billion" in a German text is the English 10^9', () => {
    expect(figs('Laut Bloomberg sind es "3 billion dollars", also eine Billion Yuan.').map((f) => f.value)).toEqual([
      { type: 'money', amount: 3e9, currency: 'USD' },
      { type: 'money', amount: 1e12, currency: 'CNY' },
    ]);
  });
});

describe('counted nouns', () => {
  it.each([
    ['100.000 KI-Prozessoren', 'de', '100.000 KI-Prozessoren', 'processors'],
    ['20.000 Grafikchips', 'de', '20.000 Grafikchips', 'chips'],
    ['5000 GPU-Server', 'de', '5000 GPU-Server', 'servers'],
    ['10.000 Beschleunigerkarten', 'de', '10.000 Beschleunigerkarten', 'accelerators'],
    ['100,000 AI chips', 'en', '100,000 AI chips', 'chips'],
    ['10,000 accelerator cards', 'en', '10,000 accelerator cards', 'cards'],
  ] as const)('%s', (input, lang, text, unit) => {
    const f = one(input, lang);
    expect(f.text).toBe(text);
    expect(f.value).toMatchObject({ type: 'quantity', unit });
  });

  it('not other things that end like a counted noun, and not a year before a noun phrase', () => {
    expect(figs('2,000 studies and 10 tracks', 'en')).toEqual([]);
    expect(figs('In 2025 AI chips sold well', 'en')).toEqual([]);
  });
});

describe('points in the singular and in short forms', () => {
  it.each([
    ['um 1 Prozentpunkt', 'de', 1],
    ['um 1,5 Prozentpunkten', 'de', 1.5],
    ['cut by 50bp', 'en', 0.5],
    ['25 Basispunkte', 'de', 0.25],
  ] as const)('%s', (input, lang, value) => {
    expect(one(input, lang).value).toEqual({ type: 'points', value });
  });
});

describe('number words before point units', () => {
  it.each([
    ['um einen Prozentpunkt', 'de', 'einen Prozentpunkt', 1],
    ['um fünf Prozentpunkte', 'de', 'fünf Prozentpunkte', 5],
    ['rose one percentage point', 'en', 'one percentage point', 1],
    ['a percentage point higher', 'en', 'a percentage point', 1],
  ] as const)('%s', (input, lang, text, value) => {
    expect(one(input, lang)).toEqual({ text, value: { type: 'points', value } });
  });

  it('"a percentage of" is no figure', () => {
    expect(figs('a percentage of revenue', 'en')).toEqual([]);
  });
});

describe('a singular noun that qualifies the next one', () => {
  it('"10,000 GPU servers" counts servers, "1.2 million GPU hours" counts no chip', () => {
    expect(one('10,000 GPU servers', 'en')).toEqual({ text: '10,000 GPU servers', value: { type: 'quantity', amount: 10000, unit: 'servers' } });
    expect(figs('1.2 million GPU hours', 'en')).toEqual([]);
    expect(one('5,000 GPU.', 'en').value).toEqual({ type: 'quantity', amount: 5000, unit: 'GPUs' });
  });
});

describe('changes written as "from … to …"', () => {
  it('are two figures sharing the unit, not a range', () => {
    expect(figs('its share rose from 5 to 7 percent', 'en')).toEqual([
      { text: '5', value: { type: 'percent', value: 5 } },
      { text: '7 percent', value: { type: 'percent', value: 7 } },
    ]);
    expect(figs('Der Anteil stieg von 5 auf 15 Prozent.').map((f) => f.text)).toEqual(['5', '15 Prozent']);
  });

  it('while "5 to 7 percent" and "von 5 bis 7 Prozent" stay ranges', () => {
    expect(one('growth of 5 to 7 percent', 'en').value).toEqual({ type: 'percent', min: 5, max: 7 });
    expect(one('Wachstum von 5 bis 7 Prozent').value).toEqual({ type: 'percent', min: 5, max: 7 });
  });
});

describe('long chains', () => {
  it('"1% - 2% - 1% - …" over 100,000 figures does not overflow the stack', () => {
    const text = '1% - 2% - '.repeat(50_000);
    expect(findFigures(text, 'en', NO_SPANS).length).toBe(50_000);
  });

  it('"5 and 5 and 5 …" over 100,000 numbers neither recurses nor stalls', () => {
    const text = '5 and '.repeat(100_000) + '5 percent';
    const fs = findFigures(text, 'en', NO_SPANS);
    expect(fs.length).toBe(2);
    expect(fs[1].value).toEqual({ type: 'percent', value: 5 });
  });
});

describe('cents', () => {
  it('are hundredths of the passage’s currency, else of the dollar (English) or the euro (German)', () => {
    expect(figs('earnings of $3.75 per share, plus or minus 15 cents', 'en')[1]).toEqual({ text: '15 cents', value: { type: 'money', amount: 0.15, currency: 'USD' } });
    expect(figs('Der Gewinn lag bei 1,30 Euro, 28 Cent mehr.')[1].value).toEqual({ type: 'money', amount: 0.28, currency: 'EUR' });
    expect(one('a 5-cent dividend', 'en').value).toEqual({ type: 'money', amount: 0.05, currency: 'USD' });
  });
});

describe('counts in English compound adjectives', () => {
  it('"a 100,000-GPU cluster" counts GPUs, "an 8-GPU server" 8 GPUs', () => {
    expect(one('xAI is building a 100,000-GPU cluster.', 'en')).toEqual({ text: '100,000-GPU', value: { type: 'quantity', amount: 100000, unit: 'GPUs' } });
    expect(one('an 8-GPU server', 'en').value).toEqual({ type: 'quantity', amount: 8, unit: 'GPUs' });
  });

  it('but not a hyphenated word that counts nothing', () => {
    expect(figs('a 10-year plan and a 3-way split', 'en')).toEqual([]);
    expect(figs('eine 10-Jahres-Planung')).toEqual([]);
  });

  it('a German compound counts what its first part names: "eine 8-GPU-Lösung", "der 100.000-GPU-Cluster"', () => {
    expect(one('eine 8-GPU-Lösung').value).toEqual({ type: 'quantity', amount: 8, unit: 'GPUs' });
    expect(one('der 100.000-GPU-Cluster').value).toEqual({ type: 'quantity', amount: 100000, unit: 'GPUs' });
  });

  it('leaves the period of "pct." to the sentence it ends', () => {
    expect(figs('Revenue rose 5 pct. Margins fell 2 pct. of sales, then 3 pct.', 'en').map((f) => f.text)).toEqual(['5 pct', '2 pct.', '3 pct']);
  });

  it('"a 2.5-percentage-point drop" is 2.5 points', () => {
    expect(one('a 2.5-percentage-point drop', 'en').value).toEqual({ type: 'points', value: 2.5 });
  });
});

describe('scaled counts joined by a hyphen', () => {
  it('"a 1.8-trillion-parameter model" counts parameters, no figure; "a 1-million-GPU plan" counts GPUs', () => {
    expect(figs('a 1.8-trillion-parameter model', 'en')).toEqual([]);
    expect(one('a 1-million-GPU plan', 'en').value).toEqual({ type: 'quantity', amount: 1e6, unit: 'GPUs' });
  });
});
