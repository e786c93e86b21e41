import { describe, expect, it } from 'vitest';
import { parseNumber } from './numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['9,87', 'de', 9.87],
    ['200.000', 'de', 200000],
    ['1.000.000', 'de', 1e6],
    ['1.234,5', 'de', 1234.5],
    ['4,0', 'en', 4.0],
    ['1,000', 'en', 1000],
    ['1.500', 'en', 1.5],
    ['1,500', 'de', 1.5],
    ['1,234.5', 'en', 1234.5],
    ['200\u00a0000', 'de', 200000],
    ['0.750', 'de', 0.75],
    ['42', 'en', 42],
  ] as const)('%s (%s) = %d', (raw, lang, want) => {
    expect(parseNumber(raw, lang)).toBeCloseTo(want, 9);
  });

  it('rejects malformed groupings', () => {
    expect(parseNumber('1.2.3', 'de')).toBeNull();
    expect(parseNumber('12,34.5,6', 'en')).toBeNull();
  });
});
