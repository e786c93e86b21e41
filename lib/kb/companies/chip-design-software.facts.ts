/** Chip-design software (EDA) firms: what the card says about them, keyed by the ids of `./chip-design-software.ts`. */
import type { CompanyFacts } from '../types.ts';

export const CHIP_DESIGN_SOFTWARE_FACTS: Readonly<Record<string, CompanyFacts>> = {
  cadence: {
    summary: {
      en: 'US vendor of chip-design (EDA) software and IP.',
      de: 'US-Anbieter von Chipdesign-Software (EDA) und IP.',
    },
  },
  synopsys: {
    summary: {
      en: 'US vendor of chip-design (EDA) software and IP, the largest in the field.',
      de: 'US-Anbieter von Chipdesign-Software (EDA) und IP, der größte der Branche.',
    },
  },
  'siemens-eda': {
    summary: {
      en: "Chip-design (EDA) software business of Germany's Siemens, formerly Mentor Graphics.",
      de: 'Chipdesign-Software-Geschäft (EDA) von Siemens, früher Mentor Graphics.',
    },
  },
  empyrean: {
    summary: {
      en: "China's largest domestic vendor of chip-design (EDA) software.",
      de: 'Chinas größter heimischer Anbieter von Chipdesign-Software (EDA).',
    },
  },
};
