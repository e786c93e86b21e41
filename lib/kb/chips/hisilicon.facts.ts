/** What the card says about HiSilicon's chips, keyed by the ids of `./hisilicon.ts`. */
import type { ChipFacts } from '../types.ts';

export const HISILICON_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'hisilicon-kirin': {
    summary: {
      en: 'Huawei’s smartphone processors; the Kirin 9000S of 2023 showed SMIC could make 7 nm-class chips.',
      de: 'Huaweis Smartphone-Prozessoren; der Kirin 9000S von 2023 zeigte, dass SMIC Chips der 7-nm-Klasse fertigen kann.',
    },
  },
};
