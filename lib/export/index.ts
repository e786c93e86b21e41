/**
 * Exports of the reader's data, pure and DOM-free: each takes a backup as `exportAll` reads it (the JSON backup
 * itself is that object, serialised) and returns text, or bytes for the ZIP.
 */
export { buildModel, localDate, localDateTime, plainFigure, type Backup, type ExportOptions, type Selection } from './model.ts';
export { MARKDOWN_LABELS, articleFileName, markdownDigest, markdownFiles, type MarkdownLabels, type MarkdownOptions } from './markdown.ts';
export { BOM, figuresCsv, notesCsv, readingListCsv } from './csv.ts';
export { ANNO_CONTEXT, webAnnotations, type AnnotationCollection, type AnnotationOptions, type WebAnnotation } from './annotations.ts';
export { crc32, zipFiles } from './zip.ts';
