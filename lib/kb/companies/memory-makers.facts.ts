/** DRAM, HBM and flash makers, and the JEDEC standards body: what the card says about them, keyed by the ids of `./memory-makers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const MEMORY_MAKERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  samsung: {
    summary: {
      en: 'South Korean memory maker (DRAM, HBM, NAND) and foundry; supplies HBM for AI accelerators.',
      de: 'Südkoreanischer Speicherhersteller (DRAM, HBM, NAND) und Auftragsfertiger; liefert HBM für KI-Beschleuniger.',
    },
  },
  'sk-hynix': {
    summary: {
      en: "South Korean memory maker and the leading supplier of HBM for Nvidia's accelerators.",
      de: 'Südkoreanischer Speicherhersteller und führender HBM-Lieferant für Nvidias Beschleuniger.',
    },
  },
  micron: {
    summary: {
      en: 'US maker of DRAM, NAND and HBM for AI accelerators.',
      de: 'US-Hersteller von DRAM, NAND und HBM für KI-Beschleuniger.',
    },
  },
  cxmt: {
    summary: {
      en: "China's leading DRAM maker, developing domestic HBM.",
      de: 'Chinas führender DRAM-Hersteller, entwickelt heimisches HBM.',
    },
  },
  ymtc: {
    summary: {
      en: "China's leading NAND flash maker, on the US Entity List.",
      de: 'Chinas führender NAND-Flash-Hersteller, auf der US-Entity-List.',
    },
  },
  kioxia: {
    summary: {
      en: 'Japanese NAND flash maker spun off from Toshiba, listed in Tokyo since December 2024.',
      de: 'Von Toshiba abgespaltener japanischer NAND-Flash-Hersteller, seit Dezember 2024 in Tokio notiert.',
    },
  },
  sandisk: {
    summary: {
      en: 'US NAND flash and SSD maker, spun off from Western Digital in 2025.',
      de: 'US-Hersteller von NAND-Flash und SSDs, 2025 von Western Digital abgespalten.',
    },
  },
  jedec: {
    summary: {
      en: "Standards body (not a company) that writes the memory standards such as DDR and HBM; listed under role 'memory' as the nearest fit.",
      de: 'Normungsgremium (kein Unternehmen), das Speicherstandards wie DDR und HBM festlegt; hier mangels besserer Rolle unter „Speicher“ geführt.',
    },
  },
  nanya: {
    summary: {
      en: 'Taiwanese DRAM maker.',
      de: 'Taiwanischer DRAM-Hersteller.',
    },
  },
  winbond: {
    summary: {
      en: 'Taiwanese maker of specialty DRAM and flash memory.',
      de: 'Taiwanischer Hersteller von Spezial-DRAM und Flash-Speicher.',
    },
  },
};
