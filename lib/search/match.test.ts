import { describe, expect, it } from 'vitest';
import { fold, foldIndexed } from '../fold.ts';
import { matchFields, parseQuery, searchable, snippet, type Span } from './match.ts';

/** The matched pieces of `text` for `query`, or null when it does not match. */
function found(query: string, text: string, lang?: 'de' | 'en'): string[] | null {
  const spans = matchFields(parseQuery(query), [searchable(text, lang)]);
  return spans ? spans[0].map(([s, e]) => text.slice(s, e)) : null;
}

describe('fold', () => {
  it('drops case, diacritics and punctuation runs, and writes ß as ss', () => {
    expect(fold('  Huawéi  Ascend-910C ')).toBe('huawei ascend 910c');
    expect(fold('Straße ÜBER Ǆ ﬁ')).toBe('strasse uber dz fi');
  });

  it('keeps the way back to the source offsets', () => {
    const f = foldIndexed('Maß—Größe');
    expect(f.text).toBe('mass grosse');
    expect(f.from.slice(0, 5)).toEqual([0, 1, 2, 2, 3]);
    expect(f.from[f.text.length]).toBe('Maß—Größe'.length);
  });
});

describe('matching', () => {
  it('finds every word anywhere, in any case and without accents', () => {
    expect(found('nvid h20', 'Nvidia stoppt die H20-Produktion')).toEqual(['Nvid', 'H20']);
    expect(found('nvidia h200', 'Nvidia stoppt die H20-Produktion')).toBeNull();
    expect(found('huawei', 'Huawéi Ascend')).toEqual(['Huawéi']);
    expect(found('HUAWÉI', 'huawei ascend')).toEqual(['huawei']);
    expect(found('', 'anything')).toBeNull();
    expect(found('   ', 'anything')).toBeNull();
  });

  it('treats ß and ss as one, both ways', () => {
    expect(found('strasse', 'Die Straße nach Shenzhen')).toEqual(['Straße']);
    expect(found('Straße', 'the Strasse in Berlin')).toEqual(['Strasse']);
    expect(found('grösse', 'Die Größe des Chips')).toEqual(['Größe']);
  });

  it('finds umlauts typed plainly, as ae/oe/ue in German texts, and written-out umlauts from typed ones', () => {
    expect(found('marz', 'Seit März gilt die Regel', 'de')).toEqual(['März']);
    expect(found('maerz', 'Seit März gilt die Regel', 'de')).toEqual(['März']);
    expect(found('März', 'Seit Maerz gilt die Regel', 'de')).toEqual(['Maerz']);
    expect(found('März', 'since Maerz', 'en')).toEqual(['Maerz']);
    expect(found('Zölle', 'neue Zoelle und Zölle', 'de')).toEqual(['Zoelle', 'Zölle']);
    expect(found('zoelle', 'Die Zölle steigen', 'de')).toEqual(['Zölle']);
    // In English texts "ue" is no umlaut: "true" does not find "truth".
    expect(found('true', 'the truth is out', 'en')).toBeNull();
    expect(found('blue', 'a blunt answer', 'en')).toBeNull();
  });

  it('needs each word in some field, and marks per field', () => {
    const q = parseQuery('export china');
    const fields = [searchable('Check the export rules'), searchable('About China'), searchable('nothing')];
    expect(matchFields(q, fields)).toEqual([[[10, 16]], [[6, 11]], []]);
    expect(matchFields(parseQuery('export japan'), fields)).toBeNull();
  });
});

describe('snippet', () => {
  const long = `${'Anfang '.repeat(30)}Die Ausfuhr nach China wurde gestoppt, sagte er. ${'Ende '.repeat(40)}`;

  it('cuts around the first match at word boundaries and keeps the marks on the words', () => {
    const spans = matchFields(parseQuery('ausfuhr china'), [searchable(long)])![0];
    const s = snippet(long, spans, 80);
    expect(s.cut).toEqual({ before: true, after: true });
    expect(s.text.startsWith('Anfang')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(80);
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['Ausfuhr', 'China']);
  });

  it('shows white space runs as one space and keeps short texts whole', () => {
    const text = 'Zeile eins\n\n  Zeile   zwei';
    const spans: Span[] = [[22, 26]];
    const s = snippet(text, spans);
    expect(s).toEqual({ text: 'Zeile eins Zeile zwei', marks: [[17, 21]], cut: { before: false, after: false } });
  });
});
