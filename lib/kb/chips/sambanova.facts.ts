/** What the card says about SambaNova's chips, keyed by the ids of `./sambanova.ts`. */
import type { ChipFacts } from '../types.ts';

export const SAMBANOVA_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'sambanova-sn40l': {
    summary: 'SambaNova’s reconfigurable dataflow unit with on-chip SRAM, HBM and DDR memory tiers, announced in 2023.',
  },
};
