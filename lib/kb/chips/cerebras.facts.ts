/** What the card says about Cerebras's chips, keyed by the ids of `./cerebras.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  wse3Launch: { title: 'Cerebras WSE-3 announcement, 13 Mar 2024', de: 'Vorstellung der Cerebras WSE-3, 13. März 2024' },
} satisfies Record<string, Source>;

export const CEREBRAS_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'cerebras-wse-2': {
    memory: fact('40 GB on-chip SRAM', { title: 'Cerebras WSE-2 announcement, Apr 2021', de: 'Vorstellung der Cerebras WSE-2, Apr. 2021' }),
    bandwidth: fact('20 PB/s', { title: 'Cerebras WSE-2 announcement, Apr 2021', de: 'Vorstellung der Cerebras WSE-2, Apr. 2021' }),
    process: fact('TSMC 7 nm', { title: 'Cerebras WSE-2 announcement, Apr 2021', de: 'Vorstellung der Cerebras WSE-2, Apr. 2021' }),
    launchYear: fact(2021, { title: 'Cerebras WSE-2 announcement, Apr 2021', de: 'Vorstellung der Cerebras WSE-2, Apr. 2021' }),
    summary: {
      en: 'Second Cerebras wafer-scale engine, with 2.6 trillion transistors.',
      de: 'Zweite Wafer-Scale-Engine von Cerebras mit 2,6 Billionen Transistoren.',
    },
  },
  'cerebras-wse-3': {
    memory: fact('44 GB on-chip SRAM', SRC.wse3Launch),
    bandwidth: fact('21 PB/s', SRC.wse3Launch),
    process: fact('TSMC 5 nm', SRC.wse3Launch),
    launchYear: fact(2024, SRC.wse3Launch),
    summary: {
      en: 'Wafer-sized AI processor with 4 trillion transistors and 900,000 cores, sold in the CS-3 system.',
      de: 'KI-Prozessor in Wafergröße mit 4 Billionen Transistoren und 900.000 Kernen, verkauft im System CS-3.',
    },
  },
};
