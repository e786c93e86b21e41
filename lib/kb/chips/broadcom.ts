/** Broadcom's chips as the extractor finds them; what the card says about them is in `./broadcom.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

export const BROADCOM_CHIPS: Chip[] = [
  // Ethernet switch chips for AI clusters (Broadcom's custom accelerators carry their buyers' names: TPU, MTIA)
  {
    id: 'broadcom-tomahawk',
    name: 'Broadcom Tomahawk',
    aliases: ['Tomahawk'],
    maker: 'broadcom',
    category: 'family',
    // Also a missile, an axe and a cut of steak.
    needsContext: ['Tomahawk'],
  },
  {
    id: 'broadcom-tomahawk-6',
    name: 'Broadcom Tomahawk 6',
    aliases: ['Tomahawk 6', 'Tomahawk6'],
    maker: 'broadcom',
    category: 'network',
  },
  {
    id: 'broadcom-jericho',
    name: 'Broadcom Jericho',
    aliases: ['Jericho'],
    maker: 'broadcom',
    category: 'family',
    // Also the city in the West Bank.
    needsContext: ['Jericho'],
  },
  {
    id: 'broadcom-jericho3-ai',
    name: 'Broadcom Jericho3-AI',
    aliases: ['Jericho3-AI'],
    maker: 'broadcom',
    category: 'network',
  },
  {
    id: 'broadcom-jericho4',
    name: 'Broadcom Jericho4',
    aliases: ['Jericho4', 'Jericho 4'],
    maker: 'broadcom',
    category: 'network',
  },
];

/** Naming patterns of models not listed above yet ("Tomahawk 7"). */
export const BROADCOM_MODEL_FAMILIES: ModelFamily[] = [
  // Tomahawk missiles have block numbers.
  {
    key: 'broadcom-tomahawk-',
    maker: 'broadcom',
    category: 'network',
    prefix: 'Broadcom Tomahawk ',
    modelCase: 'upper',
    leads: ['Tomahawk'],
    pattern: 'Tomahawk[ \\u00a0-]?(\\d{1,2})',
    needsContext: true,
  },
  // Jericho the city.
  {
    key: 'broadcom-jericho',
    maker: 'broadcom',
    category: 'network',
    prefix: 'Broadcom Jericho',
    modelCase: 'upper',
    leads: ['Jericho'],
    pattern: 'Jericho[ \\u00a0-]?(\\d{1,2})',
    needsContext: true,
  },
];
