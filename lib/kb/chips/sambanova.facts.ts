/** What the card says about SambaNova's chips, keyed by the ids of `./sambanova.ts`. */
import type { ChipFacts } from '../types.ts';

export const SAMBANOVA_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'sambanova-sn40l': {
    summary: {
      en: 'SambaNova’s reconfigurable dataflow unit with on-chip SRAM, HBM and DDR memory tiers, announced in 2023.',
      de: 'Rekonfigurierbare Datenfluss-Einheit von SambaNova mit Speicherstufen aus SRAM auf dem Chip, HBM und DDR, vorgestellt 2023.',
    },
  },
};
