/** Firms that design and make their own chips (IDMs): what the card says about them, keyed by the ids of `./integrated-chipmakers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const INTEGRATED_CHIPMAKERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  intel: {
    summary: 'US chipmaker that designs and manufactures x86 CPUs and the Gaudi AI accelerators.',
  },
  infineon: {
    summary: 'German chipmaker for power semiconductors, automotive and security chips; supplies power parts for AI servers.',
  },
  nxp: {
    summary: 'Dutch chipmaker for automotive, industrial and IoT processors.',
  },
  stmicroelectronics: {
    summary: 'Franco-Italian chipmaker for microcontrollers, sensors and power chips.',
  },
  'texas-instruments': {
    summary: 'US maker of analog and embedded processing chips.',
  },
  'analog-devices': {
    summary: 'US maker of analog, mixed-signal and power management chips.',
  },
  renesas: {
    summary: 'Japanese maker of microcontrollers and automotive chips.',
  },
  onsemi: {
    summary: 'US maker of power and sensing semiconductors, including silicon-carbide chips for data-centre power supplies.',
  },
  microchip: {
    summary: 'US maker of microcontrollers, FPGAs and analog chips.',
  },
  wolfspeed: {
    summary: 'US maker of silicon-carbide wafers and power chips.',
  },
  sony: {
    summary: 'Japanese electronics group and the largest maker of image sensors; minority partner in TSMC\'s Kumamoto fab.',
  },
  bosch: {
    summary: 'German industrial group with its own chip fabs in Reutlingen and Dresden, a partner in TSMC\'s Dresden fab (ESMC).',
  },
  nexperia: {
    summary: 'Dutch maker of discrete and logic chips owned by China\'s Wingtech; put under Dutch state control in 2025.',
  },
};
