/** Mention types: what the annotator outputs, in the command line (README) and in the page alike. */

export type Language = 'de' | 'en';

/** What language detection can say: German, English or neither. */
export type DetectedLanguage = Language | 'other';

export type FigureValue =
  | { type: 'percent'; value: number }
  | { type: 'percent'; min: number; max: number }
  | { type: 'points'; value: number }
  | { type: 'money'; amount: number; currency: string; min?: number; max?: number }
  | { type: 'quantity'; amount: number; unit?: string; min?: number; max?: number }
  | { type: 'memory'; amount: number; unit: 'GB' | 'TB' }
  | { type: 'bandwidth'; amount: number; unit: 'GB/s' | 'TB/s' }
  | { type: 'compute'; amount: number; unit: 'TFLOPS' | 'PFLOPS' }
  | { type: 'process'; amount: number; unit: 'nm' }
  | { type: 'power'; amount: number; unit: 'W' }
  | { type: 'date'; iso: string };

export type FigureType = FigureValue['type'];

/**
 * What a figure measures, read from the figure's own clause ("took a $2.1 billion charge", "Umsatz von 9,8
 * Milliarden"). Figures are compared and grouped only within the same entity and the same measure, so a write-off
 * is never set against lost revenue. `unknown` is a valid answer; `profit` covers losses too (negative or worded).
 */
export const MEASURES = [
  'revenue',
  'profit',
  'charge',
  'guidance',
  'share-price',
  'unit-price',
  'market-value',
  'investment',
  'orders',
  'shipments',
  'inventory',
  'market-share',
  'growth',
  'memory',
  'bandwidth',
  'compute',
  'process',
  'power',
  'unknown',
] as const;

export type Measure = (typeof MEASURES)[number];

/** Value types whose unit already says what they measure: 96 GB is memory whatever the clause around it says. */
export const SPEC_MEASURE: Partial<Record<FigureType, Measure>> = {
  memory: 'memory',
  bandwidth: 'bandwidth',
  compute: 'compute',
  process: 'process',
  power: 'power',
};

interface Span {
  /** UTF-16 offsets into the input text; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export interface EntityMention extends Span {
  kind: 'chip' | 'company';
  id: string;
  name: string;
}

export interface FigureMention extends Span {
  kind: 'figure';
  value: FigureValue;
  /** Entity id the figure is about, where the sentence tells. */
  about?: string;
  /** What the figure measures; absent means not read (yet), the same as `unknown`. */
  measure?: Measure;
}

export type Mention = EntityMention | FigureMention;

export interface Annotation {
  /** The language numbers were read in: German or English, also for a text in another language. */
  language: Language;
  /**
   * The language the text is in, where annotate() detected it (no `lang` option): `other` for French, Spanish,
   * Italian, Dutch and the like. Such a text is never relevant. Not part of the command-line output.
   */
  detected?: DetectedLanguage;
  relevant: boolean;
  mentions: Mention[];
}

export interface AnnotateOptions {
  lang?: Language;
  /** Extra terms a reader watches (options page); tagged as chips or companies. */
  watchTerms?: { term: string; kind: 'chip' | 'company' }[];
}
