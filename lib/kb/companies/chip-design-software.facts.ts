/** Chip-design software (EDA) firms: what the card says about them, keyed by the ids of `./chip-design-software.ts`. */
import type { CompanyFacts } from '../types.ts';

export const CHIP_DESIGN_SOFTWARE_FACTS: Readonly<Record<string, CompanyFacts>> = {
  cadence: {
    summary: 'US vendor of chip-design (EDA) software and IP.',
  },
  synopsys: {
    summary: 'US vendor of chip-design (EDA) software and IP, the largest in the field.',
  },
  'siemens-eda': {
    summary: "Chip-design (EDA) software business of Germany's Siemens, formerly Mentor Graphics.",
  },
  empyrean: {
    summary: "China's largest domestic vendor of chip-design (EDA) software.",
  },
};
