/** AI labs that train models on the chips: what the card says about them, keyed by the ids of `./ai-labs.ts`. */
import type { CompanyFacts } from '../types.ts';

export const AI_LABS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  xai: {
    summary: {
      en: "Elon Musk's AI lab (Grok models), builder of large Nvidia GPU clusters.",
      de: 'KI-Labor von Elon Musk (Grok-Modelle), Betreiber großer Nvidia-GPU-Cluster.',
    },
  },
  openai: {
    summary: {
      en: 'US AI lab (ChatGPT), one of the largest buyers of AI compute, developing its own chip with Broadcom.',
      de: 'US-KI-Labor (ChatGPT), einer der größten Käufer von KI-Rechenleistung, entwickelt mit Broadcom einen eigenen Chip.',
    },
  },
  anthropic: {
    summary: {
      en: 'US AI lab (Claude models) that trains on Google TPUs, Amazon Trainium and Nvidia GPUs.',
      de: 'US-KI-Labor (Claude-Modelle), das auf Google-TPUs, Amazon Trainium und Nvidia-GPUs trainiert.',
    },
  },
  deepseek: {
    summary: {
      en: 'Hangzhou AI lab whose low-cost open models (V3, R1) moved AI-chip stocks and target domestic Chinese chips.',
      de: 'KI-Labor aus Hangzhou, dessen günstige offene Modelle (V3, R1) KI-Chipaktien bewegten und auf heimische chinesische Chips zielen.',
    },
  },
  moonshot: {
    summary: {
      en: 'Beijing AI lab behind the Kimi models.',
      de: 'KI-Labor aus Peking hinter den Kimi-Modellen.',
    },
  },
  zhipu: {
    summary: {
      en: 'Beijing AI lab (GLM models) on the US Entity List, listed in Hong Kong since January 2026.',
      de: 'KI-Labor aus Peking (GLM-Modelle) auf der US-Entity-List, seit Januar 2026 in Hongkong notiert.',
    },
  },
  minimax: {
    summary: {
      en: 'Shanghai AI lab (MiniMax models, Hailuo and Talkie apps), listed in Hong Kong since January 2026.',
      de: 'KI-Labor aus Shanghai (MiniMax-Modelle, Apps Hailuo und Talkie), seit Januar 2026 in Hongkong notiert.',
    },
  },
  'kunlun-tech': {
    summary: {
      en: 'Beijing internet group (Opera browser, Skywork AI models), listed in Shenzhen.',
      de: 'Internetkonzern aus Peking (Opera-Browser, Skywork-KI-Modelle), in Shenzhen notiert.',
    },
  },
  baichuan: {
    summary: {
      en: 'Beijing AI lab developing the Baichuan models.',
      de: 'KI-Labor aus Peking, das die Baichuan-Modelle entwickelt.',
    },
  },
  stepfun: {
    summary: {
      en: 'Shanghai AI lab developing the Step models.',
      de: 'KI-Labor aus Shanghai, das die Step-Modelle entwickelt.',
    },
  },
  mistral: {
    summary: {
      en: 'French AI lab developing open-weight models.',
      de: 'Französisches KI-Labor, das Modelle mit offenen Gewichten entwickelt.',
    },
  },
  iflytek: {
    summary: {
      en: 'Chinese speech-AI company whose Spark models are trained on Huawei Ascend chips.',
      de: 'Chinesisches Sprach-KI-Unternehmen, dessen Spark-Modelle auf Huawei-Ascend-Chips trainiert werden.',
    },
  },
  sensetime: {
    summary: {
      en: 'Chinese AI company running large computing centres and developing the SenseNova models.',
      de: 'Chinesisches KI-Unternehmen, das große Rechenzentren betreibt und die SenseNova-Modelle entwickelt.',
    },
  },
  'aleph-alpha': {
    summary: {
      en: 'German AI company from Heidelberg building language models for companies and public bodies.',
      de: 'Deutsches KI-Unternehmen aus Heidelberg, das Sprachmodelle für Unternehmen und Behörden baut.',
    },
  },
};
