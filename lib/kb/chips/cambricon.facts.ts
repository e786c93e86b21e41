/** What the card says about Cambricon's chips, keyed by the ids of `./cambricon.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact, domesticChina } from '../sources.facts.ts';

export const CAMBRICON_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'cambricon-mlu': {
    summary: 'Cambricon’s cloud AI accelerator line (MLU, Chinese brand Siyuan).',
  },
  'cambricon-mlu290': {
    process: fact('7 nm', { title: 'China Daily: Cambricon’s first AI training chip completes mass production, 7 Feb 2021' }),
    launchYear: fact(2021, { title: 'China Daily: Cambricon’s first AI training chip completes mass production, 7 Feb 2021' }),
    exportControl: domesticChina({ title: 'China Daily: Cambricon’s first AI training chip completes mass production, 7 Feb 2021' }),
    summary: 'Cambricon’s first training chip, in mass production from January 2021.',
  },
  'cambricon-mlu370': {
    summary: 'Cambricon’s first chiplet-based accelerator, sold as MLU370-X4/X8 cards.',
  },
  'cambricon-mlu590': {
    summary: 'Cambricon cloud training accelerator (Siyuan 590), successor of the MLU370.',
  },
  'cambricon-mlu690': {
    summary: 'Reported successor of the Cambricon MLU590.',
  },
};
