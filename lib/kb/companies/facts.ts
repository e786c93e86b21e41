/**
 * What the card says about each company, assembled from the `<group>.facts.ts` files and keyed by the ids of
 * `./index.ts`. Only the extension's own pages load this module (through `../facts.ts`).
 */
import type { CompanyFacts } from '../types.ts';
import { CHIP_DESIGNERS_FACTS } from './chip-designers.facts.ts';
import { INTEGRATED_CHIPMAKERS_FACTS } from './integrated-chipmakers.facts.ts';
import { CHINESE_CHIP_DESIGNERS_FACTS } from './chinese-chip-designers.facts.ts';
import { FOUNDRIES_FACTS } from './foundries.facts.ts';
import { MEMORY_MAKERS_FACTS } from './memory-makers.facts.ts';
import { EQUIPMENT_MAKERS_FACTS } from './equipment-makers.facts.ts';
import { CHIP_DESIGN_SOFTWARE_FACTS } from './chip-design-software.facts.ts';
import { ASSEMBLERS_AND_SERVER_MAKERS_FACTS } from './assemblers-and-server-makers.facts.ts';
import { CLOUDS_AND_CHIP_BUYERS_FACTS } from './clouds-and-chip-buyers.facts.ts';
import { AI_LABS_FACTS } from './ai-labs.facts.ts';

/** Facts by company id. */
export const COMPANY_FACTS: Readonly<Record<string, CompanyFacts>> = {
  ...CHIP_DESIGNERS_FACTS,
  ...INTEGRATED_CHIPMAKERS_FACTS,
  ...CHINESE_CHIP_DESIGNERS_FACTS,
  ...FOUNDRIES_FACTS,
  ...MEMORY_MAKERS_FACTS,
  ...EQUIPMENT_MAKERS_FACTS,
  ...CHIP_DESIGN_SOFTWARE_FACTS,
  ...ASSEMBLERS_AND_SERVER_MAKERS_FACTS,
  ...CLOUDS_AND_CHIP_BUYERS_FACTS,
  ...AI_LABS_FACTS,
};
