/** Microsoft's chips as the extractor finds them; what the card says about them is in `./microsoft.facts.ts`. */
import type { Chip } from '../types.ts';

export const MICROSOFT_CHIPS: Chip[] = [
  // Microsoft
  {
    id: 'microsoft-maia',
    name: 'Microsoft Maia',
    aliases: ['Maia', 'Azure Maia'],
    maker: 'microsoft',
    category: 'family',
    needsContext: ['Maia'],
  },
  {
    id: 'microsoft-maia-100',
    name: 'Microsoft Maia 100',
    aliases: ['Maia 100'],
    maker: 'microsoft',
    category: 'accelerator',
  },
  {
    id: 'microsoft-maia-200',
    name: 'Microsoft Maia 200',
    aliases: ['Maia 200'],
    maker: 'microsoft',
    category: 'accelerator',
  },
];
