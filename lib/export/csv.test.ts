import { describe, expect, it } from 'vitest';
import { BOM, NOTE_COLUMNS, csvDocument, csvField, figuresCsv, notesCsv, readingListCsv } from './csv.ts';
import { FORMULA_TITLE, NOTE_BODY, TRICKY_TITLE, annotatedBackup, emptyBackup, trickyBackup } from './test-backup.ts';

/** An RFC 4180 reader (quoted fields, doubled quotes, CRLF), to read back what the writer wrote. */
function parseCsv(doc: string): string[][] {
  expect(doc.startsWith(BOM)).toBe(true);
  const text = doc.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === '') {
      // Quoted field: up to the closing quote, "" standing for one quote.
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r') {
      expect(text[i + 1]).toBe('\n');
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n') {
      throw new Error(`bare LF outside quotes at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('Größe')).toBe('Größe');
    expect(csvField(undefined)).toBe('');
  });

  it('defuses text that a spreadsheet would run as a formula, but writes numbers as numbers', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+49 30 1234')).toBe("'+49 30 1234");
    expect(csvField('-2 points')).toBe("'-2 points");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(5.5e9)).toBe('5500000000');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('writes a BOM and ends every record with CRLF', () => {
    expect(csvDocument(['a', 'b'], [['x', 1]])).toBe('\ufeffa,b\r\nx,1\r\n');
  });
});

describe('figures table', () => {
  it('has one row per figure, newest article first, with measure, value, range bounds, unit and entity', () => {
    const rows = parseCsv(figuresCsv(trickyBackup()));
    expect(rows[0]).toEqual(['article', 'url', 'date', 'entity_id', 'entity_name', 'entity_kind', 'measure', 'type', 'value', 'min', 'max', 'unit', 'text', 'passage']);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([`'${FORMULA_TITLE}`, 'https://news.example.com/a/1', '2026-11-22', 'huawei', 'Huawei', 'company', 'market-share', 'points', '-2', '', '', 'pp', "'-2 points", 'share fell -2 points.']);
    // Same article: figures in page order, the range before the amount.
    expect(rows[2]).toEqual([TRICKY_TITLE, 'https://www.example.de/news/h20-stopp?id=1&x=(2)', '2025-08-22', '', '', '', 'unknown', 'percent', '', '10', '20', '%', '10 bis 20 Prozent', 'um 10 bis 20 Prozent |']);
    expect(rows[3].slice(3, 14)).toEqual(['nvidia', 'NVIDIA', 'company', 'revenue', 'money', '5500000000', '', '', 'USD', '5,5 Milliarden Dollar', 'Umsatz von 5,5 Milliarden Dollar, sagte er']);
  });

  it('dates rows in the reader’s time zone', () => {
    const rows = parseCsv(figuresCsv(trickyBackup(), { timeZone: 'Europe/Berlin' }));
    // Published 23:30 UTC on the 22nd is the 23rd in Berlin.
    expect(rows[2][2]).toBe('2025-08-23');
  });

  it('exports only the chosen articles', () => {
    const rows = parseCsv(figuresCsv(trickyBackup(), { articleIds: [9] }));
    expect(rows.map((r) => r[7])).toEqual(['type', 'points']);
  });

  it('is a header alone for an empty store', () => {
    expect(figuresCsv(emptyBackup())).toBe(`${BOM}article,url,date,entity_id,entity_name,entity_kind,measure,type,value,min,max,unit,text,passage\r\n`);
  });
});

describe('reading list', () => {
  it('lists the articles with dates, tags, entities and note counts', () => {
    const rows = parseCsv(readingListCsv(trickyBackup()));
    expect(rows[0]).toEqual(['title', 'url', 'site', 'lang', 'published', 'seen', 'saved', 'read', 'tags', 'entities', 'notes']);
    expect(rows.slice(1)).toEqual([
      [`'${FORMULA_TITLE}`, 'https://news.example.com/a/1', 'news.example.com', 'en', '', '2026-11-22 12:00', '', '', '', 'NVIDIA', '1'],
      [TRICKY_TITLE, 'https://www.example.de/news/h20-stopp?id=1&x=(2)', 'example.de', 'de', '2025-08-22', '2026-11-20 09:15', '2026-11-20 09:16', '2026-11-21 18:00', 'china; export kontrolle', 'Nvidia H20; Nvidia', '1'],
    ]);
  });

  it('keeps only saved articles when asked', () => {
    const rows = parseCsv(readingListCsv(trickyBackup(), { savedOnly: true }));
    expect(rows.slice(1).map((r) => r[0])).toEqual([TRICKY_TITLE]);
  });

  it('keeps umlauts and line breaks inside one field', () => {
    const b = trickyBackup();
    b.articles[0].title = 'Übernahme:\nGrößter Deal, "jemals"';
    const doc = readingListCsv(b);
    expect(doc).toContain('"Übernahme:\nGrößter Deal, ""jemals"""');
    expect(parseCsv(doc)[2][0]).toBe('Übernahme:\nGrößter Deal, "jemals"');
  });
});

describe('notes CSV', () => {
  it('has one row per note or highlight with kind, colour, passage, text and tags', () => {
    const [header, ...rows] = parseCsv(notesCsv(annotatedBackup()));
    expect(header).toEqual([...NOTE_COLUMNS]);
    expect(rows).toEqual([
      [FORMULA_TITLE.replace(/^/, "'"), 'https://news.example.com/a/1', 'note', '', '', "'@everyone: read this", '', '2026-11-22 13:00', '2026-11-22 13:00'],
      [TRICKY_TITLE, 'https://www.example.de/news/h20-stopp?id=1&x=(2)', 'note', '', 'Größe, "Preis"', NOTE_BODY, 'preise; export kontrolle', '2026-11-20 10:00', '2026-11-21 10:00'],
      [TRICKY_TITLE, 'https://www.example.de/news/h20-stopp?id=1&x=(2)', 'highlight', 'yellow', 'Ausfuhr ==gestoppt==', '', 'china', '2026-11-20 11:00', '2026-11-20 11:00'],
    ]);
  });
});
