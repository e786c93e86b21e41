/** What the card says about Broadcom's chips, keyed by the ids of `./broadcom.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  tomahawk6: {
    title: 'New Electronics, Jun 2025: Broadcom ships Tomahawk 6, world’s first 102.4 Tbps switch in a single chip',
    url: 'https://www.newelectronics.co.uk/content/news/broadcom-ships-tomahawk-6-world-s-first-1024-tbps-switch-in-a-single-chip',
  },
  jericho4: {
    title: 'Computer Weekly, Aug 2025: Broadcom unveils Jericho4 for distributed AI networking across datacentres',
    url: 'https://www.computerweekly.com/news/366628408/Broadcom-unveils-Jericho4-for-distributed-AI-networking-across-datacentres',
  },
  jericho4Specs: {
    title: 'StorageReview: Broadcom Jericho4, next-generation Ethernet routing silicon for AI-driven data centers, Aug 2025',
    url: 'https://www.storagereview.com/news/broadcom-jericho4-next-generation-ethernet-routing-silicon-for-ai-driven-data-centers',
  },
} satisfies Record<string, Source>;

export const BROADCOM_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'broadcom-tomahawk': {
    summary: 'Broadcom’s line of high-capacity Ethernet switch chips for data-centre and AI-cluster networks.',
  },
  'broadcom-tomahawk-6': {
    launchYear: fact(2025, SRC.tomahawk6),
    summary: 'Broadcom Ethernet switch chip with 102.4 Tb/s of switching capacity, shipping since June 2025, for scale-up and scale-out AI networks.',
    summarySource: SRC.tomahawk6,
  },
  'broadcom-jericho': {
    summary: 'Broadcom’s line of deep-buffered Ethernet switch-router chips for data-centre and AI fabrics.',
  },
  'broadcom-jericho3-ai': {
    summary: 'Jericho generation that Broadcom aimed at the fabrics of AI training clusters, predecessor of the Jericho4.',
  },
  'broadcom-jericho4': {
    launchYear: fact(2025, SRC.jericho4),
    summary: 'Broadcom Ethernet fabric router (51.2 Tb/s, deep buffers) that links AI clusters across data centres more than 100 km apart.',
    summarySource: SRC.jericho4Specs,
  },
};
