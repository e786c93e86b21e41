/** What the card says about Groq's chips, keyed by the ids of `./groq.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact } from '../sources.facts.ts';

export const GROQ_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'groq-lpu': {
    memory: fact('230 MB on-chip SRAM', { title: 'GroqChip product brief', de: 'Produktblatt des GroqChip' }),
    process: fact('GlobalFoundries 14 nm', { title: 'Groq Tensor Streaming Processor paper, ISCA 2020', de: 'Fachartikel zum Tensor Streaming Processor von Groq, ISCA 2020' }),
    summary: {
      en: 'Groq’s inference chip that keeps model weights in on-chip SRAM; Nvidia licensed the technology in December 2025.',
      de: 'Groqs Inferenzchip, der die Modellgewichte im SRAM auf dem Chip hält; Nvidia lizenzierte die Technik im Dezember 2025.',
    },
  },
};
