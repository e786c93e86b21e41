/**
 * What the card says about each company, keyed by the ids of `./companies.ts`. Only the extension's own pages
 * load this module (through `./facts.ts`): the annotator injected into news pages does without it.
 */
import type { CompanyFacts } from './types.ts';

/** Facts by company id. */
export const COMPANY_FACTS: Readonly<Record<string, CompanyFacts>> = {
  // ── Chip designers: United States and Europe ─────────────────────────────────────────────────────────────
  nvidia: {
    summary: 'US fabless designer of the dominant data-centre AI GPUs (Hopper, Blackwell) and of China-specific variants such as the H20.',
  },
  amd: {
    summary: "US designer of CPUs and Instinct AI accelerators (MI300 series), Nvidia's closest rival in data-centre GPUs.",
  },
  intel: {
    summary: 'US chipmaker that designs and manufactures x86 CPUs and the Gaudi AI accelerators.',
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

  // ── Chinese chip designers ──────────────────────────────────────────────────────────────────────────────
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

  // ── Foundries ───────────────────────────────────────────────────────────────────────────────────────────
  tsmc: {
    summary: "Taiwanese foundry that makes most of the world's advanced AI chips, including Nvidia's and AMD's, and packages them with CoWoS.",
  },
  smic: {
    summary: "China's largest foundry, making 7 nm-class chips for domestic designers such as Huawei despite US equipment curbs.",
  },
  samsung: {
    summary: 'South Korean memory maker (DRAM, HBM, NAND) and foundry; supplies HBM for AI accelerators.',
  },
  'hua-hong': {
    summary: "China's second-largest foundry, focused on mature and specialty processes.",
  },
  'intel-foundry': {
    summary: "Intel's contract-manufacturing business, offering its process nodes (such as Intel 18A) to outside designers.",
  },
  globalfoundries: {
    summary: 'US foundry for mature and specialty process nodes.',
  },
  infineon: {
    summary: 'German chipmaker for power semiconductors, automotive and security chips; supplies power parts for AI servers.',
  },
  nxp: {
    summary: 'Dutch chipmaker for automotive, industrial and IoT processors.',
  },
  stmicroelectronics: {
    summary: 'Franco-Italian chipmaker for microcontrollers, sensors and power chips.',
  },
  'texas-instruments': {
    summary: 'US maker of analog and embedded processing chips.',
  },
  'analog-devices': {
    summary: 'US maker of analog, mixed-signal and power management chips.',
  },
  renesas: {
    summary: 'Japanese maker of microcontrollers and automotive chips.',
  },
  umc: {
    summary: 'Taiwanese foundry for mature process nodes.',
  },
  rapidus: {
    summary: 'Japanese government-backed foundry start-up aiming at 2 nm production in Hokkaido.',
  },

  // ── Memory ──────────────────────────────────────────────────────────────────────────────────────────────
  'sk-hynix': {
    summary: "South Korean memory maker and the leading supplier of HBM for Nvidia's accelerators.",
  },
  micron: {
    summary: 'US maker of DRAM, NAND and HBM for AI accelerators.',
  },
  cxmt: {
    summary: "China's leading DRAM maker, developing domestic HBM.",
  },
  ymtc: {
    summary: "China's leading NAND flash maker, on the US Entity List.",
  },
  kioxia: {
    summary: 'Japanese NAND flash maker spun off from Toshiba, listed in Tokyo since December 2024.',
  },
  sandisk: {
    summary: 'US NAND flash and SSD maker, spun off from Western Digital in 2025.',
  },
  jedec: {
    summary: "Standards body (not a company) that writes the memory standards such as DDR and HBM; listed under role 'memory' as the nearest fit.",
  },

  // ── Equipment ───────────────────────────────────────────────────────────────────────────────────────────
  asml: {
    summary: 'Dutch maker of lithography systems and the only supplier of EUV scanners; its sales to China are restricted.',
  },
  'applied-materials': {
    summary: 'US maker of deposition, etch and other wafer-fab equipment, the largest in the field.',
  },
  'lam-research': {
    summary: 'US maker of etch and deposition equipment.',
  },
  'tokyo-electron': {
    summary: 'Japanese maker of coater/developer, etch and deposition equipment.',
  },
  kla: {
    summary: 'US maker of process-control, inspection and metrology equipment.',
  },
  naura: {
    summary: "China's largest chip-equipment maker (etch, deposition, thermal and cleaning tools).",
  },
  amec: {
    summary: 'Chinese maker of plasma etch and MOCVD equipment.',
  },
  advantest: {
    summary: 'Japanese maker of chip test equipment, used for AI processors and HBM.',
  },
  teradyne: {
    summary: 'US maker of semiconductor test equipment.',
  },
  smee: {
    summary: "Shanghai maker of lithography scanners, China's main domestic lithography developer.",
  },
  piotech: {
    summary: 'Chinese maker of thin-film deposition (PECVD, ALD) and hybrid-bonding equipment.',
  },
  hwatsing: {
    summary: 'Chinese maker of chemical-mechanical polishing (CMP) and related wafer equipment.',
  },
  'acm-research': {
    summary: 'US-listed maker of wafer-cleaning equipment whose operations are mainly in Shanghai.',
  },
  sicarrier: {
    summary: 'Shenzhen-government-owned chip-equipment maker with close ties to Huawei, on the US Entity List.',
  },
  hanmi: {
    summary: 'South Korean maker of the TC bonders that stack DRAM dies into HBM.',
  },

  // ── EDA ─────────────────────────────────────────────────────────────────────────────────────────────────
  cadence: {
    summary: 'US vendor of chip-design (EDA) software and IP.',
  },
  synopsys: {
    summary: 'US vendor of chip-design (EDA) software and IP, the largest in the field.',
  },
  'siemens-eda': {
    summary: "Chip-design (EDA) software business of Germany's Siemens, formerly Mentor Graphics.",
  },
  empyrean: {
    summary: "China's largest domestic vendor of chip-design (EDA) software.",
  },

  // ── Packaging, assembly and servers ─────────────────────────────────────────────────────────────────────
  amkor: {
    summary: 'US outsourced chip packaging and test (OSAT) company.',
  },
  ase: {
    summary: "Taiwanese group that is the world's largest outsourced chip packaging and test (OSAT) provider.",
  },
  jcet: {
    summary: "China's largest outsourced chip packaging and test company.",
  },
  tongfu: {
    summary: "Chinese chip packaging and test company, AMD's main assembly partner.",
  },
  foxconn: {
    summary: 'Taiwanese contract manufacturer (Hon Hai) and a major assembler of Nvidia AI servers.',
  },
  quanta: {
    summary: 'Taiwanese contract manufacturer of AI servers for cloud providers.',
  },
  wistron: {
    summary: 'Taiwanese contract manufacturer that builds GPU boards and AI servers.',
  },
  wiwynn: {
    summary: 'Taiwanese maker of cloud and AI servers, part of the Wistron group.',
  },
  supermicro: {
    summary: 'US maker of AI servers built around Nvidia and AMD GPUs.',
  },
  dell: {
    summary: 'US maker of PCs and AI servers.',
  },
  hpe: {
    summary: 'US maker of servers, supercomputers and AI systems.',
  },
  inspur: {
    summary: "Chinese server maker, China's largest vendor of AI servers.",
  },
  lenovo: {
    summary: 'Chinese maker of PCs and servers, including AI servers.',
  },
  sugon: {
    summary: 'Chinese server and supercomputer maker on the US Entity List, a major shareholder of Hygon.',
  },

  // ── Clouds and big buyers ───────────────────────────────────────────────────────────────────────────────
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
  xiaomi: {
    summary: 'Chinese phone and electric-car maker that designs its own XRING smartphone chips.',
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
  xai: {
    summary: "Elon Musk's AI lab (Grok models), builder of large Nvidia GPU clusters.",
  },

  // ── AI labs ─────────────────────────────────────────────────────────────────────────────────────────────
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

  // ── More of the supply chain: designers, IDMs, foundries, memory, tools, materials, assemblers ──────────────
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
  onsemi: {
    summary: 'US maker of power and sensing semiconductors, including silicon-carbide chips for data-centre power supplies.',
  },
  microchip: {
    summary: 'US maker of microcontrollers, FPGAs and analog chips.',
  },
  wolfspeed: {
    summary: 'US maker of silicon-carbide wafers and power chips.',
  },
  sony: {
    summary: 'Japanese electronics group and the largest maker of image sensors; minority partner in TSMC\'s Kumamoto fab.',
  },
  bosch: {
    summary: 'German industrial group with its own chip fabs in Reutlingen and Dresden, a partner in TSMC\'s Dresden fab (ESMC).',
  },
  nexperia: {
    summary: 'Dutch maker of discrete and logic chips owned by China\'s Wingtech; put under Dutch state control in 2025.',
  },
  wingtech: {
    summary: 'Chinese electronics manufacturer and parent company of the Dutch chipmaker Nexperia.',
  },
  phytium: {
    summary: 'Chinese designer of Arm-based server and desktop CPUs, on the US Entity List since 2021.',
  },
  'black-sesame': {
    summary: 'Chinese designer of automotive AI chips, listed in Hong Kong.',
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
  'ayar-labs': {
    summary: 'US designer of optical I/O chiplets for AI systems.',
  },
  'tower-semiconductor': {
    summary: 'Israeli specialty foundry (analog, RF, silicon photonics); Intel\'s planned takeover was abandoned in 2023.',
  },
  psmc: {
    summary: 'Taiwanese foundry for memory and mature-node logic.',
  },
  vis: {
    summary: 'Taiwanese mature-node foundry, part-owned by TSMC, building a fab in Singapore with NXP.',
  },
  nanya: {
    summary: 'Taiwanese DRAM maker.',
  },
  winbond: {
    summary: 'Taiwanese maker of specialty DRAM and flash memory.',
  },
  'asm-international': {
    summary: 'Dutch maker of atomic-layer and epitaxy deposition tools for wafer fabs.',
  },
  besi: {
    summary: 'Dutch maker of die-attach and hybrid-bonding tools used in advanced packaging and HBM.',
  },
  aixtron: {
    summary: 'German maker of deposition tools for compound semiconductors (GaN, SiC).',
  },
  zeiss: {
    summary: 'German optics group; its SMT division makes the mirrors and lenses of ASML\'s lithography machines.',
  },
  siltronic: {
    summary: 'German maker of silicon wafers.',
  },
  sumco: {
    summary: 'Japanese maker of silicon wafers.',
  },
  'shin-etsu': {
    summary: 'Japanese chemicals group and the largest maker of silicon wafers and a supplier of photoresists.',
  },
  disco: {
    summary: 'Japanese maker of wafer dicing and grinding tools, essential for thinning HBM dies.',
  },
  lasertec: {
    summary: 'Japanese maker of inspection tools for EUV photomasks.',
  },
  screen: {
    summary: 'Japanese maker of wafer-cleaning equipment.',
  },
  kokusai: {
    summary: 'Japanese maker of batch deposition and treatment tools for wafer fabs.',
  },
  asmpt: {
    summary: 'Hong Kong-listed maker of chip assembly and packaging equipment, including thermo-compression bonders for HBM.',
  },
  ibiden: {
    summary: 'Japanese maker of IC substrates for high-end processors and AI accelerators.',
  },
  unimicron: {
    summary: 'Taiwanese maker of IC substrates and printed circuit boards.',
  },
  kyec: {
    summary: 'Taiwanese chip-testing company with a large share of AI-accelerator testing.',
  },
  inventec: {
    summary: 'Taiwanese contract manufacturer of servers, including AI servers.',
  },
  pegatron: {
    summary: 'Taiwanese contract manufacturer of electronics and servers.',
  },
  asus: {
    summary: 'Taiwanese maker of PCs, graphics cards and AI servers.',
  },
  celestica: {
    summary: 'Canadian contract manufacturer of networking switches and servers for hyperscalers.',
  },
  fujitsu: {
    summary: 'Japanese IT group that designs the Arm-based A64FX and Monaka processors.',
  },

  // ── Power, interface, FPGA and SoC designers that AI-hardware stories name ───────────────────────────────
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
  nexchip: {
    summary: 'Chinese mature-node foundry in Hefei.',
  },
  h3c: {
    summary: 'Chinese server and networking maker controlled by Tsinghua Unigroup\'s Unisplendour, a large builder of AI servers.',
  },
  xfusion: {
    summary: 'Chinese server maker spun out of Huawei\'s x86 server business in 2021.',
  },

  // ── Chinese GPU and AI-chip start-ups, US start-ups bought by the big designers ─────────────────────────────
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
  'untether-ai': {
    summary: 'Canadian designer of at-memory AI inference chips whose engineering team AMD took over in 2025.',
  },
  enfabrica: {
    summary: 'US designer of networking chips for AI clusters; Nvidia hired its chief executive and licensed its technology in 2025.',
  },
  rivos: {
    summary: 'US designer of RISC-V based data-centre chips that agreed in 2025 to be bought by Meta.',
  },

  // ── Buyers of AI chips outside the US and China: Gulf AI firms, European clouds and labs ───────────────────
  g42: {
    summary: 'Abu Dhabi AI group whose purchases of Nvidia chips depend on US export licences.',
  },
  humain: {
    summary: 'Saudi AI company owned by the Public Investment Fund, a large buyer of Nvidia and AMD accelerators.',
  },
  'deutsche-telekom': {
    summary: 'German telecoms group that runs an industrial AI cloud with Nvidia GPUs in Munich.',
  },
  'aleph-alpha': {
    summary: 'German AI company from Heidelberg building language models for companies and public bodies.',
  },
  crusoe: {
    summary: 'US builder of AI data centres, including the first Stargate campus in Abilene, Texas.',
  },

  // ── Investors ───────────────────────────────────────────────────────────────────────────────────────────
  softbank: {
    summary: 'Japanese investment group that controls Arm, owns Graphcore and is a major backer of OpenAI.',
  },
};
