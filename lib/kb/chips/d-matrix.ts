/** d-Matrix's chips as the extractor finds them; what the card says about them is in `./d-matrix.facts.ts`. */
import type { Chip } from '../types.ts';

export const D_MATRIX_CHIPS: Chip[] = [
  {
    id: 'd-matrix-corsair',
    name: 'd-Matrix Corsair',
    aliases: ['Corsair'],
    maker: 'd-matrix',
    category: 'accelerator',
    // Also a PC-gaming hardware brand.
    needsContext: ['Corsair'],
  },
];
