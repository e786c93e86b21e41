/** MetaX's chips as the extractor finds them; what the card says about them is in `./metax.facts.ts`. */
import type { Chip } from '../types.ts';

export const METAX_CHIPS: Chip[] = [
  {
    id: 'metax-c500',
    name: 'MetaX Xiyun C500',
    aliases: ['Xiyun C500', 'MXC500', 'C500'],
    maker: 'metax',
    category: 'gpu',
    needsContext: ['C500'],
  },
  {
    id: 'metax-c550',
    name: 'MetaX Xiyun C550',
    aliases: ['Xiyun C550', 'C550'],
    maker: 'metax',
    category: 'gpu',
    needsContext: ['C550'],
  },
  {
    id: 'metax-c600',
    name: 'MetaX Xiyun C600',
    aliases: ['Xiyun C600', 'C600'],
    maker: 'metax',
    category: 'gpu',
    needsContext: ['C600'],
  },
  {
    id: 'metax-n260',
    name: 'MetaX Xisi N260',
    aliases: ['Xisi N260', 'N260'],
    maker: 'metax',
    category: 'gpu',
    needsContext: ['N260'],
  },
];
