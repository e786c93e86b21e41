/** What the card says about Tenstorrent's chips, keyed by the ids of `./tenstorrent.ts`. */
import type { ChipFacts } from '../types.ts';

export const TENSTORRENT_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'tenstorrent-wormhole': {
    summary: 'Tenstorrent’s RISC-V-based AI accelerator cards (n150, n300) that can be chained over Ethernet.',
  },
  'tenstorrent-blackhole': {
    summary: 'Tenstorrent’s successor to Wormhole, an AI accelerator with its own RISC-V CPU cores, sold as p100 and p150 cards.',
  },
};
