/** What the card says about JEDEC's chips, keyed by the ids of `./jedec.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact, restricted } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  bisDec2024: { title: 'BIS interim final rule, 2 Dec 2024 (HBM controls under ECCN 3A090.c)', de: 'Vorläufige BIS-Regel, 2. Dez. 2024 (HBM-Kontrollen unter ECCN 3A090.c)' },
  jedecHbm3: { title: 'JEDEC JESD238 HBM3 standard, Jan 2022', de: 'JEDEC-Standard JESD238 für HBM3, Jan. 2022' },
  jedecHbm4: {
    title: 'JEDEC press release: JESD270-4 HBM4 standard published, 16 Apr 2025',
    de: 'JEDEC-Pressemitteilung: HBM4-Standard JESD270-4 veröffentlicht, 16. Apr. 2025',
    url: 'https://dev.aiwire.net/2025/04/16/jedec-releases-hbm4-standard-to-advance-ai-and-hpc-memory/',
  },
} satisfies Record<string, Source>;

export const JEDEC_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'jedec-hbm2e': {
    launchYear: fact(2019, { title: 'Samsung Flashbolt HBM2E announcement, Mar 2019', de: 'Vorstellung von Samsung Flashbolt HBM2E, März 2019' }),
    exportControl: restricted(SRC.bisDec2024),
    summary: {
      en: 'Extended HBM2 generation of stacked DRAM (JEDEC standard; made by SK hynix, Samsung, Micron).',
      de: 'Erweiterte HBM2-Generation gestapelten DRAMs (JEDEC-Standard; gefertigt von SK hynix, Samsung, Micron).',
    },
  },
  'jedec-hbm3': {
    bandwidth: fact('819 GB/s', SRC.jedecHbm3),
    launchYear: fact(2022, SRC.jedecHbm3),
    exportControl: restricted(SRC.bisDec2024),
    summary: {
      en: 'Third HBM generation (JEDEC standard), up to 819 GB/s per stack; used in H100 and H20.',
      de: 'Dritte HBM-Generation (JEDEC-Standard), bis 819 GB/s je Stapel; verbaut in H100 und H20.',
    },
  },
  'jedec-hbm3e': {
    launchYear: fact(2024, { title: 'SK hynix HBM3E mass-production announcement, 19 Mar 2024', de: 'SK hynix kündigt die Serienfertigung von HBM3E an, 19. März 2024' }),
    exportControl: restricted(SRC.bisDec2024),
    summary: {
      en: 'Faster extension of HBM3 (JEDEC family) used in H200, Blackwell and MI325X/MI350.',
      de: 'Schnellere Erweiterung von HBM3 (JEDEC-Familie), verbaut in H200, Blackwell und MI325X/MI350.',
    },
  },
  'jedec-hbm4': {
    bandwidth: fact('2 TB/s', SRC.jedecHbm4),
    launchYear: fact(2025, SRC.jedecHbm4),
    exportControl: restricted(SRC.bisDec2024),
    summary: {
      en: 'Fourth HBM generation (JEDEC JESD270-4) with a 2048-bit interface, up to 2 TB/s per stack; used by Rubin and MI400.',
      de: 'Vierte HBM-Generation (JEDEC JESD270-4) mit 2048-Bit-Schnittstelle, bis 2 TB/s je Stapel; genutzt von Rubin und MI400.',
    },
  },
  'jedec-gddr7': {
    launchYear: fact(2024, { title: 'JEDEC JESD239 GDDR7 standard, Mar 2024', de: 'JEDEC-Standard JESD239 für GDDR7, März 2024' }),
    summary: {
      en: 'Graphics DRAM generation (JEDEC standard) used in RTX 50 cards, the RTX Pro 6000D and Rubin CPX.',
      de: 'Grafik-DRAM-Generation (JEDEC-Standard), verbaut in RTX-50-Karten, der RTX Pro 6000D und Rubin CPX.',
    },
  },
};
