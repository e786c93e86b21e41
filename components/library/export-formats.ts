/**
 * The export formats the library page offers: for each, the file it makes from the rows `exportAll` read.
 * Pure apart from reading the reader's time zone; the page only fetches the backup and saves the result.
 */
import type { UiLanguage } from '../../lib/i18n.ts';
import type { StoreExport } from '../../lib/store/dump.ts';
import {
  MARKDOWN_LABELS,
  figuresCsv,
  markdownDigest,
  markdownFiles,
  notesCsv,
  readingListCsv,
  webAnnotations,
  zipFiles,
  type ExportOptions,
} from '../../lib/export/index.ts';
import { figureInWords } from '../card/format.ts';
import { strings as cardStrings } from '../card/i18n.ts';
import type { UiStrings } from '../i18n/strings.ts';
import { fileName } from './download.ts';

export type ExportFormat = 'json' | 'markdown' | 'markdownZip' | 'csvFigures' | 'csvList' | 'csvNotes' | 'annotations';

/** In button order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'markdown', 'markdownZip', 'csvFigures', 'csvList', 'csvNotes', 'annotations'];

export type ExportScope = 'all' | 'saved';

export interface ExportFile {
  name: string;
  type: string;
  data: string | Uint8Array<ArrayBuffer>;
}

export interface ExportContext {
  lang: UiLanguage;
  t: UiStrings;
  /** Which articles the formats other than the backup hold. */
  scope: ExportScope;
  now?: Date;
  /** IANA zone for dates in Markdown and CSV; the browser's own when left out. */
  timeZone?: string;
}

/** Builds the file for one format. The JSON backup ignores the scope: it is for restoring everything. */
export function buildExport(format: ExportFormat, dump: StoreExport, ctx: ExportContext): ExportFile {
  const now = ctx.now ?? new Date();
  const opts: ExportOptions = {
    savedOnly: ctx.scope === 'saved',
    timeZone: ctx.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    describeFigure: (v) => figureInWords(v, ctx.lang),
    describeMeasure: (m) => cardStrings(ctx.lang).measures[m].name,
  };
  const labels = MARKDOWN_LABELS[ctx.lang];
  switch (format) {
    case 'json':
      return { name: fileName('backup', 'json', now), type: 'application/json', data: JSON.stringify(dump, null, 2) };
    case 'markdown':
      return { name: fileName('digest', 'md', now), type: 'text/markdown;charset=utf-8', data: markdownDigest(dump, { ...opts, labels }) };
    case 'markdownZip':
      return { name: fileName('articles', 'zip', now), type: 'application/zip', data: zipFiles(markdownFiles(dump, { ...opts, labels }), now) };
    case 'csvFigures':
      return { name: fileName('figures', 'csv', now), type: 'text/csv;charset=utf-8', data: figuresCsv(dump, opts) };
    case 'csvList':
      return { name: fileName('reading-list', 'csv', now), type: 'text/csv;charset=utf-8', data: readingListCsv(dump, opts) };
    case 'csvNotes':
      return { name: fileName('notes', 'csv', now), type: 'text/csv;charset=utf-8', data: notesCsv(dump, opts) };
    case 'annotations':
      return {
        name: fileName('annotations', 'jsonld', now),
        type: 'application/ld+json',
        data: JSON.stringify(webAnnotations(dump, { ...opts, label: ctx.t.library.annotationsLabel }), null, 2),
      };
  }
}
