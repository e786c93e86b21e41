/** Firms that design and make their own chips (IDMs): what the card says about them, keyed by the ids of `./integrated-chipmakers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const INTEGRATED_CHIPMAKERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  intel: {
    summary: {
      en: 'US chipmaker that designs and manufactures x86 CPUs and the Gaudi AI accelerators.',
      de: 'US-Chiphersteller, der x86-CPUs und die Gaudi-KI-Beschleuniger entwickelt und selbst fertigt.',
    },
  },
  infineon: {
    summary: {
      en: 'German chipmaker for power semiconductors, automotive and security chips; supplies power parts for AI servers.',
      de: 'Deutscher Chiphersteller für Leistungshalbleiter, Auto- und Sicherheitschips; liefert Leistungsbauteile für KI-Server.',
    },
  },
  nxp: {
    summary: {
      en: 'Dutch chipmaker for automotive, industrial and IoT processors.',
      de: 'Niederländischer Chiphersteller für Prozessoren für Auto, Industrie und IoT.',
    },
  },
  stmicroelectronics: {
    summary: {
      en: 'Franco-Italian chipmaker for microcontrollers, sensors and power chips.',
      de: 'Französisch-italienischer Chiphersteller für Mikrocontroller, Sensoren und Leistungschips.',
    },
  },
  'texas-instruments': {
    summary: {
      en: 'US maker of analog and embedded processing chips.',
      de: 'US-Hersteller von Analog- und Embedded-Prozessorchips.',
    },
  },
  'analog-devices': {
    summary: {
      en: 'US maker of analog, mixed-signal and power management chips.',
      de: 'US-Hersteller von Analog-, Mixed-Signal- und Power-Management-Chips.',
    },
  },
  renesas: {
    summary: {
      en: 'Japanese maker of microcontrollers and automotive chips.',
      de: 'Japanischer Hersteller von Mikrocontrollern und Autochips.',
    },
  },
  onsemi: {
    summary: {
      en: 'US maker of power and sensing semiconductors, including silicon-carbide chips for data-centre power supplies.',
      de: 'US-Hersteller von Leistungs- und Sensorhalbleitern, darunter Siliziumkarbid-Chips für Rechenzentrums-Netzteile.',
    },
  },
  microchip: {
    summary: {
      en: 'US maker of microcontrollers, FPGAs and analog chips.',
      de: 'US-Hersteller von Mikrocontrollern, FPGAs und Analogchips.',
    },
  },
  wolfspeed: {
    summary: {
      en: 'US maker of silicon-carbide wafers and power chips.',
      de: 'US-Hersteller von Siliziumkarbid-Wafern und Leistungschips.',
    },
  },
  sony: {
    summary: {
      en: 'Japanese electronics group and the largest maker of image sensors; minority partner in TSMC\'s Kumamoto fab.',
      de: 'Japanischer Elektronikkonzern und größter Hersteller von Bildsensoren; Minderheitspartner von TSMCs Fabrik in Kumamoto.',
    },
  },
  bosch: {
    summary: {
      en: 'German industrial group with its own chip fabs in Reutlingen and Dresden, a partner in TSMC\'s Dresden fab (ESMC).',
      de: 'Deutscher Industriekonzern mit eigenen Chipfabriken in Reutlingen und Dresden, Partner von TSMCs Dresdner Fabrik (ESMC).',
    },
  },
  nexperia: {
    summary: {
      en: 'Dutch maker of discrete and logic chips owned by China\'s Wingtech; put under Dutch state control in 2025.',
      de: 'Niederländischer Hersteller diskreter und Logikchips im Besitz der chinesischen Wingtech; 2025 unter niederländische Staatsaufsicht gestellt.',
    },
  },
  elmos: {
    summary: {
      en: 'German maker of mixed-signal chips for cars, based in Dortmund.',
      de: 'Deutscher Hersteller von Mixed-Signal-Chips für Autos mit Sitz in Dortmund.',
    },
  },
};
