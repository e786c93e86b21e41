/** Chip designers outside China: GPU and accelerator makers, custom-ASIC and interface designers, AI-chip start-ups: what the card says about them, keyed by the ids of `./chip-designers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const CHIP_DESIGNERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  nvidia: {
    summary: {
      en: 'US fabless designer of the dominant data-centre AI GPUs (Hopper, Blackwell) and of China-specific variants such as the H20.',
      de: 'US-Chipentwickler ohne eigene Fertigung; marktbeherrschend bei KI-GPUs für Rechenzentren (Hopper, Blackwell), dazu China-Varianten wie die H20.',
    },
  },
  amd: {
    summary: {
      en: "US designer of CPUs and Instinct AI accelerators (MI300 series), Nvidia's closest rival in data-centre GPUs.",
      de: 'US-Entwickler von CPUs und Instinct-KI-Beschleunigern (MI300-Serie), Nvidias stärkster Rivale bei Rechenzentrums-GPUs.',
    },
  },
  qualcomm: {
    summary: {
      en: 'US designer of smartphone SoCs that also sells Cloud AI inference accelerators for data centres.',
      de: 'US-Entwickler von Smartphone-SoCs, der auch Cloud-AI-Inferenzbeschleuniger für Rechenzentren verkauft.',
    },
  },
  broadcom: {
    summary: {
      en: 'US chip designer that co-develops custom AI accelerators (ASICs) for hyperscalers such as Google and sells data-centre networking chips.',
      de: 'US-Chipentwickler, der mit Hyperscalern wie Google eigene KI-Beschleuniger (ASICs) entwickelt und Netzwerkchips für Rechenzentren verkauft.',
    },
  },
  marvell: {
    summary: {
      en: 'US designer of custom AI accelerators for cloud providers and of data-centre networking and optical interconnect chips.',
      de: 'US-Entwickler eigener KI-Beschleuniger für Cloud-Anbieter sowie von Netzwerk- und optischen Verbindungschips für Rechenzentren.',
    },
  },
  arm: {
    summary: {
      en: 'UK designer and licensor of the Arm instruction set and CPU cores used in phones and in data-centre chips such as Nvidia Grace; majority-owned by SoftBank.',
      de: 'Britischer Entwickler und Lizenzgeber des Arm-Befehlssatzes und der CPU-Kerne in Handys und Rechenzentrumschips wie Nvidia Grace; mehrheitlich im Besitz von SoftBank.',
    },
  },
  apple: {
    summary: {
      en: 'US device maker that designs its own Arm-based A- and M-series chips, manufactured by TSMC.',
      de: 'US-Gerätehersteller, der seine Arm-basierten Chips der A- und M-Serie selbst entwickelt und bei TSMC fertigen lässt.',
    },
  },
  mediatek: {
    summary: {
      en: 'Taiwanese fabless designer of smartphone and edge SoCs, also moving into custom data-centre chips.',
      de: 'Taiwanischer Entwickler ohne eigene Fertigung von Smartphone- und Edge-SoCs, der auch eigene Rechenzentrumschips baut.',
    },
  },
  cerebras: {
    summary: {
      en: 'US designer of wafer-scale AI processors (WSE) and the systems built around them.',
      de: 'US-Entwickler von KI-Prozessoren in Wafergröße (WSE) und den Systemen darum.',
    },
  },
  groq: {
    summary: {
      en: 'US designer of LPU chips for AI inference.',
      de: 'US-Entwickler von LPU-Chips für KI-Inferenz.',
    },
  },
  sambanova: {
    summary: {
      en: 'US designer of reconfigurable dataflow AI chips (RDU) and systems.',
      de: 'US-Entwickler rekonfigurierbarer Datenfluss-KI-Chips (RDU) und Systeme.',
    },
  },
  graphcore: {
    summary: {
      en: 'UK designer of IPU AI processors, bought by SoftBank in 2024.',
      de: 'Britischer Entwickler der IPU-KI-Prozessoren, 2024 von SoftBank übernommen.',
    },
  },
  tenstorrent: {
    summary: {
      en: 'Toronto-founded designer of AI accelerators and RISC-V CPUs, led by chip architect Jim Keller.',
      de: 'In Toronto gegründeter Entwickler von KI-Beschleunigern und RISC-V-CPUs unter Chiparchitekt Jim Keller.',
    },
  },
  etched: {
    summary: {
      en: 'US start-up designing Sohu, an inference chip built only for transformer models.',
      de: 'US-Start-up, das Sohu entwickelt, einen Inferenzchip nur für Transformer-Modelle.',
    },
  },
  'd-matrix': {
    summary: {
      en: 'US start-up designing in-memory-compute accelerators (Corsair) for AI inference.',
      de: 'US-Start-up, das In-Memory-Compute-Beschleuniger (Corsair) für KI-Inferenz entwickelt.',
    },
  },
  rebellions: {
    summary: {
      en: 'South Korean designer of AI inference chips.',
      de: 'Südkoreanischer Entwickler von KI-Inferenzchips.',
    },
  },
  furiosaai: {
    summary: {
      en: 'South Korean designer of AI inference chips (RNGD).',
      de: 'Südkoreanischer Entwickler von KI-Inferenzchips (RNGD).',
    },
  },
  alchip: {
    summary: {
      en: 'Taiwanese ASIC design-service firm that turns customers’ AI-chip designs into TSMC-made silicon.',
      de: 'Taiwanischer ASIC-Designdienstleister, der die KI-Chipentwürfe seiner Kunden zu Silizium aus TSMC-Fertigung macht.',
    },
  },
  guc: {
    summary: {
      en: 'TSMC-affiliated Taiwanese ASIC design-service company.',
      de: 'Mit TSMC verbundener taiwanischer ASIC-Designdienstleister.',
    },
  },
  'astera-labs': {
    summary: {
      en: 'US designer of connectivity chips (PCIe and CXL retimers, switches) for AI servers.',
      de: 'US-Entwickler von Verbindungschips (PCIe- und CXL-Retimer, Switches) für KI-Server.',
    },
  },
  'ampere-computing': {
    summary: {
      en: 'US designer of Arm-based data-centre CPUs (Altra, AmpereOne), bought by SoftBank in 2025.',
      de: 'US-Entwickler Arm-basierter Rechenzentrums-CPUs (Altra, AmpereOne), 2025 von SoftBank übernommen.',
    },
  },
  ibm: {
    summary: {
      en: 'US IT group that designs its own processors (Telum, Power) and AI accelerators and runs a cloud.',
      de: 'US-IT-Konzern, der eigene Prozessoren (Telum, Power) und KI-Beschleuniger entwickelt und eine Cloud betreibt.',
    },
  },
  cisco: {
    summary: {
      en: 'US networking group that designs its own switching chips (Silicon One) used in AI data-centre networks.',
      de: 'US-Netzwerkkonzern, der eigene Switch-Chips (Silicon One) für KI-Rechenzentrumsnetze entwickelt.',
    },
  },
  credo: {
    summary: {
      en: 'US designer of high-speed connectivity chips and active electrical cables for AI data centres.',
      de: 'US-Entwickler schneller Verbindungschips und aktiver elektrischer Kabel für KI-Rechenzentren.',
    },
  },
  hailo: {
    summary: {
      en: 'Israeli designer of edge AI accelerators.',
      de: 'Israelischer Entwickler von Edge-KI-Beschleunigern.',
    },
  },
  axelera: {
    summary: {
      en: 'Dutch designer of AI inference accelerators for the edge and data centres.',
      de: 'Niederländischer Entwickler von KI-Inferenzbeschleunigern für Edge und Rechenzentren.',
    },
  },
  sipearl: {
    summary: {
      en: 'French designer of Arm-based processors for European supercomputers.',
      de: 'Französischer Entwickler Arm-basierter Prozessoren für europäische Supercomputer.',
    },
  },
  lightmatter: {
    summary: {
      en: 'US designer of photonic interconnects and photonic computing chips for AI.',
      de: 'US-Entwickler photonischer Verbindungen und photonischer Rechenchips für KI.',
    },
  },
  'celestial-ai': {
    summary: {
      en: 'US start-up behind the Photonic Fabric optical interconnect for AI chips; Marvell agreed in December 2025 to buy it for about $3.25 billion.',
      de: 'US-Start-up hinter der optischen Verbindung Photonic Fabric für KI-Chips; Marvell vereinbarte im Dezember 2025 die Übernahme für rund 3,25 Milliarden Dollar.',
    },
    summarySource: {
      title: 'Marvell press release, 2 Dec 2025: Marvell to acquire Celestial AI',
      de: 'Marvell-Pressemitteilung, 2. Dez. 2025: Marvell to acquire Celestial AI',
      url: 'https://finance.yahoo.com/news/marvell-acquire-celestial-ai-accelerating-210600699.html',
    },
  },
  'ayar-labs': {
    summary: {
      en: 'US designer of optical I/O chiplets for AI systems.',
      de: 'US-Entwickler optischer I/O-Chiplets für KI-Systeme.',
    },
  },
  fujitsu: {
    summary: {
      en: 'Japanese IT group that designs the Arm-based A64FX and Monaka processors.',
      de: 'Japanischer IT-Konzern, der die Arm-basierten Prozessoren A64FX und Monaka entwickelt.',
    },
  },
  navitas: {
    summary: {
      en: 'US designer of gallium-nitride and silicon-carbide power chips, a partner in Nvidia\'s 800-volt data-centre power plans.',
      de: 'US-Entwickler von Leistungschips aus Galliumnitrid und Siliziumkarbid, Partner bei Nvidias 800-Volt-Stromversorgung für Rechenzentren.',
    },
  },
  'monolithic-power': {
    summary: {
      en: 'US designer of power-management chips, including voltage regulators for AI accelerators.',
      de: 'US-Entwickler von Power-Management-Chips, darunter Spannungsregler für KI-Beschleuniger.',
    },
  },
  lattice: {
    summary: {
      en: 'US designer of low-power FPGAs.',
      de: 'US-Entwickler sparsamer FPGAs.',
    },
  },
  skyworks: {
    summary: {
      en: 'US designer of radio-frequency chips for phones, merging with Qorvo.',
      de: 'US-Entwickler von Hochfrequenzchips für Handys, fusioniert mit Qorvo.',
    },
  },
  qorvo: {
    summary: {
      en: 'US designer of radio-frequency chips, merging with Skyworks.',
      de: 'US-Entwickler von Hochfrequenzchips, fusioniert mit Skyworks.',
    },
  },
  ambarella: {
    summary: {
      en: 'US designer of AI vision processors for cameras and cars.',
      de: 'US-Entwickler von KI-Bildprozessoren für Kameras und Autos.',
    },
  },
  rambus: {
    summary: {
      en: 'US designer of memory-interface chips and IP used with DDR5 and HBM.',
      de: 'US-Entwickler von Speicherschnittstellen-Chips und IP für DDR5 und HBM.',
    },
  },
  mobileye: {
    summary: {
      en: 'Israeli designer of EyeQ driver-assistance chips, majority-owned by Intel.',
      de: 'Israelischer Entwickler der EyeQ-Chips für Fahrassistenz, mehrheitlich im Besitz von Intel.',
    },
  },
  aspeed: {
    summary: {
      en: 'Taiwanese designer of server management (BMC) chips found in most AI servers.',
      de: 'Taiwanischer Entwickler von Server-Management-Chips (BMC), die in den meisten KI-Servern stecken.',
    },
  },
  realtek: {
    summary: {
      en: 'Taiwanese fabless designer of networking, audio and PC chips.',
      de: 'Taiwanischer Entwickler ohne eigene Fertigung von Netzwerk-, Audio- und PC-Chips.',
    },
  },
  novatek: {
    summary: {
      en: 'Taiwanese fabless designer of display-driver chips.',
      de: 'Taiwanischer Entwickler ohne eigene Fertigung von Display-Treiberchips.',
    },
  },
  deepx: {
    summary: {
      en: 'South Korean designer of on-device AI accelerators.',
      de: 'Südkoreanischer Entwickler von KI-Beschleunigern für Endgeräte.',
    },
  },
  'preferred-networks': {
    summary: {
      en: 'Japanese AI company that designs its own MN-Core AI processors.',
      de: 'Japanisches KI-Unternehmen, das eigene MN-Core-KI-Prozessoren entwickelt.',
    },
  },
  'untether-ai': {
    summary: {
      en: 'Canadian designer of at-memory AI inference chips whose engineering team AMD took over in 2025.',
      de: 'Kanadischer Entwickler von KI-Inferenzchips mit Rechnen am Speicher, dessen Ingenieursteam AMD 2025 übernahm.',
    },
  },
  enfabrica: {
    summary: {
      en: 'US designer of networking chips for AI clusters; Nvidia hired its chief executive and licensed its technology in 2025.',
      de: 'US-Entwickler von Netzwerkchips für KI-Cluster; Nvidia stellte 2025 den Chef ein und lizenzierte die Technik.',
    },
  },
  rivos: {
    summary: {
      en: 'US designer of RISC-V based data-centre chips that agreed in 2025 to be bought by Meta.',
      de: 'US-Entwickler RISC-V-basierter Rechenzentrumschips, der 2025 der Übernahme durch Meta zustimmte.',
    },
  },
  arista: {
    summary: {
      en: 'US maker of Ethernet switches for data centres, a supplier of AI cluster networks.',
      de: 'US-Hersteller von Ethernet-Switches für Rechenzentren und Lieferant von Netzwerken für KI-Cluster.',
    },
  },
  coherent: {
    summary: {
      en: 'US maker of lasers, optical components and transceivers, among them the optics that link AI clusters.',
      de: 'US-Hersteller von Lasern, optischen Komponenten und Transceivern, darunter Optiken, die KI-Cluster verbinden.',
    },
  },
  lumentum: {
    summary: {
      en: 'US maker of lasers and optical components for data-centre and telecom networks.',
      de: 'US-Hersteller von Lasern und optischen Komponenten für Rechenzentrums- und Telekommunikationsnetze.',
    },
  },
  innolight: {
    summary: {
      en: 'Chinese maker of optical transceivers, a large supplier of the high-speed optics in AI data centres.',
      de: 'Chinesischer Hersteller optischer Transceiver und großer Lieferant der Hochgeschwindigkeitsoptik in KI-Rechenzentren.',
    },
  },
  eoptolink: {
    summary: {
      en: 'Chinese maker of optical transceivers for data centres.',
      de: 'Chinesischer Hersteller optischer Transceiver für Rechenzentren.',
    },
  },
};
