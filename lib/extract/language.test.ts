import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

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
