/** Cambricon's chips as the extractor finds them; what the card says about them is in `./cambricon.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

export const CAMBRICON_CHIPS: Chip[] = [
  {
    id: 'cambricon-mlu',
    name: 'Cambricon MLU',
    aliases: ['Siyuan', 'MLU series'],
    maker: 'cambricon',
    category: 'family',
    needsContext: ['Siyuan'],
  },
  {
    id: 'cambricon-mlu290',
    name: 'Cambricon MLU290',
    aliases: ['MLU290', 'Siyuan 290'],
    maker: 'cambricon',
    category: 'accelerator',
  },
  {
    id: 'cambricon-mlu370',
    name: 'Cambricon MLU370',
    aliases: ['MLU370', 'Siyuan 370'],
    maker: 'cambricon',
    category: 'accelerator',
  },
  {
    id: 'cambricon-mlu590',
    name: 'Cambricon MLU590',
    aliases: ['MLU590', 'Siyuan 590'],
    maker: 'cambricon',
    category: 'accelerator',
  },
  {
    id: 'cambricon-mlu690',
    name: 'Cambricon MLU690',
    aliases: ['MLU690', 'Siyuan 690'],
    maker: 'cambricon',
    category: 'accelerator',
  },
];

/** Naming patterns of models not listed above yet ("MLU790"). */
export const CAMBRICON_MODEL_FAMILIES: ModelFamily[] = [
  {
    key: 'cambricon-mlu',
    maker: 'cambricon',
    category: 'accelerator',
    prefix: 'Cambricon MLU',
    modelCase: 'upper',
    leads: ['MLU'],
    pattern: 'MLU[ \\u00a0-]?(\\d{3})',
  },
];
