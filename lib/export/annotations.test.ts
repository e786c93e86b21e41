import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, contentUuid, webAnnotations, type WebAnnotation } from './annotations.ts';
import { NOTE_BODY, annotatedBackup, emptyBackup, trickyBackup } from './test-backup.ts';

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function items(): WebAnnotation[] {
  return webAnnotations(trickyBackup()).first!.items;
}

describe('Web Annotation JSON-LD', () => {
  it('is an AnnotationCollection with the W3C context and one AnnotationPage of Annotations', () => {
    const doc = JSON.parse(JSON.stringify(webAnnotations(trickyBackup())));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(ANNO_CONTEXT).toBe(doc['@context']);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.id).toMatch(UUID_URN);
    expect(doc.generated).toBe('2026-11-23T10:00:00.000Z');
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.id).toMatch(UUID_URN);
    expect(doc.first.startIndex).toBe(0);
    // 2 notes, 3 entity highlights, 3 figures.
    expect(doc.total).toBe(8);
    expect(doc.first.items).toHaveLength(8);
    for (const a of doc.first.items) {
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(UUID_URN);
      expect(a.created).toMatch(ISO);
      expect(a.modified).toMatch(ISO);
      expect(['commenting', 'tagging', 'highlighting']).toContain(a.motivation);
      expect(a.target).toBeDefined();
    }
    expect(new Set(doc.first.items.map((a: WebAnnotation) => a.id)).size).toBe(8);
  });

  it('turns a note into a commenting annotation on its passage, with quote and position selectors', () => {
    const note = items().find((a) => a.motivation === 'commenting' && typeof a.target !== 'string')!;
    expect(note).toMatchObject({
      created: '2026-11-20T10:00:00.000Z',
      modified: '2026-11-21T10:00:00.000Z',
      body: { type: 'TextualBody', value: NOTE_BODY, format: 'text/plain', purpose: 'commenting' },
      target: {
        source: 'https://www.example.de/news/h20-stopp?id=1&x=(2)',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Größe, "Preis"', prefix: 'die ', suffix: ' und' },
          { type: 'TextPositionSelector', start: 120, end: 134 },
        ],
      },
    });
  });

  it('targets the page itself for a note on the whole article', () => {
    const note = items().find((a) => a.motivation === 'commenting' && typeof a.target === 'string')!;
    expect(note.target).toBe('https://news.example.com/a/1');
    expect(note.body).toMatchObject({ value: '@everyone: read this' });
  });

  it('tags each highlighted chip or company and describes each figure', () => {
    const tags = items().filter((a) => a.motivation === 'tagging');
    expect(tags.map((a) => (a.body as { value: string }).value).sort()).toEqual(['NVIDIA', 'Nvidia', 'Nvidia H20']);
    const h20 = tags.find((a) => (a.body as { value: string }).value === 'Nvidia H20')!;
    expect(h20.body).toEqual({ type: 'TextualBody', value: 'Nvidia H20', format: 'text/plain', purpose: 'tagging' });
    expect(h20.target).toEqual({
      source: 'https://www.example.de/news/h20-stopp?id=1&x=(2)',
      selector: [
        { type: 'TextQuoteSelector', exact: 'H20', prefix: 'Nvidia ', suffix: ': Stopp' },
        { type: 'TextPositionSelector', start: 7, end: 10 },
      ],
    });
    const figures = items().filter((a) => a.motivation === 'highlighting');
    // What a figure measures leads its description and is a tag of its own.
    expect(figures.map((a) => a.body)).toContainEqual([
      { type: 'TextualBody', value: 'revenue: 5500000000 USD', format: 'text/plain', purpose: 'describing' },
      { type: 'TextualBody', value: 'NVIDIA', format: 'text/plain', purpose: 'tagging' },
      { type: 'TextualBody', value: 'revenue', format: 'text/plain', purpose: 'tagging' },
    ]);
    // A figure about nothing has a description only.
    expect(figures.map((a) => a.body)).toContainEqual([{ type: 'TextualBody', value: '10–20 %', format: 'text/plain', purpose: 'describing' }]);
  });

  it('gives the same annotation the same id in every export', () => {
    const later = trickyBackup();
    later.exportedAt += 86_400_000;
    later.notes[0].body = 'edited';
    later.notes[0].updatedAt += 1000;
    const a = webAnnotations(trickyBackup()).first!.items.map((i) => i.id);
    const b = webAnnotations(later).first!.items.map((i) => i.id);
    expect(b).toEqual(a);
    expect(contentUuid('a')).not.toBe(contentUuid('b'));
    expect(contentUuid('same')).toBe(contentUuid('same'));
  });

  it('exports notes alone when highlights are turned off', () => {
    const doc = webAnnotations(trickyBackup(), { highlights: false });
    expect(doc.total).toBe(2);
    expect(doc.first!.items.every((a) => a.motivation === 'commenting')).toBe(true);
  });

  it('has no page for an empty store (a page must hold at least one annotation)', () => {
    const doc = webAnnotations(emptyBackup());
    expect(doc).toMatchObject({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection', total: 0 });
    expect(doc.first).toBeUndefined();
  });
});

describe('reader highlights and tags', () => {
  it('exports a highlight with motivation highlighting and tags as tagging bodies', () => {
    const items = webAnnotations(annotatedBackup(), { highlights: false }).first!.items;
    expect(items.map((i) => i.motivation)).toEqual(['commenting', 'commenting', 'highlighting']);
    const [, note, mark] = items;
    expect(note.body).toEqual([
      { type: 'TextualBody', value: NOTE_BODY, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'preise', format: 'text/plain', purpose: 'tagging' },
      { type: 'TextualBody', value: 'export kontrolle', format: 'text/plain', purpose: 'tagging' },
    ]);
    expect(mark.body).toEqual({ type: 'TextualBody', value: 'china', format: 'text/plain', purpose: 'tagging' });
    expect(mark.target).toEqual({
      source: 'https://www.example.de/news/h20-stopp?id=1&x=(2)',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Ausfuhr ==gestoppt==', prefix: 'die ', suffix: ' wurde' },
        { type: 'TextPositionSelector', start: 300, end: 320 },
      ],
    });
  });
});
