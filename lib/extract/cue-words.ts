/**
 * Word lists that more than one rule of the extractor reads, each listed once here. Plain data without imports,
 * so any module can take them without pulling in the knowledge base. (The first-stage gate weighs words of its
 * own, in `lib/gate/cues.ts`: its groups and weights are a different judgement, made before any of this runs.)
 */

/**
 * Stems of chip talk, found inside any word: "Chiphersteller", "KI-Beschleuniger", "Halbleiterfirmen",
 * "Grafikkarten", "Rechenzentren". A context cue next to an ambiguous name, and the first of the cues that make
 * a whole text chip news.
 */
export const CHIP_STEMS: readonly string[] = [
  'chip', 'prozessor', 'processor', 'halbleiter', 'semiconductor', 'beschleuniger', 'accelerator', 'gpu', 'grafikkarte',
  'rechenzentr', 'datenzentr',
];

/** Words of a firm's shares: cues for a listed firm (never for a chip, which has none). */
export const STOCK_WORDS: readonly string[] = ['aktie', 'aktien', 'shares', 'stock', 'stocks'];

/**
 * Verbs of speech right after a name, as whole words: people speak, chips do not ("Blackwell said", "Rubin
 * sagte"), and a capitalised pair of words that speaks is a person ("Michael Dell told analysts").
 */
export const SPEECH_VERBS = {
  en: ['said', 'says', 'told', 'tells', 'added', 'wrote', 'argued', 'noted'],
  de: ['sagte', 'sagt', 'erklärte', 'betonte', 'schrieb'],
} as const satisfies Record<'de' | 'en', readonly string[]>;

/**
 * German articles and determiners, which stand before a noun and never before a given name ("der Nachfolger
 * Blackwell"), and before a count make it a reference to things named before ("die drei Chips").
 */
export const GERMAN_DETERMINERS: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen',
  'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren',
  'ihrem', 'ihrer', 'jeder', 'jede', 'jedes', 'jeden', 'jedem', 'alle', 'allen', 'beiden',
];
