/** What the card says about Amazon's chips, keyed by the ids of `./amazon.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  trainiumDoc: {
    title: 'AWS Neuron documentation: Trainium architecture',
    de: 'AWS-Neuron-Dokumentation: Architektur von Trainium',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html',
  },
  trainium2Doc: {
    title: 'AWS Neuron documentation: Trainium2 architecture guide',
    de: 'AWS-Neuron-Dokumentation: Architekturleitfaden zu Trainium2',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/nki/arch/trainium2_arch.html',
  },
  trainium3Doc: { title: 'AWS Neuron documentation: Trainium3 architecture, Dec 2025', de: 'AWS-Neuron-Dokumentation: Architektur von Trainium3, Dez. 2025' },
  inferentia2Doc: {
    title: 'AWS Neuron documentation: Inferentia2 architecture',
    de: 'AWS-Neuron-Dokumentation: Architektur von Inferentia2',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html',
  },
} satisfies Record<string, Source>;

export const AMAZON_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'amazon-trainium': {
    memory: fact('32 GiB', SRC.trainiumDoc),
    bandwidth: fact('820 GiB/s', SRC.trainiumDoc),
    launchYear: fact(2022, { title: 'AWS: Amazon EC2 Trn1 instances generally available, Oct 2022', de: 'AWS: Amazon-EC2-Trn1-Instanzen allgemein verfügbar, Okt. 2022' }),
    summary: {
      en: 'First AWS training chip (Trn1 instances); the bare name also stands for the whole Trainium line.',
      de: 'Erster Trainingschip von AWS (Trn1-Instanzen); der Name allein steht auch für die ganze Trainium-Reihe.',
    },
  },
  'amazon-trainium2': {
    memory: fact('96 GiB HBM', SRC.trainium2Doc),
    bandwidth: fact('2.9 TB/s', SRC.trainium2Doc),
    launchYear: fact(2024, { title: 'AWS re:Invent 2024: Trn2 instances generally available, Dec 2024', de: 'AWS re:Invent 2024: Trn2-Instanzen allgemein verfügbar, Dez. 2024' }),
    summary: {
      en: 'Second-generation AWS training chip, used by Anthropic in Project Rainier.',
      de: 'Trainingschip der zweiten AWS-Generation, von Anthropic im Project Rainier eingesetzt.',
    },
  },
  'amazon-trainium3': {
    memory: fact('144 GiB', SRC.trainium3Doc),
    bandwidth: fact('4.9 TB/s', SRC.trainium3Doc),
    process: fact('TSMC 3 nm', { title: 'AWS re:Invent 2025: Trainium3 launch, Dec 2025', de: 'AWS re:Invent 2025: Marktstart von Trainium3, Dez. 2025' }),
    launchYear: fact(2025, { title: 'AWS re:Invent 2025: Trainium3 launch, Dec 2025', de: 'AWS re:Invent 2025: Marktstart von Trainium3, Dez. 2025' }),
    summary: {
      en: 'Third-generation AWS training chip, the first on a 3 nm process.',
      de: 'Trainingschip der dritten AWS-Generation, der erste im 3-nm-Verfahren.',
    },
  },
  'amazon-trainium4': {
    summary: {
      en: 'Fourth-generation AWS training chip, announced as in development at re:Invent 2025, to link up over Nvidia’s NVLink Fusion.',
      de: 'Trainingschip der vierten AWS-Generation, auf der re:Invent 2025 als in Entwicklung angekündigt, mit Anbindung über Nvidias NVLink Fusion.',
    },
    summarySource: {
      title: 'MarketScreener, 2 Dec 2025: Amazon strengthens its AI offering with Nvidia technology and new Trainium servers',
      de: 'MarketScreener, 2. Dez. 2025: Amazon strengthens its AI offering with Nvidia technology and new Trainium servers',
      url: 'https://www.marketscreener.com/news/amazon-strengthens-its-ai-offering-with-nvidia-technology-and-new-trainium-servers-ce7d51d9df81fe2d',
    },
  },
  'amazon-inferentia': {
    launchYear: fact(2019, { title: 'AWS: Amazon EC2 Inf1 instances launch, Dec 2019', de: 'AWS: Start der Amazon-EC2-Inf1-Instanzen, Dez. 2019' }),
    summary: {
      en: 'First AWS inference chip (Inf1 instances); the bare name also stands for the Inferentia line.',
      de: 'Erster Inferenzchip von AWS (Inf1-Instanzen); der Name allein steht auch für die Inferentia-Reihe.',
    },
  },
  'amazon-inferentia2': {
    memory: fact('32 GiB HBM', SRC.inferentia2Doc),
    bandwidth: fact('820 GiB/s', SRC.inferentia2Doc),
    launchYear: fact(2023, { title: 'AWS: Amazon EC2 Inf2 instances generally available, Apr 2023', de: 'AWS: Amazon-EC2-Inf2-Instanzen allgemein verfügbar, Apr. 2023' }),
    summary: {
      en: 'Second-generation AWS inference chip (Inf2 instances).',
      de: 'Inferenzchip der zweiten AWS-Generation (Inf2-Instanzen).',
    },
  },
  'amazon-graviton': {
    summary: {
      en: 'AWS’s own Arm-based server processors; the bare name stands for the whole line.',
      de: 'Die eigenen Arm-basierten Serverprozessoren von AWS; der Name allein steht für die ganze Reihe.',
    },
  },
  'amazon-graviton4': {
    summary: {
      en: 'Fourth-generation AWS Arm server CPU with 96 Neoverse V2 cores, announced at re:Invent 2023.',
      de: 'Arm-Server-CPU der vierten AWS-Generation mit 96 Neoverse-V2-Kernen, vorgestellt auf der re:Invent 2023.',
    },
  },
};
