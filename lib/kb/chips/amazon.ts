/** Amazon's chips as the extractor finds them; what the card says about them is in `./amazon.facts.ts`. */
import type { Chip, ModelFamily } from '../types.ts';

export const AMAZON_CHIPS: Chip[] = [
  {
    id: 'amazon-trainium',
    name: 'AWS Trainium',
    aliases: ['Trainium', 'Trainium1'],
    maker: 'amazon',
    category: 'accelerator',
  },
  {
    id: 'amazon-trainium2',
    name: 'AWS Trainium2',
    aliases: ['Trainium2', 'Trainium 2', 'Trn2'],
    maker: 'amazon',
    category: 'accelerator',
  },
  {
    id: 'amazon-trainium3',
    name: 'AWS Trainium3',
    aliases: ['Trainium3', 'Trainium 3', 'Trn3'],
    maker: 'amazon',
    category: 'accelerator',
  },
  {
    id: 'amazon-trainium4',
    name: 'AWS Trainium4',
    aliases: ['Trainium4', 'Trainium 4', 'Trn4'],
    maker: 'amazon',
    category: 'accelerator',
  },
  {
    id: 'amazon-inferentia',
    name: 'AWS Inferentia',
    aliases: ['Inferentia'],
    maker: 'amazon',
    category: 'accelerator',
  },
  {
    id: 'amazon-inferentia2',
    name: 'AWS Inferentia2',
    aliases: ['Inferentia2', 'Inferentia 2'],
    maker: 'amazon',
    category: 'accelerator',
  },
  {
    id: 'amazon-graviton',
    name: 'AWS Graviton',
    aliases: ['Graviton'],
    maker: 'amazon',
    category: 'cpu',
  },
  {
    id: 'amazon-graviton4',
    name: 'AWS Graviton4',
    aliases: ['Graviton4', 'Graviton 4'],
    maker: 'amazon',
    category: 'cpu',
  },
];

/** Naming patterns of models not listed above yet ("Trainium5"). */
export const AMAZON_MODEL_FAMILIES: ModelFamily[] = [
  {
    key: 'aws-trainium',
    maker: 'amazon',
    category: 'accelerator',
    prefix: 'AWS Trainium',
    modelCase: 'upper',
    leads: ['Trainium'],
    pattern: 'Trainium[ \\u00a0-]?(\\d{1,2})',
  },
  {
    key: 'aws-inferentia',
    maker: 'amazon',
    category: 'accelerator',
    prefix: 'AWS Inferentia',
    modelCase: 'upper',
    leads: ['Inferentia'],
    pattern: 'Inferentia[ \\u00a0-]?(\\d{1,2})',
  },
  {
    key: 'aws-graviton',
    maker: 'amazon',
    category: 'cpu',
    prefix: 'AWS Graviton',
    modelCase: 'upper',
    leads: ['Graviton'],
    pattern: 'Graviton[ \\u00a0-]?(\\d{1,2})',
  },
];
