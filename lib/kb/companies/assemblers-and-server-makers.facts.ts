/** Packaging, assembly and test firms, and the makers of AI servers and racks: what the card says about them, keyed by the ids of `./assemblers-and-server-makers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const ASSEMBLERS_AND_SERVER_MAKERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  amkor: {
    summary: {
      en: 'US outsourced chip packaging and test (OSAT) company.',
      de: 'US-Dienstleister für ausgelagertes Chip-Packaging und -Testen (OSAT).',
    },
  },
  ase: {
    summary: {
      en: "Taiwanese group that is the world's largest outsourced chip packaging and test (OSAT) provider.",
      de: 'Taiwanischer Konzern, weltweit größter Dienstleister für ausgelagertes Chip-Packaging und -Testen (OSAT).',
    },
  },
  jcet: {
    summary: {
      en: "China's largest outsourced chip packaging and test company.",
      de: 'Chinas größter Dienstleister für ausgelagertes Chip-Packaging und -Testen.',
    },
  },
  tongfu: {
    summary: {
      en: "Chinese chip packaging and test company, AMD's main assembly partner.",
      de: 'Chinesischer Dienstleister für Chip-Packaging und -Tests, AMDs wichtigster Montagepartner.',
    },
  },
  foxconn: {
    summary: {
      en: 'Taiwanese contract manufacturer (Hon Hai) and a major assembler of Nvidia AI servers.',
      de: 'Taiwanischer Auftragsfertiger (Hon Hai) und großer Monteur von Nvidia-KI-Servern.',
    },
  },
  quanta: {
    summary: {
      en: 'Taiwanese contract manufacturer of AI servers for cloud providers.',
      de: 'Taiwanischer Auftragsfertiger von KI-Servern für Cloud-Anbieter.',
    },
  },
  wistron: {
    summary: {
      en: 'Taiwanese contract manufacturer that builds GPU boards and AI servers.',
      de: 'Taiwanischer Auftragsfertiger, der GPU-Platinen und KI-Server baut.',
    },
  },
  wiwynn: {
    summary: {
      en: 'Taiwanese maker of cloud and AI servers, part of the Wistron group.',
      de: 'Taiwanischer Hersteller von Cloud- und KI-Servern, Teil der Wistron-Gruppe.',
    },
  },
  supermicro: {
    summary: {
      en: 'US maker of AI servers built around Nvidia and AMD GPUs.',
      de: 'US-Hersteller von KI-Servern mit GPUs von Nvidia und AMD.',
    },
  },
  dell: {
    summary: {
      en: 'US maker of PCs and AI servers.',
      de: 'US-Hersteller von PCs und KI-Servern.',
    },
  },
  hpe: {
    summary: {
      en: 'US maker of servers, supercomputers and AI systems.',
      de: 'US-Hersteller von Servern, Supercomputern und KI-Systemen.',
    },
  },
  inspur: {
    summary: {
      en: "Chinese server maker, China's largest vendor of AI servers.",
      de: 'Chinesischer Serverhersteller, Chinas größter Anbieter von KI-Servern.',
    },
  },
  lenovo: {
    summary: {
      en: 'Chinese maker of PCs and servers, including AI servers.',
      de: 'Chinesischer Hersteller von PCs und Servern, auch KI-Servern.',
    },
  },
  sugon: {
    summary: {
      en: 'Chinese server and supercomputer maker on the US Entity List, a major shareholder of Hygon.',
      de: 'Chinesischer Server- und Supercomputer-Hersteller auf der US-Entity-List, großer Anteilseigner von Hygon.',
    },
  },
  wingtech: {
    summary: {
      en: 'Chinese electronics manufacturer and parent company of the Dutch chipmaker Nexperia.',
      de: 'Chinesischer Elektronikfertiger und Mutterkonzern des niederländischen Chipherstellers Nexperia.',
    },
  },
  ibiden: {
    summary: {
      en: 'Japanese maker of IC substrates for high-end processors and AI accelerators.',
      de: 'Japanischer Hersteller von IC-Substraten für Hochleistungsprozessoren und KI-Beschleuniger.',
    },
  },
  unimicron: {
    summary: {
      en: 'Taiwanese maker of IC substrates and printed circuit boards.',
      de: 'Taiwanischer Hersteller von IC-Substraten und Leiterplatten.',
    },
  },
  kyec: {
    summary: {
      en: 'Taiwanese chip-testing company with a large share of AI-accelerator testing.',
      de: 'Taiwanisches Chiptest-Unternehmen mit großem Anteil an Tests von KI-Beschleunigern.',
    },
  },
  inventec: {
    summary: {
      en: 'Taiwanese contract manufacturer of servers, including AI servers.',
      de: 'Taiwanischer Auftragsfertiger von Servern, auch KI-Servern.',
    },
  },
  pegatron: {
    summary: {
      en: 'Taiwanese contract manufacturer of electronics and servers.',
      de: 'Taiwanischer Auftragsfertiger von Elektronik und Servern.',
    },
  },
  asus: {
    summary: {
      en: 'Taiwanese maker of PCs, graphics cards and AI servers.',
      de: 'Taiwanischer Hersteller von PCs, Grafikkarten und KI-Servern.',
    },
  },
  celestica: {
    summary: {
      en: 'Canadian contract manufacturer of networking switches and servers for hyperscalers.',
      de: 'Kanadischer Auftragsfertiger von Netzwerk-Switches und Servern für Hyperscaler.',
    },
  },
  h3c: {
    summary: {
      en: 'Chinese server and networking maker controlled by Tsinghua Unigroup\'s Unisplendour, a large builder of AI servers.',
      de: 'Chinesischer Server- und Netzwerkhersteller unter Kontrolle von Unisplendour (Tsinghua Unigroup), ein großer Bauer von KI-Servern.',
    },
  },
  xfusion: {
    summary: {
      en: 'Chinese server maker spun out of Huawei\'s x86 server business in 2021.',
      de: 'Chinesischer Serverhersteller, 2021 aus Huaweis x86-Servergeschäft ausgegliedert.',
    },
  },
  'at-s': {
    summary: {
      en: 'Austrian maker of printed circuit boards and IC substrates, the carriers that high-end processors sit on.',
      de: 'Österreichischer Hersteller von Leiterplatten und IC-Substraten, den Trägern, auf denen Hochleistungsprozessoren sitzen.',
    },
  },
};
