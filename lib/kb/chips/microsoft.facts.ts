/** What the card says about Microsoft's chips, keyed by the ids of `./microsoft.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  ignite2023: {
    title: 'Microsoft Source, 15 Nov 2023: With a systems approach to chips, Microsoft aims to tailor everything “from silicon to service” (Maia 100 and Cobalt 100)',
    de: 'Microsoft Source, 15. Nov. 2023: With a systems approach to chips, Microsoft aims to tailor everything “from silicon to service” (Maia 100 und Cobalt 100)',
    url: 'https://news.microsoft.com/source/features/ai/in-house-chips-silicon-to-service-to-meet-ai-demand/',
  },
  maia100HotChips: { title: 'Microsoft Maia 100 presentation, Hot Chips 2024', de: 'Vortrag zu Microsoft Maia 100, Hot Chips 2024' },
  maia200Blog: {
    title: 'Microsoft blog: Maia 200, the AI accelerator built for inference, 26 Jan 2026',
    de: 'Microsoft-Blog, 26. Jan. 2026: Maia 200, the AI accelerator built for inference',
    url: 'https://blogs.microsoft.com/blog/2026/01/26/maia-200-the-ai-accelerator-built-for-inference/',
  },
} satisfies Record<string, Source>;

export const MICROSOFT_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'microsoft-maia': {
    summary: {
      en: 'Microsoft’s in-house AI accelerator line for Azure.',
      de: 'Microsofts eigene KI-Beschleunigerreihe für Azure.',
    },
  },
  'microsoft-maia-100': {
    memory: fact('64 GB HBM2e', SRC.maia100HotChips),
    bandwidth: fact('1.8 TB/s', SRC.maia100HotChips),
    process: fact('TSMC 5 nm', SRC.maia100HotChips),
    launchYear: fact(2023, SRC.ignite2023),
    summary: {
      en: 'Microsoft’s first AI accelerator, announced in 2023.',
      de: 'Microsofts erster KI-Beschleuniger, vorgestellt 2023.',
    },
  },
  'microsoft-maia-200': {
    memory: fact('216 GB HBM3e', SRC.maia200Blog),
    bandwidth: fact('7 TB/s', SRC.maia200Blog),
    process: fact('TSMC 3 nm', SRC.maia200Blog),
    launchYear: fact(2026, SRC.maia200Blog),
    summary: {
      en: 'Microsoft’s inference-first second-generation accelerator, deployed in Azure from January 2026.',
      de: 'Microsofts auf Inferenz ausgelegter Beschleuniger der zweiten Generation, seit Januar 2026 in Azure im Einsatz.',
    },
  },
  'microsoft-cobalt': {
    summary: {
      en: 'Microsoft’s own Arm-based server CPUs for Azure.',
      de: 'Microsofts eigene Arm-basierte Server-CPUs für Azure.',
    },
  },
  'microsoft-cobalt-100': {
    summary: {
      en: 'Microsoft’s first in-house Arm-based server CPU, with 128 cores, announced at Ignite in November 2023.',
      de: 'Microsofts erste eigene Arm-basierte Server-CPU mit 128 Kernen, vorgestellt auf der Ignite im November 2023.',
    },
    summarySource: SRC.ignite2023,
  },
  'microsoft-cobalt-200': {
    summary: {
      en: 'Second-generation Microsoft Arm server CPU with 132 cores, announced in November 2025.',
      de: 'Arm-Server-CPU der zweiten Microsoft-Generation mit 132 Kernen, vorgestellt im November 2025.',
    },
    summarySource: {
      title: 'Microsoft Tech Community: Silicon to Systems, how Microsoft engineers AI infrastructure from the ground up',
      de: 'Microsoft Tech Community: Silicon to Systems, how Microsoft engineers AI infrastructure from the ground up',
      url: 'https://techcommunity.microsoft.com/blog/azureinfrastructureblog/silicon-to-systems-how-microsoft-engineers-ai-infrastructure-from-the-ground-up/4489525',
    },
  },
};
