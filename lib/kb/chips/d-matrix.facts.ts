/** What the card says about d-Matrix's chips, keyed by the ids of `./d-matrix.ts`. */
import type { ChipFacts } from '../types.ts';

export const D_MATRIX_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'd-matrix-corsair': {
    summary: {
      en: 'd-Matrix’s inference accelerator card that computes in digital in-memory compute arrays.',
      de: 'Inferenzbeschleunigerkarte von d-Matrix, die in digitalen In-Memory-Rechenfeldern rechnet.',
    },
  },
};
