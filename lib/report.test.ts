import { describe, expect, it } from 'vitest';
import type { Annotation, Mention } from './extract/types.ts';
import { QUOTE_CONTEXT } from './passage.ts';
import { REPORT_LIMITS, buildArticleReport, quoteAt } from './report.ts';

type MentionBody = Mention extends infer M ? (M extends Mention ? Omit<M, 'start' | 'end' | 'text'> : never) : never;

/** Mentions built from the text, so offsets are right by construction. */
function mention(text: string, needle: string, nth: number, rest: MentionBody): Mention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" #${nth} not in text`);
  return { ...rest, start: at, end: at + needle.length, text: needle } as Mention;
}

const page = { url: 'https://news.example.com/a?utm_source=x', title: '  Chips   und Zahlen ', lang: 'de' as const };

describe('quoteAt', () => {
  it('takes 32 characters either side', () => {
    const text = 'a'.repeat(50) + 'XYZ' + 'b'.repeat(50);
    expect(quoteAt(text, 50, 53)).toEqual({ exact: 'XYZ', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
  });
  it('stops at the edges of the text', () => {
    expect(quoteAt('ab XYZ cd', 3, 6)).toEqual({ exact: 'XYZ', prefix: 'ab ', suffix: ' cd' });
  });
  it('caps long quoted text', () => {
    const q = quoteAt('x'.repeat(1000), 0, 1000);
    expect(q.exact).toHaveLength(REPORT_LIMITS.exact);
    expect(q.suffix).toHaveLength(QUOTE_CONTEXT);
  });
  it('does not leave half an emoji at a cut', () => {
    const text = '😀'.repeat(40) + 'H20' + '😀'.repeat(40);
    const start = text.indexOf('H20');
    const q = quoteAt(text, start, start + 3);
    expect(q.prefix).toBe('😀'.repeat(16));
    expect(q.suffix).toBe('😀'.repeat(16));
    const odd = quoteAt('x😀😀' + 'H20', 4, 4);
    expect(odd.prefix.charCodeAt(0)).not.toBe(0xde00);
  });
});

describe('buildArticleReport', () => {
  const text = 'Nvidia verkauft den H20 nach China. Der H20 kostet 12.000 Dollar. Huawei baut den Ascend 910C. Nvidias Umsatz stieg um 9 %.';
  const annotation: Annotation = {
    language: 'de',
    relevant: true,
    mentions: [
      mention(text, 'Nvidia', 0, { kind: 'company', id: 'nvidia', name: 'Nvidia' }),
      mention(text, 'H20', 0, { kind: 'chip', id: 'nvidia-h20', name: 'Nvidia H20' }),
      mention(text, 'H20', 1, { kind: 'chip', id: 'nvidia-h20', name: 'Nvidia H20' }),
      mention(text, '12.000 Dollar', 0, { kind: 'figure', value: { type: 'money', amount: 12000, currency: 'USD' }, about: 'nvidia-h20', measure: 'unit-price' }),
      mention(text, 'Huawei', 0, { kind: 'company', id: 'huawei', name: 'Huawei' }),
      mention(text, 'Ascend 910C', 0, { kind: 'chip', id: 'huawei-ascend-910c', name: 'Huawei Ascend 910C' }),
      mention(text, 'Nvidias', 0, { kind: 'company', id: 'nvidia', name: 'Nvidia' }),
      mention(text, '9 %', 0, { kind: 'figure', value: { type: 'percent', value: 9 }, measure: 'unknown' }),
    ],
  };

  it('aggregates entities per id with count and first passage, most mentioned first', () => {
    const r = buildArticleReport(page, text, annotation);
    expect(r.entities.map((e) => [e.id, e.count])).toEqual([
      ['nvidia', 2],
      ['nvidia-h20', 2],
      ['huawei', 1],
      ['huawei-ascend-910c', 1],
    ]);
    const h20 = r.entities.find((e) => e.id === 'nvidia-h20')!;
    expect(h20.start).toBe(text.indexOf('H20'));
    expect(h20.quote.exact).toBe('H20');
    expect(h20.quote.prefix).toBe('Nvidia verkauft den ');
    expect(h20.quote.suffix).toBe(' nach China. Der H20 kostet 12.0');
    expect(h20.kind).toBe('chip');
    expect(h20.name).toBe('Nvidia H20');
  });

  it('uses the earliest mention as the passage even when mentions arrive out of order', () => {
    const reversed = { ...annotation, mentions: [...annotation.mentions].reverse() };
    const r = buildArticleReport(page, text, reversed);
    expect(r.entities.find((e) => e.id === 'nvidia')!.start).toBe(0);
  });

  it('lists figures in text order with what they are about and what they measure', () => {
    const r = buildArticleReport(page, text, annotation);
    expect(r.figures).toEqual([
      {
        value: { type: 'money', amount: 12000, currency: 'USD' },
        about: 'nvidia-h20',
        measure: 'unit-price',
        quote: { exact: '12.000 Dollar', prefix: ' H20 nach China. Der H20 kostet ', suffix: '. Huawei baut den Ascend 910C. N' },
        start: text.indexOf('12.000'),
      },
      { value: { type: 'percent', value: 9 }, quote: quoteAt(text, text.indexOf('9 %'), text.indexOf('9 %') + 3), start: text.indexOf('9 %') },
    ]);
    expect('about' in r.figures[1]).toBe(false);
    // Not known is said by leaving the measure out.
    expect('measure' in r.figures[1]).toBe(false);
  });

  it('carries the page identity, tidies the title and normalises the date', () => {
    const r = buildArticleReport(
      { ...page, canonical: 'https://news.example.com/a', publishedAt: '2026-03-04T10:00:00+01:00' },
      text,
      annotation,
    );
    expect(r.url).toBe(page.url);
    expect(r.canonical).toBe('https://news.example.com/a');
    expect(r.title).toBe('Chips und Zahlen');
    expect(r.site).toBe('news.example.com');
    expect(r.lang).toBe('de');
    expect(r.publishedAt).toBe('2026-03-04T09:00:00.000Z');
  });

  it('drops an unreadable date and keeps a given site name', () => {
    const r = buildArticleReport({ ...page, site: 'Example News', publishedAt: 'gestern' }, text, annotation);
    expect(r.publishedAt).toBeUndefined();
    expect('publishedAt' in r).toBe(false);
    expect(r.site).toBe('Example News');
  });

  it('ignores mention kinds it does not store', () => {
    const extra = {
      ...annotation,
      mentions: [...annotation.mentions, { kind: 'person', id: 'x', name: 'X', start: 0, end: 1, text: 'N' } as unknown as Mention],
    };
    expect(buildArticleReport(page, text, extra).entities).toHaveLength(4);
  });

  it('stays bounded on a 1 MB page with thousands of mentions', () => {
    const unit = 'Chip C0000 kostet 100 Dollar und mehr Text dazu. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const mentions: Mention[] = [];
    for (let i = 0, at = 0; at + unit.length <= big.length; i++, at += unit.length) {
      mentions.push({ kind: 'chip', id: `chip-${i % 1000}`, name: `Chip ${i % 1000}`, start: at + 5, end: at + 10, text: 'C0000' });
      mentions.push({
        kind: 'figure',
        value: { type: 'money', amount: 100, currency: 'USD' },
        ...(i % 2 ? { about: `chip-${i % 1000}` } : {}),
        start: at + 18,
        end: at + 28,
        text: '100 Dollar',
      });
    }
    const r = buildArticleReport(page, big, { language: 'de', relevant: true, mentions });
    expect(r.entities).toHaveLength(REPORT_LIMITS.entities);
    expect(r.figures).toHaveLength(REPORT_LIMITS.figures);
    expect(r.figures.every((f) => f.about)).toBe(true);
    expect(r.figures.map((f) => f.start)).toEqual([...r.figures.map((f) => f.start)].sort((a, b) => a - b));
    expect(JSON.stringify(r).length).toBeLessThan(150_000);
  });
});
