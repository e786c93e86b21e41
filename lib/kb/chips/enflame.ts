/** Enflame's chips as the extractor finds them; what the card says about them is in `./enflame.facts.ts`. */
import type { Chip } from '../types.ts';

export const ENFLAME_CHIPS: Chip[] = [
  {
    id: 'enflame-t20',
    name: 'Enflame Yunsui T20',
    aliases: ['Yunsui T20', 'T20'],
    maker: 'enflame',
    category: 'accelerator',
    needsContext: ['T20'],
  },
  {
    id: 'enflame-t21',
    name: 'Enflame Yunsui T21',
    aliases: ['Yunsui T21', 'T21'],
    maker: 'enflame',
    category: 'accelerator',
    needsContext: ['T21'],
  },
  {
    id: 'enflame-i20',
    name: 'Enflame Yunsui i20',
    aliases: ['Yunsui i20', 'i20'],
    maker: 'enflame',
    category: 'accelerator',
    needsContext: ['i20'],
  },
];
