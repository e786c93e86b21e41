/** What the card says about Nvidia's chips, keyed by the ids of `./nvidia.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact, restricted, chinaCompliant, SHARED_SOURCES } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  nvidia8kAug2022: {
    title: 'Nvidia Form 8-K, 31 Aug 2022 (licence requirement for A100 and H100 exports to China)',
  },
  nvidia8kOct2023: {
    title: 'Nvidia Form 8-K, 17 Oct 2023 (products covered by the BIS interim final rule: A100, A800, H100, H800, L40, L40S, RTX 4090)',
    url: 'https://www.sec.gov/Archives/edgar/data/1045810/000104581023000217/0001045810-23-000217.txt',
  },
  nvidia8kApr2025: { title: 'Nvidia Form 8-K, 15 Apr 2025 (licence requirement for H20 exports to China)' },
  h100Datasheet: { title: 'Nvidia H100 Tensor Core GPU datasheet' },
  a100Datasheet: { title: 'Nvidia A100 Tensor Core GPU datasheet' },
  a100Launch: { title: 'Nvidia GTC 2020 keynote: A100 launch, 14 May 2020' },
  h100Launch: { title: 'Nvidia GTC 2022 keynote: H100 announcement, 22 Mar 2022' },
  h200Announcement: { title: 'Nvidia H200 announcement, SC23, 13 Nov 2023 (availability from Q2 2024)' },
  tomsH20: {
    title: "Tom's Hardware: H20, L20 and L2 specifications from retail listings, Feb 2024",
    url: 'https://www.tomshardware.com/pc-components/gpus/new-nvidia-ai-gpus-designed-to-get-around-us-export-bans-come-to-china-h20-l20-and-l2-to-fill-void-left-by-restricted-models',
  },
  gtc2024: { title: 'Nvidia GTC 2024 Blackwell platform announcement, 18 Mar 2024' },
  gtc2025: { title: 'Nvidia GTC 2025 keynote roadmap, 18 Mar 2025' },
  reutersB40: { title: 'Reuters, 25 May 2025: Nvidia to launch cheaper Blackwell AI chip for China (RTX Pro 6000D)' },
  reutersB30A: {
    title: 'Reuters, 19 Aug 2025: Nvidia working on new AI chip for China that outperforms the H20 (B30A)',
    url: 'https://www.bnnbloomberg.ca/business/2025/08/19/nvidia-working-on-new-ai-chip-for-china-that-outperforms-the-h20-sources-say/',
  },
  rubinCpx: { title: 'Nvidia Rubin CPX announcement, AI Infra Summit, 9 Sep 2025' },
} satisfies Record<string, Source>;

export const NVIDIA_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  // Architectures
  'nvidia-ampere': {
    launchYear: fact(2020, SRC.a100Launch),
    summary: 'Nvidia GPU architecture of 2020 behind the A100 and A800 data-centre GPUs.',
  },
  'nvidia-hopper': {
    process: fact('TSMC 4N', SRC.h100Datasheet),
    launchYear: fact(2022, SRC.h100Launch),
    summary: 'Nvidia data-centre GPU architecture behind the H100, H200 and the China-market H800 and H20.',
  },
  'nvidia-ada-lovelace': {
    process: fact('TSMC 4N', { title: 'Nvidia GeForce RTX 4090 launch, Oct 2022' }),
    launchYear: fact(2022, { title: 'Nvidia GeForce RTX 4090 launch, Oct 2022' }),
    summary: 'Nvidia GPU architecture of the RTX 40 series and the L40S, L20 and RTX 4090D.',
  },
  'nvidia-blackwell': {
    process: fact('TSMC 4NP', SRC.gtc2024),
    launchYear: fact(2024, SRC.gtc2024),
    summary: 'Nvidia GPU architecture of 2024 (B100, B200, GB200), two dies joined into one GPU.',
  },
  'nvidia-blackwell-ultra': {
    memory: fact('288 GB HBM3e', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    summary: 'Memory-upgraded Blackwell generation of 2025, sold as B300 and GB300.',
  },
  'nvidia-rubin': {
    memory: fact('288 GB HBM4', SRC.gtc2025),
    launchYear: fact(2026, SRC.gtc2025),
    summary: 'Nvidia GPU architecture after Blackwell, with HBM4 memory, planned for 2026.',
  },
  'nvidia-rubin-ultra': {
    launchYear: fact(2027, SRC.gtc2025),
    summary: 'Four-die successor of Rubin on the Nvidia roadmap, planned for 2027.',
  },
  'nvidia-vera-rubin': {
    launchYear: fact(2026, SRC.gtc2025),
    summary: 'Nvidia platform pairing the Vera CPU with Rubin GPUs in rack-scale systems, the successor of Grace Blackwell.',
  },
  'nvidia-feynman': {
    launchYear: fact(2028, SRC.gtc2025),
    summary: 'Nvidia GPU architecture named on the roadmap after Rubin, planned for 2028.',
  },
  // CPUs
  'nvidia-grace': {
    summary: 'Arm-based Nvidia data-centre CPU paired with Hopper and Blackwell GPUs in GH200 and GB200.',
  },
  'nvidia-vera': {
    launchYear: fact(2026, SRC.gtc2025),
    summary: 'Arm-based Nvidia CPU that succeeds Grace and pairs with Rubin GPUs.',
  },
  // Ampere and Hopper GPUs
  'nvidia-a100': {
    architecture: fact('Ampere', SRC.a100Datasheet),
    memory: fact('80 GB HBM2e', SRC.a100Datasheet),
    bandwidth: fact('2.0 TB/s', SRC.a100Datasheet),
    process: fact('TSMC 7 nm', SRC.a100Datasheet),
    launchYear: fact(2020, SRC.a100Launch),
    exportControl: restricted(SRC.nvidia8kAug2022),
    summary: 'Ampere data-centre GPU of 2020; the first Nvidia chip put under US export licensing for China in 2022.',
  },
  'nvidia-a800': {
    architecture: fact('Ampere', SRC.nvidia8kOct2023),
    launchYear: fact(2022, { title: 'Nvidia statement to Reuters on the A800 for China, Nov 2022' }),
    exportControl: restricted(SRC.nvidia8kOct2023),
    summary: 'China-market A100 with slower chip-to-chip links to meet the 2022 US rules; caught by the October 2023 rules.',
  },
  'nvidia-h100': {
    architecture: fact('Hopper', SRC.h100Datasheet),
    memory: fact('80 GB HBM3', SRC.h100Datasheet),
    bandwidth: fact('3.35 TB/s', SRC.h100Datasheet),
    process: fact('TSMC 4N', SRC.h100Datasheet),
    launchYear: fact(2022, SRC.h100Launch),
    exportControl: restricted(SRC.nvidia8kAug2022),
    summary: 'Hopper flagship data-centre GPU of 2022, the reference chip of the generative-AI boom.',
  },
  'nvidia-h800': {
    architecture: fact('Hopper', SRC.nvidia8kOct2023),
    launchYear: fact(2023, { title: 'Reuters, 21 Mar 2023: Nvidia tweaks flagship H100 chip for export to China as H800' }),
    exportControl: restricted(SRC.nvidia8kOct2023),
    summary: 'China-market H100 with reduced chip-to-chip bandwidth; covered by the October 2023 US rules.',
  },
  'nvidia-h20': {
    architecture: fact('Hopper', SRC.tomsH20),
    memory: fact('96 GB HBM3', SRC.tomsH20),
    bandwidth: fact('4.0 TB/s', SRC.tomsH20),
    launchYear: fact(2024, SRC.tomsH20),
    exportControl: restricted(SRC.nvidia8kApr2025),
    summary: 'China-only Hopper GPU cut down to meet the 2023 US export rules; a US licence has been required since April 2025.',
  },
  'nvidia-h200': {
    architecture: fact('Hopper', SRC.h200Announcement),
    memory: fact('141 GB HBM3e', SRC.h200Announcement),
    bandwidth: fact('4.8 TB/s', SRC.h200Announcement),
    process: fact('TSMC 4N', SRC.h200Announcement),
    launchYear: fact(2024, SRC.h200Announcement),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: 'H100 with more and faster HBM3e memory, the first GPU with HBM3e; exports to China need a US licence.',
  },
  'nvidia-gh200': {
    architecture: fact('Hopper', { title: 'Nvidia GH200 Grace Hopper Superchip datasheet' }),
    memory: fact('96 GB HBM3 or 144 GB HBM3e', { title: 'Nvidia GH200 Grace Hopper Superchip datasheet' }),
    launchYear: fact(2023, { title: 'Nvidia Computex 2023 keynote: GH200 in full production, 29 May 2023' }),
    summary: 'Module joining a Grace CPU and a Hopper GPU with a coherent chip-to-chip link.',
  },
  // Blackwell GPUs
  'nvidia-b100': {
    architecture: fact('Blackwell', SRC.gtc2024),
    process: fact('TSMC 4NP', SRC.gtc2024),
    launchYear: fact(2024, SRC.gtc2024),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: 'Lower-power Blackwell GPU announced with the B200 at GTC 2024.',
  },
  'nvidia-b200': {
    architecture: fact('Blackwell', SRC.gtc2024),
    memory: fact('192 GB HBM3e', SRC.gtc2024),
    bandwidth: fact('8 TB/s', SRC.gtc2024),
    process: fact('TSMC 4NP', SRC.gtc2024),
    launchYear: fact(2024, SRC.gtc2024),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: 'Flagship Blackwell GPU of 2024: two reticle-sized dies, 208 billion transistors.',
  },
  'nvidia-gb200': {
    architecture: fact('Blackwell', SRC.gtc2024),
    launchYear: fact(2024, SRC.gtc2024),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: 'Superchip of one Grace CPU and two Blackwell GPUs, the building block of the GB200 NVL72 rack.',
  },
  'nvidia-b300': {
    architecture: fact('Blackwell Ultra', SRC.gtc2025),
    memory: fact('288 GB HBM3e', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: 'Blackwell Ultra GPU of 2025 with 288 GB of HBM3e.',
  },
  'nvidia-gb300': {
    architecture: fact('Blackwell Ultra', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: 'Superchip of a Grace CPU and Blackwell Ultra GPUs, used in the GB300 NVL72 rack.',
  },
  'nvidia-b20': {
    architecture: fact('Blackwell', { title: 'Reuters, 22 Jul 2024: Nvidia preparing version of new flagship AI chip for Chinese market (B20)' }),
    summary: 'Tentative name of a China-market Blackwell chip reported by Reuters in July 2024.',
  },
  'nvidia-b30': {
    architecture: fact('Blackwell', {
      title: 'The Information, 2025: Nvidia developing Blackwell-based B30 for China (as reported by Silicon UK)',
      url: 'https://www.silicon.co.uk/cloud/ai/nvidia-cluster-china-616416',
    }),
    summary: 'China-market Blackwell chip reported in 2025 as the successor to the H20 that can be linked into clusters.',
  },
  'nvidia-b30a': {
    architecture: fact('Blackwell', SRC.reutersB30A),
    summary: 'Reported single-die Blackwell chip for China with HBM and NVLink, about half a B300; sale depends on US approval.',
  },
  'nvidia-rtx-pro-6000d': {
    architecture: fact('Blackwell', SRC.reutersB40),
    launchYear: fact(2025, { title: 'Financial Times, 17 Sep 2025: China tells tech firms to stop buying Nvidia RTX Pro 6000D' }),
    exportControl: chinaCompliant(SRC.reutersB40),
    summary: 'China-market Blackwell server GPU with GDDR7 instead of HBM, also reported as B40; launched 2025.',
  },
  'nvidia-rubin-cpx': {
    architecture: fact('Rubin', SRC.rubinCpx),
    memory: fact('128 GB GDDR7', SRC.rubinCpx),
    launchYear: fact(2026, SRC.rubinCpx),
    summary: 'Rubin-generation GPU with GDDR7 for the context (prefill) phase of long-context inference, announced September 2025.',
  },
  // Ada Lovelace GPUs
  'nvidia-rtx-4090': {
    architecture: fact('Ada Lovelace', { title: 'Nvidia GeForce RTX 4090 specifications' }),
    memory: fact('24 GB GDDR6X', { title: 'Nvidia GeForce RTX 4090 specifications' }),
    bandwidth: fact('1,008 GB/s', { title: 'Nvidia GeForce RTX 4090 specifications' }),
    process: fact('TSMC 4N', { title: 'Nvidia GeForce RTX 4090 specifications' }),
    launchYear: fact(2022, { title: 'Nvidia GeForce RTX 4090 launch, Oct 2022' }),
    exportControl: restricted(SRC.nvidia8kOct2023),
    summary: 'Flagship gaming GPU of 2022 that exceeded the October 2023 US thresholds for China.',
  },
  'nvidia-rtx-4090d': {
    architecture: fact('Ada Lovelace', { title: 'Nvidia GeForce RTX 4090 D announcement, 28 Dec 2023' }),
    memory: fact('24 GB GDDR6X', { title: 'Nvidia GeForce RTX 4090 D announcement, 28 Dec 2023' }),
    launchYear: fact(2023, { title: 'Nvidia GeForce RTX 4090 D announcement, 28 Dec 2023' }),
    exportControl: chinaCompliant({ title: 'Nvidia GeForce RTX 4090 D announcement, 28 Dec 2023' }),
    summary: 'China-only RTX 4090 with fewer CUDA cores to stay under the 2023 US export thresholds.',
  },
  'nvidia-l20': {
    architecture: fact('Ada Lovelace', SRC.tomsH20),
    memory: fact('48 GB GDDR6', SRC.tomsH20),
    bandwidth: fact('864 GB/s', SRC.tomsH20),
    launchYear: fact(2024, SRC.tomsH20),
    exportControl: chinaCompliant(SRC.tomsH20),
    summary: 'China-market Ada Lovelace data-centre GPU launched alongside the H20.',
  },
  'nvidia-l40s': {
    architecture: fact('Ada Lovelace', { title: 'Nvidia L40S GPU datasheet' }),
    memory: fact('48 GB GDDR6', { title: 'Nvidia L40S GPU datasheet' }),
    bandwidth: fact('864 GB/s', { title: 'Nvidia L40S GPU datasheet' }),
    launchYear: fact(2023, { title: 'Nvidia L40S announcement, SIGGRAPH 2023' }),
    exportControl: restricted(SRC.nvidia8kOct2023),
    summary: 'Ada Lovelace data-centre GPU for inference and graphics; covered by the October 2023 US rules.',
  },
  'nvidia-rtx-5090': {
    architecture: fact('Blackwell', { title: 'Nvidia CES 2025 keynote: GeForce RTX 50 series, 6 Jan 2025' }),
    memory: fact('32 GB GDDR7', { title: 'Nvidia GeForce RTX 5090 specifications' }),
    launchYear: fact(2025, { title: 'Nvidia CES 2025 keynote: GeForce RTX 50 series, 6 Jan 2025' }),
    summary: 'Flagship Blackwell gaming GPU of 2025, also bought for AI work; not sold in China in its full form.',
  },
  'nvidia-rtx-5090d': {
    architecture: fact('Blackwell', { title: 'Nvidia China: GeForce RTX 5090 D product page, Jan 2025' }),
    launchYear: fact(2025, { title: 'Nvidia China: GeForce RTX 5090 D product page, Jan 2025' }),
    exportControl: chinaCompliant({ title: 'Nvidia China: GeForce RTX 5090 D product page, Jan 2025' }),
    summary: 'China-market RTX 5090 with capped AI performance to meet US export rules.',
  },
  'nvidia-rtx-pro-6000': {
    architecture: fact('Blackwell', SRC.gtc2025),
    memory: fact('96 GB GDDR7', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    summary: 'Blackwell workstation and server GPU with GDDR7; the China version is the RTX Pro 6000D.',
  },
  'nvidia-gb10': {
    architecture: fact('Blackwell', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    summary: 'Grace Blackwell superchip with an Arm CPU from MediaTek for the DGX Spark desktop AI computer.',
  },
};
