/** What the card says about Enflame's chips, keyed by the ids of `./enflame.ts`. */
import type { ChipFacts } from '../types.ts';

export const ENFLAME_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'enflame-t20': {
    summary: 'AI training accelerator card from Tencent-backed Enflame (Suiyuan).',
  },
  'enflame-t21': {
    summary: 'Enflame training accelerator module, sibling of the T20.',
  },
  'enflame-i20': {
    summary: 'Enflame AI inference accelerator card.',
  },
};
