/** Baidu's chips as the extractor finds them; what the card says about them is in `./baidu.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

export const BAIDU_CHIPS: Chip[] = [
  {
    id: 'baidu-kunlun',
    name: 'Baidu Kunlun',
    // "Kunlunxin" (Baidu's chip unit) is a company in the company KB; listing it here too would tag it twice.
    aliases: ['Kunlun', 'Kunlun-Chip'],
    maker: 'baidu',
    category: 'family',
    needsContext: ['Kunlun'],
  },
  {
    id: 'baidu-kunlun-1',
    name: 'Baidu Kunlun 1',
    aliases: ['Kunlun 1'],
    maker: 'baidu',
    category: 'accelerator',
  },
  {
    id: 'baidu-kunlun-2',
    name: 'Baidu Kunlun 2',
    aliases: ['Kunlun 2', 'R200', 'Kunlun R200'],
    maker: 'baidu',
    category: 'accelerator',
    needsContext: ['R200'],
  },
  {
    id: 'baidu-kunlun-p800',
    name: 'Baidu Kunlun P800',
    aliases: ['P800', 'Kunlun P800'],
    maker: 'baidu',
    category: 'accelerator',
    needsContext: ['P800'],
  },
  {
    id: 'baidu-kunlun-m100',
    name: 'Baidu Kunlun M100',
    aliases: ['M100', 'Kunlun M100'],
    maker: 'baidu',
    category: 'accelerator',
    needsContext: ['M100'],
  },
  {
    id: 'baidu-kunlun-m300',
    name: 'Baidu Kunlun M300',
    aliases: ['M300', 'Kunlun M300'],
    maker: 'baidu',
    category: 'accelerator',
    needsContext: ['M300'],
  },
];

/** Naming patterns of models not listed above yet ("Kunlun 4"). */
export const BAIDU_MODEL_FAMILIES: ModelFamily[] = [
  // The Kunlun mountains.
  {
    key: 'baidu-kunlun-',
    maker: 'baidu',
    category: 'accelerator',
    prefix: 'Baidu Kunlun ',
    modelCase: 'upper',
    leads: ['Kunlun'],
    pattern: 'Kunlun[ \\u00a0-]?(\\d)',
    needsContext: true,
  },
];
