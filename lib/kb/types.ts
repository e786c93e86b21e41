/**
 * Knowledge-base types. An entity's matching data (`Chip`, `Company`: what the extractor reads to find and
 * judge a mention) and its card facts (`ChipFacts`, `CompanyFacts`) are separate types kept in separate modules,
 * so the annotator injected into pages ships the first without the second. Every fact carries the document it
 * comes from; a fact nobody can source stays empty.
 */
import type { MatchableFamily } from '../extract/matcher.ts';

/** A text the card shows in the reader's language: English and German. */
export interface Bilingual {
  en: string;
  de: string;
}

/** Where a fact comes from: a datasheet, a press release, a regulator's notice. */
export interface Source {
  /** Short name of the document, e.g. "Nvidia H100 datasheet" or "BIS rule of 17 Oct 2023". */
  title: string;
  /**
   * The same name in German, for readers whose ChipLens speaks German ("Nvidia-H100-Datenblatt"). A headline quoted
   * from an article keeps its own words after the publication and date, which are given in German.
   */
  de?: string;
  /** Public address of the document, when there is a stable one. */
  url?: string;
}

/** A fact with its source. */
export interface Fact<T> {
  value: T;
  source: Source;
}

export type CompanyRole =
  | 'designer' // designs chips (fabless or not)
  | 'foundry'
  | 'memory'
  | 'equipment'
  | 'eda'
  | 'packaging' // packaging, assembly, test, server assembly
  | 'cloud' // cloud provider or big buyer of AI chips
  | 'ai-lab'
  | 'idm'; // designs and makes its own chips

export type ExportControlStatus =
  | 'restricted' // needs a US licence for China
  | 'china-compliant' // designed under the thresholds for China
  | 'banned' // licence applications denied / blocked
  | 'unrestricted'
  | 'domestic-china'; // made in China, not subject to US export rules as a product

export type ChipCategory = 'gpu' | 'accelerator' | 'family' | 'architecture' | 'memory' | 'cpu' | 'network';

export interface Chip {
  /** Stable id, lower-case, maker-prefixed: "nvidia-h20", "huawei-ascend-910c". */
  id: string;
  /** Canonical display name: "Nvidia H20". */
  name: string;
  /**
   * Surface forms found in text. Case-sensitive where the form is upper-case/alphanumeric (model numbers);
   * the matcher treats case per alias (see `lib/extract/matcher.ts`).
   */
  aliases: string[];
  /** Company id of the maker. */
  maker: string;
  category: ChipCategory;
  /**
   * The alias is ambiguous with ordinary words/other things (A100 motorway, Hopper person, Ascend verb);
   * it is only tagged in a chip context. Lists the aliases that need context.
   */
  needsContext?: string[];
}

/**
 * A maker's naming pattern for models: a name that follows it but is in no `Chip`'s aliases ("Trainium5",
 * "MI500X", "Ascend 990") is tagged as an unlisted model of that maker (see `MatchableFamily` for the pattern).
 */
export interface ModelFamily extends MatchableFamily {
  /** Company id of the maker. */
  maker: string;
  category: ChipCategory;
}

/** What the card says about a chip beyond what finding it takes (see `./facts.ts`). */
export interface ChipFacts {
  /** Architecture or family id/name, e.g. "Hopper". */
  architecture?: Fact<string>;
  /** e.g. "96 GB HBM3". */
  memory?: Fact<string>;
  /** e.g. "4.0 TB/s". */
  bandwidth?: Fact<string>;
  /** e.g. "TSMC 4N". */
  process?: Fact<string>;
  launchYear?: Fact<number>;
  exportControl?: Fact<ExportControlStatus>;
  /** One-line description for the card, in English and German. */
  summary?: Bilingual;
  /** The document the summary's own claims rest on, where they go beyond the sourced facts above. */
  summarySource?: Source;
}

export interface Company {
  /** Stable id, lower-case: "nvidia", "smic", "hygon". */
  id: string;
  name: string;
  /** Full legal/alternative names, German forms, pinyin, common misspellings. */
  aliases: string[];
  tickers?: string[];
  /** ISO 3166-1 alpha-2. */
  country?: string;
  roles: CompanyRole[];
  /** Aliases that are ordinary words or other things; tagged only in chip/company context. */
  needsContext?: string[];
}

/** What the card says about a company beyond what finding it takes (see `./facts.ts`). */
export interface CompanyFacts {
  /** One-line description for the card, in English and German. */
  summary?: Bilingual;
  /** The document the summary's claims rest on (a deal, a launch), where there is one to cite. */
  summarySource?: Source;
}
