/** Hygon's chips as the extractor finds them; what the card says about them is in `./hygon.facts.ts`. */
import type { Chip } from '../types.ts';

export const HYGON_CHIPS: Chip[] = [
  {
    id: 'hygon-dcu',
    name: 'Hygon DCU',
    aliases: ['DCU', 'Deep Computing Unit', 'Shensuan'],
    maker: 'hygon',
    category: 'family',
    needsContext: ['DCU'],
  },
  {
    id: 'hygon-k100',
    name: 'Hygon DCU K100',
    aliases: ['K100', 'DCU K100'],
    maker: 'hygon',
    category: 'accelerator',
    needsContext: ['K100'],
  },
];
