/** What the card says about MetaX's chips, keyed by the ids of `./metax.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact } from '../sources.facts.ts';

export const METAX_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'metax-c500': {
    summary: {
      en: 'MetaX training GPU positioned against the Nvidia A100.',
      de: 'Trainings-GPU von MetaX, als Gegenstück zur Nvidia A100 positioniert.',
    },
  },
  'metax-c550': {
    summary: {
      en: 'MetaX GPU used in its 10,000-card clusters.',
      de: 'MetaX-GPU, eingesetzt in den Clustern mit 10.000 Karten des Herstellers.',
    },
  },
  'metax-c600': {
    launchYear: fact(2025, { title: 'MetaX Xiyun C600 presentation, Oct 2025', de: 'Präsentation der MetaX Xiyun C600, Okt. 2025' }),
    summary: {
      en: 'MetaX GPU presented in 2025 as built entirely on a domestic Chinese supply chain.',
      de: 'MetaX-GPU, 2025 als vollständig auf einer chinesischen Lieferkette gebaut vorgestellt.',
    },
  },
  'metax-n260': {
    summary: {
      en: 'MetaX inference GPU of the Xisi line.',
      de: 'Inferenz-GPU von MetaX aus der Xisi-Reihe.',
    },
  },
};
