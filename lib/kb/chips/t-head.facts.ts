/** What the card says about T-Head's chips, keyed by the ids of `./t-head.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact, domesticChina } from '../sources.facts.ts';

export const T_HEAD_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  't-head-hanguang-800': {
    launchYear: fact(2019, { title: 'Alibaba Cloud Apsara Conference: Hanguang 800 launch, 25 Sep 2019', de: 'Alibaba Cloud Apsara Conference: Marktstart des Hanguang 800, 25. Sep. 2019' }),
    summary: {
      en: 'Alibaba’s first in-house AI inference chip (2019), designed by T-Head.',
      de: 'Alibabas erster eigener KI-Inferenzchip (2019), entwickelt von T-Head.',
    },
  },
  't-head-ppu': {
    memory: fact('96 GB HBM2e', { title: 'CCTV broadcast of 16 Sep 2025 on China Unicom’s Sanjiangyuan data centre (as reported by SCMP)', de: 'CCTV-Sendung vom 16. Sep. 2025 über das Rechenzentrum Sanjiangyuan von China Unicom (nach SCMP)' }),
    exportControl: domesticChina({ title: 'CCTV broadcast of 16 Sep 2025 on China Unicom’s Sanjiangyuan data centre (as reported by SCMP)', de: 'CCTV-Sendung vom 16. Sep. 2025 über das Rechenzentrum Sanjiangyuan von China Unicom (nach SCMP)' }),
    summary: {
      en: 'Alibaba T-Head AI accelerator presented on Chinese state TV in 2025 as on a par with the Nvidia H20.',
      de: 'KI-Beschleuniger von Alibabas T-Head, 2025 im chinesischen Staatsfernsehen als ebenbürtig mit der Nvidia H20 vorgestellt.',
    },
  },
  't-head-yitian-710': {
    launchYear: fact(2021, { title: 'Alibaba Cloud Apsara Conference: Yitian 710 launch, Oct 2021', de: 'Alibaba Cloud Apsara Conference: Marktstart des Yitian 710, Okt. 2021' }),
    summary: {
      en: 'Arm-based server CPU designed by Alibaba’s T-Head for Alibaba Cloud.',
      de: 'Arm-basierte Server-CPU von Alibabas T-Head für Alibaba Cloud.',
    },
  },
};
