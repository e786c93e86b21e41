/** Tenstorrent's chips as the extractor finds them; what the card says about them is in `./tenstorrent.facts.ts`. */
import type { Chip } from '../types.ts';

export const TENSTORRENT_CHIPS: Chip[] = [
  {
    id: 'tenstorrent-wormhole',
    name: 'Tenstorrent Wormhole',
    aliases: ['Wormhole', 'Wormhole n150', 'Wormhole n300'],
    maker: 'tenstorrent',
    category: 'accelerator',
    // Also the physics term and a crypto bridge.
    needsContext: ['Wormhole'],
  },
  {
    id: 'tenstorrent-blackhole',
    name: 'Tenstorrent Blackhole',
    aliases: ['Blackhole', 'Blackhole p100', 'Blackhole p150'],
    maker: 'tenstorrent',
    category: 'accelerator',
    needsContext: ['Blackhole'],
  },
];
