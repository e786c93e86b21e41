/** Chinese chip designers: AI accelerators, GPUs, CPUs and their suppliers: what the card says about them, keyed by the ids of `./chinese-chip-designers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const CHINESE_CHIP_DESIGNERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  huawei: {
    summary: {
      en: "Chinese telecom and device group whose Ascend AI chips and CloudMatrix clusters are China's main alternative to Nvidia.",
      de: 'Chinesischer Telekom- und Gerätekonzern, dessen Ascend-KI-Chips und CloudMatrix-Cluster Chinas wichtigste Alternative zu Nvidia sind.',
    },
  },
  hisilicon: {
    summary: {
      en: "Huawei's chip-design arm, behind the Ascend AI processors and Kirin smartphone chips.",
      de: 'Huaweis Chipentwicklungssparte, hinter den Ascend-KI-Prozessoren und den Kirin-Smartphonechips.',
    },
  },
  cambricon: {
    summary: {
      en: 'Chinese designer of the Siyuan (MLU) AI accelerators, listed on Shanghai’s STAR Market.',
      de: 'Chinesischer Entwickler der KI-Beschleuniger Siyuan (MLU), notiert am Shanghaier STAR Market.',
    },
  },
  hygon: {
    summary: {
      en: 'Chinese designer of x86-compatible server CPUs and DCU accelerators, listed on the STAR Market.',
      de: 'Chinesischer Entwickler x86-kompatibler Server-CPUs und DCU-Beschleuniger, notiert am STAR Market.',
    },
  },
  biren: {
    summary: {
      en: 'Shanghai GPU designer (BR100 series) on the US Entity List, listed in Hong Kong since January 2026.',
      de: 'GPU-Entwickler aus Shanghai (BR100-Serie) auf der US-Entity-List, seit Januar 2026 in Hongkong notiert.',
    },
  },
  'moore-threads': {
    summary: {
      en: 'Beijing GPU designer (MTT S series) on the US Entity List, listed on the STAR Market in December 2025.',
      de: 'GPU-Entwickler aus Peking (MTT-S-Serie) auf der US-Entity-List, seit Dezember 2025 am STAR Market notiert.',
    },
  },
  metax: {
    summary: {
      en: 'Shanghai GPU designer (Xiyun C series) founded by former AMD engineers, listed on the STAR Market in December 2025.',
      de: 'Von früheren AMD-Ingenieuren gegründeter GPU-Entwickler aus Shanghai (Xiyun-C-Serie), seit Dezember 2025 am STAR Market notiert.',
    },
  },
  enflame: {
    summary: {
      en: 'Shanghai designer of AI training and inference accelerators, backed by Tencent.',
      de: 'Von Tencent unterstützter Entwickler von KI-Trainings- und Inferenzbeschleunigern aus Shanghai.',
    },
  },
  iluvatar: {
    summary: {
      en: 'Shanghai designer of general-purpose GPUs for AI training and inference, listed in Hong Kong since January 2026.',
      de: 'Entwickler von Universal-GPUs für KI-Training und -Inferenz aus Shanghai, seit Januar 2026 in Hongkong notiert.',
    },
  },
  kunlunxin: {
    summary: {
      en: "Baidu's AI-chip subsidiary that designs the Kunlun accelerators; filed for a Hong Kong listing in January 2026.",
      de: 'Baidus KI-Chip-Tochter, die die Kunlun-Beschleuniger entwickelt; beantragte im Januar 2026 einen Börsengang in Hongkong.',
    },
  },
  't-head': {
    summary: {
      en: "Alibaba's chip-design unit, maker of the Hanguang AI chip and Yitian server CPUs.",
      de: 'Alibabas Chipentwicklungssparte, Hersteller des KI-Chips Hanguang und der Server-CPUs Yitian.',
    },
  },
  loongson: {
    summary: {
      en: 'Chinese CPU designer with its own LoongArch instruction set.',
      de: 'Chinesischer CPU-Entwickler mit eigenem Befehlssatz LoongArch.',
    },
  },
  'jingjia-micro': {
    summary: {
      en: 'Chinese designer of domestic graphics processors (JM series), long used in military and industrial displays.',
      de: 'Chinesischer Entwickler heimischer Grafikprozessoren (JM-Serie), lange in Militär- und Industriedisplays eingesetzt.',
    },
  },
  verisilicon: {
    summary: {
      en: 'Chinese chip design-service and IP-licensing company (NPU, GPU and video IP).',
      de: 'Chinesischer Chipdesign-Dienstleister und IP-Lizenzgeber (NPU-, GPU- und Video-IP).',
    },
  },
  unisoc: {
    summary: {
      en: 'Chinese fabless designer of smartphone and IoT chips, part of the Unigroup (Ziguang) group.',
      de: 'Chinesischer Entwickler ohne eigene Fertigung von Smartphone- und IoT-Chips, Teil der Unigroup (Ziguang).',
    },
  },
  gigadevice: {
    summary: {
      en: 'Chinese designer of NOR flash, niche DRAM and microcontrollers.',
      de: 'Chinesischer Entwickler von NOR-Flash, Nischen-DRAM und Mikrocontrollern.',
    },
  },
  montage: {
    summary: {
      en: 'Chinese designer of server memory-interface chips (DDR buffers and controllers), the largest supplier of its kind.',
      de: 'Chinesischer Entwickler von Speicherschnittstellen-Chips für Server (DDR-Puffer und -Controller), größter Anbieter seiner Art.',
    },
  },
  omnivision: {
    summary: {
      en: 'Chinese image-sensor and analogue chip group, formerly named Will Semiconductor.',
      de: 'Chinesischer Konzern für Bildsensoren und Analogchips, früher Will Semiconductor.',
    },
  },
  zhaoxin: {
    summary: {
      en: 'Shanghai designer of x86-compatible CPUs, a joint venture with Taiwan’s VIA.',
      de: 'Entwickler x86-kompatibler CPUs aus Shanghai, ein Gemeinschaftsunternehmen mit VIA aus Taiwan.',
    },
  },
  sophgo: {
    summary: {
      en: 'Chinese AI and RISC-V chip designer linked to crypto-mining chipmaker Bitmain.',
      de: 'Chinesischer KI- und RISC-V-Chipentwickler mit Verbindungen zum Krypto-Mining-Chiphersteller Bitmain.',
    },
  },
  'horizon-robotics': {
    summary: {
      en: 'Chinese designer of AI chips for driver assistance (Journey series).',
      de: 'Chinesischer Entwickler von KI-Chips für Fahrassistenz (Journey-Serie).',
    },
  },
  zte: {
    summary: {
      en: 'Chinese telecom-equipment maker that also designs chips through its Sanechips unit and builds AI servers.',
      de: 'Chinesischer Telekom-Ausrüster, der über die Sparte Sanechips auch Chips entwickelt und KI-Server baut.',
    },
  },
  xiaomi: {
    summary: {
      en: 'Chinese phone and electric-car maker that designs its own XRING smartphone chips.',
      de: 'Chinesischer Handy- und Elektroautohersteller, der seine XRING-Smartphonechips selbst entwickelt.',
    },
  },
  phytium: {
    summary: {
      en: 'Chinese designer of Arm-based server and desktop CPUs, on the US Entity List since 2021.',
      de: 'Chinesischer Entwickler Arm-basierter Server- und Desktop-CPUs, seit 2021 auf der US-Entity-List.',
    },
  },
  'black-sesame': {
    summary: {
      en: 'Chinese designer of automotive AI chips, listed in Hong Kong.',
      de: 'Chinesischer Entwickler von KI-Chips für Autos, in Hongkong notiert.',
    },
  },
  lisuan: {
    summary: {
      en: 'Chinese GPU start-up whose G100 graphics chip was unveiled in 2025.',
      de: 'Chinesisches GPU-Start-up, dessen Grafikchip G100 2025 vorgestellt wurde.',
    },
  },
  innosilicon: {
    summary: {
      en: 'Chinese chip-IP and GPU designer (Fenghua GPUs).',
      de: 'Chinesischer Entwickler von Chip-IP und GPUs (Fenghua-GPUs).',
    },
  },
  moffett: {
    summary: {
      en: 'Chinese designer of sparse-computing AI inference accelerators.',
      de: 'Chinesischer Entwickler von KI-Inferenzbeschleunigern für dünnbesetztes Rechnen.',
    },
  },
  vastai: {
    summary: {
      en: 'Chinese designer of AI inference and video-processing chips.',
      de: 'Chinesischer Entwickler von KI-Inferenz- und Videoprozessor-Chips.',
    },
  },
  denglin: {
    summary: {
      en: 'Chinese designer of GPGPU accelerators.',
      de: 'Chinesischer Entwickler von GPGPU-Beschleunigern.',
    },
  },
};
