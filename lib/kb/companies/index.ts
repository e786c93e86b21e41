/**
 * Company knowledge base: the firms that matter in AI-chip news, with the spellings journalists and machine
 * translations use for them, one file per role (by a firm's first role: a cloud that also designs chips is among
 * the clouds). What the card says about them is beside each file in `<group>.facts.ts`, assembled in `./facts.ts`.
 *
 * Conventions (the matcher in `lib/extract/matcher.ts` relies on them):
 * - `name` is itself a surface form; `aliases` adds full legal names, short forms, pinyin and misspellings.
 *   The matcher compares the first letter's case, so a lower-case-initial spelling ("nVidia", "d-Matrix") is
 *   listed on its own; genitives and plurals ("Nvidias") are left to the extractor's inflection handling.
 * - `needsContext` lists the surfaces that are also ordinary words, people, places or other firms; they are
 *   tagged only near chip or company vocabulary.
 * - No spelling belongs to two companies. Product names (Kunlun, Ascend, Kimi) belong to the chip KB or to
 *   nobody, never here, so that a product is not tagged as its maker.
 * - Tickers: US symbols bare ("NVDA"); other markets with the exchange suffix (".SH", ".SZ", ".HK", ".TW",
 *   ".T", ".KS", ".AS"). A ticker nobody could confirm is left out.
 */
import type { Company } from '../types.ts';
import { CHIP_DESIGNERS } from './chip-designers.ts';
import { INTEGRATED_CHIPMAKERS } from './integrated-chipmakers.ts';
import { CHINESE_CHIP_DESIGNERS } from './chinese-chip-designers.ts';
import { FOUNDRIES } from './foundries.ts';
import { MEMORY_MAKERS } from './memory-makers.ts';
import { EQUIPMENT_MAKERS } from './equipment-makers.ts';
import { CHIP_DESIGN_SOFTWARE } from './chip-design-software.ts';
import { ASSEMBLERS_AND_SERVER_MAKERS } from './assemblers-and-server-makers.ts';
import { CLOUDS_AND_CHIP_BUYERS } from './clouds-and-chip-buyers.ts';
import { AI_LABS } from './ai-labs.ts';

export const COMPANIES: readonly Company[] = [
  ...CHIP_DESIGNERS,
  ...INTEGRATED_CHIPMAKERS,
  ...CHINESE_CHIP_DESIGNERS,
  ...FOUNDRIES,
  ...MEMORY_MAKERS,
  ...EQUIPMENT_MAKERS,
  ...CHIP_DESIGN_SOFTWARE,
  ...ASSEMBLERS_AND_SERVER_MAKERS,
  ...CLOUDS_AND_CHIP_BUYERS,
  ...AI_LABS,
];

/** Companies by id, for resolving chip makers and mention ids. */
export const COMPANY_BY_ID: ReadonlyMap<string, Company> = new Map(COMPANIES.map((c) => [c.id, c]));
