/** HiSilicon's chips as the extractor finds them; what the card says about them is in `./hisilicon.facts.ts`. */
import type { Chip } from '../types.ts';

export const HISILICON_CHIPS: Chip[] = [
  {
    id: 'hisilicon-kirin',
    name: 'HiSilicon Kirin',
    aliases: ['Kirin', 'Kirin 9000S', 'Kirin 9010', 'Kirin 9020'],
    maker: 'hisilicon',
    category: 'family',
    // Kirin is also a Japanese brewer.
    needsContext: ['Kirin'],
  },
];
