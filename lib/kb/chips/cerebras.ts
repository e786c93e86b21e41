/** Cerebras's chips as the extractor finds them; what the card says about them is in `./cerebras.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

export const CEREBRAS_CHIPS: Chip[] = [
  {
    id: 'cerebras-wse-2',
    name: 'Cerebras WSE-2',
    aliases: ['WSE-2'],
    maker: 'cerebras',
    category: 'accelerator',
  },
  {
    id: 'cerebras-wse-3',
    name: 'Cerebras WSE-3',
    // The CS-3 system is built around one WSE-3, as Nvidia's racks are named under their chip.
    aliases: ['WSE-3', 'Wafer Scale Engine 3', 'CS-3'],
    maker: 'cerebras',
    category: 'accelerator',
    needsContext: ['CS-3'],
  },
];

/** Naming patterns of models not listed above yet ("WSE-4"). */
export const CEREBRAS_MODEL_FAMILIES: ModelFamily[] = [
  {
    key: 'cerebras-wse-',
    maker: 'cerebras',
    category: 'accelerator',
    prefix: 'Cerebras WSE-',
    modelCase: 'upper',
    leads: ['WSE'],
    pattern: 'WSE-?(\\d)',
    needsContext: true,
  },
];
