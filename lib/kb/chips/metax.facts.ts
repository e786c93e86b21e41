/** What the card says about MetaX's chips, keyed by the ids of `./metax.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact } from '../sources.facts.ts';

export const METAX_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'metax-c500': {
    summary: 'MetaX training GPU positioned against the Nvidia A100.',
  },
  'metax-c550': {
    summary: 'MetaX GPU used in its 10,000-card clusters.',
  },
  'metax-c600': {
    launchYear: fact(2025, { title: 'MetaX Xiyun C600 presentation, Oct 2025' }),
    summary: 'MetaX GPU presented in 2025 as built entirely on a domestic Chinese supply chain.',
  },
  'metax-n260': {
    summary: 'MetaX inference GPU of the Xisi line.',
  },
};
