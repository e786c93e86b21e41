/** Makers of chipmaking equipment and materials: what the card says about them, keyed by the ids of `./equipment-makers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const EQUIPMENT_MAKERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  asml: {
    summary: {
      en: 'Dutch maker of lithography systems and the only supplier of EUV scanners; its sales to China are restricted.',
      de: 'Niederländischer Hersteller von Lithografieanlagen und einziger Lieferant von EUV-Scannern; Verkäufe nach China sind beschränkt.',
    },
  },
  'applied-materials': {
    summary: {
      en: 'US maker of deposition, etch and other wafer-fab equipment, the largest in the field.',
      de: 'US-Hersteller von Abscheide-, Ätz- und anderen Anlagen für Waferfabriken, der größte der Branche.',
    },
  },
  'lam-research': {
    summary: {
      en: 'US maker of etch and deposition equipment.',
      de: 'US-Hersteller von Ätz- und Abscheideanlagen.',
    },
  },
  'tokyo-electron': {
    summary: {
      en: 'Japanese maker of coater/developer, etch and deposition equipment.',
      de: 'Japanischer Hersteller von Belackungs-, Ätz- und Abscheideanlagen.',
    },
  },
  kla: {
    summary: {
      en: 'US maker of process-control, inspection and metrology equipment.',
      de: 'US-Hersteller von Anlagen für Prozesskontrolle, Inspektion und Messtechnik.',
    },
  },
  naura: {
    summary: {
      en: "China's largest chip-equipment maker (etch, deposition, thermal and cleaning tools).",
      de: 'Chinas größter Hersteller von Chipanlagen (Ätz-, Abscheide-, Thermo- und Reinigungsanlagen).',
    },
  },
  amec: {
    summary: {
      en: 'Chinese maker of plasma etch and MOCVD equipment.',
      de: 'Chinesischer Hersteller von Plasma-Ätz- und MOCVD-Anlagen.',
    },
  },
  advantest: {
    summary: {
      en: 'Japanese maker of chip test equipment, used for AI processors and HBM.',
      de: 'Japanischer Hersteller von Chip-Testanlagen, eingesetzt für KI-Prozessoren und HBM.',
    },
  },
  teradyne: {
    summary: {
      en: 'US maker of semiconductor test equipment.',
      de: 'US-Hersteller von Halbleiter-Testanlagen.',
    },
  },
  smee: {
    summary: {
      en: "Shanghai maker of lithography scanners, China's main domestic lithography developer.",
      de: 'Hersteller von Lithografie-Scannern aus Shanghai, Chinas wichtigster heimischer Lithografie-Entwickler.',
    },
  },
  piotech: {
    summary: {
      en: 'Chinese maker of thin-film deposition (PECVD, ALD) and hybrid-bonding equipment.',
      de: 'Chinesischer Hersteller von Dünnschicht-Abscheideanlagen (PECVD, ALD) und Anlagen für Hybrid-Bonding.',
    },
  },
  hwatsing: {
    summary: {
      en: 'Chinese maker of chemical-mechanical polishing (CMP) and related wafer equipment.',
      de: 'Chinesischer Hersteller von Anlagen für chemisch-mechanisches Polieren (CMP) und verwandte Waferprozesse.',
    },
  },
  'acm-research': {
    summary: {
      en: 'US-listed maker of wafer-cleaning equipment whose operations are mainly in Shanghai.',
      de: 'In den USA notierter Hersteller von Wafer-Reinigungsanlagen mit Betrieb vor allem in Shanghai.',
    },
  },
  sicarrier: {
    summary: {
      en: 'Shenzhen-government-owned chip-equipment maker with close ties to Huawei, on the US Entity List.',
      de: 'Chipanlagenhersteller im Besitz der Stadt Shenzhen mit engen Verbindungen zu Huawei, auf der US-Entity-List.',
    },
  },
  hanmi: {
    summary: {
      en: 'South Korean maker of the TC bonders that stack DRAM dies into HBM.',
      de: 'Südkoreanischer Hersteller der TC-Bonder, die DRAM-Dies zu HBM stapeln.',
    },
  },
  'asm-international': {
    summary: {
      en: 'Dutch maker of atomic-layer and epitaxy deposition tools for wafer fabs.',
      de: 'Niederländischer Hersteller von Atomlagen- und Epitaxie-Abscheideanlagen für Waferfabriken.',
    },
  },
  besi: {
    summary: {
      en: 'Dutch maker of die-attach and hybrid-bonding tools used in advanced packaging and HBM.',
      de: 'Niederländischer Hersteller von Die-Attach- und Hybrid-Bonding-Anlagen für Advanced Packaging und HBM.',
    },
  },
  aixtron: {
    summary: {
      en: 'German maker of deposition tools for compound semiconductors (GaN, SiC).',
      de: 'Deutscher Hersteller von Abscheideanlagen für Verbindungshalbleiter (GaN, SiC).',
    },
  },
  zeiss: {
    summary: {
      en: 'German optics group; its SMT division makes the mirrors and lenses of ASML\'s lithography machines.',
      de: 'Deutscher Optikkonzern; seine Sparte SMT fertigt die Spiegel und Linsen der Lithografieanlagen von ASML.',
    },
  },
  siltronic: {
    summary: {
      en: 'German maker of silicon wafers.',
      de: 'Deutscher Hersteller von Siliziumwafern.',
    },
  },
  sumco: {
    summary: {
      en: 'Japanese maker of silicon wafers.',
      de: 'Japanischer Hersteller von Siliziumwafern.',
    },
  },
  'shin-etsu': {
    summary: {
      en: 'Japanese chemicals group and the largest maker of silicon wafers and a supplier of photoresists.',
      de: 'Japanischer Chemiekonzern, größter Hersteller von Siliziumwafern und Lieferant von Fotolacken.',
    },
  },
  disco: {
    summary: {
      en: 'Japanese maker of wafer dicing and grinding tools, essential for thinning HBM dies.',
      de: 'Japanischer Hersteller von Säge- und Schleifanlagen für Wafer, unverzichtbar zum Dünnen von HBM-Dies.',
    },
  },
  lasertec: {
    summary: {
      en: 'Japanese maker of inspection tools for EUV photomasks.',
      de: 'Japanischer Hersteller von Inspektionsanlagen für EUV-Fotomasken.',
    },
  },
  screen: {
    summary: {
      en: 'Japanese maker of wafer-cleaning equipment.',
      de: 'Japanischer Hersteller von Wafer-Reinigungsanlagen.',
    },
  },
  kokusai: {
    summary: {
      en: 'Japanese maker of batch deposition and treatment tools for wafer fabs.',
      de: 'Japanischer Hersteller von Batch-Abscheide- und Behandlungsanlagen für Waferfabriken.',
    },
  },
  asmpt: {
    summary: {
      en: 'Hong Kong-listed maker of chip assembly and packaging equipment, including thermo-compression bonders for HBM.',
      de: 'In Hongkong notierter Hersteller von Montage- und Packaging-Anlagen für Chips, darunter Thermokompressions-Bonder für HBM.',
    },
  },
  'suss-microtec': {
    summary: {
      en: 'German maker of lithography, bonding and coating tools used in advanced chip packaging.',
      de: 'Deutscher Hersteller von Lithografie-, Bond- und Beschichtungsanlagen, die im Advanced Packaging von Chips eingesetzt werden.',
    },
  },
  trumpf: {
    summary: {
      en: 'German machine-tool and laser maker; it supplies the CO2 lasers that drive the light sources of ASML’s EUV scanners.',
      de: 'Deutscher Werkzeugmaschinen- und Laserhersteller; er liefert die CO2-Laser für die Lichtquellen der EUV-Scanner von ASML.',
    },
  },
  jenoptik: {
    summary: {
      en: 'German photonics group supplying optics and sensors, among others to makers of chipmaking equipment.',
      de: 'Deutscher Photonik-Konzern, der Optiken und Sensoren liefert, unter anderem an Hersteller von Halbleiteranlagen.',
    },
  },
  nikon: {
    summary: {
      en: 'Japanese optics firm and one of the three makers of lithography scanners, behind ASML.',
      de: 'Japanischer Optikkonzern und einer der drei Hersteller von Lithografie-Scannern, hinter ASML.',
    },
  },
  canon: {
    summary: {
      en: 'Japanese imaging firm that also makes lithography scanners, including nanoimprint lithography tools.',
      de: 'Japanischer Bildtechnikkonzern, der auch Lithografie-Scanner baut, darunter Anlagen für Nanoimprint-Lithografie.',
    },
  },
  entegris: {
    summary: {
      en: 'US supplier of specialty materials, filters and wafer-handling products for chip fabs.',
      de: 'US-Lieferant von Spezialmaterialien, Filtern und Wafer-Transportbehältern für Chipfabriken.',
    },
  },
  'onto-innovation': {
    summary: {
      en: 'US maker of inspection and metrology tools, including for advanced packaging.',
      de: 'US-Hersteller von Inspektions- und Messtechnik, auch für Advanced Packaging.',
    },
  },
  formfactor: {
    summary: {
      en: 'US maker of probe cards and probe systems for testing chips on the wafer, HBM among them.',
      de: 'US-Hersteller von Probe Cards und Prober-Systemen für den Test von Chips auf dem Wafer, auch von HBM.',
    },
  },
  resonac: {
    summary: {
      en: 'Japanese chemicals group (formerly Showa Denko) supplying materials for chip packaging.',
      de: 'Japanischer Chemiekonzern (früher Showa Denko), der Materialien für das Chip-Packaging liefert.',
    },
  },
  soitec: {
    summary: {
      en: 'French maker of engineered substrates such as silicon-on-insulator (SOI) wafers.',
      de: 'Französischer Hersteller technischer Substrate wie Silicon-on-Insulator-Wafer (SOI).',
    },
  },
};
