/** Biren's chips as the extractor finds them; what the card says about them is in `./biren.facts.ts`. */
import type { Chip } from '../types.ts';

export const BIREN_CHIPS: Chip[] = [
  {
    id: 'biren-br100',
    name: 'Biren BR100',
    aliases: ['BR100'],
    maker: 'biren',
    category: 'gpu',
  },
  {
    id: 'biren-br104',
    name: 'Biren BR104',
    aliases: ['BR104'],
    maker: 'biren',
    category: 'gpu',
  },
  {
    id: 'biren-br106',
    name: 'Biren BR106',
    aliases: ['BR106'],
    maker: 'biren',
    category: 'gpu',
  },
];
