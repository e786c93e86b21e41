/**
 * What every facts module shares: the `fact` helper, the export-control shorthands, and the documents cited for
 * chips of more than one maker. Facts-only (the name says so): the annotator injected into pages never loads it.
 */
import type { ExportControlStatus, Fact, Source } from './types.ts';

export function fact<T>(value: T, source: Source): Fact<T> {
  return { value, source };
}

export const restricted = (source: Source): Fact<ExportControlStatus> => fact('restricted', source);
export const chinaCompliant = (source: Source): Fact<ExportControlStatus> => fact('china-compliant', source);
export const domesticChina = (source: Source): Fact<ExportControlStatus> => fact('domestic-china', source);

/** Documents cited for the chips of several makers: the US rules that cover them all. */
export const SHARED_SOURCES = {
  bisOct2023: { title: 'BIS interim final rule on advanced computing items, 17 Oct 2023', de: 'Vorläufige BIS-Regel zu Hochleistungs-Rechenchips, 17. Okt. 2023' },
} satisfies Record<string, Source>;
