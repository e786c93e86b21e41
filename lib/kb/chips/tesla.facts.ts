/** What the card says about Tesla's chips, keyed by the ids of `./tesla.ts`. */
import type { ChipFacts } from '../types.ts';
import { fact } from '../sources.facts.ts';

export const TESLA_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'tesla-dojo': {
    summary: {
      en: 'Tesla’s in-house AI training supercomputer built on D1 chips; the team was disbanded in August 2025.',
      de: 'Teslas eigener KI-Trainings-Supercomputer aus D1-Chips; das Team wurde im August 2025 aufgelöst.',
    },
  },
  'tesla-d1': {
    process: fact('TSMC 7 nm', { title: 'Tesla AI Day, 19 Aug 2021', de: 'Tesla AI Day, 19. Aug. 2021' }),
    launchYear: fact(2021, { title: 'Tesla AI Day, 19 Aug 2021', de: 'Tesla AI Day, 19. Aug. 2021' }),
    summary: {
      en: 'Training chip of the Tesla Dojo supercomputer, shown at AI Day 2021.',
      de: 'Trainingschip des Tesla-Supercomputers Dojo, gezeigt auf dem AI Day 2021.',
    },
  },
  'tesla-ai5': {
    process: fact('TSMC and Samsung', { title: 'Elon Musk on X on the AI5 and AI6 chips, Aug 2025', de: 'Elon Musk auf X über die Chips AI5 und AI6, Aug. 2025' }),
    summary: {
      en: 'Tesla’s next in-car AI chip for Full Self-Driving and Optimus, made by both TSMC and Samsung.',
      de: 'Teslas nächster KI-Chip im Auto für Full Self-Driving und Optimus, gefertigt von TSMC und Samsung.',
    },
  },
  'tesla-ai6': {
    process: fact('Samsung', { title: 'Samsung–Tesla $16.5 billion foundry contract, Jul 2025', de: 'Fertigungsvertrag über 16,5 Milliarden Dollar zwischen Samsung und Tesla, Juli 2025' }),
    summary: {
      en: 'Tesla AI chip after AI5, to be made by Samsung in Taylor, Texas.',
      de: 'Tesla-KI-Chip nach dem AI5, den Samsung in Taylor, Texas, fertigen soll.',
    },
  },
};
