/** What the card says about Biren's chips, keyed by the ids of `./biren.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  biren2022: {
    title: "Tom's Hardware: Biren's new GPUs have 77 billion transistors (BR100/BR104 specifications), Aug 2022",
    de: "Tom's Hardware, Aug. 2022: Biren's new GPUs have 77 billion transistors (technische Daten von BR100/BR104)",
    url: 'https://www.tomshardware.com/news/chinese-biren-rolls-out-new-gpus-with-77-billion-transistors-2-pflops-of-ai-performance',
  },
} satisfies Record<string, Source>;

export const BIREN_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'biren-br100': {
    memory: fact('64 GB HBM2e', SRC.biren2022),
    bandwidth: fact('1.64 TB/s', SRC.biren2022),
    process: fact('TSMC 7 nm', SRC.biren2022),
    launchYear: fact(2022, SRC.biren2022),
    summary: {
      en: 'Two-chiplet general-purpose GPU of 2022 with 77 billion transistors, Biren’s flagship.',
      de: 'Universal-GPU aus zwei Chiplets von 2022 mit 77 Milliarden Transistoren, Birens Spitzenmodell.',
    },
  },
  'biren-br104': {
    memory: fact('32 GB HBM2e', SRC.biren2022),
    bandwidth: fact('819 GB/s', SRC.biren2022),
    process: fact('TSMC 7 nm', SRC.biren2022),
    launchYear: fact(2022, SRC.biren2022),
    summary: {
      en: 'Single-die PCIe version of the Biren BR100 at half its performance.',
      de: 'PCIe-Version der Biren BR100 mit einem Die und halber Leistung.',
    },
  },
  'biren-br106': {
    summary: {
      en: 'Later Biren GPU model following the BR100 family.',
      de: 'Späteres Biren-GPU-Modell nach der BR100-Familie.',
    },
  },
};
