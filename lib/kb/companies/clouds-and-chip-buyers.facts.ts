/** Clouds and other big buyers of AI chips (several design chips of their own): what the card says about them, keyed by the ids of `./clouds-and-chip-buyers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const CLOUDS_AND_CHIP_BUYERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  alibaba: {
    summary: {
      en: "Chinese e-commerce and cloud group (Alibaba Cloud, Qwen models), a major AI-chip buyer and, through T-Head, a chip designer.",
      de: 'Chinesischer E-Commerce- und Cloud-Konzern (Alibaba Cloud, Qwen-Modelle), großer KI-Chipkäufer und über T-Head auch Chipentwickler.',
    },
  },
  tencent: {
    summary: {
      en: 'Chinese internet group and cloud provider (Hunyuan models), a large buyer of AI chips.',
      de: 'Chinesischer Internetkonzern und Cloud-Anbieter (Hunyuan-Modelle), großer Käufer von KI-Chips.',
    },
  },
  bytedance: {
    summary: {
      en: "Chinese owner of TikTok and Douyin (Doubao models, Volcano Engine cloud), one of China's largest buyers of AI chips.",
      de: 'Chinesischer Eigentümer von TikTok und Douyin (Doubao-Modelle, Cloud Volcano Engine), einer der größten KI-Chipkäufer Chinas.',
    },
  },
  baidu: {
    summary: {
      en: 'Chinese search and cloud company, developer of the Ernie models and parent of AI-chip designer Kunlunxin.',
      de: 'Chinesischer Such- und Cloud-Konzern, Entwickler der Ernie-Modelle und Mutter des KI-Chipentwicklers Kunlunxin.',
    },
  },
  kuaishou: {
    summary: {
      en: 'Chinese short-video platform and developer of the Kling video models, a buyer of AI chips.',
      de: 'Chinesische Kurzvideo-Plattform und Entwickler der Kling-Videomodelle, Käufer von KI-Chips.',
    },
  },
  jd: {
    summary: {
      en: 'Chinese e-commerce group with its own cloud business, a buyer of AI chips.',
      de: 'Chinesischer E-Commerce-Konzern mit eigenem Cloud-Geschäft, Käufer von KI-Chips.',
    },
  },
  meituan: {
    summary: {
      en: 'Chinese delivery platform that also trains its own AI models.',
      de: 'Chinesische Lieferplattform, die auch eigene KI-Modelle trainiert.',
    },
  },
  'china-mobile': {
    summary: {
      en: "China's largest telecom operator, a big buyer of AI servers with domestic chips.",
      de: 'Chinas größter Telekomkonzern, großer Käufer von KI-Servern mit heimischen Chips.',
    },
  },
  'china-telecom': {
    summary: {
      en: 'Chinese state telecom operator and cloud provider.',
      de: 'Chinesischer Staats-Telekomkonzern und Cloud-Anbieter.',
    },
  },
  'china-unicom': {
    summary: {
      en: 'Chinese state telecom operator and cloud provider.',
      de: 'Chinesischer Staats-Telekomkonzern und Cloud-Anbieter.',
    },
  },
  microsoft: {
    summary: {
      en: 'US software and Azure cloud company, a top Nvidia customer and designer of the Maia AI accelerator.',
      de: 'US-Software- und Azure-Cloud-Konzern, einer der größten Nvidia-Kunden und Entwickler des KI-Beschleunigers Maia.',
    },
  },
  google: {
    summary: {
      en: "Alphabet's Google: cloud provider, AI lab (DeepMind, Gemini) and designer of the TPU accelerators.",
      de: 'Google (Alphabet): Cloud-Anbieter, KI-Labor (DeepMind, Gemini) und Entwickler der TPU-Beschleuniger.',
    },
  },
  amazon: {
    summary: {
      en: 'US e-commerce and AWS cloud group that designs its own Trainium and Inferentia AI chips.',
      de: 'US-E-Commerce- und AWS-Cloud-Konzern, der eigene KI-Chips entwickelt (Trainium, Inferentia).',
    },
  },
  meta: {
    summary: {
      en: 'Owner of Facebook and Instagram (Llama models), a top AI-chip buyer and designer of the MTIA accelerators.',
      de: 'Eigentümer von Facebook und Instagram (Llama-Modelle), großer KI-Chipkäufer und Entwickler der MTIA-Beschleuniger.',
    },
  },
  oracle: {
    summary: {
      en: 'US software company whose cloud (OCI) is a large buyer of Nvidia GPUs.',
      de: 'US-Softwarekonzern, dessen Cloud (OCI) in großem Umfang Nvidia-GPUs kauft.',
    },
  },
  coreweave: {
    summary: {
      en: 'US GPU cloud provider built on Nvidia hardware.',
      de: 'US-GPU-Cloud-Anbieter auf Nvidia-Hardware.',
    },
  },
  lambda: {
    summary: {
      en: 'US cloud provider that rents Nvidia GPU clusters for AI training and inference.',
      de: 'US-Cloud-Anbieter, der Nvidia-GPU-Cluster für KI-Training und -Inferenz vermietet.',
    },
  },
  nebius: {
    summary: {
      en: 'Amsterdam-based AI cloud provider running Nvidia GPU clusters.',
      de: 'KI-Cloud-Anbieter aus Amsterdam mit Nvidia-GPU-Clustern.',
    },
  },
  tesla: {
    summary: {
      en: 'US electric-car maker that designs its own AI chips for cars and training and buys large numbers of Nvidia GPUs.',
      de: 'US-Elektroautohersteller, der eigene KI-Chips für Autos und Training entwickelt und Nvidia-GPUs in großer Zahl kauft.',
    },
  },
  g42: {
    summary: {
      en: 'Abu Dhabi AI group whose purchases of Nvidia chips depend on US export licences.',
      de: 'KI-Konzern aus Abu Dhabi, dessen Käufe von Nvidia-Chips von US-Exportlizenzen abhängen.',
    },
  },
  humain: {
    summary: {
      en: 'Saudi AI company owned by the Public Investment Fund, a large buyer of Nvidia and AMD accelerators.',
      de: 'Saudisches KI-Unternehmen im Besitz des Staatsfonds PIF, großer Käufer von Nvidia- und AMD-Beschleunigern.',
    },
  },
  'deutsche-telekom': {
    summary: {
      en: 'German telecoms group that runs an industrial AI cloud with Nvidia GPUs in Munich.',
      de: 'Deutscher Telekomkonzern, der in München eine Industrial-AI-Cloud mit Nvidia-GPUs betreibt.',
    },
  },
  crusoe: {
    summary: {
      en: 'US builder of AI data centres, including the first Stargate campus in Abilene, Texas.',
      de: 'US-Bauer von KI-Rechenzentren, darunter der erste Stargate-Campus in Abilene, Texas.',
    },
  },
  softbank: {
    summary: {
      en: 'Japanese investment group that controls Arm, owns Graphcore and is a major backer of OpenAI.',
      de: 'Japanischer Investmentkonzern, der Arm kontrolliert, Graphcore besitzt und OpenAI maßgeblich finanziert.',
    },
  },
};
