/** What the card says about Meta's chips, keyed by the ids of `./meta.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  mtiaV2: { title: 'Meta: next-generation MTIA announcement, Apr 2024, and Hot Chips 2024 presentation' },
} satisfies Record<string, Source>;

export const META_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'meta-mtia': {
    summary: 'Meta’s in-house accelerator line for ranking and recommendation models.',
  },
  'meta-mtia-v1': {
    process: fact('TSMC 7 nm', SRC.mtiaV2),
    launchYear: fact(2023, { title: 'Meta: MTIA v1 announcement, May 2023' }),
    summary: 'Meta’s first-generation inference accelerator (2023).',
  },
  'meta-mtia-v2': {
    memory: fact('128 GB LPDDR5', SRC.mtiaV2),
    bandwidth: fact('204.8 GB/s', SRC.mtiaV2),
    process: fact('TSMC 5 nm', SRC.mtiaV2),
    launchYear: fact(2024, SRC.mtiaV2),
    summary: 'Meta’s second-generation inference accelerator, deployed in 16 data-centre regions in 2024.',
  },
};
