/** What the card says about Moore Threads's chips, keyed by the ids of `./moore-threads.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  mttS4000: { title: 'Moore Threads MTT S4000 launch, Dec 2023', de: 'Marktstart der Moore Threads MTT S4000, Dez. 2023' },
} satisfies Record<string, Source>;

export const MOORE_THREADS_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'moore-threads-mtt-s80': {
    launchYear: fact(2022, { title: 'Moore Threads MTT S80 and S3000 launch, Nov 2022', de: 'Marktstart der Moore Threads MTT S80 und S3000, Nov. 2022' }),
    summary: {
      en: 'Moore Threads’ consumer gaming graphics card of 2022.',
      de: 'Gaming-Grafikkarte von Moore Threads für Endkunden von 2022.',
    },
  },
  'moore-threads-mtt-s3000': {
    launchYear: fact(2022, { title: 'Moore Threads MTT S80 and S3000 launch, Nov 2022', de: 'Marktstart der Moore Threads MTT S80 und S3000, Nov. 2022' }),
    summary: {
      en: 'Moore Threads data-centre GPU of 2022, predecessor of the S4000.',
      de: 'Rechenzentrums-GPU von Moore Threads von 2022, Vorgängerin der S4000.',
    },
  },
  'moore-threads-mtt-s4000': {
    architecture: fact('MUSA', SRC.mttS4000),
    memory: fact('48 GB GDDR6', SRC.mttS4000),
    bandwidth: fact('768 GB/s', SRC.mttS4000),
    launchYear: fact(2023, SRC.mttS4000),
    summary: {
      en: 'Moore Threads AI and data-centre GPU of late 2023, used in its KUAE clusters.',
      de: 'KI- und Rechenzentrums-GPU von Moore Threads von Ende 2023, eingesetzt in den KUAE-Clustern.',
    },
  },
  'moore-threads-mtt-s5000': {
    architecture: fact('MUSA', { title: 'Moore Threads MTT S5000 specifications, as reported Feb 2026', de: 'Technische Daten der Moore Threads MTT S5000, berichtet im Feb. 2026' }),
    memory: fact('80 GB', { title: 'Moore Threads MTT S5000 specifications, as reported Feb 2026', de: 'Technische Daten der Moore Threads MTT S5000, berichtet im Feb. 2026' }),
    bandwidth: fact('1.6 TB/s', { title: 'Moore Threads MTT S5000 specifications, as reported Feb 2026', de: 'Technische Daten der Moore Threads MTT S5000, berichtet im Feb. 2026' }),
    summary: {
      en: 'Moore Threads training GPU with native FP8, successor of the S4000.',
      de: 'Trainings-GPU von Moore Threads mit nativem FP8, Nachfolgerin der S4000.',
    },
  },
};
