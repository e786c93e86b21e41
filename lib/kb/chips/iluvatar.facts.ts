/** What the card says about Iluvatar CoreX's chips, keyed by the ids of `./iluvatar.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact } from '../sources.facts.ts';

export const ILUVATAR_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'iluvatar-tiangai-100': {
    memory: fact('32 GB HBM2', { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021', de: 'Geektopia, Apr. 2021: Tianshu Zhixin beginnt die Produktion seiner 7-nm-GPGPU (Big Island)' }),
    bandwidth: fact('1.2 TB/s', { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021', de: 'Geektopia, Apr. 2021: Tianshu Zhixin beginnt die Produktion seiner 7-nm-GPGPU (Big Island)' }),
    process: fact('7 nm', { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021', de: 'Geektopia, Apr. 2021: Tianshu Zhixin beginnt die Produktion seiner 7-nm-GPGPU (Big Island)' }),
    launchYear: fact(2021, { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021', de: 'Geektopia, Apr. 2021: Tianshu Zhixin beginnt die Produktion seiner 7-nm-GPGPU (Big Island)' }),
    summary: {
      en: 'Iluvatar CoreX’s 7 nm training GPGPU ("Big Island"), one of China’s first.',
      de: '7-nm-Trainings-GPGPU von Iluvatar CoreX („Big Island“), eine der ersten Chinas.',
    },
  },
  'iluvatar-zhikai-100': {
    summary: {
      en: 'Iluvatar CoreX inference GPGPU.',
      de: 'Inferenz-GPGPU von Iluvatar CoreX.',
    },
  },
};
