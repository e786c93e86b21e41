/** T-Head's chips as the extractor finds them; what the card says about them is in `./t-head.facts.ts`. */
import type { Chip } from '../types.ts';

export const T_HEAD_CHIPS: Chip[] = [
  {
    id: 't-head-hanguang-800',
    name: 'T-Head Hanguang 800',
    aliases: ['Hanguang 800', 'Hanguang'],
    maker: 't-head',
    category: 'accelerator',
  },
  {
    id: 't-head-ppu',
    name: 'T-Head PPU',
    aliases: ['PPU', 'Zhenwu', 'Zhenwu PPU'],
    maker: 't-head',
    category: 'accelerator',
    needsContext: ['PPU', 'Zhenwu'],
  },
  {
    id: 't-head-yitian-710',
    name: 'T-Head Yitian 710',
    aliases: ['Yitian 710', 'Yitian'],
    maker: 't-head',
    category: 'cpu',
  },
];
