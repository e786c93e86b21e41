/** What the card says about Amazon's chips, keyed by the ids of `./amazon.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  trainiumDoc: {
    title: 'AWS Neuron documentation: Trainium architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html',
  },
  trainium2Doc: {
    title: 'AWS Neuron documentation: Trainium2 architecture guide',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/nki/arch/trainium2_arch.html',
  },
  trainium3Doc: { title: 'AWS Neuron documentation: Trainium3 architecture, Dec 2025' },
  inferentia2Doc: {
    title: 'AWS Neuron documentation: Inferentia2 architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html',
  },
} satisfies Record<string, Source>;

export const AMAZON_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'amazon-trainium': {
    memory: fact('32 GiB', SRC.trainiumDoc),
    bandwidth: fact('820 GiB/s', SRC.trainiumDoc),
    launchYear: fact(2022, { title: 'AWS: Amazon EC2 Trn1 instances generally available, Oct 2022' }),
    summary: 'First AWS training chip (Trn1 instances); the bare name also stands for the whole Trainium line.',
  },
  'amazon-trainium2': {
    memory: fact('96 GiB HBM', SRC.trainium2Doc),
    bandwidth: fact('2.9 TB/s', SRC.trainium2Doc),
    launchYear: fact(2024, { title: 'AWS re:Invent 2024: Trn2 instances generally available, Dec 2024' }),
    summary: 'Second-generation AWS training chip, used by Anthropic in Project Rainier.',
  },
  'amazon-trainium3': {
    memory: fact('144 GiB', SRC.trainium3Doc),
    bandwidth: fact('4.9 TB/s', SRC.trainium3Doc),
    process: fact('TSMC 3 nm', { title: 'AWS re:Invent 2025: Trainium3 launch, Dec 2025' }),
    launchYear: fact(2025, { title: 'AWS re:Invent 2025: Trainium3 launch, Dec 2025' }),
    summary: 'Third-generation AWS training chip, the first on a 3 nm process.',
  },
  'amazon-trainium4': {
    summary: 'Fourth-generation AWS training chip, announced as in development at re:Invent 2025, to link up over Nvidia’s NVLink Fusion.',
    summarySource: {
      title: 'MarketScreener, 2 Dec 2025: Amazon strengthens its AI offering with Nvidia technology and new Trainium servers',
      url: 'https://www.marketscreener.com/news/amazon-strengthens-its-ai-offering-with-nvidia-technology-and-new-trainium-servers-ce7d51d9df81fe2d',
    },
  },
  'amazon-inferentia': {
    launchYear: fact(2019, { title: 'AWS: Amazon EC2 Inf1 instances launch, Dec 2019' }),
    summary: 'First AWS inference chip (Inf1 instances); the bare name also stands for the Inferentia line.',
  },
  'amazon-inferentia2': {
    memory: fact('32 GiB HBM', SRC.inferentia2Doc),
    bandwidth: fact('820 GiB/s', SRC.inferentia2Doc),
    launchYear: fact(2023, { title: 'AWS: Amazon EC2 Inf2 instances generally available, Apr 2023' }),
    summary: 'Second-generation AWS inference chip (Inf2 instances).',
  },
  'amazon-graviton': {
    summary: 'AWS’s own Arm-based server processors; the bare name stands for the whole line.',
  },
  'amazon-graviton4': {
    summary: 'Fourth-generation AWS Arm server CPU with 96 Neoverse V2 cores, announced at re:Invent 2023.',
  },
};
