/** Moore Threads's chips as the extractor finds them; what the card says about them is in `./moore-threads.facts.ts`. */
import type { Chip } from '../types.ts';

export const MOORE_THREADS_CHIPS: Chip[] = [
  {
    id: 'moore-threads-mtt-s80',
    name: 'Moore Threads MTT S80',
    aliases: ['MTT S80', 'S80'],
    maker: 'moore-threads',
    category: 'gpu',
    needsContext: ['S80'],
  },
  {
    id: 'moore-threads-mtt-s3000',
    name: 'Moore Threads MTT S3000',
    aliases: ['MTT S3000', 'S3000'],
    maker: 'moore-threads',
    category: 'gpu',
    needsContext: ['S3000'],
  },
  {
    id: 'moore-threads-mtt-s4000',
    name: 'Moore Threads MTT S4000',
    aliases: ['MTT S4000', 'S4000'],
    maker: 'moore-threads',
    category: 'gpu',
    needsContext: ['S4000'],
  },
  {
    id: 'moore-threads-mtt-s5000',
    name: 'Moore Threads MTT S5000',
    aliases: ['MTT S5000', 'S5000'],
    maker: 'moore-threads',
    category: 'gpu',
    needsContext: ['S5000'],
  },
];
