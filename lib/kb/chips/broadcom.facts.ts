/** What the card says about Broadcom's chips, keyed by the ids of `./broadcom.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  tomahawk6: {
    title: 'New Electronics, Jun 2025: Broadcom ships Tomahawk 6, world’s first 102.4 Tbps switch in a single chip',
    de: 'New Electronics, Juni 2025: Broadcom ships Tomahawk 6, world’s first 102.4 Tbps switch in a single chip',
    url: 'https://www.newelectronics.co.uk/content/news/broadcom-ships-tomahawk-6-world-s-first-1024-tbps-switch-in-a-single-chip',
  },
  jericho4: {
    title: 'Computer Weekly, Aug 2025: Broadcom unveils Jericho4 for distributed AI networking across datacentres',
    de: 'Computer Weekly, Aug. 2025: Broadcom unveils Jericho4 for distributed AI networking across datacentres',
    url: 'https://www.computerweekly.com/news/366628408/Broadcom-unveils-Jericho4-for-distributed-AI-networking-across-datacentres',
  },
  jericho4Specs: {
    title: 'StorageReview: Broadcom Jericho4, next-generation Ethernet routing silicon for AI-driven data centers, Aug 2025',
    de: 'StorageReview, Aug. 2025: Broadcom Jericho4, next-generation Ethernet routing silicon for AI-driven data centers',
    url: 'https://www.storagereview.com/news/broadcom-jericho4-next-generation-ethernet-routing-silicon-for-ai-driven-data-centers',
  },
} satisfies Record<string, Source>;

export const BROADCOM_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'broadcom-tomahawk': {
    summary: {
      en: 'Broadcom’s line of high-capacity Ethernet switch chips for data-centre and AI-cluster networks.',
      de: 'Broadcoms Reihe von Ethernet-Switch-Chips mit hoher Kapazität für Netze in Rechenzentren und KI-Clustern.',
    },
  },
  'broadcom-tomahawk-6': {
    launchYear: fact(2025, SRC.tomahawk6),
    summary: {
      en: 'Broadcom Ethernet switch chip with 102.4 Tb/s of switching capacity, shipping since June 2025, for scale-up and scale-out AI networks.',
      de: 'Ethernet-Switch-Chip von Broadcom mit 102,4 Tb/s Schaltkapazität, seit Juni 2025 ausgeliefert, für Scale-up- und Scale-out-KI-Netze.',
    },
    summarySource: SRC.tomahawk6,
  },
  'broadcom-jericho': {
    summary: {
      en: 'Broadcom’s line of deep-buffered Ethernet switch-router chips for data-centre and AI fabrics.',
      de: 'Broadcoms Reihe von Ethernet-Switch-Router-Chips mit tiefen Puffern für Rechenzentrums- und KI-Netze.',
    },
  },
  'broadcom-jericho3-ai': {
    summary: {
      en: 'Jericho generation that Broadcom aimed at the fabrics of AI training clusters, predecessor of the Jericho4.',
      de: 'Jericho-Generation, die Broadcom auf die Netze von KI-Trainingsclustern ausrichtete, Vorgänger des Jericho4.',
    },
  },
  'broadcom-jericho4': {
    launchYear: fact(2025, SRC.jericho4),
    summary: {
      en: 'Broadcom Ethernet fabric router (51.2 Tb/s, deep buffers) that links AI clusters across data centres more than 100 km apart.',
      de: 'Ethernet-Fabric-Router von Broadcom (51,2 Tb/s, tiefe Puffer), der KI-Cluster über mehr als 100 km entfernte Rechenzentren verbindet.',
    },
    summarySource: SRC.jericho4Specs,
  },
};
