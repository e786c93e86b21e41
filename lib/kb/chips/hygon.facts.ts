/** What the card says about Hygon's chips, keyed by the ids of `./hygon.ts`. */
import type { ChipFacts } from '../types.ts';

export const HYGON_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'hygon-dcu': {
    summary: {
      en: 'Hygon’s GPGPU-style AI accelerator line ("Deep Computing Unit").',
      de: 'Hygons KI-Beschleunigerreihe nach GPGPU-Art („Deep Computing Unit“).',
    },
  },
  'hygon-k100': {
    summary: {
      en: 'Hygon DCU accelerator model K100.',
      de: 'Hygon-DCU-Beschleuniger, Modell K100.',
    },
  },
};
