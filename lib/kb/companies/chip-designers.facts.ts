/** Chip designers outside China: GPU and accelerator makers, custom-ASIC and interface designers, AI-chip start-ups: what the card says about them, keyed by the ids of `./chip-designers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const CHIP_DESIGNERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  nvidia: {
    summary: 'US fabless designer of the dominant data-centre AI GPUs (Hopper, Blackwell) and of China-specific variants such as the H20.',
  },
  amd: {
    summary: "US designer of CPUs and Instinct AI accelerators (MI300 series), Nvidia's closest rival in data-centre GPUs.",
  },
  qualcomm: {
    summary: 'US designer of smartphone SoCs that also sells Cloud AI inference accelerators for data centres.',
  },
  broadcom: {
    summary: 'US chip designer that co-develops custom AI accelerators (ASICs) for hyperscalers such as Google and sells data-centre networking chips.',
  },
  marvell: {
    summary: 'US designer of custom AI accelerators for cloud providers and of data-centre networking and optical interconnect chips.',
  },
  arm: {
    summary: 'UK designer and licensor of the Arm instruction set and CPU cores used in phones and in data-centre chips such as Nvidia Grace; majority-owned by SoftBank.',
  },
  apple: {
    summary: 'US device maker that designs its own Arm-based A- and M-series chips, manufactured by TSMC.',
  },
  mediatek: {
    summary: 'Taiwanese fabless designer of smartphone and edge SoCs, also moving into custom data-centre chips.',
  },
  cerebras: {
    summary: 'US designer of wafer-scale AI processors (WSE) and the systems built around them.',
  },
  groq: {
    summary: 'US designer of LPU chips for AI inference.',
  },
  sambanova: {
    summary: 'US designer of reconfigurable dataflow AI chips (RDU) and systems.',
  },
  graphcore: {
    summary: 'UK designer of IPU AI processors, bought by SoftBank in 2024.',
  },
  tenstorrent: {
    summary: 'Toronto-founded designer of AI accelerators and RISC-V CPUs, led by chip architect Jim Keller.',
  },
  etched: {
    summary: 'US start-up designing Sohu, an inference chip built only for transformer models.',
  },
  'd-matrix': {
    summary: 'US start-up designing in-memory-compute accelerators (Corsair) for AI inference.',
  },
  rebellions: {
    summary: 'South Korean designer of AI inference chips.',
  },
  furiosaai: {
    summary: 'South Korean designer of AI inference chips (RNGD).',
  },
  alchip: {
    summary: 'Taiwanese ASIC design-service firm that turns customers’ AI-chip designs into TSMC-made silicon.',
  },
  guc: {
    summary: 'TSMC-affiliated Taiwanese ASIC design-service company.',
  },
  'astera-labs': {
    summary: 'US designer of connectivity chips (PCIe and CXL retimers, switches) for AI servers.',
  },
  'ampere-computing': {
    summary: 'US designer of Arm-based data-centre CPUs (Altra, AmpereOne), bought by SoftBank in 2025.',
  },
  ibm: {
    summary: 'US IT group that designs its own processors (Telum, Power) and AI accelerators and runs a cloud.',
  },
  cisco: {
    summary: 'US networking group that designs its own switching chips (Silicon One) used in AI data-centre networks.',
  },
  credo: {
    summary: 'US designer of high-speed connectivity chips and active electrical cables for AI data centres.',
  },
  hailo: {
    summary: 'Israeli designer of edge AI accelerators.',
  },
  axelera: {
    summary: 'Dutch designer of AI inference accelerators for the edge and data centres.',
  },
  sipearl: {
    summary: 'French designer of Arm-based processors for European supercomputers.',
  },
  lightmatter: {
    summary: 'US designer of photonic interconnects and photonic computing chips for AI.',
  },
  'celestial-ai': {
    summary: 'US start-up behind the Photonic Fabric optical interconnect for AI chips; Marvell agreed in December 2025 to buy it for about $3.25 billion.',
    summarySource: {
      title: 'Marvell press release, 2 Dec 2025: Marvell to acquire Celestial AI',
      url: 'https://finance.yahoo.com/news/marvell-acquire-celestial-ai-accelerating-210600699.html',
    },
  },
  'ayar-labs': {
    summary: 'US designer of optical I/O chiplets for AI systems.',
  },
  fujitsu: {
    summary: 'Japanese IT group that designs the Arm-based A64FX and Monaka processors.',
  },
  navitas: {
    summary: 'US designer of gallium-nitride and silicon-carbide power chips, a partner in Nvidia\'s 800-volt data-centre power plans.',
  },
  'monolithic-power': {
    summary: 'US designer of power-management chips, including voltage regulators for AI accelerators.',
  },
  lattice: {
    summary: 'US designer of low-power FPGAs.',
  },
  skyworks: {
    summary: 'US designer of radio-frequency chips for phones, merging with Qorvo.',
  },
  qorvo: {
    summary: 'US designer of radio-frequency chips, merging with Skyworks.',
  },
  ambarella: {
    summary: 'US designer of AI vision processors for cameras and cars.',
  },
  rambus: {
    summary: 'US designer of memory-interface chips and IP used with DDR5 and HBM.',
  },
  mobileye: {
    summary: 'Israeli designer of EyeQ driver-assistance chips, majority-owned by Intel.',
  },
  aspeed: {
    summary: 'Taiwanese designer of server management (BMC) chips found in most AI servers.',
  },
  realtek: {
    summary: 'Taiwanese fabless designer of networking, audio and PC chips.',
  },
  novatek: {
    summary: 'Taiwanese fabless designer of display-driver chips.',
  },
  deepx: {
    summary: 'South Korean designer of on-device AI accelerators.',
  },
  'preferred-networks': {
    summary: 'Japanese AI company that designs its own MN-Core AI processors.',
  },
  'untether-ai': {
    summary: 'Canadian designer of at-memory AI inference chips whose engineering team AMD took over in 2025.',
  },
  enfabrica: {
    summary: 'US designer of networking chips for AI clusters; Nvidia hired its chief executive and licensed its technology in 2025.',
  },
  rivos: {
    summary: 'US designer of RISC-V based data-centre chips that agreed in 2025 to be bought by Meta.',
  },
};
