import { describe, expect, it } from 'vitest';
import { annotate } from '../../lib/extract/index.ts';
import { EXTRACT_LIMITS } from '../../lib/messages.ts';
import { answerExtract } from './extract.ts';

// Written for this test.
const PIECES = [
  'Nvidia ships the H20 to China while AMD readies the MI308.',
  'Cambricon rose 9.87 % and SMIC, which makes the Ascend 910C, gained 6 percent.',
  'The harbour festival opened on Saturday with a brass band.',
];

describe('answerExtract', () => {
  it('answers what the extractor finds in each piece, in the language given', async () => {
    const answer = await answerExtract({ type: 'page/extract', lang: 'en', texts: PIECES });
    expect(answer?.annotations).toEqual(PIECES.map((t) => annotate(t, { lang: 'en' })));
    expect(answer?.annotations[1].mentions.map((m) => m.text)).toContain('9.87 %');
    const de = await answerExtract({ type: 'page/extract', lang: 'de', texts: ['Der Umsatz stieg um 1.234,5 Millionen Euro.'] });
    expect(de?.annotations[0].language).toBe('de');
  });

  it('refuses what is not such a request, and pieces beyond its bounds', async () => {
    for (const bad of [
      null,
      { type: 'page/extract', lang: 'fr', texts: PIECES },
      { type: 'page/extract', lang: 'en', texts: [] },
      { type: 'page/extract', lang: 'en', texts: [42] },
      { type: 'page/extract', lang: 'en', texts: PIECES, url: 'https://elsewhere.example' },
      { type: 'page/extract', lang: 'en', texts: ['x'.repeat(EXTRACT_LIMITS.pieceChars + 1)] },
      { type: 'page/extract', lang: 'en', texts: Array.from({ length: EXTRACT_LIMITS.pieces + 1 }, () => 'x') },
      // Each piece within its bound, all of them together beyond theirs.
      { type: 'page/extract', lang: 'en', texts: Array.from({ length: Math.ceil(EXTRACT_LIMITS.totalChars / EXTRACT_LIMITS.pieceChars) + 1 }, () => 'x'.repeat(EXTRACT_LIMITS.pieceChars)) },
    ]) {
      expect(await answerExtract(bad)).toBeNull();
    }
  });
});
