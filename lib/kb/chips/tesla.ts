/** Tesla's chips as the extractor finds them; what the card says about them is in `./tesla.facts.ts`. */
import type { Chip } from '../types.ts';

export const TESLA_CHIPS: Chip[] = [
  {
    id: 'tesla-dojo',
    name: 'Tesla Dojo',
    aliases: ['Dojo'],
    maker: 'tesla',
    category: 'family',
    needsContext: ['Dojo'],
  },
  {
    id: 'tesla-d1',
    name: 'Tesla D1',
    aliases: ['D1', 'Dojo D1', 'D1 chip'],
    maker: 'tesla',
    category: 'accelerator',
    needsContext: ['D1'],
  },
  {
    id: 'tesla-ai5',
    name: 'Tesla AI5',
    aliases: ['AI5'],
    maker: 'tesla',
    category: 'accelerator',
    needsContext: ['AI5'],
  },
  {
    id: 'tesla-ai6',
    name: 'Tesla AI6',
    aliases: ['AI6'],
    maker: 'tesla',
    category: 'accelerator',
    needsContext: ['AI6'],
  },
];
