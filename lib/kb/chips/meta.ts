/** Meta's chips as the extractor finds them; what the card says about them is in `./meta.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

export const META_CHIPS: Chip[] = [
  {
    id: 'meta-mtia',
    name: 'Meta MTIA',
    aliases: ['MTIA', 'Meta Training and Inference Accelerator'],
    maker: 'meta',
    category: 'family',
  },
  {
    id: 'meta-mtia-v1',
    name: 'Meta MTIA v1',
    aliases: ['MTIA v1'],
    maker: 'meta',
    category: 'accelerator',
  },
  {
    id: 'meta-mtia-v2',
    name: 'Meta MTIA v2',
    aliases: ['MTIA v2'],
    maker: 'meta',
    category: 'accelerator',
  },
];

/** Naming patterns of models not listed above yet ("MTIA v3"). */
export const META_MODEL_FAMILIES: ModelFamily[] = [
  {
    key: 'meta-mtia-',
    maker: 'meta',
    category: 'accelerator',
    prefix: 'Meta MTIA ',
    modelCase: 'lower',
    leads: ['MTIA'],
    pattern: 'MTIA[ \\u00a0-]?(v\\d{1,2})',
  },
];
