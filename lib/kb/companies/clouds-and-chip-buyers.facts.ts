/** Clouds and other big buyers of AI chips (several design chips of their own): what the card says about them, keyed by the ids of `./clouds-and-chip-buyers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const CLOUDS_AND_CHIP_BUYERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  alibaba: {
    summary: "Chinese e-commerce and cloud group (Alibaba Cloud, Qwen models), a major AI-chip buyer and, through T-Head, a chip designer.",
  },
  tencent: {
    summary: 'Chinese internet group and cloud provider (Hunyuan models), a large buyer of AI chips.',
  },
  bytedance: {
    summary: "Chinese owner of TikTok and Douyin (Doubao models, Volcano Engine cloud), one of China's largest buyers of AI chips.",
  },
  baidu: {
    summary: 'Chinese search and cloud company, developer of the Ernie models and parent of AI-chip designer Kunlunxin.',
  },
  kuaishou: {
    summary: 'Chinese short-video platform and developer of the Kling video models, a buyer of AI chips.',
  },
  jd: {
    summary: 'Chinese e-commerce group with its own cloud business, a buyer of AI chips.',
  },
  meituan: {
    summary: 'Chinese delivery platform that also trains its own AI models.',
  },
  'china-mobile': {
    summary: "China's largest telecom operator, a big buyer of AI servers with domestic chips.",
  },
  'china-telecom': {
    summary: 'Chinese state telecom operator and cloud provider.',
  },
  'china-unicom': {
    summary: 'Chinese state telecom operator and cloud provider.',
  },
  microsoft: {
    summary: 'US software and Azure cloud company, a top Nvidia customer and designer of the Maia AI accelerator.',
  },
  google: {
    summary: "Alphabet's Google: cloud provider, AI lab (DeepMind, Gemini) and designer of the TPU accelerators.",
  },
  amazon: {
    summary: 'US e-commerce and AWS cloud group that designs its own Trainium and Inferentia AI chips.',
  },
  meta: {
    summary: 'Owner of Facebook and Instagram (Llama models), a top AI-chip buyer and designer of the MTIA accelerators.',
  },
  oracle: {
    summary: 'US software company whose cloud (OCI) is a large buyer of Nvidia GPUs.',
  },
  coreweave: {
    summary: 'US GPU cloud provider built on Nvidia hardware.',
  },
  lambda: {
    summary: 'US cloud provider that rents Nvidia GPU clusters for AI training and inference.',
  },
  nebius: {
    summary: 'Amsterdam-based AI cloud provider running Nvidia GPU clusters.',
  },
  tesla: {
    summary: 'US electric-car maker that designs its own AI chips for cars and training and buys large numbers of Nvidia GPUs.',
  },
  g42: {
    summary: 'Abu Dhabi AI group whose purchases of Nvidia chips depend on US export licences.',
  },
  humain: {
    summary: 'Saudi AI company owned by the Public Investment Fund, a large buyer of Nvidia and AMD accelerators.',
  },
  'deutsche-telekom': {
    summary: 'German telecoms group that runs an industrial AI cloud with Nvidia GPUs in Munich.',
  },
  crusoe: {
    summary: 'US builder of AI data centres, including the first Stargate campus in Abilene, Texas.',
  },
  softbank: {
    summary: 'Japanese investment group that controls Arm, owns Graphcore and is a major backer of OpenAI.',
  },
};
