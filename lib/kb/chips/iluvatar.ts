/** Iluvatar CoreX's chips as the extractor finds them; what the card says about them is in `./iluvatar.facts.ts`. */
import type { Chip } from '../types.ts';

export const ILUVATAR_CHIPS: Chip[] = [
  {
    id: 'iluvatar-tiangai-100',
    name: 'Iluvatar CoreX Tiangai 100',
    aliases: ['Tiangai 100', 'Big Island'],
    maker: 'iluvatar',
    category: 'gpu',
    needsContext: ['Big Island'],
  },
  {
    id: 'iluvatar-zhikai-100',
    name: 'Iluvatar CoreX Zhikai 100',
    aliases: ['Zhikai 100'],
    maker: 'iluvatar',
    category: 'gpu',
  },
];
