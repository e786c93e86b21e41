/** What the card says about Hygon's chips, keyed by the ids of `./hygon.ts`. */
import type { ChipFacts } from '../types.ts';

export const HYGON_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'hygon-dcu': {
    summary: 'Hygon’s GPGPU-style AI accelerator line ("Deep Computing Unit").',
  },
  'hygon-k100': {
    summary: 'Hygon DCU accelerator model K100.',
  },
};
