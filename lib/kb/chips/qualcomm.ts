/** Qualcomm's chips as the extractor finds them; what the card says about them is in `./qualcomm.facts.ts`. */
import type { Chip } from '../types.ts';

export const QUALCOMM_CHIPS: Chip[] = [
  {
    id: 'qualcomm-ai200',
    name: 'Qualcomm AI200',
    aliases: ['AI200', 'Cloud AI 200'],
    maker: 'qualcomm',
    category: 'accelerator',
  },
  {
    id: 'qualcomm-ai250',
    name: 'Qualcomm AI250',
    aliases: ['AI250'],
    maker: 'qualcomm',
    category: 'accelerator',
  },
];
