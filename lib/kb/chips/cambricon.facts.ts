/** What the card says about Cambricon's chips, keyed by the ids of `./cambricon.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact, domesticChina } from '../sources.facts.ts';

export const CAMBRICON_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'cambricon-mlu': {
    summary: {
      en: 'Cambricon’s cloud AI accelerator line (MLU, Chinese brand Siyuan).',
      de: 'Cambricons Cloud-KI-Beschleunigerreihe (MLU, chinesische Marke Siyuan).',
    },
  },
  'cambricon-mlu290': {
    process: fact('7 nm', { title: 'China Daily: Cambricon’s first AI training chip completes mass production, 7 Feb 2021', de: 'China Daily, 7. Feb. 2021: Cambricon’s first AI training chip completes mass production' }),
    launchYear: fact(2021, { title: 'China Daily: Cambricon’s first AI training chip completes mass production, 7 Feb 2021', de: 'China Daily, 7. Feb. 2021: Cambricon’s first AI training chip completes mass production' }),
    exportControl: domesticChina({ title: 'China Daily: Cambricon’s first AI training chip completes mass production, 7 Feb 2021', de: 'China Daily, 7. Feb. 2021: Cambricon’s first AI training chip completes mass production' }),
    summary: {
      en: 'Cambricon’s first training chip, in mass production from January 2021.',
      de: 'Cambricons erster Trainingschip, seit Januar 2021 in Serienfertigung.',
    },
  },
  'cambricon-mlu370': {
    summary: {
      en: 'Cambricon’s first chiplet-based accelerator, sold as MLU370-X4/X8 cards.',
      de: 'Cambricons erster Beschleuniger aus Chiplets, verkauft als Karten MLU370-X4/X8.',
    },
  },
  'cambricon-mlu590': {
    summary: {
      en: 'Cambricon cloud training accelerator (Siyuan 590), successor of the MLU370.',
      de: 'Cloud-Trainingsbeschleuniger von Cambricon (Siyuan 590), Nachfolger des MLU370.',
    },
  },
  'cambricon-mlu690': {
    summary: {
      en: 'Reported successor of the Cambricon MLU590.',
      de: 'Gemeldeter Nachfolger des Cambricon MLU590.',
    },
  },
};
