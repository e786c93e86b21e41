import { describe, expect, it } from 'vitest';
import { encodeTextTerm, passageUrl, textDirective } from './text-fragment.ts';

/** The decoded terms of a directive, in order, with their `-` marks: ["prefix-", "start", "-suffix"]. */
function terms(directive: string | null): string[] {
  expect(directive).toMatch(/^text=/);
  return directive!
    .slice('text='.length)
    .split(',')
    .map((t) => decodeURIComponent(t));
}

describe('text directive terms', () => {
  it('escapes the characters the directive uses for itself, and everything a URL needs', () => {
    expect(encodeTextTerm('H20-Chips, Preis & Menge')).toBe('H20%2DChips%2C%20Preis%20%26%20Menge');
    expect(encodeTextTerm('Umsatzprognose für Hakkâri #1')).toBe('Umsatzprognose%20f%C3%BCr%20Hakk%C3%A2ri%20%231');
    expect(decodeURIComponent(encodeTextTerm('a-b,c&d'))).toBe('a-b,c&d');
  });
});

describe('textDirective', () => {
  it('names a short passage whole, with the whole words of its context', () => {
    // Both contexts were cut at the stored length (32 characters), inside a word: the cut words go.
    const d = textDirective({ exact: 'die Produktion seiner H20-Chips', prefix: 'or dem Kauf der Exportversion legt Nvidia ', suffix: ' vorerst auf Eis. An den Börsen i' });
    expect(terms(d)).toEqual(['der Exportversion legt Nvidia-', 'die Produktion seiner H20-Chips', '-vorerst auf Eis. An']);
    // The passage's own hyphen is escaped, so it cannot be read as the suffix's mark.
    expect(d).toContain('H20%2DChips');
    expect(d!.split(',')).toHaveLength(3);
  });

  it('keeps a short context whole: it reached the start or end of the text', () => {
    expect(terms(textDirective({ exact: 'MI308', prefix: 'the ', suffix: ' would' }))).toEqual(['the-', 'MI308', '-would']);
  });

  it('keeps context to the passage’s own paragraph', () => {
    expect(terms(textDirective({ exact: 'Cambricon stieg', prefix: 'Prozent.\nDie Aktie von ', suffix: ' am Freitag\nHygon gewann gut' }))).toEqual([
      'Die Aktie von-',
      'Cambricon stieg',
      '-am Freitag',
    ]);
  });

  it('leaves out context glued to a passage that starts or ends inside a word', () => {
    expect(terms(textDirective({ exact: 'vidia', prefix: 'sagte N', suffix: 's Sprecher' }))).toEqual(['vidia']);
  });

  it('names a long passage by its first and last words, and one across paragraphs by its first and last paragraph', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve';
    expect(terms(textDirective({ exact: long, prefix: '', suffix: '' }))).toEqual(['one two three four', 'nine ten eleven twelve']);
    expect(terms(textDirective({ exact: 'Ende des Absatzes.\n\nAnfang des nächsten', prefix: '', suffix: '' }))).toEqual(['Ende des Absatzes.', 'Anfang des nächsten']);
  });

  it('collapses white space and has no directive for a passage without words', () => {
    expect(terms(textDirective({ exact: '  96 GB\u00a0HBM3 ', prefix: '', suffix: '' }))).toEqual(['96 GB HBM3']);
    expect(textDirective({ exact: '', prefix: 'a', suffix: 'b' })).toBeNull();
    expect(textDirective({ exact: ' \n ', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('passageUrl', () => {
  const quote = { exact: 'HBM3', prefix: 'bietet er 96 GB ', suffix: ' mit einer' };

  it('appends the directive as the fragment', () => {
    expect(passageUrl('https://example.com/a?x=1', quote)).toBe('https://example.com/a?x=1#:~:text=bietet%20er%2096%20GB-,HBM3,-mit%20einer');
  });

  it('keeps the page’s own fragment and replaces an earlier directive', () => {
    expect(passageUrl('https://example.com/a#teil-2', quote)).toBe('https://example.com/a#teil-2:~:text=bietet%20er%2096%20GB-,HBM3,-mit%20einer');
    expect(passageUrl('https://example.com/a#:~:text=old', quote)).toBe('https://example.com/a#:~:text=bietet%20er%2096%20GB-,HBM3,-mit%20einer');
  });

  it('leaves the address as it is for a note on the whole article', () => {
    expect(passageUrl('https://example.com/a', { exact: '', prefix: '', suffix: '' })).toBe('https://example.com/a');
    expect(passageUrl('https://example.com/a#:~:text=old', { exact: '', prefix: '', suffix: '' })).toBe('https://example.com/a');
  });
});
