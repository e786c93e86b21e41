/** AI labs that train models on the chips: what the card says about them, keyed by the ids of `./ai-labs.ts`. */
import type { CompanyFacts } from '../types.ts';

export const AI_LABS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  xai: {
    summary: "Elon Musk's AI lab (Grok models), builder of large Nvidia GPU clusters.",
  },
  openai: {
    summary: 'US AI lab (ChatGPT), one of the largest buyers of AI compute, developing its own chip with Broadcom.',
  },
  anthropic: {
    summary: 'US AI lab (Claude models) that trains on Google TPUs, Amazon Trainium and Nvidia GPUs.',
  },
  deepseek: {
    summary: 'Hangzhou AI lab whose low-cost open models (V3, R1) moved AI-chip stocks and target domestic Chinese chips.',
  },
  moonshot: {
    summary: 'Beijing AI lab behind the Kimi models.',
  },
  zhipu: {
    summary: 'Beijing AI lab (GLM models) on the US Entity List, listed in Hong Kong since January 2026.',
  },
  minimax: {
    summary: 'Shanghai AI lab (MiniMax models, Hailuo and Talkie apps), listed in Hong Kong since January 2026.',
  },
  'kunlun-tech': {
    summary: 'Beijing internet group (Opera browser, Skywork AI models), listed in Shenzhen.',
  },
  baichuan: {
    summary: 'Beijing AI lab developing the Baichuan models.',
  },
  stepfun: {
    summary: 'Shanghai AI lab developing the Step models.',
  },
  mistral: {
    summary: 'French AI lab developing open-weight models.',
  },
  iflytek: {
    summary: 'Chinese speech-AI company whose Spark models are trained on Huawei Ascend chips.',
  },
  sensetime: {
    summary: 'Chinese AI company running large computing centres and developing the SenseNova models.',
  },
  'aleph-alpha': {
    summary: 'German AI company from Heidelberg building language models for companies and public bodies.',
  },
};
