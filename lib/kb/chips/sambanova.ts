/** SambaNova's chips as the extractor finds them; what the card says about them is in `./sambanova.facts.ts`. */
import type { Chip } from '../types.ts';

export const SAMBANOVA_CHIPS: Chip[] = [
  {
    id: 'sambanova-sn40l',
    name: 'SambaNova SN40L',
    aliases: ['SN40L'],
    maker: 'sambanova',
    category: 'accelerator',
  },
];
