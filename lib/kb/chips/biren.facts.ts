/** What the card says about Biren's chips, keyed by the ids of `./biren.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  biren2022: {
    title: "Tom's Hardware: Biren's new GPUs have 77 billion transistors (BR100/BR104 specifications), Aug 2022",
    url: 'https://www.tomshardware.com/news/chinese-biren-rolls-out-new-gpus-with-77-billion-transistors-2-pflops-of-ai-performance',
  },
} satisfies Record<string, Source>;

export const BIREN_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'biren-br100': {
    memory: fact('64 GB HBM2e', SRC.biren2022),
    bandwidth: fact('1.64 TB/s', SRC.biren2022),
    process: fact('TSMC 7 nm', SRC.biren2022),
    launchYear: fact(2022, SRC.biren2022),
    summary: 'Two-chiplet general-purpose GPU of 2022 with 77 billion transistors, Biren’s flagship.',
  },
  'biren-br104': {
    memory: fact('32 GB HBM2e', SRC.biren2022),
    bandwidth: fact('819 GB/s', SRC.biren2022),
    process: fact('TSMC 7 nm', SRC.biren2022),
    launchYear: fact(2022, SRC.biren2022),
    summary: 'Single-die PCIe version of the Biren BR100 at half its performance.',
  },
  'biren-br106': {
    summary: 'Later Biren GPU model following the BR100 family.',
  },
};
