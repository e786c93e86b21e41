/** What the card says about Qualcomm's chips, keyed by the ids of `./qualcomm.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact } from '../sources.facts.ts';

export const QUALCOMM_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'qualcomm-ai200': {
    launchYear: fact(2026, { title: 'Qualcomm press release: AI200 and AI250 data-centre inference solutions, 27 Oct 2025' }),
    summary: 'Qualcomm’s rack-scale data-centre inference accelerator with LPDDR memory, announced October 2025.',
  },
  'qualcomm-ai250': {
    launchYear: fact(2027, { title: 'Qualcomm press release: AI200 and AI250 data-centre inference solutions, 27 Oct 2025' }),
    summary: 'Successor to the AI200 with near-memory computing, announced October 2025.',
  },
};
