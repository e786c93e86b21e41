/** The card's words in English and German; the card speaks the page's language. */
import type { ChipCategory, CompanyRole, ExportControlStatus } from '../../lib/kb/types.ts';
import type { FigureType, Language } from '../../lib/extract/types.ts';

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
  percent: string;
  points: string;
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
  points: 'percentage points',
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
  points: 'Prozentpunkte',
};

export function strings(lang: Language): CardStrings {
  return lang === 'de' ? DE : EN;
}
