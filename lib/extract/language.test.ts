import { describe, expect, it } from 'vitest';
import { countFunctionWords, detectLanguage, detectLanguageOrOther } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    ['Nvidia-Aktie bricht ein', 'de'],
    ['Nvidia: H20-Produktion gestoppt', 'de'],
    ['Nvidia-Chef Huang in Peking', 'de'],
    ['Samsung Electronics: Gewinn verdreifacht', 'de'],
    ['Chinas KI-Chips: Cambricon überholt Nvidia', 'de'],
    ['Nvidia Blackwell Ultra mit 288 GByte HBM3E', 'de'],
  ] as const)('German headline without function words: %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ['Nvidia H20 production halted', 'en'],
    ['Cambricon shares jump 10% in Shanghai', 'en'],
    ['Nvidia-Backed Startup Raises $500 Million', 'en'],
    ['SK Hynix Q3 profit beats estimates', 'en'],
    ['Huawei unveils Ascend 950 roadmap', 'en'],
    ['Nvidia Blackwell Ultra: 288 GB HBM3E', 'en'],
  ] as const)('English headline: %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('function words decide long texts, whatever the marks say', () => {
    const en = 'The company said that the chips were sold to the firms in China, and that it has more orders than expected. ';
    expect(detectLanguage(en + 'Die Aktie: Umsatz, Gewinn.')).toBe('en');
    expect(detectLanguage('Der Konzern hat die Chips an die Kunden in China verkauft, und die Nachfrage ist hoch. Shares, revenue.')).toBe('de');
  });
});

describe('detectLanguageOrOther', () => {
  it.each([
    ['fr', 'Le fabricant a annoncé que la production de la puce sera suspendue pendant plusieurs semaines, et les clients chinois sont inquiets.'],
    ['es', 'La empresa anunció que la producción de los chips se detendrá durante varias semanas, y que los clientes están preocupados por el suministro.'],
    ['it', 'La società ha annunciato che la produzione dei chip sarà sospesa per alcune settimane, e che i clienti sono preoccupati per le consegne.'],
    ['nl', 'Het bedrijf heeft bekendgemaakt dat de productie van de chips voor een paar weken wordt stilgelegd, en dat de klanten zich zorgen maken.'],
    ['pt', 'A empresa anunciou que a produção dos chips será suspensa durante algumas semanas, e os clientes estão preocupados com o fornecimento.'],
    ['pl', 'Firma poinformowała, że produkcja układów zostanie wstrzymana na kilka tygodni, a klienci już się martwią o dostawy, które są opóźnione.'],
  ])('a paragraph in %s is other', (_lang, text) => {
    expect(detectLanguageOrOther(text)).toBe('other');
  });

  it('German and English paragraphs stay German and English', () => {
    expect(detectLanguageOrOther('Der Hersteller hat angekündigt, dass die Produktion des Chips für einige Wochen ruhen wird, und die Kunden sind besorgt.')).toBe('de');
    expect(detectLanguageOrOther('The maker said that production of the chip will be halted for several weeks, and that its customers are worried.')).toBe('en');
  });

  it('German and English headlines without function words are not other', () => {
    for (const h of ['Nvidia-Aktie bricht ein', 'Cambricon shares jump 10% in Shanghai', 'SK Hynix Q3 profit beats estimates', 'Nvidia Blackwell Ultra mit 288 GByte HBM3E']) {
      expect(detectLanguageOrOther(h)).not.toBe('other');
    }
  });

  it('a short foreign headline is other by its own function words', () => {
    expect(detectLanguageOrOther('Nvidia suspend la production du H20')).toBe('other');
  });

  it('a text too short to tell follows the declared language', () => {
    expect(detectLanguageOrOther('Nvidia H20', 'de-DE')).toBe('de');
    expect(detectLanguageOrOther('Nvidia H20', 'en')).toBe('en');
    expect(detectLanguageOrOther('Nvidia H20', 'fr-FR')).toBe('other');
    expect(detectLanguageOrOther('Nvidia H20', 'nl')).toBe('other');
  });

  it('a long enough text overrules the declared language', () => {
    const en = 'The maker said that production of the chip will be halted for several weeks, and that its customers are worried.';
    const de = 'Der Hersteller hat angekündigt, dass die Produktion des Chips für einige Wochen ruhen wird, und die Kunden sind besorgt.';
    const fr = 'Le fabricant a annoncé que la production de la puce sera suspendue pendant plusieurs semaines, et les clients sont inquiets.';
    expect(detectLanguageOrOther(en, 'fr')).toBe('en');
    expect(detectLanguageOrOther(de, 'en')).toBe('de');
    expect(detectLanguageOrOther(fr, 'de')).toBe('other');
  });

  it('a text in another script is other', () => {
    expect(detectLanguageOrOther('英伟达暂停生产H20芯片，此前中国监管机构要求国内企业停止采购该芯片。寒武纪和海光股价大涨。')).toBe('other');
    expect(detectLanguageOrOther('Компания Nvidia приостановила производство чипа H20 после предупреждения китайских регуляторов.')).toBe('other');
  });

  it('an empty text is not other', () => {
    expect(detectLanguageOrOther('')).toBe('en');
  });
});

describe('countFunctionWords', () => {
  it('counts words and the function words of each side', () => {
    const c = countFunctionWords('Die Aktie und der Kurs: the stock and the price. Le prix et la bourse.');
    expect(c.words).toBe(15);
    expect(c.de).toBe(3);
    expect(c.en).toBe(3);
    expect(c.other).toBeGreaterThanOrEqual(3);
  });
});
