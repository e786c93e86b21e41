/** The card's words in English and German; the card speaks the reader's language (options). */
import type { ChipCategory, CompanyRole, ExportControlStatus } from '../../lib/kb/types.ts';
import type { FigureType, Language, Measure } from '../../lib/extract/types.ts';

/** A sentence with places for links: text, or the entity or the earlier article, which the view renders itself. */
export type SentencePart = string | { slot: 'entity' | 'article' };

/** What a figure measures, as a noun the sentences can use. */
export interface MeasureWord {
  /** "write-off", "Abschreibung"; lower case in English, so it can stand inside a sentence. */
  name: string;
  /** Takes a plural verb ("orders are", "Bestellungen liegen"). */
  plural: boolean;
  /** German only: the definite article of a singular noun. */
  article?: 'der' | 'die' | 'das';
}

export interface CardStrings {
  kind: { chip: string; company: string; figure: string };
  category: Record<ChipCategory, string>;
  facts: { maker: string; architecture: string; memory: string; bandwidth: string; process: string; launchYear: string; exportControl: string };
  exportControl: Record<ExportControlStatus, string>;
  roles: Record<CompanyRole, string>;
  role: string;
  country: string;
  tickers: string;
  source: string;
  figureType: Record<FigureType, string>;
  about: string;
  inWords: string;
  inUsd: string;
  /** "at the rate of {date}: {quote}" */
  rateNote: (date: string, quoted: string, source: string) => string;
  seenIn: (n: number) => string;
  seenNowhere: string;
  seenLoading: string;
  seenUnavailable: string;
  /** Shown for a stored time that is no date (see `lib/store/times.ts`). */
  unknownDate: string;
  units: Record<string, string>;
  /** For a model the knowledge base knows only by its family's naming pattern. */
  unlisted: string;
  percent: string;
  points: string;
  measures: Record<Measure, MeasureWord>;
  /** The card's line for a figure said before: "Write-off: $5.5 bn here; $4.5 bn in “…”, Nov 12, 2026". */
  earlierLine: (w: { measure: MeasureWord; here: string; before: string; date: string }) => SentencePart[];
  earlierNone: (measure: MeasureWord) => string;
}

/** The measure's name at the start of a line. */
export function capitalized(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

const EN: CardStrings = {
  kind: { chip: 'Chip', company: 'Company', figure: 'Figure' },
  category: { gpu: 'GPU', accelerator: 'AI accelerator', family: 'Chip family', architecture: 'Architecture', memory: 'Memory', cpu: 'CPU', network: 'Network chip' },
  facts: {
    maker: 'Maker',
    architecture: 'Architecture',
    memory: 'Memory',
    bandwidth: 'Bandwidth',
    process: 'Process',
    launchYear: 'Launch',
    exportControl: 'Export control',
  },
  exportControl: {
    restricted: 'US licence needed for China',
    'china-compliant': 'Built for China, under US thresholds',
    banned: 'Exports to China blocked',
    unrestricted: 'No US export licence needed',
    'domestic-china': 'Chinese product, outside US export rules',
  },
  roles: {
    designer: 'chip designer',
    foundry: 'foundry',
    memory: 'memory maker',
    equipment: 'equipment maker',
    eda: 'chip-design software',
    packaging: 'packaging and assembly',
    cloud: 'cloud provider and chip buyer',
    'ai-lab': 'AI lab',
    idm: 'designs and makes its own chips',
  },
  role: 'Role',
  country: 'Country',
  tickers: 'Tickers',
  source: 'Source',
  figureType: {
    percent: 'Percentage',
    points: 'Percentage points',
    money: 'Amount of money',
    quantity: 'Quantity',
    memory: 'Memory',
    bandwidth: 'Bandwidth',
    compute: 'Compute',
    process: 'Process node',
    power: 'Power',
    date: 'Date',
  },
  about: 'About',
  inWords: 'In words',
  inUsd: 'In US dollars',
  rateNote: (date, quoted, source) => `rate of ${date} (${quoted}; ${source})`,
  seenIn: (n) => (n === 1 ? 'Seen in 1 other article' : `Seen in ${n} other articles`),
  seenNowhere: 'Not seen in other articles yet',
  seenLoading: 'Looking for other articles…',
  seenUnavailable: 'Other articles are not available right now',
  unknownDate: 'unknown date',
  units: { units: 'units', chips: 'chips', GPUs: 'GPUs', cards: 'cards', accelerators: 'accelerators', processors: 'processors', servers: 'servers', wafers: 'wafers', racks: 'racks' },
  percent: 'percent',
  unlisted: 'Not in ChipLens’s knowledge base yet: the name follows the pattern of this maker’s chips, so there are no facts about it here.',
  points: 'percentage points',
  measures: {
    revenue: { name: 'revenue', plural: false },
    profit: { name: 'earnings', plural: true },
    charge: { name: 'write-off', plural: false },
    guidance: { name: 'guidance', plural: false },
    'share-price': { name: 'share price', plural: false },
    'unit-price': { name: 'unit price', plural: false },
    'market-value': { name: 'market value', plural: false },
    investment: { name: 'investment', plural: false },
    orders: { name: 'orders', plural: true },
    shipments: { name: 'shipments', plural: true },
    inventory: { name: 'inventory', plural: false },
    'market-share': { name: 'market share', plural: false },
    growth: { name: 'growth', plural: false },
    memory: { name: 'memory', plural: false },
    bandwidth: { name: 'bandwidth', plural: false },
    compute: { name: 'compute', plural: false },
    process: { name: 'process node', plural: false },
    power: { name: 'power draw', plural: false },
    unknown: { name: 'measure not known', plural: false },
  },
  earlierLine: ({ measure, here, before, date }) => [`${capitalized(measure.name)}: ${here} here; ${before} in “`, { slot: 'article' }, `”, ${date}`],
  earlierNone: (measure) => `No earlier ${measure.name} seen yet`,
};


const DE: CardStrings = {
  kind: { chip: 'Chip', company: 'Unternehmen', figure: 'Zahl' },
  category: { gpu: 'GPU', accelerator: 'KI-Beschleuniger', family: 'Chipfamilie', architecture: 'Architektur', memory: 'Speicher', cpu: 'CPU', network: 'Netzwerkchip' },
  facts: {
    maker: 'Hersteller',
    architecture: 'Architektur',
    memory: 'Speicher',
    bandwidth: 'Bandbreite',
    process: 'Fertigung',
    launchYear: 'Marktstart',
    exportControl: 'Exportkontrolle',
  },
  exportControl: {
    restricted: 'US-Lizenz für China nötig',
    'china-compliant': 'Für China gebaut, unter den US-Grenzwerten',
    banned: 'Export nach China blockiert',
    unrestricted: 'Keine US-Exportlizenz nötig',
    'domestic-china': 'Chinesisches Produkt, nicht unter US-Exportregeln',
  },
  roles: {
    designer: 'Chipentwickler',
    foundry: 'Auftragsfertiger',
    memory: 'Speicherhersteller',
    equipment: 'Anlagenbauer',
    eda: 'Chipdesign-Software',
    packaging: 'Packaging und Montage',
    cloud: 'Cloud-Anbieter und Chipkäufer',
    'ai-lab': 'KI-Labor',
    idm: 'entwickelt und fertigt eigene Chips',
  },
  role: 'Rolle',
  country: 'Land',
  tickers: 'Börsenkürzel',
  source: 'Quelle',
  figureType: {
    percent: 'Prozentwert',
    points: 'Prozentpunkte',
    money: 'Geldbetrag',
    quantity: 'Anzahl',
    memory: 'Speicher',
    bandwidth: 'Bandbreite',
    compute: 'Rechenleistung',
    process: 'Fertigungsknoten',
    power: 'Leistung',
    date: 'Datum',
  },
  about: 'Betrifft',
  inWords: 'In Worten',
  inUsd: 'In US-Dollar',
  rateNote: (date, quoted, source) => `Kurs vom ${date} (${quoted}; ${source})`,
  seenIn: (n) => (n === 1 ? 'In 1 weiteren Artikel gesehen' : `In ${n} weiteren Artikeln gesehen`),
  seenNowhere: 'Noch in keinem anderen Artikel gesehen',
  seenLoading: 'Suche weitere Artikel …',
  seenUnavailable: 'Weitere Artikel sind gerade nicht verfügbar',
  unknownDate: 'Datum unbekannt',
  units: { units: 'Einheiten', chips: 'Chips', GPUs: 'GPUs', cards: 'Grafikkarten', accelerators: 'Beschleuniger', processors: 'Prozessoren', servers: 'Server', wafers: 'Wafer', racks: 'Racks' },
  percent: 'Prozent',
  unlisted: 'Noch nicht in der Wissensbasis von ChipLens: Der Name folgt dem Muster der Chips dieses Herstellers, Fakten dazu gibt es hier noch nicht.',
  points: 'Prozentpunkte',
  measures: {
    revenue: { name: 'Umsatz', plural: false, article: 'der' },
    profit: { name: 'Ergebnis', plural: false, article: 'das' },
    charge: { name: 'Abschreibung', plural: false, article: 'die' },
    guidance: { name: 'Prognose', plural: false, article: 'die' },
    'share-price': { name: 'Aktienkurs', plural: false, article: 'der' },
    'unit-price': { name: 'Stückpreis', plural: false, article: 'der' },
    'market-value': { name: 'Börsenwert', plural: false, article: 'der' },
    investment: { name: 'Investition', plural: false, article: 'die' },
    orders: { name: 'Bestellungen', plural: true },
    shipments: { name: 'Auslieferungen', plural: true },
    inventory: { name: 'Lagerbestand', plural: false, article: 'der' },
    'market-share': { name: 'Marktanteil', plural: false, article: 'der' },
    growth: { name: 'Wachstum', plural: false, article: 'das' },
    memory: { name: 'Speicher', plural: false, article: 'der' },
    bandwidth: { name: 'Bandbreite', plural: false, article: 'die' },
    compute: { name: 'Rechenleistung', plural: false, article: 'die' },
    process: { name: 'Fertigungsknoten', plural: false, article: 'der' },
    power: { name: 'Leistungsaufnahme', plural: false, article: 'die' },
    unknown: { name: 'Messgröße unbekannt', plural: false, article: 'die' },
  },
  earlierLine: ({ measure, here, before, date }) => [`${measure.name}: ${here} hier; ${before} in „`, { slot: 'article' }, `“, ${date}`],
  earlierNone: (measure) => `Noch keine frühere Angabe zu: ${measure.name}`,
};


export function strings(lang: Language): CardStrings {
  return lang === 'de' ? DE : EN;
}
