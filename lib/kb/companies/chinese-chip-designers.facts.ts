/** Chinese chip designers: AI accelerators, GPUs, CPUs and their suppliers: what the card says about them, keyed by the ids of `./chinese-chip-designers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const CHINESE_CHIP_DESIGNERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  huawei: {
    summary: "Chinese telecom and device group whose Ascend AI chips and CloudMatrix clusters are China's main alternative to Nvidia.",
  },
  hisilicon: {
    summary: "Huawei's chip-design arm, behind the Ascend AI processors and Kirin smartphone chips.",
  },
  cambricon: {
    summary: 'Chinese designer of the Siyuan (MLU) AI accelerators, listed on Shanghai’s STAR Market.',
  },
  hygon: {
    summary: 'Chinese designer of x86-compatible server CPUs and DCU accelerators, listed on the STAR Market.',
  },
  biren: {
    summary: 'Shanghai GPU designer (BR100 series) on the US Entity List, listed in Hong Kong since January 2026.',
  },
  'moore-threads': {
    summary: 'Beijing GPU designer (MTT S series) on the US Entity List, listed on the STAR Market in December 2025.',
  },
  metax: {
    summary: 'Shanghai GPU designer (Xiyun C series) founded by former AMD engineers, listed on the STAR Market in December 2025.',
  },
  enflame: {
    summary: 'Shanghai designer of AI training and inference accelerators, backed by Tencent.',
  },
  iluvatar: {
    summary: 'Shanghai designer of general-purpose GPUs for AI training and inference, listed in Hong Kong since January 2026.',
  },
  kunlunxin: {
    summary: "Baidu's AI-chip subsidiary that designs the Kunlun accelerators; filed for a Hong Kong listing in January 2026.",
  },
  't-head': {
    summary: "Alibaba's chip-design unit, maker of the Hanguang AI chip and Yitian server CPUs.",
  },
  loongson: {
    summary: 'Chinese CPU designer with its own LoongArch instruction set.',
  },
  'jingjia-micro': {
    summary: 'Chinese designer of domestic graphics processors (JM series), long used in military and industrial displays.',
  },
  verisilicon: {
    summary: 'Chinese chip design-service and IP-licensing company (NPU, GPU and video IP).',
  },
  unisoc: {
    summary: 'Chinese fabless designer of smartphone and IoT chips, part of the Unigroup (Ziguang) group.',
  },
  gigadevice: {
    summary: 'Chinese designer of NOR flash, niche DRAM and microcontrollers.',
  },
  montage: {
    summary: 'Chinese designer of server memory-interface chips (DDR buffers and controllers), the largest supplier of its kind.',
  },
  omnivision: {
    summary: 'Chinese image-sensor and analogue chip group, formerly named Will Semiconductor.',
  },
  zhaoxin: {
    summary: 'Shanghai designer of x86-compatible CPUs, a joint venture with Taiwan’s VIA.',
  },
  sophgo: {
    summary: 'Chinese AI and RISC-V chip designer linked to crypto-mining chipmaker Bitmain.',
  },
  'horizon-robotics': {
    summary: 'Chinese designer of AI chips for driver assistance (Journey series).',
  },
  zte: {
    summary: 'Chinese telecom-equipment maker that also designs chips through its Sanechips unit and builds AI servers.',
  },
  xiaomi: {
    summary: 'Chinese phone and electric-car maker that designs its own XRING smartphone chips.',
  },
  phytium: {
    summary: 'Chinese designer of Arm-based server and desktop CPUs, on the US Entity List since 2021.',
  },
  'black-sesame': {
    summary: 'Chinese designer of automotive AI chips, listed in Hong Kong.',
  },
  lisuan: {
    summary: 'Chinese GPU start-up whose G100 graphics chip was unveiled in 2025.',
  },
  innosilicon: {
    summary: 'Chinese chip-IP and GPU designer (Fenghua GPUs).',
  },
  moffett: {
    summary: 'Chinese designer of sparse-computing AI inference accelerators.',
  },
  vastai: {
    summary: 'Chinese designer of AI inference and video-processing chips.',
  },
  denglin: {
    summary: 'Chinese designer of GPGPU accelerators.',
  },
};
