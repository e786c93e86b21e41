/** Microsoft's chips as the extractor finds them; what the card says about them is in `./microsoft.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

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

/** Naming patterns of models not listed above yet ("Maia 300"). */
export const MICROSOFT_MODEL_FAMILIES: ModelFamily[] = [
  // Maia is also a given name.
  {
    key: 'microsoft-maia-',
    maker: 'microsoft',
    category: 'accelerator',
    prefix: 'Microsoft Maia ',
    modelCase: 'upper',
    leads: ['Maia'],
    pattern: 'Maia[ \\u00a0-]?([1-9]00)',
    needsContext: true,
  },
  // Cobalt is also the metal, traded by the tonne.
  {
    key: 'microsoft-cobalt-',
    maker: 'microsoft',
    category: 'cpu',
    prefix: 'Microsoft Azure Cobalt ',
    modelCase: 'upper',
    leads: ['Cobalt', 'Azure Cobalt', 'Azure\u00a0Cobalt'],
    pattern: '(?:Azure[ \\u00a0])?Cobalt[ \\u00a0-]([1-9]00)',
    needsContext: true,
  },
];
