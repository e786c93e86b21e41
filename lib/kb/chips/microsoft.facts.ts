/** What the card says about Microsoft's chips, keyed by the ids of `./microsoft.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  maia100HotChips: { title: 'Microsoft Maia 100 presentation, Hot Chips 2024' },
  maia200Blog: {
    title: 'Microsoft blog: Maia 200, the AI accelerator built for inference, 26 Jan 2026',
    url: 'https://blogs.microsoft.com/blog/2026/01/26/maia-200-the-ai-accelerator-built-for-inference/',
  },
} satisfies Record<string, Source>;

export const MICROSOFT_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  // Microsoft
  'microsoft-maia': {
    summary: 'Microsoft’s in-house AI accelerator line for Azure.',
  },
  'microsoft-maia-100': {
    memory: fact('64 GB HBM2e', SRC.maia100HotChips),
    bandwidth: fact('1.8 TB/s', SRC.maia100HotChips),
    process: fact('TSMC 5 nm', SRC.maia100HotChips),
    launchYear: fact(2023, { title: 'Microsoft Ignite 2023: Azure Maia 100 announcement, 15 Nov 2023' }),
    summary: 'Microsoft’s first AI accelerator, announced in 2023.',
  },
  'microsoft-maia-200': {
    memory: fact('216 GB HBM3e', SRC.maia200Blog),
    bandwidth: fact('7 TB/s', SRC.maia200Blog),
    process: fact('TSMC 3 nm', SRC.maia200Blog),
    launchYear: fact(2026, SRC.maia200Blog),
    summary: 'Microsoft’s inference-first second-generation accelerator, deployed in Azure from January 2026.',
  },
};
