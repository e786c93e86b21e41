/** What the card says about Qualcomm's chips, keyed by the ids of `./qualcomm.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact } from '../sources.facts.ts';

export const QUALCOMM_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'qualcomm-ai200': {
    launchYear: fact(2026, { title: 'Qualcomm press release: AI200 and AI250 data-centre inference solutions, 27 Oct 2025', de: 'Qualcomm-Pressemitteilung: Inferenzlösungen AI200 und AI250 für Rechenzentren, 27. Okt. 2025' }),
    summary: {
      en: 'Qualcomm’s rack-scale data-centre inference accelerator with LPDDR memory, announced October 2025.',
      de: 'Qualcomms Inferenzbeschleuniger für Rechenzentren im Rack-Maßstab mit LPDDR-Speicher, vorgestellt im Oktober 2025.',
    },
  },
  'qualcomm-ai250': {
    launchYear: fact(2027, { title: 'Qualcomm press release: AI200 and AI250 data-centre inference solutions, 27 Oct 2025', de: 'Qualcomm-Pressemitteilung: Inferenzlösungen AI200 und AI250 für Rechenzentren, 27. Okt. 2025' }),
    summary: {
      en: 'Successor to the AI200 with near-memory computing, announced October 2025.',
      de: 'Nachfolger des AI200 mit Rechnen nahe am Speicher, vorgestellt im Oktober 2025.',
    },
  },
};
