/** Etched's chips as the extractor finds them; what the card says about them is in `./etched.facts.ts`. */
import type { Chip } from '../types.ts';

export const ETCHED_CHIPS: Chip[] = [
  {
    id: 'etched-sohu',
    name: 'Etched Sohu',
    aliases: ['Sohu'],
    maker: 'etched',
    category: 'accelerator',
    // Also a Chinese web portal (Sohu.com).
    needsContext: ['Sohu'],
  },
];
