/** Intel's chips as the extractor finds them; what the card says about them is in `./intel.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

export const INTEL_CHIPS: Chip[] = [
  {
    id: 'intel-gaudi',
    name: 'Intel Gaudi',
    aliases: ['Gaudi', 'Habana Gaudi'],
    maker: 'intel',
    category: 'family',
    needsContext: ['Gaudi'],
  },
  {
    id: 'intel-gaudi-2',
    name: 'Intel Gaudi 2',
    aliases: ['Gaudi 2', 'Gaudi2'],
    maker: 'intel',
    category: 'accelerator',
  },
  {
    id: 'intel-gaudi-3',
    name: 'Intel Gaudi 3',
    aliases: ['Gaudi 3', 'Gaudi3'],
    maker: 'intel',
    category: 'accelerator',
  },
  {
    id: 'intel-falcon-shores',
    name: 'Intel Falcon Shores',
    aliases: ['Falcon Shores'],
    maker: 'intel',
    category: 'gpu',
  },
  {
    id: 'intel-jaguar-shores',
    name: 'Intel Jaguar Shores',
    aliases: ['Jaguar Shores'],
    maker: 'intel',
    category: 'gpu',
  },
  {
    id: 'intel-crescent-island',
    name: 'Intel Crescent Island',
    aliases: ['Crescent Island'],
    maker: 'intel',
    category: 'gpu',
    needsContext: ['Crescent Island'],
  },
  {
    id: 'intel-xeon',
    name: 'Intel Xeon',
    aliases: ['Xeon', 'Xeon 6'],
    maker: 'intel',
    category: 'cpu',
  },
  {
    id: 'intel-panther-lake',
    name: 'Intel Core Ultra Series 3 (Panther Lake)',
    aliases: ['Panther Lake'],
    maker: 'intel',
    category: 'cpu',
  },
];

/** Naming patterns of models not listed above yet ("Gaudi 4"). */
export const INTEL_MODEL_FAMILIES: ModelFamily[] = [
  // Gaudí the architect.
  {
    key: 'intel-gaudi-',
    maker: 'intel',
    category: 'accelerator',
    prefix: 'Intel Gaudi ',
    modelCase: 'upper',
    leads: ['Gaudi'],
    pattern: 'Gaudi[ \\u00a0-]?(\\d)',
    needsContext: true,
  },
];
