/**
 * What a figure measures, read from its own clause in German or English: "took a $2.1 billion charge" is a charge,
 * "Umsatz von 9,8 Milliarden" revenue, "a 12% levy" nothing we compare (unknown). Specs measure what their value
 * type says. Pure and table-driven: one cue list per measure, compiled once into a single regex.
 *
 * How a cue is chosen: cues that cannot describe the figure's value type are ignored (a market share is a
 * percentage, an order a sum or a count); of the rest, the one nearest the figure wins, before it or right after it
 * ("9 Mrd. Umsatz", "$5bn charge"). A cue for something we do not compare (levy, tariff, fine, subsidy, deal) wins
 * the same way and gives `unknown`. Two refinements: a forecast word anywhere in the clause makes a revenue, profit
 * or growth figure guidance ("expects revenue of $54 billion"), and a percentage change in a clause about a stock
 * measures the share price ("die Aktie legte um 5 % zu"), and so does a price ("die Aktie kostet 181 Dollar").
 */
import { isDigitCode } from './chars.ts';
import { SPEC_MEASURE, type FigureValue, type Measure } from './types.ts';

type Kind = 'money' | 'percent' | 'points' | 'quantity';

/**
 * One list of cues (lower case) and what they mean for each value type they can describe: "lost" is a loss for a
 * sum and a fall for a percentage; "sales" revenue for a sum and shipments for a count. `none`: something we do not
 * compare (a levy, a fine, a deal). An empty `by` lists phrases that only keep their words from counting ("up to",
 * "than expected").
 */
interface CueList {
  by: Partial<Record<Kind, Measure | 'none'>>;
  /** Whole words or phrases ("market share"), written out with their inflections. */
  words: string[];
  /** German stems, found also inside a compound ("Quartalsumsatz", "Umsatzplus", "Lagerbestände"). */
  stems?: string[];
  /** Above this amount a money figure is no unit price ("costs $20 billion" is what a plan costs). */
  maxAmount?: number;
}

const ALL = (m: Measure | 'none'): CueList['by'] => ({ money: m, percent: m, points: m, quantity: m });
const RATE = (m: Measure): CueList['by'] => ({ percent: m, points: m });
const PER = ['chip', 'chips', 'unit', 'gpu', 'card', 'wafer', 'server', 'rack', 'accelerator', 'module'];
const PRO = ['chip', 'stück', 'einheit', 'karte', 'wafer', 'server', 'gpu'];

const CUES: CueList[] = [
  { by: {}, words: ['up to', 'than expected', 'than expects', 'als erwartet', 'shares outstanding'] },
  // Taxes, fines, subsidies, deals, stakes, interest: figures of another kind, so a nearer cue does not claim them.
  {
    by: ALL('none'),
    words: ['levy', 'levies', 'tax', 'taxes', 'tariff', 'tariffs', 'duty', 'duties', 'fine', 'fined', 'fines', 'penalty', 'penalties', 'fee', 'fees', 'subsidy', 'subsidies', 'grant', 'grants', 'loan', 'loans', 'deal', 'acquire', 'acquired', 'acquisition', 'takeover', 'stake', 'interest rate', 'interest rates'],
    stems: ['abgabe', 'steuer', 'zoll', 'zölle', 'strafe', 'bußgeld', 'gebühr', 'subvention', 'förder', 'kredit', 'darlehen', 'kaufpreis', 'übernahme', 'beteiligung', 'zins'],
  },
  { by: RATE('market-share'), words: ['market share', 'share of the market', 'of the market', 'share of'], stems: ['marktanteil', 'anteil am markt', 'des marktes', 'des weltmarkts'] },
  { by: { money: 'profit', percent: 'profit', points: 'profit' }, words: ['earnings per share', 'eps', 'gross margin', 'operating margin', 'margin', 'margins'], stems: ['gewinn je aktie', 'ergebnis je aktie', 'marge'] },
  {
    by: { money: 'share-price', percent: 'share-price', points: 'share-price' },
    words: ['share price', 'price target', 'per share', 'shares', 'stock', 'closed at', 'kurs'],
    stems: ['aktienkurs', 'kursziel', 'je aktie', 'pro aktie', 'aktie', 'papiere', 'notierte', 'schloss'],
  },
  { by: { money: 'market-value' }, words: ['market cap', 'market capitalization', 'market capitalisation', 'market value', 'valuation', 'valued at'], stems: ['börsenwert', 'marktwert', 'marktkapitalisierung', 'bewertung', 'bewertet'] },
  {
    by: { money: 'charge' },
    words: ['charge', 'charges', 'writedown', 'writedowns', 'write-down', 'write-downs', 'writeoff', 'write-off', 'write-offs', 'write off', 'wrote off', 'written off', 'write down', 'wrote down', 'written down', 'impairment', 'impairments', 'provision', 'provisions'],
    stems: ['abschreibung', 'wertberichtigung', 'belastung', 'abgeschrieben', 'rückstellung'],
  },
  { by: { money: 'profit', percent: 'growth', points: 'growth' }, words: ['lost', 'loses'], stems: ['verlor', 'verliert'] },
  { by: { money: 'profit' }, words: ['net income', 'operating income', 'profit', 'profits', 'earnings', 'loss', 'losses', 'ebitda', 'ebit'], stems: ['gewinn', 'verlust', 'ergebnis', 'überschuss', 'fehlbetrag'] },
  { by: { money: 'revenue', quantity: 'shipments' }, words: ['sales'], stems: ['absatz'] },
  // A sale of units is a shipment; the sale of a business is a deal.
  { by: { money: 'none', quantity: 'shipments' }, words: [], stems: ['verkauf'] },
  { by: { money: 'revenue' }, words: ['revenue', 'revenues', 'turnover', 'top line'], stems: ['umsatz', 'umsätze', 'erlös', 'einnahmen'] },
  { by: { money: 'investment' }, words: ['invest', 'invests', 'invested', 'investing', 'investment', 'investments', 'capex', 'capital expenditure', 'capital expenditures', 'capital spending', 'spend', 'spends', 'spending', 'spent'], stems: ['investi', 'ausgaben', 'steckt', 'stecken'] },
  { by: { money: 'orders', quantity: 'orders' }, words: ['order', 'orders', 'ordered', 'backlog', 'bookings', 'bought', 'buy', 'buys', 'buying', 'purchase', 'purchases', 'purchased', 'purchasing'], stems: ['bestell', 'auftrag', 'aufträg', 'gekauft', 'kauf'] },
  { by: { money: 'inventory', quantity: 'inventory' }, words: ['inventory', 'inventories', 'stockpile', 'stockpiles', 'unsold', 'on hand'], stems: ['lagerbestand', 'lagerbestände', 'auf lager', 'im lager', 'vorräte', 'bestände'] },
  {
    by: { quantity: 'shipments' },
    words: ['ship', 'ships', 'shipped', 'shipping', 'shipment', 'shipments', 'deliver', 'delivers', 'delivered', 'deliveries', 'produce', 'produces', 'produced', 'production', 'output', 'make', 'makes', 'made', 'sold', 'sells'],
    stems: ['ausgeliefert', 'auslieferung', 'liefert', 'lieferte', 'geliefert', 'produziert', 'produktion', 'fertigt', 'gefertigt', 'hergestellt'],
  },
  {
    by: { money: 'unit-price' },
    words: [...PER.map((w) => `per ${w}`), 'apiece', 'each', 'selling price', 'price', 'prices', 'priced', 'asp', 'cost', 'costs', 'sell for', 'sells for', 'retail', 'retails'],
    stems: [...PRO.flatMap((w) => [`pro ${w}`, `je ${w}`]), 'stückpreis', 'preis', 'kostet', 'kosten'],
    maxAmount: 1e6,
  },
  { by: ALL('guidance'), words: ['expect', 'expects', 'expected', 'forecast', 'forecasts', 'guidance', 'outlook', 'projects', 'anticipates', 'target', 'targets'], stems: ['erwarte', 'prognos', 'ausblick', 'rechnet mit', 'rechnen mit', 'peilt', 'in aussicht'] },
  {
    by: RATE('growth'),
    words: [
      'grew', 'grow', 'grows', 'grown', 'growth', 'growing', 'rose', 'rise', 'rises', 'risen', 'rising', 'up', 'down', 'increase', 'increases', 'increased', 'increasing',
      'gain', 'gains', 'gained', 'jump', 'jumps', 'jumped', 'surge', 'surges', 'surged', 'climb', 'climbs', 'climbed', 'fell', 'fall', 'falls', 'fallen', 'drop', 'drops', 'dropped',
      'decline', 'declines', 'declined', 'decrease', 'decreases', 'decreased', 'slump', 'slumped', 'soar', 'soared', 'plunge', 'plunged', 'tumble', 'tumbled', 'slid', 'slides',
      'shrank', 'shrinks', 'doubled', 'halved', 'year on year', 'year-on-year', 'year over year', 'year-over-year',
    ],
    stems: ['wuchs', 'wachs', 'stieg', 'steiger', 'zuwachs', 'plus', 'legte', 'zugelegt', 'zulegen', 'kletter', 'sprang', 'sank', 'gesunken', 'fiel', 'gefallen', 'rückgang', 'minus', 'verringert', 'erhöh', 'brach', 'halbiert', 'verdoppelt', 'schrumpft'],
  },
];

const GUIDANCE = CUES.findIndex((c) => c.by.money === 'guidance');
const STOCK = CUES.findIndex((c) => c.by.money === 'share-price');

/**
 * The cue trie's alphabet: a-z, space, hyphen and the German letters (after lower-casing); any other character
 * ends a cue. A node's children are a small array indexed by this, not a map: the trie is read for every
 * character of every figure's clause.
 */
const SLOT = new Int8Array(65536).fill(-1);
for (let c = 0x61; c <= 0x7a; c++) SLOT[c] = c - 0x61;
for (let c = 0x41; c <= 0x5a; c++) SLOT[c] = c - 0x41;
SLOT[0x20] = 26;
SLOT[0x2d] = 27;
SLOT[0xe4] = SLOT[0xc4] = 28; // ä Ä
SLOT[0xf6] = SLOT[0xd6] = 29; // ö Ö
SLOT[0xfc] = SLOT[0xdc] = 30; // ü Ü
SLOT[0xdf] = 31; // ß
const SLOTS = 32;

/**
 * A character trie in flat typed arrays: node `n`'s child for slot `s` is `next[n * SLOTS + s]`, 0 for none (node
 * 0 is the root, never a child); `cue[n]` is the cue ending at `n` (-1 for none) and `word[n]` whether it is a
 * whole-word cue, which must not continue into a letter (stems may). Flat arrays, not an object per node: a few
 * thousand nodes of 32-slot arrays took 20 ms to build in a page, more than everything else the annotator's
 * bundle does when it is loaded.
 */
interface Trie {
  next: Int32Array;
  cue: Int16Array;
  word: Uint8Array;
  size: number;
}

function newTrie(capacity: number): Trie {
  return { next: new Int32Array(capacity * SLOTS), cue: new Int16Array(capacity).fill(-1), word: new Uint8Array(capacity), size: 1 };
}

function slotOf(c: number): number {
  return Number.isNaN(c) ? -1 : SLOT[c];
}

/** The node at the end of `s` in `trie`, added with the nodes before it where missing. */
function addPath(trie: Trie, s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const slot = slotOf(s.charCodeAt(k));
    if (slot < 0) throw new Error(`measure cue ${JSON.stringify(s)}: character outside the trie's alphabet`);
    const at = n * SLOTS + slot;
    if (!trie.next[at]) trie.next[at] = trie.size++;
    n = trie.next[at];
  }
  return n;
}

/** The node at the end of `s` in `trie`, or 0 when it is not there. */
function nodeAt(trie: Trie, s: string): number {
  let n = 0;
  for (let k = 0; k < s.length && (k === 0 || n); k++) n = trie.next[n * SLOTS + slotOf(s.charCodeAt(k))];
  return n;
}

/** The cue tables: built on the first figure read, not when the extractor is loaded (on every chip page). */
interface CueTables {
  /** All cues; see `buildCueTables`. */
  all: Trie;
  /** Only the stems. */
  stems: Trie;
  /** Per pair of slots: whether a cue (ANY_CUE) or a stem (STEM_CUE) begins with those two characters. */
  pairs: Uint8Array;
}
const ANY_CUE = 1;
const STEM_CUE = 2;

let cueTables: CueTables | undefined;

/**
 * All cues in one character trie: reading a clause costs one array lookup per character or two, whatever the
 * number of cues (a regex with this many alternatives cost more than the rest of the figure's annotation). Where
 * two cues end at one node, the first one added keeps it. Beside it the same trie with only the stems (where a
 * stem kept its node): inside a word (most positions of a clause) no whole-word cue can match, and this smaller
 * trie turns those positions down after a step or two.
 */
function buildCueTables(): CueTables {
  // Room for every cue's characters, plus the root.
  const capacity = 1 + CUES.reduce((sum, c) => sum + [...c.words, ...(c.stems ?? [])].reduce((a, w) => a + w.length, 0), 0);
  const all = newTrie(capacity);
  CUES.forEach((c, i) => {
    const add = (s: string, word: boolean) => {
      const n = addPath(all, s);
      if (all.cue[n] < 0) {
        all.cue[n] = i;
        all.word[n] = word ? 1 : 0;
      }
    };
    for (const w of c.words) add(w, true);
    for (const w of c.stems ?? []) add(w, false);
  });
  const stems = newTrie(capacity);
  for (const c of CUES) {
    for (const stem of c.stems ?? []) {
      const there = nodeAt(all, stem);
      if (all.cue[there] < 0 || all.word[there]) continue;
      stems.cue[addPath(stems, stem)] = all.cue[there];
    }
  }
  const pairs = new Uint8Array(SLOTS * SLOTS);
  for (const [trie, bit] of [[all, ANY_CUE], [stems, STEM_CUE]] as const) {
    for (let i = 0; i < SLOTS; i++) {
      const n1 = trie.next[i];
      if (!n1) continue;
      if (trie.cue[n1] >= 0) throw new Error('measure cues: a one-character cue would pass the pair filter unread');
      for (let j = 0; j < SLOTS; j++) if (trie.next[n1 * SLOTS + j]) pairs[i * SLOTS + j] |= bit;
    }
  }
  return { all, stems, pairs };
}

function isLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** What reading a clause found: the nearest cue that fits, and whether a forecast or a stock is spoken of. */
interface Reading {
  kind: Kind;
  amount: number;
  /** A growth cue does not describe a level reached ("rose to 37%"). */
  level: boolean;
  best: Measure | 'none' | undefined;
  distance: number;
  guidance: boolean;
  stock: boolean;
}

/**
 * Reads the cues in text[from, to) left to right into `r`; at one position the longest cue wins, and the search
 * goes on after it (so "kauf" is not found again inside "verkauf"). `anchor` is the figure's start (cues before
 * it) or end (cues after it); the distance is counted from there.
 */
function readCues(text: string, from: number, to: number, anchor: number, after: boolean, r: Reading): void {
  const { all, stems, pairs } = (cueTables ??= buildCueTables());
  let p = from;
  // The codes before, at and after p roll along with p: a string read costs more than the rest of a step.
  let before = p > 0 ? text.charCodeAt(p - 1) : NaN;
  let here = text.charCodeAt(p);
  let next = p + 1 < to ? text.charCodeAt(p + 1) : NaN;
  while (p < to) {
    // Every cue has two characters or more: the pair at p rejects most positions before the trie is read.
    const first = SLOT[here];
    const second = p + 1 < to ? SLOT[next] : -1;
    const pair = first < 0 || second < 0 ? 0 : pairs[first * SLOTS + second];
    const wordStart = pair !== 0 && (p === 0 || !isLetterCode(before));
    if (pair === 0 || (pair & (wordStart ? ANY_CUE : STEM_CUE)) === 0) {
      p++;
      before = here;
      here = next;
      next = p + 1 < to ? text.charCodeAt(p + 1) : NaN;
      continue;
    }
    const trie = wordStart ? all : stems;
    let n = trie.next[first];
    let cue = -1;
    let end = p;
    for (let k = p + 1; n; k++) {
      const ending = trie.cue[n];
      if (ending >= 0 && (!trie.word[n] || (wordStart && !isLetterCode(text.charCodeAt(k))))) {
        cue = ending;
        end = k;
      }
      if (k >= to) break;
      const slot = SLOT[text.charCodeAt(k)];
      n = slot < 0 ? 0 : trie.next[n * SLOTS + slot];
    }
    if (cue < 0) {
      p++;
      before = here;
      here = next;
      next = p + 1 < to ? text.charCodeAt(p + 1) : NaN;
      continue;
    }
    consider(r, cue, after ? p - anchor : anchor - end, after);
    p = end;
    before = text.charCodeAt(p - 1);
    here = text.charCodeAt(p);
    next = p + 1 < to ? text.charCodeAt(p + 1) : NaN;
  }
}

function consider(r: Reading, i: number, distance: number, after: boolean): void {
  const cue = CUES[i];
  const measure = cue.by[r.kind];
  if (measure === undefined || (r.level && measure === 'growth')) return;
  if (cue.maxAmount !== undefined && r.kind === 'money' && Math.abs(r.amount) > cue.maxAmount) return;
  if (i === GUIDANCE) r.guidance = true;
  if (i === STOCK && !after) r.stock = true;
  // Ties go to the cue before the figure.
  if (distance < r.distance || (!after && distance === r.distance)) {
    r.best = measure;
    r.distance = distance;
  }
}

/** Whether `word` and one space stand right before `pos` ("rose to 37%"). */
function endsWithWord(text: string, pos: number, word: string): boolean {
  const a = pos - 1 - word.length;
  const sp = text.charCodeAt(pos - 1);
  return a >= 0 && (sp === 0x20 || sp === 0xa0) && text.startsWith(word, a) && (a === 0 || !isLetterCode(text.charCodeAt(a - 1)));
}

/** How far a cue after the figure may stand: "9 Mrd. Euro Umsatz", "a $2.1 billion one-time charge". */
const AFTER_REACH = 28;
/** How far back the figure's own clause is read at most. */
const BEFORE_REACH = 90;
/** The part of the clause read first. */
const NEAR_REACH = 40;

/** Abbreviations whose period does not end a sentence ("2,5 Mrd. Euro", "bzw."); single letters ("U.S.") too. */
const ABBREVIATIONS = new Set(['Mrd', 'Mio', 'Tsd', 'Bio', 'bzw', 'ca', 'rd', 'Nr', 'vs', 'Co', 'Inc', 'Corp', 'Ltd', 'etc', 'Jan', 'Feb', 'Aug', 'Sep', 'Sept', 'Okt', 'Oct', 'Nov', 'Dez', 'Dec']);

function isClauseBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3b || c === 0x0a || c === 0x21 || c === 0x3f) return true; // ; \n ! ?
  if (c === 0x2c) return !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))); // not "9,8"
  if (c !== 0x2e) return false;
  // A period ends a sentence, unless it closes an abbreviation or a number ("3. Quartal", "2.5").
  if (isDigitCode(text.charCodeAt(i + 1)) || isDigitCode(text.charCodeAt(i - 1))) return false;
  let w = i;
  while (w > 0 && i - w < 5 && isLetterCode(text.charCodeAt(w - 1))) w--;
  if (i - w <= 1) return i - w === 0;
  // A word longer than five letters is no abbreviation of ours.
  return isLetterCode(text.charCodeAt(w - 1)) || !ABBREVIATIONS.has(text.slice(w, i));
}

/** The measure of the figure at [start, end) with value `value`, read from its clause; `unknown` if none fits. */
export function measureOf(text: string, start: number, end: number, value: FigureValue): Measure {
  const kind = value.type;
  if (kind !== 'money' && kind !== 'percent' && kind !== 'points' && kind !== 'quantity') return SPEC_MEASURE[kind] ?? 'unknown';
  let from = start;
  while (from > 0 && start - from < BEFORE_REACH && !isClauseBreak(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < AFTER_REACH && !isClauseBreak(text, to)) to++;

  const r: Reading = {
    kind,
    amount: value.type === 'money' ? value.amount : 0,
    // "rose to 37%", "stieg auf 37 %": a level reached, not a change.
    level: endsWithWord(text, start, 'to') || endsWithWord(text, start, 'auf'),
    best: undefined,
    distance: Infinity,
    guidance: false,
    stock: false,
  };
  readCues(text, end, to, end, true, r);
  // The near part of the clause first (from a word's start): a cue there is nearer than any further back, and
  // only a revenue, profit, growth or price figure needs the rest of the clause (for a forecast or a stock).
  let near = Math.max(from, start - NEAR_REACH);
  while (near > from && isLetterCode(text.charCodeAt(near - 1))) near--;
  readCues(text, near, start, start, false, r);
  const b = r.best;
  if (near > from && (b === undefined || b === 'revenue' || b === 'profit' || b === 'growth' || b === 'unit-price' || r.distance > start - near)) {
    readCues(text, from, near, start, false, r);
  }
  const { best: measure, guidance, stock } = r;
  if (measure === undefined || measure === 'none') return 'unknown';
  if (guidance && (measure === 'revenue' || measure === 'profit' || measure === 'growth')) return 'guidance';
  // "Die Aktie legte um 5 % zu", "Die Aktie kostet 181 Dollar": a change or price in a clause about a stock.
  if (stock && (measure === 'growth' || measure === 'unit-price')) return 'share-price';
  return measure;
}
