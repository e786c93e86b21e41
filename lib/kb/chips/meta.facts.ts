/** What the card says about Meta's chips, keyed by the ids of `./meta.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  mtiaV2: { title: 'Meta: next-generation MTIA announcement, Apr 2024, and Hot Chips 2024 presentation', de: 'Meta: Vorstellung der nächsten MTIA-Generation, Apr. 2024, und Vortrag auf der Hot Chips 2024' },
} satisfies Record<string, Source>;

export const META_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'meta-mtia': {
    summary: {
      en: 'Meta’s in-house accelerator line for ranking and recommendation models.',
      de: 'Metas eigene Beschleunigerreihe für Ranking- und Empfehlungsmodelle.',
    },
  },
  'meta-mtia-v1': {
    process: fact('TSMC 7 nm', SRC.mtiaV2),
    launchYear: fact(2023, { title: 'Meta: MTIA v1 announcement, May 2023', de: 'Meta: Vorstellung des MTIA v1, Mai 2023' }),
    summary: {
      en: 'Meta’s first-generation inference accelerator (2023).',
      de: 'Metas Inferenzbeschleuniger der ersten Generation (2023).',
    },
  },
  'meta-mtia-v2': {
    memory: fact('128 GB LPDDR5', SRC.mtiaV2),
    bandwidth: fact('204.8 GB/s', SRC.mtiaV2),
    process: fact('TSMC 5 nm', SRC.mtiaV2),
    launchYear: fact(2024, SRC.mtiaV2),
    summary: {
      en: 'Meta’s second-generation inference accelerator, deployed in 16 data-centre regions in 2024.',
      de: 'Metas Inferenzbeschleuniger der zweiten Generation, 2024 in 16 Rechenzentrumsregionen im Einsatz.',
    },
  },
};
