/** What the card says about Tenstorrent's chips, keyed by the ids of `./tenstorrent.ts`. */
import type { ChipFacts } from '../types.ts';

export const TENSTORRENT_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'tenstorrent-wormhole': {
    summary: {
      en: 'Tenstorrent’s RISC-V-based AI accelerator cards (n150, n300) that can be chained over Ethernet.',
      de: 'RISC-V-basierte KI-Beschleunigerkarten von Tenstorrent (n150, n300), über Ethernet verkettbar.',
    },
  },
  'tenstorrent-blackhole': {
    summary: {
      en: 'Tenstorrent’s successor to Wormhole, an AI accelerator with its own RISC-V CPU cores, sold as p100 and p150 cards.',
      de: 'Tenstorrents Nachfolger von Wormhole, ein KI-Beschleuniger mit eigenen RISC-V-CPU-Kernen, verkauft als Karten p100 und p150.',
    },
  },
};
