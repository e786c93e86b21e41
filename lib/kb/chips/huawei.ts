/** Huawei's chips as the extractor finds them; what the card says about them is in `./huawei.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

export const HUAWEI_CHIPS: Chip[] = [
  {
    id: 'huawei-ascend',
    name: 'Huawei Ascend',
    aliases: ['Ascend', 'Shengteng'],
    maker: 'huawei',
    category: 'family',
    needsContext: ['Ascend'],
  },
  {
    id: 'huawei-ascend-310',
    name: 'Huawei Ascend 310',
    aliases: ['Ascend 310', 'Ascend310'],
    maker: 'huawei',
    category: 'accelerator',
  },
  {
    id: 'huawei-ascend-910',
    name: 'Huawei Ascend 910',
    aliases: ['Ascend 910', 'Ascend910'],
    maker: 'huawei',
    category: 'accelerator',
  },
  {
    id: 'huawei-ascend-910b',
    name: 'Huawei Ascend 910B',
    aliases: ['Ascend 910B', 'Ascend910B', '910B'],
    maker: 'huawei',
    category: 'accelerator',
  },
  {
    id: 'huawei-ascend-910c',
    name: 'Huawei Ascend 910C',
    // The CloudMatrix 384 supernode is 384 of these chips, as the GB200 NVL72 rack is named under the GB200.
    aliases: ['Ascend 910C', 'Ascend910C', '910C', 'CloudMatrix 384', 'CloudMatrix384'],
    maker: 'huawei',
    category: 'accelerator',
  },
  {
    id: 'huawei-ascend-910d',
    name: 'Huawei Ascend 910D',
    aliases: ['Ascend 910D', 'Ascend910D', '910D'],
    maker: 'huawei',
    category: 'accelerator',
  },
  {
    id: 'huawei-ascend-920',
    name: 'Huawei Ascend 920',
    aliases: ['Ascend 920', 'Ascend920'],
    maker: 'huawei',
    category: 'accelerator',
  },
  {
    id: 'huawei-ascend-950',
    name: 'Huawei Ascend 950',
    // The Atlas 950 SuperPoD is built of these chips, as the CloudMatrix 384 is of the 910C.
    aliases: ['Ascend 950', 'Ascend950', 'Atlas 950 SuperPoD', 'Atlas 950'],
    maker: 'huawei',
    category: 'family',
  },
  {
    id: 'huawei-ascend-950pr',
    name: 'Huawei Ascend 950PR',
    aliases: ['Ascend 950PR', 'Ascend950PR', '950PR'],
    maker: 'huawei',
    category: 'accelerator',
  },
  {
    id: 'huawei-ascend-950dt',
    name: 'Huawei Ascend 950DT',
    aliases: ['Ascend 950DT', 'Ascend950DT', '950DT'],
    maker: 'huawei',
    category: 'accelerator',
  },
  {
    id: 'huawei-ascend-960',
    name: 'Huawei Ascend 960',
    aliases: ['Ascend 960', 'Ascend960', 'Atlas 960 SuperPoD', 'Atlas 960'],
    maker: 'huawei',
    category: 'accelerator',
  },
  {
    id: 'huawei-ascend-970',
    name: 'Huawei Ascend 970',
    aliases: ['Ascend 970', 'Ascend970'],
    maker: 'huawei',
    category: 'accelerator',
  },
  {
    id: 'huawei-hibl-1-0',
    name: 'Huawei HiBL 1.0',
    aliases: ['HiBL 1.0', 'HiBL'],
    maker: 'huawei',
    category: 'memory',
  },
  {
    id: 'huawei-hizq-2-0',
    name: 'Huawei HiZQ 2.0',
    aliases: ['HiZQ 2.0', 'HiZQ'],
    maker: 'huawei',
    category: 'memory',
  },
];

/** Naming patterns of models not listed above yet ("Ascend 990"). */
export const HUAWEI_MODEL_FAMILIES: ModelFamily[] = [
  // "Ascend 990"; also a verb, so only in a chip context.
  {
    key: 'huawei-ascend-',
    maker: 'huawei',
    category: 'accelerator',
    prefix: 'Huawei Ascend ',
    modelCase: 'upper',
    leads: ['Ascend'],
    pattern: 'Ascend[ \\u00a0-]?([3-9]\\d\\d[A-Z]{0,2})',
    needsContext: true,
  },
];
