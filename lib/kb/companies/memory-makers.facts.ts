/** DRAM, HBM and flash makers, and the JEDEC standards body: what the card says about them, keyed by the ids of `./memory-makers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const MEMORY_MAKERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  samsung: {
    summary: 'South Korean memory maker (DRAM, HBM, NAND) and foundry; supplies HBM for AI accelerators.',
  },
  'sk-hynix': {
    summary: "South Korean memory maker and the leading supplier of HBM for Nvidia's accelerators.",
  },
  micron: {
    summary: 'US maker of DRAM, NAND and HBM for AI accelerators.',
  },
  cxmt: {
    summary: "China's leading DRAM maker, developing domestic HBM.",
  },
  ymtc: {
    summary: "China's leading NAND flash maker, on the US Entity List.",
  },
  kioxia: {
    summary: 'Japanese NAND flash maker spun off from Toshiba, listed in Tokyo since December 2024.',
  },
  sandisk: {
    summary: 'US NAND flash and SSD maker, spun off from Western Digital in 2025.',
  },
  jedec: {
    summary: "Standards body (not a company) that writes the memory standards such as DDR and HBM; listed under role 'memory' as the nearest fit.",
  },
  nanya: {
    summary: 'Taiwanese DRAM maker.',
  },
  winbond: {
    summary: 'Taiwanese maker of specialty DRAM and flash memory.',
  },
};
