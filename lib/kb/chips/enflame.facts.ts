/** What the card says about Enflame's chips, keyed by the ids of `./enflame.ts`. */
import type { ChipFacts } from '../types.ts';

export const ENFLAME_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'enflame-t20': {
    summary: {
      en: 'AI training accelerator card from Tencent-backed Enflame (Suiyuan).',
      de: 'KI-Trainingsbeschleunigerkarte des von Tencent unterstützten Herstellers Enflame (Suiyuan).',
    },
  },
  'enflame-t21': {
    summary: {
      en: 'Enflame training accelerator module, sibling of the T20.',
      de: 'Trainingsbeschleuniger-Modul von Enflame, Schwestermodell der T20.',
    },
  },
  'enflame-i20': {
    summary: {
      en: 'Enflame AI inference accelerator card.',
      de: 'KI-Inferenzbeschleunigerkarte von Enflame.',
    },
  },
};
