/**
 * A small backup with the content that breaks naive exporters: colons, quotes, commas and pipes in titles, a title
 * that is a spreadsheet formula, line breaks and Markdown in notes, German umlauts, a range, a negative change, a
 * figure about an entity no stored article names, and a note on the whole article. Used by the unit tests only.
 */
import type { Backup } from './model.ts';

const day = (iso: string) => Date.parse(iso);

export const TRICKY_TITLE = 'Nvidia H20: „Stopp“ | Chinas "Antwort", Teil 1';
export const FORMULA_TITLE = '=HYPERLINK("http://evil.example","Klick")';
export const NOTE_BODY = 'Prüfen: *Größe* & #Preis | Menge\n- nicht vergessen\n=SUMME(A1:A3)';

export function trickyBackup(): Backup {
  return {
    exportedAt: day('2026-11-23T10:00:00Z'),
    articles: [
      {
        id: 7,
        url: 'https://www.example.de/news/h20-stopp?id=1&x=(2)',
        title: TRICKY_TITLE,
        site: 'example.de',
        lang: 'de',
        publishedAt: day('2025-08-22T23:30:00Z'),
        date: day('2025-08-22T23:30:00Z'),
        firstSeen: day('2026-11-20T09:15:00Z'),
        lastSeen: day('2026-11-21T09:15:00Z'),
        savedAt: day('2026-11-20T09:16:00Z'),
        readAt: day('2026-11-21T18:00:00Z'),
        tags: ['china', 'export kontrolle'],
        entityIds: ['nvidia-h20', 'nvidia'],
      },
      {
        id: 9,
        url: 'https://news.example.com/a/1',
        title: FORMULA_TITLE,
        site: 'news.example.com',
        lang: 'en',
        date: day('2026-11-22T12:00:00Z'),
        firstSeen: day('2026-11-22T12:00:00Z'),
        lastSeen: day('2026-11-22T12:00:00Z'),
        tags: [],
        entityIds: ['nvidia'],
      },
    ],
    mentions: [
      { id: 1, articleId: 7, entityId: 'nvidia', kind: 'company', name: 'Nvidia', count: 1, quote: { exact: 'Nvidia', prefix: '', suffix: ' stoppt' }, start: 0, date: 0 },
      { id: 2, articleId: 7, entityId: 'nvidia-h20', kind: 'chip', name: 'Nvidia H20', count: 3, quote: { exact: 'H20', prefix: 'Nvidia ', suffix: ': Stopp' }, start: 7, date: 0 },
      { id: 3, articleId: 9, entityId: 'nvidia', kind: 'company', name: 'NVIDIA', count: 2, quote: { exact: 'NVIDIA', prefix: 'said ', suffix: ', "a' }, start: 40, date: 0 },
    ],
    figures: [
      {
        id: 1,
        articleId: 7,
        about: 'nvidia',
        type: 'money',
        value: { type: 'money', amount: 5.5e9, currency: 'USD' },
        measure: 'revenue',
        quote: { exact: '5,5 Milliarden Dollar', prefix: 'Umsatz von\n', suffix: ', sagte er' },
        start: 200,
        date: 0,
      },
      { id: 2, articleId: 7, type: 'percent', value: { type: 'percent', min: 10, max: 20 }, measure: 'unknown', quote: { exact: '10 bis 20 Prozent', prefix: 'um ', suffix: ' |' }, start: 90, date: 0 },
      { id: 3, articleId: 9, about: 'huawei', type: 'points', value: { type: 'points', value: -2 }, measure: 'market-share', quote: { exact: '-2 points', prefix: 'share fell ', suffix: '.' }, start: 12, date: 0 },
    ],
    notes: [
      {
        id: 4,
        articleId: 7,
        selector: { exact: 'Größe, "Preis"', prefix: 'die ', suffix: ' und' },
        position: { start: 120, end: 134 },
        body: NOTE_BODY,
        tags: [],
        createdAt: day('2026-11-20T10:00:00Z'),
        updatedAt: day('2026-11-21T10:00:00Z'),
      },
      { id: 5, articleId: 9, selector: { exact: '', prefix: '', suffix: '' }, body: '@everyone: read this', tags: [], createdAt: day('2026-11-22T13:00:00Z'), updatedAt: day('2026-11-22T13:00:00Z') },
    ],
  };
}

/** The tricky backup plus tags on its first note and a tagged yellow highlight in the German article. */
export function annotatedBackup(): Backup {
  const b = trickyBackup();
  b.notes[0].tags = ['preise', 'export kontrolle'];
  b.notes.push({
    id: 6,
    articleId: 7,
    selector: { exact: 'Ausfuhr ==gestoppt==', prefix: 'die ', suffix: ' wurde' },
    position: { start: 300, end: 320 },
    body: '',
    color: 'yellow',
    tags: ['china'],
    createdAt: day('2026-11-20T11:00:00Z'),
    updatedAt: day('2026-11-20T11:00:00Z'),
  });
  return b;
}

export function emptyBackup(): Backup {
  return { exportedAt: day('2026-11-23T10:00:00Z'), articles: [], mentions: [], figures: [], notes: [] };
}
