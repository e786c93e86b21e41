/** Contract chipmakers (foundries): what the card says about them, keyed by the ids of `./foundries.ts`. */
import type { CompanyFacts } from '../types.ts';

export const FOUNDRIES_FACTS: Readonly<Record<string, CompanyFacts>> = {
  tsmc: {
    summary: "Taiwanese foundry that makes most of the world's advanced AI chips, including Nvidia's and AMD's, and packages them with CoWoS.",
  },
  smic: {
    summary: "China's largest foundry, making 7 nm-class chips for domestic designers such as Huawei despite US equipment curbs.",
  },
  'hua-hong': {
    summary: "China's second-largest foundry, focused on mature and specialty processes.",
  },
  'intel-foundry': {
    summary: "Intel's contract-manufacturing business, offering its process nodes (such as Intel 18A) to outside designers.",
  },
  globalfoundries: {
    summary: 'US foundry for mature and specialty process nodes.',
  },
  umc: {
    summary: 'Taiwanese foundry for mature process nodes.',
  },
  rapidus: {
    summary: 'Japanese government-backed foundry start-up aiming at 2 nm production in Hokkaido.',
  },
  'tower-semiconductor': {
    summary: 'Israeli specialty foundry (analog, RF, silicon photonics); Intel\'s planned takeover was abandoned in 2023.',
  },
  psmc: {
    summary: 'Taiwanese foundry for memory and mature-node logic.',
  },
  vis: {
    summary: 'Taiwanese mature-node foundry, part-owned by TSMC, building a fab in Singapore with NXP.',
  },
  nexchip: {
    summary: 'Chinese mature-node foundry in Hefei.',
  },
};
