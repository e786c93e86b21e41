/** What the card says about Intel's chips, keyed by the ids of `./intel.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  gaudi3Launch: { title: 'Intel Vision 2024: Gaudi 3 AI accelerator announcement, Apr 2024', de: 'Intel Vision 2024: Vorstellung des KI-Beschleunigers Gaudi 3, Apr. 2024' },
} satisfies Record<string, Source>;

export const INTEL_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'intel-gaudi': {
    summary: {
      en: 'AI accelerator line from Intel’s Habana Labs unit (Gaudi 2, Gaudi 3).',
      de: 'KI-Beschleunigerreihe von Intels Sparte Habana Labs (Gaudi 2, Gaudi 3).',
    },
  },
  'intel-gaudi-2': {
    memory: fact('96 GB HBM2e', SRC.gaudi3Launch),
    bandwidth: fact('2.45 TB/s', SRC.gaudi3Launch),
    process: fact('TSMC 7 nm', SRC.gaudi3Launch),
    launchYear: fact(2022, { title: 'Intel Vision 2022: Habana Gaudi2 launch, May 2022', de: 'Intel Vision 2022: Marktstart von Habana Gaudi2, Mai 2022' }),
    summary: {
      en: 'Second-generation Habana training accelerator of 2022.',
      de: 'Trainingsbeschleuniger der zweiten Habana-Generation von 2022.',
    },
  },
  'intel-gaudi-3': {
    memory: fact('128 GB HBM2e', SRC.gaudi3Launch),
    bandwidth: fact('3.7 TB/s', SRC.gaudi3Launch),
    process: fact('TSMC 5 nm', SRC.gaudi3Launch),
    launchYear: fact(2024, SRC.gaudi3Launch),
    summary: {
      en: 'Two-die Habana accelerator of 2024 with 24 integrated 200 GbE ports.',
      de: 'Habana-Beschleuniger mit zwei Dies von 2024 und 24 integrierten 200-GbE-Ports.',
    },
  },
  'intel-falcon-shores': {
    summary: {
      en: 'Planned Intel data-centre AI GPU, turned into an internal test chip in January 2025.',
      de: 'Geplante KI-GPU von Intel für Rechenzentren, im Januar 2025 zum internen Testchip erklärt.',
    },
  },
  'intel-jaguar-shores': {
    summary: {
      en: 'Rack-scale AI system that Intel named as the successor to Falcon Shores in January 2025.',
      de: 'Rack-KI-System, das Intel im Januar 2025 als Nachfolger von Falcon Shores nannte.',
    },
  },
  'intel-crescent-island': {
    architecture: fact('Xe3P', { title: 'Intel Crescent Island announcement, OCP Global Summit, 14 Oct 2025', de: 'Vorstellung von Intel Crescent Island, OCP Global Summit, 14. Okt. 2025' }),
    memory: fact('160 GB LPDDR5X', { title: 'Intel Crescent Island announcement, OCP Global Summit, 14 Oct 2025', de: 'Vorstellung von Intel Crescent Island, OCP Global Summit, 14. Okt. 2025' }),
    summary: {
      en: 'Intel inference GPU for data centres announced in October 2025, sampling planned for 2H 2026.',
      de: 'Intels Inferenz-GPU für Rechenzentren, vorgestellt im Oktober 2025; Muster sind für das 2. Halbjahr 2026 geplant.',
    },
  },
  'intel-xeon': {
    summary: {
      en: 'Intel’s server processors, the host CPUs of many AI servers.',
      de: 'Intels Serverprozessoren, die Host-CPUs vieler KI-Server.',
    },
  },
  'intel-panther-lake': {
    process: fact('Intel 18A', { title: 'Intel newsroom: Panther Lake architecture and 18A production at Fab 52, 9 Oct 2025', de: 'Intel-Newsroom: Panther-Lake-Architektur und 18A-Fertigung in der Fab 52, 9. Okt. 2025' }),
    summary: {
      en: 'Intel’s first PC processors made on its own 18A process, with a built-in NPU and GPU for AI work.',
      de: 'Intels erste PC-Prozessoren aus dem eigenen 18A-Verfahren, mit eingebauter NPU und GPU für KI-Aufgaben.',
    },
  },
};
