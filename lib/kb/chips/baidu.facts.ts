/** What the card says about Baidu's chips, keyed by the ids of `./baidu.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  digitimesKunlun2: {
    title: 'DigiTimes: Baidu’s Kunlun Xin not only focuses on AI, but also eyes self-driving, 20 Mar 2023',
    de: 'DigiTimes, 20. März 2023: Baidu’s Kunlun Xin not only focuses on AI, but also eyes self-driving',
    url: 'https://www.digitimes.com/news/a20230320PD206/ai-chips-baidu-self-driving-car.html',
  },
  baiduWorld2025: { title: 'Baidu World 2025: Kunlun M100 and M300 roadmap, 13 Nov 2025', de: 'Baidu World 2025: Fahrplan für Kunlun M100 und M300, 13. Nov. 2025' },
} satisfies Record<string, Source>;

export const BAIDU_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'baidu-kunlun': {
    summary: {
      en: 'Baidu’s AI chip line, developed by its Kunlunxin unit (spun off in 2021).',
      de: 'Baidus KI-Chipreihe, entwickelt von der 2021 ausgegliederten Sparte Kunlunxin.',
    },
  },
  'baidu-kunlun-1': {
    memory: fact('16 GB HBM', { title: 'China Money Network: What cards does Baidu have in making AI chips, Feb 2021', de: 'China Money Network, Feb. 2021: What cards does Baidu have in making AI chips' }),
    bandwidth: fact('512 GB/s', { title: 'China Money Network: What cards does Baidu have in making AI chips, Feb 2021', de: 'China Money Network, Feb. 2021: What cards does Baidu have in making AI chips' }),
    process: fact('Samsung 14 nm', { title: 'Baidu and Samsung: Kunlun AI chip ready for mass production, Dec 2019', de: 'Baidu und Samsung: Kunlun-KI-Chip bereit für die Serienfertigung, Dez. 2019' }),
    launchYear: fact(2020, { title: 'Baidu and Samsung: Kunlun AI chip ready for mass production, Dec 2019', de: 'Baidu und Samsung: Kunlun-KI-Chip bereit für die Serienfertigung, Dez. 2019' }),
    summary: {
      en: 'Baidu’s first-generation cloud AI chip, made by Samsung.',
      de: 'Baidus Cloud-KI-Chip der ersten Generation, gefertigt von Samsung.',
    },
  },
  'baidu-kunlun-2': {
    bandwidth: fact('512 GB/s', SRC.digitimesKunlun2),
    process: fact('7 nm', SRC.digitimesKunlun2),
    launchYear: fact(2021, SRC.digitimesKunlun2),
    summary: {
      en: 'Second-generation Kunlun chip with GDDR6 memory, in mass production from August 2021 (R200 card).',
      de: 'Kunlun-Chip der zweiten Generation mit GDDR6-Speicher, seit August 2021 in Serie (Karte R200).',
    },
  },
  'baidu-kunlun-p800': {
    summary: {
      en: 'Third-generation Kunlun chip; Baidu switched on a 30,000-chip P800 cluster in April 2025.',
      de: 'Kunlun-Chip der dritten Generation; Baidu nahm im April 2025 einen Cluster aus 30.000 P800 in Betrieb.',
    },
  },
  'baidu-kunlun-m100': {
    launchYear: fact(2026, SRC.baiduWorld2025),
    summary: {
      en: 'Kunlun inference chip for mixture-of-experts models, planned for early 2026.',
      de: 'Kunlun-Inferenzchip für Mixture-of-Experts-Modelle, für Anfang 2026 geplant.',
    },
  },
  'baidu-kunlun-m300': {
    launchYear: fact(2027, SRC.baiduWorld2025),
    summary: {
      en: 'Kunlun chip for training and inference of very large multimodal models, planned for early 2027.',
      de: 'Kunlun-Chip für Training und Inferenz sehr großer multimodaler Modelle, für Anfang 2027 geplant.',
    },
  },
};
