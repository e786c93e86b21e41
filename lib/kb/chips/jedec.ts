/** JEDEC's chips as the extractor finds them; what the card says about them is in `./jedec.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

export const JEDEC_CHIPS: Chip[] = [
  {
    id: 'jedec-hbm2e',
    name: 'HBM2E',
    aliases: ['HBM2E'],
    maker: 'jedec',
    category: 'memory',
  },
  {
    id: 'jedec-hbm3',
    name: 'HBM3',
    aliases: ['HBM3'],
    maker: 'jedec',
    category: 'memory',
  },
  {
    id: 'jedec-hbm3e',
    name: 'HBM3E',
    aliases: ['HBM3E'],
    maker: 'jedec',
    category: 'memory',
  },
  {
    id: 'jedec-hbm4',
    name: 'HBM4',
    aliases: ['HBM4'],
    maker: 'jedec',
    category: 'memory',
  },
  {
    id: 'jedec-gddr7',
    name: 'GDDR7',
    aliases: ['GDDR7'],
    maker: 'jedec',
    category: 'memory',
  },
];

/** Naming patterns of models not listed above yet ("HBM5"). */
export const JEDEC_MODEL_FAMILIES: ModelFamily[] = [
  {
    key: 'jedec-hbm',
    maker: 'jedec',
    category: 'memory',
    prefix: 'HBM',
    modelCase: 'upper',
    leads: ['HBM5', 'HBM6', 'HBM7', 'HBM8', 'HBM9', 'HBM4E', 'HBM4e'],
    pattern: 'HBM(\\d[Ee]?)',
  },
];
