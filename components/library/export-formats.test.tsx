import { describe, expect, it } from 'vitest';
import { trickyBackup } from '../../lib/export/test-backup.ts';
import type { StoreExport } from '../../lib/store/dump.ts';
import { uiStrings } from '../i18n/strings.ts';
import { EXPORT_FORMATS, buildExport, type ExportContext } from './export-formats.ts';

const dump: StoreExport = { format: 'chiplens-store', version: 3, ...trickyBackup() };
const now = new Date(2026, 10, 23, 12, 0);
const en: ExportContext = { lang: 'en', t: uiStrings('en'), scope: 'all', now, timeZone: 'UTC' };
const text = (d: string | Uint8Array) => (typeof d === 'string' ? d : new TextDecoder().decode(d));

describe('export formats', () => {
  it('names each file by what it holds, with the right type', () => {
    expect(EXPORT_FORMATS.map((f) => [buildExport(f, dump, en).name, buildExport(f, dump, en).type])).toEqual([
      ['chiplens-backup-2026-11-23.json', 'application/json'],
      ['chiplens-digest-2026-11-23.md', 'text/markdown;charset=utf-8'],
      ['chiplens-articles-2026-11-23.zip', 'application/zip'],
      ['chiplens-figures-2026-11-23.csv', 'text/csv;charset=utf-8'],
      ['chiplens-reading-list-2026-11-23.csv', 'text/csv;charset=utf-8'],
      ['chiplens-notes-2026-11-23.csv', 'text/csv;charset=utf-8'],
      ['chiplens-annotations-2026-11-23.jsonld', 'application/ld+json'],
    ]);
  });

  it('keeps the JSON backup complete whatever the scope', () => {
    expect(JSON.parse(text(buildExport('json', dump, { ...en, scope: 'saved' }).data))).toEqual(dump);
  });

  it('applies the scope to the other formats', () => {
    const list = text(buildExport('csvList', dump, { ...en, scope: 'saved' }).data);
    expect(list.split('\r\n').filter(Boolean)).toHaveLength(2);
    const zip = buildExport('markdownZip', dump, { ...en, scope: 'saved' }).data as Uint8Array;
    // End record: entries on this disk.
    expect(new DataView(zip.buffer).getUint16(zip.length - 22 + 8, true)).toBe(1);
    const all = buildExport('markdownZip', dump, en).data as Uint8Array;
    expect(new DataView(all.buffer).getUint16(all.length - 22 + 8, true)).toBe(2);
  });

  it('words figures and headings in the reader’s language', () => {
    const de = text(buildExport('markdown', dump, { ...en, lang: 'de', t: uiStrings('de') }).data);
    expect(de).toContain('| NVIDIA | Umsatz | 5,5 Milliarden US-Dollar (USD) |');
    expect(de).toContain('| Huawei | Marktanteil | \\-2 Prozentpunkte |');
    expect(de).toContain('### Notizen');
    const anno = JSON.parse(text(buildExport('annotations', dump, { ...en, lang: 'de', t: uiStrings('de') }).data));
    expect(anno.label).toBe('ChipLens-Notizen und -Markierungen');
    expect(text(buildExport('markdown', dump, en).data)).toContain('| NVIDIA | revenue | 5.5 billion US dollars (USD) |');
    const figures = JSON.parse(text(buildExport('annotations', dump, en).data)).first.items.filter((a: { motivation: string }) => a.motivation === 'highlighting');
    expect(figures.map((a: { body: { value: string }[] }) => a.body[0].value)).toContain('revenue: 5.5 billion US dollars (USD)');
  });
});
