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
