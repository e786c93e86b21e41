/** What the card says about Huawei's chips, keyed by the ids of `./huawei.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact, domesticChina } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  bisMay2025: { title: 'BIS guidance on PRC advanced-computing ICs (Huawei Ascend 910B/910C/910D), 13 May 2025' },
  huaweiConnect2025: { title: 'Huawei Connect 2025 keynote (Eric Xu), Ascend roadmap, 18 Sep 2025' },
  linleyAscend910: {
    title: 'Linley Microprocessor Report: Huawei Delivers Powerful AI Training, 8 Oct 2019',
    url: 'https://www.linleygroup.com/newsletters/newsletter_detail.php?num=6076&year=2019&tag=3',
  },
  ascend310Launch: {
    title: 'HiSilicon: Huawei launches Ascend 310 at Huawei Connect 2018, 10 Oct 2018',
    url: 'http://www.hisilicon.com/en/Media-Center/News/Key-Information-About-the-Huawei-Ascend310',
  },
} satisfies Record<string, Source>;

export const HUAWEI_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'huawei-ascend': {
    architecture: fact('Da Vinci', SRC.ascend310Launch),
    launchYear: fact(2018, SRC.ascend310Launch),
    summary: 'Huawei’s AI processor line (HiSilicon), China’s leading domestic alternative to Nvidia.',
  },
  'huawei-ascend-310': {
    architecture: fact('Da Vinci', SRC.ascend310Launch),
    process: fact('TSMC 12 nm', { title: 'Golem.de: Huaweis AI-Chips sollen Google und Nvidia schlagen, Oct 2018' }),
    launchYear: fact(2018, SRC.ascend310Launch),
    summary: 'Low-power Huawei inference chip of 2018 for edge and devices.',
  },
  'huawei-ascend-910': {
    architecture: fact('Da Vinci', SRC.linleyAscend910),
    memory: fact('32 GB HBM2', SRC.linleyAscend910),
    process: fact('TSMC N7+ (7 nm EUV)', SRC.linleyAscend910),
    launchYear: fact(2019, { title: 'Huawei Ascend 910 and MindSpore launch, 23 Aug 2019' }),
    summary: 'Huawei’s first training chip (2019), made by TSMC before the 2020 US sanctions.',
  },
  'huawei-ascend-910b': {
    architecture: fact('Da Vinci', SRC.bisMay2025),
    exportControl: domesticChina(SRC.bisMay2025),
    summary: 'Ascend accelerator widely deployed in China; named in the May 2025 US export-control guidance.',
  },
  'huawei-ascend-910c': {
    architecture: fact('Da Vinci', SRC.bisMay2025),
    launchYear: fact(2025, SRC.huaweiConnect2025),
    exportControl: domesticChina(SRC.bisMay2025),
    summary: 'Ascend accelerator launched in 2025, the chip of Huawei’s CloudMatrix 384 system.',
  },
  'huawei-ascend-910d': {
    exportControl: domesticChina(SRC.bisMay2025),
    summary: 'Ascend chip reported in April 2025 as Huawei’s attempt to match the Nvidia H100.',
  },
  'huawei-ascend-920': {
    summary: 'Next-generation Ascend chip reported in April 2025.',
  },
  'huawei-ascend-950': {
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: 'Huawei’s 2026 Ascend generation, in two variants: 950PR for inference and 950DT for training.',
  },
  'huawei-ascend-950pr': {
    memory: fact('128 GB HiBL 1.0 HBM', SRC.huaweiConnect2025),
    bandwidth: fact('1.6 TB/s', SRC.huaweiConnect2025),
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: 'Inference-oriented Ascend 950 variant planned for Q1 2026, the first with Huawei’s own HBM.',
  },
  'huawei-ascend-950dt': {
    memory: fact('144 GB HiZQ 2.0 HBM', SRC.huaweiConnect2025),
    bandwidth: fact('4 TB/s', SRC.huaweiConnect2025),
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: 'Training-oriented Ascend 950 variant planned for Q4 2026, the chip of the Atlas 950 SuperPoD.',
  },
  'huawei-ascend-960': {
    memory: fact('288 GB HBM', SRC.huaweiConnect2025),
    bandwidth: fact('9.6 TB/s', SRC.huaweiConnect2025),
    launchYear: fact(2027, SRC.huaweiConnect2025),
    summary: 'Ascend chip planned for Q4 2027, doubling the 950’s compute, memory and bandwidth.',
  },
  'huawei-ascend-970': {
    launchYear: fact(2028, SRC.huaweiConnect2025),
    summary: 'Ascend chip planned for Q4 2028, the last step of Huawei’s 2025 roadmap.',
  },
  'huawei-hibl-1-0': {
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: 'Huawei’s self-developed high-bandwidth memory for the Ascend 950PR.',
  },
  'huawei-hizq-2-0': {
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: 'Huawei’s second self-developed HBM generation, for the Ascend 950DT.',
  },
};
