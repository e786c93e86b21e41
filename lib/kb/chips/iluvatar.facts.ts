/** What the card says about Iluvatar CoreX's chips, keyed by the ids of `./iluvatar.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact } from '../sources.facts.ts';

export const ILUVATAR_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'iluvatar-tiangai-100': {
    memory: fact('32 GB HBM2', { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021' }),
    bandwidth: fact('1.2 TB/s', { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021' }),
    process: fact('7 nm', { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021' }),
    launchYear: fact(2021, { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021' }),
    summary: 'Iluvatar CoreX’s 7 nm training GPGPU ("Big Island"), one of China’s first.',
  },
  'iluvatar-zhikai-100': {
    summary: 'Iluvatar CoreX inference GPGPU.',
  },
};
