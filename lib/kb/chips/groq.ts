/** Groq's chips as the extractor finds them; what the card says about them is in `./groq.facts.ts`. */
import type { Chip } from '../types.ts';

export const GROQ_CHIPS: Chip[] = [
  {
    id: 'groq-lpu',
    name: 'Groq LPU',
    aliases: ['LPU', 'Language Processing Unit', 'GroqChip'],
    maker: 'groq',
    category: 'accelerator',
    needsContext: ['LPU'],
  },
];
