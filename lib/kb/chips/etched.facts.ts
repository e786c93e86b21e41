/** What the card says about Etched's chips, keyed by the ids of `./etched.ts`. */
import type { ChipFacts } from '../types.ts';

export const ETCHED_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'etched-sohu': {
    summary: {
      en: 'Etched’s ASIC built to run transformer models only, announced in June 2024.',
      de: 'ASIC von Etched, das nur Transformer-Modelle ausführt, vorgestellt im Juni 2024.',
    },
  },
};
