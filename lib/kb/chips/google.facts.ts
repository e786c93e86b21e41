/** What the card says about Google's chips, keyed by the ids of `./google.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  tpuV4Doc: { title: 'Google Cloud TPU v4 documentation', de: 'Google-Cloud-Dokumentation zur TPU v4', url: 'https://cloud.google.com/tpu/docs/v4' },
  tpuV5eDoc: { title: 'Google Cloud TPU v5e documentation', de: 'Google-Cloud-Dokumentation zur TPU v5e', url: 'https://docs.cloud.google.com/tpu/docs/v5e' },
  tpuV5pDoc: { title: 'Google Cloud TPU v5p documentation', de: 'Google-Cloud-Dokumentation zur TPU v5p', url: 'https://cloud.google.com/tpu/docs/v5p' },
  tpuV6eDoc: { title: 'Google Cloud TPU v6e (Trillium) documentation', de: 'Google-Cloud-Dokumentation zur TPU v6e (Trillium)', url: 'https://docs.cloud.google.com/tpu/docs/v6e' },
  tpu7xDoc: { title: 'Google Cloud TPU7x (Ironwood) documentation', de: 'Google-Cloud-Dokumentation zur TPU7x (Ironwood)', url: 'https://docs.cloud.google.com/tpu/docs/tpu7x' },
} satisfies Record<string, Source>;

export const GOOGLE_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'google-tpu': {
    launchYear: fact(2016, { title: 'Google I/O 2016: Tensor Processing Unit announcement, May 2016', de: 'Google I/O 2016: Vorstellung der Tensor Processing Unit, Mai 2016' }),
    summary: {
      en: 'Google’s in-house AI accelerator line, co-designed with Broadcom and rented out through Google Cloud.',
      de: 'Googles eigene KI-Beschleunigerreihe, mit Broadcom entwickelt und über Google Cloud vermietet.',
    },
  },
  'google-tpu-v4': {
    memory: fact('32 GiB HBM2', SRC.tpuV4Doc),
    bandwidth: fact('1,200 GB/s', SRC.tpuV4Doc),
    summary: {
      en: 'Fourth-generation Google TPU, in pods of 4,096 chips with optical interconnects.',
      de: 'Google-TPU der vierten Generation, in Pods aus 4.096 Chips mit optischen Verbindungen.',
    },
  },
  'google-tpu-v5e': {
    memory: fact('16 GB HBM2', SRC.tpuV5eDoc),
    bandwidth: fact('819 GB/s', SRC.tpuV5eDoc),
    launchYear: fact(2023, { title: 'Google Cloud Next 2023: TPU v5e announcement, Aug 2023', de: 'Google Cloud Next 2023: Vorstellung der TPU v5e, Aug. 2023' }),
    summary: {
      en: 'Cost-efficient fifth-generation Google TPU for training and serving.',
      de: 'Kostengünstige Google-TPU der fünften Generation für Training und Inferenz.',
    },
  },
  'google-tpu-v5p': {
    memory: fact('95 GB HBM2e', SRC.tpuV5pDoc),
    bandwidth: fact('2,765 GB/s', SRC.tpuV5pDoc),
    launchYear: fact(2023, { title: 'Google Cloud: TPU v5p announcement, 6 Dec 2023', de: 'Google Cloud: Vorstellung der TPU v5p, 6. Dez. 2023' }),
    summary: {
      en: 'Performance-oriented fifth-generation Google TPU, in pods of 8,960 chips.',
      de: 'Leistungsorientierte Google-TPU der fünften Generation, in Pods aus 8.960 Chips.',
    },
  },
  'google-tpu-v6e': {
    memory: fact('32 GB HBM', SRC.tpuV6eDoc),
    bandwidth: fact('1,638 GB/s', SRC.tpuV6eDoc),
    launchYear: fact(2024, { title: 'Google Cloud: Trillium TPU general availability, Dec 2024', de: 'Google Cloud: TPU Trillium allgemein verfügbar, Dez. 2024' }),
    summary: {
      en: 'Sixth-generation Google TPU (Trillium) of 2024.',
      de: 'Google-TPU der sechsten Generation (Trillium) von 2024.',
    },
  },
  'google-tpu-v7': {
    memory: fact('192 GiB HBM', SRC.tpu7xDoc),
    launchYear: fact(2025, { title: 'Google Cloud Next 2025: Ironwood TPU announcement, Apr 2025', de: 'Google Cloud Next 2025: Vorstellung der TPU Ironwood, Apr. 2025' }),
    summary: {
      en: 'Seventh-generation Google TPU (Ironwood), built for inference, in pods of 9,216 chips.',
      de: 'Google-TPU der siebten Generation (Ironwood), für Inferenz gebaut, in Pods aus 9.216 Chips.',
    },
  },
  'google-axion': {
    summary: {
      en: 'Google Cloud’s own Arm-based server CPU, announced at Google Cloud Next in April 2024.',
      de: 'Google Clouds eigene Arm-basierte Server-CPU, vorgestellt auf der Google Cloud Next im April 2024.',
    },
  },
};
