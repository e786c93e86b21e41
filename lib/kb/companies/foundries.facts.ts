/** Contract chipmakers (foundries): what the card says about them, keyed by the ids of `./foundries.ts`. */
import type { CompanyFacts } from '../types.ts';

export const FOUNDRIES_FACTS: Readonly<Record<string, CompanyFacts>> = {
  tsmc: {
    summary: {
      en: "Taiwanese foundry that makes most of the world's advanced AI chips, including Nvidia's and AMD's, and packages them with CoWoS.",
      de: 'Taiwanischer Auftragsfertiger, der die meisten modernen KI-Chips der Welt herstellt, auch die von Nvidia und AMD, und sie mit CoWoS verpackt.',
    },
  },
  smic: {
    summary: {
      en: "China's largest foundry, making 7 nm-class chips for domestic designers such as Huawei despite US equipment curbs.",
      de: 'Chinas größter Auftragsfertiger, der trotz US-Beschränkungen bei Anlagen Chips der 7-nm-Klasse für heimische Entwickler wie Huawei fertigt.',
    },
  },
  'hua-hong': {
    summary: {
      en: "China's second-largest foundry, focused on mature and specialty processes.",
      de: 'Chinas zweitgrößter Auftragsfertiger, auf ausgereifte und Spezialprozesse ausgerichtet.',
    },
  },
  'intel-foundry': {
    summary: {
      en: "Intel's contract-manufacturing business, offering its process nodes (such as Intel 18A) to outside designers.",
      de: 'Intels Auftragsfertigung, die ihre Prozesse (etwa Intel 18A) externen Chipentwicklern anbietet.',
    },
  },
  globalfoundries: {
    summary: {
      en: 'US foundry for mature and specialty process nodes.',
      de: 'US-Auftragsfertiger für ausgereifte und Spezialprozesse.',
    },
  },
  umc: {
    summary: {
      en: 'Taiwanese foundry for mature process nodes.',
      de: 'Taiwanischer Auftragsfertiger für ausgereifte Prozesse.',
    },
  },
  rapidus: {
    summary: {
      en: 'Japanese government-backed foundry start-up aiming at 2 nm production in Hokkaido.',
      de: 'Vom japanischen Staat gestütztes Foundry-Start-up, das in Hokkaido 2-nm-Chips fertigen will.',
    },
  },
  'tower-semiconductor': {
    summary: {
      en: 'Israeli specialty foundry (analog, RF, silicon photonics); Intel\'s planned takeover was abandoned in 2023.',
      de: 'Israelischer Spezial-Auftragsfertiger (Analog, HF, Siliziumphotonik); Intels geplante Übernahme scheiterte 2023.',
    },
  },
  psmc: {
    summary: {
      en: 'Taiwanese foundry for memory and mature-node logic.',
      de: 'Taiwanischer Auftragsfertiger für Speicher und Logik in ausgereiften Prozessen.',
    },
  },
  vis: {
    summary: {
      en: 'Taiwanese mature-node foundry, part-owned by TSMC, building a fab in Singapore with NXP.',
      de: 'Taiwanischer Auftragsfertiger für ausgereifte Prozesse, teils im Besitz von TSMC, baut mit NXP eine Fabrik in Singapur.',
    },
  },
  nexchip: {
    summary: {
      en: 'Chinese mature-node foundry in Hefei.',
      de: 'Chinesischer Auftragsfertiger für ausgereifte Prozesse in Hefei.',
    },
  },
  esmc: {
    summary: {
      en: 'TSMC’s chip-fab joint venture in Dresden with Bosch, Infineon and NXP, each holding 10 %.',
      de: 'Gemeinschaftsunternehmen von TSMC mit Bosch, Infineon und NXP (je 10 %) für eine Chipfabrik in Dresden.',
    },
  },
  'x-fab': {
    summary: {
      en: 'Specialty foundry for analog, mixed-signal and sensor chips, with fabs in Germany, France, Malaysia and the US.',
      de: 'Spezial-Foundry für Analog-, Mixed-Signal- und Sensorchips mit Werken in Deutschland, Frankreich, Malaysia und den USA.',
    },
  },
};
