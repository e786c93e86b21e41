/** What the card says about Huawei's chips, keyed by the ids of `./huawei.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact, domesticChina } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  bisMay2025: { title: 'BIS guidance on PRC advanced-computing ICs (Huawei Ascend 910B/910C/910D), 13 May 2025', de: 'BIS-Leitlinie zu chinesischen Hochleistungs-Rechenchips (Huawei Ascend 910B/910C/910D), 13. Mai 2025' },
  huaweiConnect2025: { title: 'Huawei Connect 2025 keynote (Eric Xu), Ascend roadmap, 18 Sep 2025', de: 'Keynote auf der Huawei Connect 2025 (Eric Xu), Ascend-Fahrplan, 18. Sep. 2025' },
  linleyAscend910: {
    title: 'Linley Microprocessor Report: Huawei Delivers Powerful AI Training, 8 Oct 2019',
    de: 'Linley Microprocessor Report, 8. Okt. 2019: Huawei Delivers Powerful AI Training',
    url: 'https://www.linleygroup.com/newsletters/newsletter_detail.php?num=6076&year=2019&tag=3',
  },
  ascend310Launch: {
    title: 'HiSilicon: Huawei launches Ascend 310 at Huawei Connect 2018, 10 Oct 2018',
    de: 'HiSilicon: Huawei stellt den Ascend 310 auf der Huawei Connect 2018 vor, 10. Okt. 2018',
    url: 'http://www.hisilicon.com/en/Media-Center/News/Key-Information-About-the-Huawei-Ascend310',
  },
} satisfies Record<string, Source>;

export const HUAWEI_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'huawei-ascend': {
    architecture: fact('Da Vinci', SRC.ascend310Launch),
    launchYear: fact(2018, SRC.ascend310Launch),
    summary: {
      en: 'Huawei’s AI processor line (HiSilicon), China’s leading domestic alternative to Nvidia.',
      de: 'Huaweis KI-Prozessorreihe (HiSilicon), Chinas wichtigste heimische Alternative zu Nvidia.',
    },
  },
  'huawei-ascend-310': {
    architecture: fact('Da Vinci', SRC.ascend310Launch),
    process: fact('TSMC 12 nm', { title: 'Golem.de: Huaweis AI-Chips sollen Google und Nvidia schlagen, Oct 2018', de: 'Golem.de, Okt. 2018: Huaweis AI-Chips sollen Google und Nvidia schlagen' }),
    launchYear: fact(2018, SRC.ascend310Launch),
    summary: {
      en: 'Low-power Huawei inference chip of 2018 for edge and devices.',
      de: 'Sparsamer Huawei-Inferenzchip von 2018 für Edge-Geräte.',
    },
  },
  'huawei-ascend-910': {
    architecture: fact('Da Vinci', SRC.linleyAscend910),
    memory: fact('32 GB HBM2', SRC.linleyAscend910),
    process: fact('TSMC N7+ (7 nm EUV)', SRC.linleyAscend910),
    launchYear: fact(2019, { title: 'Huawei Ascend 910 and MindSpore launch, 23 Aug 2019', de: 'Marktstart von Huawei Ascend 910 und MindSpore, 23. Aug. 2019' }),
    summary: {
      en: 'Huawei’s first training chip (2019), made by TSMC before the 2020 US sanctions.',
      de: 'Huaweis erster Trainingschip (2019), vor den US-Sanktionen von 2020 bei TSMC gefertigt.',
    },
  },
  'huawei-ascend-910b': {
    architecture: fact('Da Vinci', SRC.bisMay2025),
    exportControl: domesticChina(SRC.bisMay2025),
    summary: {
      en: 'Ascend accelerator widely deployed in China; named in the May 2025 US export-control guidance.',
      de: 'In China weit verbreiteter Ascend-Beschleuniger; in der US-Exportkontroll-Leitlinie vom Mai 2025 genannt.',
    },
  },
  'huawei-ascend-910c': {
    architecture: fact('Da Vinci', SRC.bisMay2025),
    launchYear: fact(2025, SRC.huaweiConnect2025),
    exportControl: domesticChina(SRC.bisMay2025),
    summary: {
      en: 'Ascend accelerator launched in 2025, the chip of Huawei’s CloudMatrix 384 system.',
      de: 'Ascend-Beschleuniger von 2025, der Chip von Huaweis System CloudMatrix 384.',
    },
  },
  'huawei-ascend-910d': {
    exportControl: domesticChina(SRC.bisMay2025),
    summary: {
      en: 'Ascend chip reported in April 2025 as Huawei’s attempt to match the Nvidia H100.',
      de: 'Ascend-Chip, im April 2025 als Huaweis Versuch gemeldet, mit der Nvidia H100 gleichzuziehen.',
    },
  },
  'huawei-ascend-920': {
    summary: {
      en: 'Next-generation Ascend chip reported in April 2025.',
      de: 'Ascend-Chip der nächsten Generation, im April 2025 gemeldet.',
    },
  },
  'huawei-ascend-950': {
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: {
      en: 'Huawei’s 2026 Ascend generation, in two variants: 950PR for inference and 950DT for training.',
      de: 'Huaweis Ascend-Generation für 2026 in zwei Varianten: 950PR für Inferenz und 950DT für Training.',
    },
  },
  'huawei-ascend-950pr': {
    memory: fact('128 GB HiBL 1.0 HBM', SRC.huaweiConnect2025),
    bandwidth: fact('1.6 TB/s', SRC.huaweiConnect2025),
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: {
      en: 'Inference-oriented Ascend 950 variant planned for Q1 2026, the first with Huawei’s own HBM.',
      de: 'Inferenz-Variante des Ascend 950, geplant für das 1. Quartal 2026, die erste mit Huaweis eigenem HBM.',
    },
  },
  'huawei-ascend-950dt': {
    memory: fact('144 GB HiZQ 2.0 HBM', SRC.huaweiConnect2025),
    bandwidth: fact('4 TB/s', SRC.huaweiConnect2025),
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: {
      en: 'Training-oriented Ascend 950 variant planned for Q4 2026, the chip of the Atlas 950 SuperPoD.',
      de: 'Trainings-Variante des Ascend 950, geplant für das 4. Quartal 2026, der Chip des Atlas 950 SuperPoD.',
    },
  },
  'huawei-ascend-960': {
    memory: fact('288 GB HBM', SRC.huaweiConnect2025),
    bandwidth: fact('9.6 TB/s', SRC.huaweiConnect2025),
    launchYear: fact(2027, SRC.huaweiConnect2025),
    summary: {
      en: 'Ascend chip planned for Q4 2027, doubling the 950’s compute, memory and bandwidth.',
      de: 'Ascend-Chip für das 4. Quartal 2027, mit doppelter Rechenleistung, doppeltem Speicher und doppelter Bandbreite des 950.',
    },
  },
  'huawei-ascend-970': {
    launchYear: fact(2028, SRC.huaweiConnect2025),
    summary: {
      en: 'Ascend chip planned for Q4 2028, the last step of Huawei’s 2025 roadmap.',
      de: 'Ascend-Chip für das 4. Quartal 2028, die letzte Stufe von Huaweis Fahrplan von 2025.',
    },
  },
  'huawei-hibl-1-0': {
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: {
      en: 'Huawei’s self-developed high-bandwidth memory for the Ascend 950PR.',
      de: 'Huaweis selbst entwickelter Speicher mit hoher Bandbreite für den Ascend 950PR.',
    },
  },
  'huawei-hizq-2-0': {
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: {
      en: 'Huawei’s second self-developed HBM generation, for the Ascend 950DT.',
      de: 'Huaweis zweite selbst entwickelte HBM-Generation, für den Ascend 950DT.',
    },
  },
};
