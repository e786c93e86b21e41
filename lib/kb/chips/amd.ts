/** AMD's chips as the extractor finds them; what the card says about them is in `./amd.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

const DIGITS = [2, 3, 4, 5, 6, 7, 8, 9];

export const AMD_CHIPS: Chip[] = [
  {
    id: 'amd-instinct',
    name: 'AMD Instinct',
    aliases: ['Instinct'],
    maker: 'amd',
    category: 'family',
    needsContext: ['Instinct'],
  },
  {
    id: 'amd-cdna-3',
    name: 'AMD CDNA 3',
    aliases: ['CDNA 3'],
    maker: 'amd',
    category: 'architecture',
  },
  {
    id: 'amd-cdna-4',
    name: 'AMD CDNA 4',
    aliases: ['CDNA 4'],
    maker: 'amd',
    category: 'architecture',
  },
  {
    id: 'amd-mi250x',
    name: 'AMD Instinct MI250X',
    aliases: ['MI250X', 'Instinct MI250X'],
    maker: 'amd',
    category: 'accelerator',
  },
  {
    id: 'amd-mi300x',
    name: 'AMD Instinct MI300X',
    aliases: ['MI300X', 'MI300', 'Instinct MI300X'],
    maker: 'amd',
    category: 'accelerator',
  },
  {
    id: 'amd-mi300a',
    name: 'AMD Instinct MI300A',
    aliases: ['MI300A', 'Instinct MI300A'],
    maker: 'amd',
    category: 'accelerator',
  },
  {
    id: 'amd-mi308x',
    name: 'AMD Instinct MI308X',
    aliases: ['MI308X', 'MI308', 'Instinct MI308X'],
    maker: 'amd',
    category: 'accelerator',
  },
  {
    id: 'amd-mi325x',
    name: 'AMD Instinct MI325X',
    aliases: ['MI325X', 'Instinct MI325X'],
    maker: 'amd',
    category: 'accelerator',
  },
  {
    id: 'amd-mi350x',
    name: 'AMD Instinct MI350X',
    aliases: ['MI350X', 'MI350', 'Instinct MI350X'],
    maker: 'amd',
    category: 'accelerator',
  },
  {
    id: 'amd-mi355x',
    name: 'AMD Instinct MI355X',
    aliases: ['MI355X', 'MI355', 'Instinct MI355X'],
    maker: 'amd',
    category: 'accelerator',
  },
  {
    id: 'amd-mi400',
    name: 'AMD Instinct MI400',
    aliases: ['MI400', 'Instinct MI400', 'Helios'],
    maker: 'amd',
    category: 'accelerator',
    // AMD's rack of MI400-series GPUs, named under its chip as Nvidia's racks are; also a sun god and many brands.
    needsContext: ['Helios'],
  },
  {
    id: 'amd-mi450',
    name: 'AMD Instinct MI450',
    aliases: ['MI450', 'Instinct MI450'],
    maker: 'amd',
    category: 'accelerator',
  },
  {
    id: 'amd-mi455x',
    name: 'AMD Instinct MI455X',
    aliases: ['MI455X', 'Instinct MI455X'],
    maker: 'amd',
    category: 'accelerator',
  },
  {
    id: 'amd-mi500',
    name: 'AMD Instinct MI500',
    aliases: ['MI500', 'Instinct MI500'],
    maker: 'amd',
    category: 'gpu',
  },
  {
    id: 'amd-epyc',
    name: 'AMD EPYC',
    aliases: ['Epyc'],
    maker: 'amd',
    category: 'cpu',
  },
];

/** Naming patterns of models not listed above yet ("MI500X"). */
export const AMD_MODEL_FAMILIES: ModelFamily[] = [
  {
    key: 'amd-mi',
    maker: 'amd',
    category: 'accelerator',
    prefix: 'AMD Instinct MI',
    modelCase: 'upper',
    leads: ['Instinct', 'MI ', 'MI-', 'MI\u00a0', ...DIGITS.map((d) => `MI${d}`)],
    pattern: '(?:Instinct[ \\u00a0])?MI[ \\u00a0-]?([2-9]\\d\\d[A-Z]{0,2})',
  },
];
