/** Google's chips as the extractor finds them; what the card says about them is in `./google.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

export const GOOGLE_CHIPS: Chip[] = [
  {
    id: 'google-tpu',
    name: 'Google TPU',
    aliases: ['TPU', 'Tensor Processing Unit', 'Cloud TPU'],
    maker: 'google',
    category: 'family',
  },
  {
    id: 'google-tpu-v4',
    name: 'Google TPU v4',
    aliases: ['TPU v4', 'TPUv4'],
    maker: 'google',
    category: 'accelerator',
  },
  {
    id: 'google-tpu-v5e',
    name: 'Google TPU v5e',
    aliases: ['TPU v5e', 'TPUv5e'],
    maker: 'google',
    category: 'accelerator',
  },
  {
    id: 'google-tpu-v5p',
    name: 'Google TPU v5p',
    aliases: ['TPU v5p', 'TPUv5p'],
    maker: 'google',
    category: 'accelerator',
  },
  {
    id: 'google-tpu-v6e',
    name: 'Google TPU v6e Trillium',
    aliases: ['TPU v6e', 'TPUv6e', 'Trillium'],
    maker: 'google',
    category: 'accelerator',
    needsContext: ['Trillium'],
  },
  {
    id: 'google-tpu-v7',
    name: 'Google TPU v7 Ironwood',
    aliases: ['Ironwood', 'TPU v7', 'TPUv7', 'TPU7x'],
    maker: 'google',
    category: 'accelerator',
    needsContext: ['Ironwood'],
  },
  {
    id: 'google-axion',
    name: 'Google Axion',
    aliases: ['Axion'],
    maker: 'google',
    category: 'cpu',
    // Also a brand of batteries, beers and cosmetics.
    needsContext: ['Axion'],
  },
];

/** Naming patterns of models not listed above yet ("TPU v8"). */
export const GOOGLE_MODEL_FAMILIES: ModelFamily[] = [
  {
    key: 'google-tpu-',
    maker: 'google',
    category: 'accelerator',
    prefix: 'Google TPU ',
    modelCase: 'lower',
    leads: ['TPU'],
    pattern: 'TPU[ \\u00a0-]?(v\\d{1,2}[a-z]?)',
  },
];
