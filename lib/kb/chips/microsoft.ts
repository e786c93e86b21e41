/** Microsoft's chips as the extractor finds them; what the card says about them is in `./microsoft.facts.ts`. */
import type { Chip } from '../types.ts';

export const MICROSOFT_CHIPS: Chip[] = [
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
  {
    id: 'microsoft-cobalt',
    name: 'Microsoft Azure Cobalt',
    aliases: ['Cobalt', 'Azure Cobalt'],
    maker: 'microsoft',
    category: 'family',
    // Also the metal, the colour and the pigment it is named after.
    needsContext: ['Cobalt'],
  },
  {
    id: 'microsoft-cobalt-100',
    name: 'Microsoft Azure Cobalt 100',
    aliases: ['Cobalt 100', 'Azure Cobalt 100'],
    maker: 'microsoft',
    category: 'cpu',
  },
  {
    id: 'microsoft-cobalt-200',
    name: 'Microsoft Azure Cobalt 200',
    aliases: ['Cobalt 200', 'Azure Cobalt 200'],
    maker: 'microsoft',
    category: 'cpu',
  },
];
