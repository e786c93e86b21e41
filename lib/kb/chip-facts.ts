/**
 * What the card says about each chip, keyed by the ids of `./chips.ts`. Every fact names the document it comes
 * from; where no document could be checked, the fact is left out rather than guessed. Only the extension's own
 * pages load this module (through `./facts.ts`): the annotator injected into news pages does without it.
 *
 * Conventions:
 * - `launchYear` is the year of first availability, or the planned year for announced roadmap parts.
 * - Memory facts are per chip/package unless the summary says otherwise ("per stack" for memory standards).
 */
import type { ChipFacts, ExportControlStatus, Fact, Source } from './types.ts';

function fact<T>(value: T, source: Source): Fact<T> {
  return { value, source };
}

/** Documents cited by more than one entry. */
const SRC = {
  nvidia8kAug2022: {
    title: 'Nvidia Form 8-K, 31 Aug 2022 (licence requirement for A100 and H100 exports to China)',
  },
  nvidia8kOct2023: {
    title: 'Nvidia Form 8-K, 17 Oct 2023 (products covered by the BIS interim final rule: A100, A800, H100, H800, L40, L40S, RTX 4090)',
    url: 'https://www.sec.gov/Archives/edgar/data/1045810/000104581023000217/0001045810-23-000217.txt',
  },
  nvidia8kApr2025: { title: 'Nvidia Form 8-K, 15 Apr 2025 (licence requirement for H20 exports to China)' },
  amd8kApr2025: { title: 'AMD Form 8-K, 15 Apr 2025 (licence requirement for MI308 exports to China)' },
  bisOct2023: { title: 'BIS interim final rule on advanced computing items, 17 Oct 2023' },
  bisDec2024: { title: 'BIS interim final rule, 2 Dec 2024 (HBM controls under ECCN 3A090.c)' },
  bisMay2025: { title: 'BIS guidance on PRC advanced-computing ICs (Huawei Ascend 910B/910C/910D), 13 May 2025' },
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
  mi300xDatasheet: { title: 'AMD Instinct MI300X accelerator datasheet' },
  mi300Launch: { title: 'AMD Advancing AI event: Instinct MI300X and MI300A launch, 6 Dec 2023' },
  mi350Launch: { title: 'AMD Advancing AI 2025: Instinct MI350 series launch, 12 Jun 2025' },
  amdAdvancingAi2025: { title: 'AMD Advancing AI 2025 keynote roadmap (Instinct MI400), 12 Jun 2025' },
  amdOpenAi: { title: 'AMD and OpenAI 6-gigawatt agreement announcement, 6 Oct 2025' },
  gaudi3Launch: { title: 'Intel Vision 2024: Gaudi 3 AI accelerator announcement, Apr 2024' },
  huaweiConnect2025: { title: 'Huawei Connect 2025 keynote (Eric Xu), Ascend roadmap, 18 Sep 2025' },
  linleyAscend910: {
    title: 'Linley Microprocessor Report: Huawei Delivers Powerful AI Training, 8 Oct 2019',
    url: 'https://www.linleygroup.com/newsletters/newsletter_detail.php?num=6076&year=2019&tag=3',
  },
  ascend310Launch: {
    title: 'HiSilicon: Huawei launches Ascend 310 at Huawei Connect 2018, 10 Oct 2018',
    url: 'http://www.hisilicon.com/en/Media-Center/News/Key-Information-About-the-Huawei-Ascend310',
  },
  biren2022: {
    title: "Tom's Hardware: Biren's new GPUs have 77 billion transistors (BR100/BR104 specifications), Aug 2022",
    url: 'https://www.tomshardware.com/news/chinese-biren-rolls-out-new-gpus-with-77-billion-transistors-2-pflops-of-ai-performance',
  },
  mttS4000: { title: 'Moore Threads MTT S4000 launch, Dec 2023' },
  digitimesKunlun2: {
    title: 'DigiTimes: Baidu’s Kunlun Xin not only focuses on AI, but also eyes self-driving, 20 Mar 2023',
    url: 'https://www.digitimes.com/news/a20230320PD206/ai-chips-baidu-self-driving-car.html',
  },
  baiduWorld2025: { title: 'Baidu World 2025: Kunlun M100 and M300 roadmap, 13 Nov 2025' },
  tpuV4Doc: { title: 'Google Cloud TPU v4 documentation', url: 'https://cloud.google.com/tpu/docs/v4' },
  tpuV5eDoc: { title: 'Google Cloud TPU v5e documentation', url: 'https://docs.cloud.google.com/tpu/docs/v5e' },
  tpuV5pDoc: { title: 'Google Cloud TPU v5p documentation', url: 'https://cloud.google.com/tpu/docs/v5p' },
  tpuV6eDoc: { title: 'Google Cloud TPU v6e (Trillium) documentation', url: 'https://docs.cloud.google.com/tpu/docs/v6e' },
  tpu7xDoc: { title: 'Google Cloud TPU7x (Ironwood) documentation', url: 'https://docs.cloud.google.com/tpu/docs/tpu7x' },
  trainiumDoc: {
    title: 'AWS Neuron documentation: Trainium architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html',
  },
  trainium2Doc: {
    title: 'AWS Neuron documentation: Trainium2 architecture guide',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/nki/arch/trainium2_arch.html',
  },
  trainium3Doc: { title: 'AWS Neuron documentation: Trainium3 architecture, Dec 2025' },
  inferentia2Doc: {
    title: 'AWS Neuron documentation: Inferentia2 architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html',
  },
  maia100HotChips: { title: 'Microsoft Maia 100 presentation, Hot Chips 2024' },
  maia200Blog: {
    title: 'Microsoft blog: Maia 200, the AI accelerator built for inference, 26 Jan 2026',
    url: 'https://blogs.microsoft.com/blog/2026/01/26/maia-200-the-ai-accelerator-built-for-inference/',
  },
  mtiaV2: { title: 'Meta: next-generation MTIA announcement, Apr 2024, and Hot Chips 2024 presentation' },
  wse3Launch: { title: 'Cerebras WSE-3 announcement, 13 Mar 2024' },
  jedecHbm3: { title: 'JEDEC JESD238 HBM3 standard, Jan 2022' },
  jedecHbm4: {
    title: 'JEDEC press release: JESD270-4 HBM4 standard published, 16 Apr 2025',
    url: 'https://dev.aiwire.net/2025/04/16/jedec-releases-hbm4-standard-to-advance-ai-and-hpc-memory/',
  },
} satisfies Record<string, Source>;

const restricted = (source: Source): Fact<ExportControlStatus> => fact('restricted', source);
const chinaCompliant = (source: Source): Fact<ExportControlStatus> => fact('china-compliant', source);
const domesticChina = (source: Source): Fact<ExportControlStatus> => fact('domestic-china', source);

/** Facts by chip id. */
export const CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  // ── Nvidia ──
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
    exportControl: restricted(SRC.bisOct2023),
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
    exportControl: restricted(SRC.bisOct2023),
    summary: 'Lower-power Blackwell GPU announced with the B200 at GTC 2024.',
  },
  'nvidia-b200': {
    architecture: fact('Blackwell', SRC.gtc2024),
    memory: fact('192 GB HBM3e', SRC.gtc2024),
    bandwidth: fact('8 TB/s', SRC.gtc2024),
    process: fact('TSMC 4NP', SRC.gtc2024),
    launchYear: fact(2024, SRC.gtc2024),
    exportControl: restricted(SRC.bisOct2023),
    summary: 'Flagship Blackwell GPU of 2024: two reticle-sized dies, 208 billion transistors.',
  },
  'nvidia-gb200': {
    architecture: fact('Blackwell', SRC.gtc2024),
    launchYear: fact(2024, SRC.gtc2024),
    exportControl: restricted(SRC.bisOct2023),
    summary: 'Superchip of one Grace CPU and two Blackwell GPUs, the building block of the GB200 NVL72 rack.',
  },
  'nvidia-b300': {
    architecture: fact('Blackwell Ultra', SRC.gtc2025),
    memory: fact('288 GB HBM3e', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    exportControl: restricted(SRC.bisOct2023),
    summary: 'Blackwell Ultra GPU of 2025 with 288 GB of HBM3e.',
  },
  'nvidia-gb300': {
    architecture: fact('Blackwell Ultra', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    exportControl: restricted(SRC.bisOct2023),
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

  // ── AMD ──
  'amd-instinct': {
    summary: 'AMD data-centre accelerator line (MI250X, MI300X, MI350, MI400), the main GPU alternative to Nvidia.',
  },
  'amd-cdna-3': {
    launchYear: fact(2023, SRC.mi300Launch),
    summary: 'AMD compute GPU architecture of the Instinct MI300 and MI325 series.',
  },
  'amd-cdna-4': {
    launchYear: fact(2025, SRC.mi350Launch),
    summary: 'AMD compute GPU architecture of the Instinct MI350 series, adding FP4 and FP6.',
  },
  'amd-mi250x': {
    architecture: fact('CDNA 2', { title: 'AMD Instinct MI250X accelerator datasheet' }),
    memory: fact('128 GB HBM2e', { title: 'AMD Instinct MI250X accelerator datasheet' }),
    bandwidth: fact('3.2 TB/s', { title: 'AMD Instinct MI250X accelerator datasheet' }),
    process: fact('TSMC 6 nm', { title: 'AMD Instinct MI250X accelerator datasheet' }),
    launchYear: fact(2021, { title: 'AMD Instinct MI200 series launch, 8 Nov 2021' }),
    summary: 'Two-die CDNA 2 accelerator of 2021 that powers the Frontier supercomputer.',
  },
  'amd-mi300x': {
    architecture: fact('CDNA 3', SRC.mi300xDatasheet),
    memory: fact('192 GB HBM3', SRC.mi300xDatasheet),
    bandwidth: fact('5.3 TB/s', SRC.mi300xDatasheet),
    process: fact('TSMC 5 nm + 6 nm', SRC.mi300xDatasheet),
    launchYear: fact(2023, SRC.mi300Launch),
    exportControl: restricted(SRC.bisOct2023),
    summary: 'CDNA 3 chiplet accelerator of 2023 with 192 GB of HBM3, AMD’s answer to the H100.',
  },
  'amd-mi300a': {
    architecture: fact('CDNA 3', { title: 'AMD Instinct MI300A APU datasheet' }),
    memory: fact('128 GB HBM3', { title: 'AMD Instinct MI300A APU datasheet' }),
    bandwidth: fact('5.3 TB/s', { title: 'AMD Instinct MI300A APU datasheet' }),
    launchYear: fact(2023, SRC.mi300Launch),
    summary: 'APU combining Zen 4 CPU cores and CDNA 3 GPU dies on one package, used in El Capitan.',
  },
  'amd-mi308x': {
    exportControl: restricted(SRC.amd8kApr2025),
    summary: 'China-market MI300-series accelerator; exports have needed a US licence since April 2025.',
  },
  'amd-mi325x': {
    architecture: fact('CDNA 3', { title: 'AMD Advancing AI 2024: Instinct MI325X launch, 10 Oct 2024' }),
    memory: fact('256 GB HBM3e', { title: 'AMD Advancing AI 2024: Instinct MI325X launch, 10 Oct 2024' }),
    bandwidth: fact('6 TB/s', { title: 'AMD Advancing AI 2024: Instinct MI325X launch, 10 Oct 2024' }),
    launchYear: fact(2024, { title: 'AMD Advancing AI 2024: Instinct MI325X launch, 10 Oct 2024' }),
    summary: 'CDNA 3 refresh of the MI300X with 256 GB of HBM3e.',
  },
  'amd-mi350x': {
    architecture: fact('CDNA 4', SRC.mi350Launch),
    memory: fact('288 GB HBM3e', SRC.mi350Launch),
    bandwidth: fact('8 TB/s', SRC.mi350Launch),
    process: fact('TSMC N3P + N6', SRC.mi350Launch),
    launchYear: fact(2025, SRC.mi350Launch),
    summary: 'Air-cooled CDNA 4 accelerator of 2025 with 288 GB of HBM3e.',
  },
  'amd-mi355x': {
    architecture: fact('CDNA 4', SRC.mi350Launch),
    memory: fact('288 GB HBM3e', SRC.mi350Launch),
    bandwidth: fact('8 TB/s', SRC.mi350Launch),
    process: fact('TSMC N3P + N6', SRC.mi350Launch),
    launchYear: fact(2025, SRC.mi350Launch),
    summary: 'Liquid-cooled, higher-clocked sibling of the MI350X (up to 1.4 kW).',
  },
  'amd-mi400': {
    memory: fact('432 GB HBM4', SRC.amdAdvancingAi2025),
    bandwidth: fact('19.6 TB/s', SRC.amdAdvancingAi2025),
    launchYear: fact(2026, SRC.amdAdvancingAi2025),
    summary: 'AMD accelerator series for 2026 with HBM4, built into the Helios rack-scale system.',
  },
  'amd-mi450': {
    launchYear: fact(2026, SRC.amdOpenAi),
    summary: 'MI400-series accelerator at the heart of AMD’s 6-gigawatt OpenAI deal, first deployments planned for 2H 2026.',
  },
  'amd-mi455x': {
    launchYear: fact(2026, { title: 'AMD CES 2026 keynote: Helios rack with Instinct MI455X, Jan 2026' }),
    summary: 'Flagship MI400-series accelerator of the Helios rack shown at CES 2026.',
  },

  // ── Intel ──
  'intel-gaudi': {
    summary: 'AI accelerator line from Intel’s Habana Labs unit (Gaudi 2, Gaudi 3).',
  },
  'intel-gaudi-2': {
    memory: fact('96 GB HBM2e', SRC.gaudi3Launch),
    bandwidth: fact('2.45 TB/s', SRC.gaudi3Launch),
    process: fact('TSMC 7 nm', SRC.gaudi3Launch),
    launchYear: fact(2022, { title: 'Intel Vision 2022: Habana Gaudi2 launch, May 2022' }),
    summary: 'Second-generation Habana training accelerator of 2022.',
  },
  'intel-gaudi-3': {
    memory: fact('128 GB HBM2e', SRC.gaudi3Launch),
    bandwidth: fact('3.7 TB/s', SRC.gaudi3Launch),
    process: fact('TSMC 5 nm', SRC.gaudi3Launch),
    launchYear: fact(2024, SRC.gaudi3Launch),
    summary: 'Two-die Habana accelerator of 2024 with 24 integrated 200 GbE ports.',
  },
  'intel-falcon-shores': {
    summary: 'Planned Intel data-centre AI GPU, turned into an internal test chip in January 2025.',
  },
  'intel-jaguar-shores': {
    summary: 'Rack-scale AI system that Intel named as the successor to Falcon Shores in January 2025.',
  },
  'intel-crescent-island': {
    architecture: fact('Xe3P', { title: 'Intel Crescent Island announcement, OCP Global Summit, 14 Oct 2025' }),
    memory: fact('160 GB LPDDR5X', { title: 'Intel Crescent Island announcement, OCP Global Summit, 14 Oct 2025' }),
    summary: 'Intel inference GPU for data centres announced in October 2025, sampling planned for 2H 2026.',
  },

  // ── Huawei ──
  'huawei-ascend': {
    architecture: fact('Da Vinci', SRC.ascend310Launch),
    launchYear: fact(2018, SRC.ascend310Launch),
    summary: 'Huawei’s AI processor line (HiSilicon), China’s leading domestic alternative to Nvidia.',
  },
  'huawei-ascend-310': {
    architecture: fact('Da Vinci', SRC.ascend310Launch),
    process: fact('TSMC 12 nm', { title: 'Golem.de: Huaweis AI-Chips sollen Google und Nvidia schlagen, Oct 2018' }),
    launchYear: fact(2018, SRC.ascend310Launch),
    summary: 'Low-power Huawei inference chip of 2018 for edge and devices.',
  },
  'huawei-ascend-910': {
    architecture: fact('Da Vinci', SRC.linleyAscend910),
    memory: fact('32 GB HBM2', SRC.linleyAscend910),
    process: fact('TSMC N7+ (7 nm EUV)', SRC.linleyAscend910),
    launchYear: fact(2019, { title: 'Huawei Ascend 910 and MindSpore launch, 23 Aug 2019' }),
    summary: 'Huawei’s first training chip (2019), made by TSMC before the 2020 US sanctions.',
  },
  'huawei-ascend-910b': {
    architecture: fact('Da Vinci', SRC.bisMay2025),
    exportControl: domesticChina(SRC.bisMay2025),
    summary: 'Ascend accelerator widely deployed in China; named in the May 2025 US export-control guidance.',
  },
  'huawei-ascend-910c': {
    architecture: fact('Da Vinci', SRC.bisMay2025),
    launchYear: fact(2025, SRC.huaweiConnect2025),
    exportControl: domesticChina(SRC.bisMay2025),
    summary: 'Ascend accelerator launched in 2025, the chip of Huawei’s CloudMatrix 384 system.',
  },
  'huawei-ascend-910d': {
    exportControl: domesticChina(SRC.bisMay2025),
    summary: 'Ascend chip reported in April 2025 as Huawei’s attempt to match the Nvidia H100.',
  },
  'huawei-ascend-920': {
    summary: 'Next-generation Ascend chip reported in April 2025.',
  },
  'huawei-ascend-950': {
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: 'Huawei’s 2026 Ascend generation, in two variants: 950PR for inference and 950DT for training.',
  },
  'huawei-ascend-950pr': {
    memory: fact('128 GB HiBL 1.0 HBM', SRC.huaweiConnect2025),
    bandwidth: fact('1.6 TB/s', SRC.huaweiConnect2025),
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: 'Inference-oriented Ascend 950 variant planned for Q1 2026, the first with Huawei’s own HBM.',
  },
  'huawei-ascend-950dt': {
    memory: fact('144 GB HiZQ 2.0 HBM', SRC.huaweiConnect2025),
    bandwidth: fact('4 TB/s', SRC.huaweiConnect2025),
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: 'Training-oriented Ascend 950 variant planned for Q4 2026, the chip of the Atlas 950 SuperPoD.',
  },
  'huawei-ascend-960': {
    memory: fact('288 GB HBM', SRC.huaweiConnect2025),
    bandwidth: fact('9.6 TB/s', SRC.huaweiConnect2025),
    launchYear: fact(2027, SRC.huaweiConnect2025),
    summary: 'Ascend chip planned for Q4 2027, doubling the 950’s compute, memory and bandwidth.',
  },
  'huawei-ascend-970': {
    launchYear: fact(2028, SRC.huaweiConnect2025),
    summary: 'Ascend chip planned for Q4 2028, the last step of Huawei’s 2025 roadmap.',
  },
  'huawei-hibl-1-0': {
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: 'Huawei’s self-developed high-bandwidth memory for the Ascend 950PR.',
  },
  'huawei-hizq-2-0': {
    launchYear: fact(2026, SRC.huaweiConnect2025),
    summary: 'Huawei’s second self-developed HBM generation, for the Ascend 950DT.',
  },

  // ── Other Chinese designers ──
  // Cambricon
  'cambricon-mlu': {
    summary: 'Cambricon’s cloud AI accelerator line (MLU, Chinese brand Siyuan).',
  },
  'cambricon-mlu290': {
    process: fact('7 nm', { title: 'China Daily: Cambricon’s first AI training chip completes mass production, 7 Feb 2021' }),
    launchYear: fact(2021, { title: 'China Daily: Cambricon’s first AI training chip completes mass production, 7 Feb 2021' }),
    exportControl: domesticChina({ title: 'China Daily: Cambricon’s first AI training chip completes mass production, 7 Feb 2021' }),
    summary: 'Cambricon’s first training chip, in mass production from January 2021.',
  },
  'cambricon-mlu370': {
    summary: 'Cambricon’s first chiplet-based accelerator, sold as MLU370-X4/X8 cards.',
  },
  'cambricon-mlu590': {
    summary: 'Cambricon cloud training accelerator (Siyuan 590), successor of the MLU370.',
  },
  'cambricon-mlu690': {
    summary: 'Reported successor of the Cambricon MLU590.',
  },
  // Hygon
  'hygon-dcu': {
    summary: 'Hygon’s GPGPU-style AI accelerator line ("Deep Computing Unit").',
  },
  'hygon-k100': {
    summary: 'Hygon DCU accelerator model K100.',
  },
  // Baidu Kunlun
  'baidu-kunlun': {
    summary: 'Baidu’s AI chip line, developed by its Kunlunxin unit (spun off in 2021).',
  },
  'baidu-kunlun-1': {
    memory: fact('16 GB HBM', { title: 'China Money Network: What cards does Baidu have in making AI chips, Feb 2021' }),
    bandwidth: fact('512 GB/s', { title: 'China Money Network: What cards does Baidu have in making AI chips, Feb 2021' }),
    process: fact('Samsung 14 nm', { title: 'Baidu and Samsung: Kunlun AI chip ready for mass production, Dec 2019' }),
    launchYear: fact(2020, { title: 'Baidu and Samsung: Kunlun AI chip ready for mass production, Dec 2019' }),
    summary: 'Baidu’s first-generation cloud AI chip, made by Samsung.',
  },
  'baidu-kunlun-2': {
    bandwidth: fact('512 GB/s', SRC.digitimesKunlun2),
    process: fact('7 nm', SRC.digitimesKunlun2),
    launchYear: fact(2021, SRC.digitimesKunlun2),
    summary: 'Second-generation Kunlun chip with GDDR6 memory, in mass production from August 2021 (R200 card).',
  },
  'baidu-kunlun-p800': {
    summary: 'Third-generation Kunlun chip; Baidu switched on a 30,000-chip P800 cluster in April 2025.',
  },
  'baidu-kunlun-m100': {
    launchYear: fact(2026, SRC.baiduWorld2025),
    summary: 'Kunlun inference chip for mixture-of-experts models, planned for early 2026.',
  },
  'baidu-kunlun-m300': {
    launchYear: fact(2027, SRC.baiduWorld2025),
    summary: 'Kunlun chip for training and inference of very large multimodal models, planned for early 2027.',
  },
  // Alibaba T-Head
  't-head-hanguang-800': {
    launchYear: fact(2019, { title: 'Alibaba Cloud Apsara Conference: Hanguang 800 launch, 25 Sep 2019' }),
    summary: 'Alibaba’s first in-house AI inference chip (2019), designed by T-Head.',
  },
  't-head-ppu': {
    memory: fact('96 GB HBM2e', { title: 'CCTV broadcast of 16 Sep 2025 on China Unicom’s Sanjiangyuan data centre (as reported by SCMP)' }),
    exportControl: domesticChina({ title: 'CCTV broadcast of 16 Sep 2025 on China Unicom’s Sanjiangyuan data centre (as reported by SCMP)' }),
    summary: 'Alibaba T-Head AI accelerator presented on Chinese state TV in 2025 as on a par with the Nvidia H20.',
  },
  't-head-yitian-710': {
    launchYear: fact(2021, { title: 'Alibaba Cloud Apsara Conference: Yitian 710 launch, Oct 2021' }),
    summary: 'Arm-based server CPU designed by Alibaba’s T-Head for Alibaba Cloud.',
  },
  // Biren
  'biren-br100': {
    memory: fact('64 GB HBM2e', SRC.biren2022),
    bandwidth: fact('1.64 TB/s', SRC.biren2022),
    process: fact('TSMC 7 nm', SRC.biren2022),
    launchYear: fact(2022, SRC.biren2022),
    summary: 'Two-chiplet general-purpose GPU of 2022 with 77 billion transistors, Biren’s flagship.',
  },
  'biren-br104': {
    memory: fact('32 GB HBM2e', SRC.biren2022),
    bandwidth: fact('819 GB/s', SRC.biren2022),
    process: fact('TSMC 7 nm', SRC.biren2022),
    launchYear: fact(2022, SRC.biren2022),
    summary: 'Single-die PCIe version of the Biren BR100 at half its performance.',
  },
  'biren-br106': {
    summary: 'Later Biren GPU model following the BR100 family.',
  },
  // Moore Threads
  'moore-threads-mtt-s80': {
    launchYear: fact(2022, { title: 'Moore Threads MTT S80 and S3000 launch, Nov 2022' }),
    summary: 'Moore Threads’ consumer gaming graphics card of 2022.',
  },
  'moore-threads-mtt-s3000': {
    launchYear: fact(2022, { title: 'Moore Threads MTT S80 and S3000 launch, Nov 2022' }),
    summary: 'Moore Threads data-centre GPU of 2022, predecessor of the S4000.',
  },
  'moore-threads-mtt-s4000': {
    architecture: fact('MUSA', SRC.mttS4000),
    memory: fact('48 GB GDDR6', SRC.mttS4000),
    bandwidth: fact('768 GB/s', SRC.mttS4000),
    launchYear: fact(2023, SRC.mttS4000),
    summary: 'Moore Threads AI and data-centre GPU of late 2023, used in its KUAE clusters.',
  },
  'moore-threads-mtt-s5000': {
    architecture: fact('MUSA', { title: 'Moore Threads MTT S5000 specifications, as reported Feb 2026' }),
    memory: fact('80 GB', { title: 'Moore Threads MTT S5000 specifications, as reported Feb 2026' }),
    bandwidth: fact('1.6 TB/s', { title: 'Moore Threads MTT S5000 specifications, as reported Feb 2026' }),
    summary: 'Moore Threads training GPU with native FP8, successor of the S4000.',
  },
  // MetaX
  'metax-c500': {
    summary: 'MetaX training GPU positioned against the Nvidia A100.',
  },
  'metax-c550': {
    summary: 'MetaX GPU used in its 10,000-card clusters.',
  },
  'metax-c600': {
    launchYear: fact(2025, { title: 'MetaX Xiyun C600 presentation, Oct 2025' }),
    summary: 'MetaX GPU presented in 2025 as built entirely on a domestic Chinese supply chain.',
  },
  'metax-n260': {
    summary: 'MetaX inference GPU of the Xisi line.',
  },
  // Enflame
  'enflame-t20': {
    summary: 'AI training accelerator card from Tencent-backed Enflame (Suiyuan).',
  },
  'enflame-t21': {
    summary: 'Enflame training accelerator module, sibling of the T20.',
  },
  'enflame-i20': {
    summary: 'Enflame AI inference accelerator card.',
  },
  // Iluvatar CoreX
  'iluvatar-tiangai-100': {
    memory: fact('32 GB HBM2', { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021' }),
    bandwidth: fact('1.2 TB/s', { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021' }),
    process: fact('7 nm', { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021' }),
    launchYear: fact(2021, { title: 'Geektopia: Tianshu Zhixin starts production of its 7 nm GPGPU (Big Island), Apr 2021' }),
    summary: 'Iluvatar CoreX’s 7 nm training GPGPU ("Big Island"), one of China’s first.',
  },
  'iluvatar-zhikai-100': {
    summary: 'Iluvatar CoreX inference GPGPU.',
  },

  // ── Cloud providers and others ──
  // Google
  'google-tpu': {
    launchYear: fact(2016, { title: 'Google I/O 2016: Tensor Processing Unit announcement, May 2016' }),
    summary: 'Google’s in-house AI accelerator line, co-designed with Broadcom and rented out through Google Cloud.',
  },
  'google-tpu-v4': {
    memory: fact('32 GiB HBM2', SRC.tpuV4Doc),
    bandwidth: fact('1,200 GB/s', SRC.tpuV4Doc),
    summary: 'Fourth-generation Google TPU, in pods of 4,096 chips with optical interconnects.',
  },
  'google-tpu-v5e': {
    memory: fact('16 GB HBM2', SRC.tpuV5eDoc),
    bandwidth: fact('819 GB/s', SRC.tpuV5eDoc),
    launchYear: fact(2023, { title: 'Google Cloud Next 2023: TPU v5e announcement, Aug 2023' }),
    summary: 'Cost-efficient fifth-generation Google TPU for training and serving.',
  },
  'google-tpu-v5p': {
    memory: fact('95 GB HBM2e', SRC.tpuV5pDoc),
    bandwidth: fact('2,765 GB/s', SRC.tpuV5pDoc),
    launchYear: fact(2023, { title: 'Google Cloud: TPU v5p announcement, 6 Dec 2023' }),
    summary: 'Performance-oriented fifth-generation Google TPU, in pods of 8,960 chips.',
  },
  'google-tpu-v6e': {
    memory: fact('32 GB HBM', SRC.tpuV6eDoc),
    bandwidth: fact('1,638 GB/s', SRC.tpuV6eDoc),
    launchYear: fact(2024, { title: 'Google Cloud: Trillium TPU general availability, Dec 2024' }),
    summary: 'Sixth-generation Google TPU (Trillium) of 2024.',
  },
  'google-tpu-v7': {
    memory: fact('192 GiB HBM', SRC.tpu7xDoc),
    launchYear: fact(2025, { title: 'Google Cloud Next 2025: Ironwood TPU announcement, Apr 2025' }),
    summary: 'Seventh-generation Google TPU (Ironwood), built for inference, in pods of 9,216 chips.',
  },
  // Amazon Web Services
  'amazon-trainium': {
    memory: fact('32 GiB', SRC.trainiumDoc),
    bandwidth: fact('820 GiB/s', SRC.trainiumDoc),
    launchYear: fact(2022, { title: 'AWS: Amazon EC2 Trn1 instances generally available, Oct 2022' }),
    summary: 'First AWS training chip (Trn1 instances); the bare name also stands for the whole Trainium line.',
  },
  'amazon-trainium2': {
    memory: fact('96 GiB HBM', SRC.trainium2Doc),
    bandwidth: fact('2.9 TB/s', SRC.trainium2Doc),
    launchYear: fact(2024, { title: 'AWS re:Invent 2024: Trn2 instances generally available, Dec 2024' }),
    summary: 'Second-generation AWS training chip, used by Anthropic in Project Rainier.',
  },
  'amazon-trainium3': {
    memory: fact('144 GiB', SRC.trainium3Doc),
    bandwidth: fact('4.9 TB/s', SRC.trainium3Doc),
    process: fact('TSMC 3 nm', { title: 'AWS re:Invent 2025: Trainium3 launch, Dec 2025' }),
    launchYear: fact(2025, { title: 'AWS re:Invent 2025: Trainium3 launch, Dec 2025' }),
    summary: 'Third-generation AWS training chip, the first on a 3 nm process.',
  },
  'amazon-inferentia': {
    launchYear: fact(2019, { title: 'AWS: Amazon EC2 Inf1 instances launch, Dec 2019' }),
    summary: 'First AWS inference chip (Inf1 instances); the bare name also stands for the Inferentia line.',
  },
  'amazon-inferentia2': {
    memory: fact('32 GiB HBM', SRC.inferentia2Doc),
    bandwidth: fact('820 GiB/s', SRC.inferentia2Doc),
    launchYear: fact(2023, { title: 'AWS: Amazon EC2 Inf2 instances generally available, Apr 2023' }),
    summary: 'Second-generation AWS inference chip (Inf2 instances).',
  },
  // Microsoft
  'microsoft-maia': {
    summary: 'Microsoft’s in-house AI accelerator line for Azure.',
  },
  'microsoft-maia-100': {
    memory: fact('64 GB HBM2e', SRC.maia100HotChips),
    bandwidth: fact('1.8 TB/s', SRC.maia100HotChips),
    process: fact('TSMC 5 nm', SRC.maia100HotChips),
    launchYear: fact(2023, { title: 'Microsoft Ignite 2023: Azure Maia 100 announcement, 15 Nov 2023' }),
    summary: 'Microsoft’s first AI accelerator, announced in 2023.',
  },
  'microsoft-maia-200': {
    memory: fact('216 GB HBM3e', SRC.maia200Blog),
    bandwidth: fact('7 TB/s', SRC.maia200Blog),
    process: fact('TSMC 3 nm', SRC.maia200Blog),
    launchYear: fact(2026, SRC.maia200Blog),
    summary: 'Microsoft’s inference-first second-generation accelerator, deployed in Azure from January 2026.',
  },
  // Meta
  'meta-mtia': {
    summary: 'Meta’s in-house accelerator line for ranking and recommendation models.',
  },
  'meta-mtia-v1': {
    process: fact('TSMC 7 nm', SRC.mtiaV2),
    launchYear: fact(2023, { title: 'Meta: MTIA v1 announcement, May 2023' }),
    summary: 'Meta’s first-generation inference accelerator (2023).',
  },
  'meta-mtia-v2': {
    memory: fact('128 GB LPDDR5', SRC.mtiaV2),
    bandwidth: fact('204.8 GB/s', SRC.mtiaV2),
    process: fact('TSMC 5 nm', SRC.mtiaV2),
    launchYear: fact(2024, SRC.mtiaV2),
    summary: 'Meta’s second-generation inference accelerator, deployed in 16 data-centre regions in 2024.',
  },
  // Tesla
  'tesla-dojo': {
    summary: 'Tesla’s in-house AI training supercomputer built on D1 chips; the team was disbanded in August 2025.',
  },
  'tesla-d1': {
    process: fact('TSMC 7 nm', { title: 'Tesla AI Day, 19 Aug 2021' }),
    launchYear: fact(2021, { title: 'Tesla AI Day, 19 Aug 2021' }),
    summary: 'Training chip of the Tesla Dojo supercomputer, shown at AI Day 2021.',
  },
  'tesla-ai5': {
    process: fact('TSMC and Samsung', { title: 'Elon Musk on X on the AI5 and AI6 chips, Aug 2025' }),
    summary: 'Tesla’s next in-car AI chip for Full Self-Driving and Optimus, made by both TSMC and Samsung.',
  },
  'tesla-ai6': {
    process: fact('Samsung', { title: 'Samsung–Tesla $16.5 billion foundry contract, Jul 2025' }),
    summary: 'Tesla AI chip after AI5, to be made by Samsung in Taylor, Texas.',
  },
  // Start-ups
  'tenstorrent-wormhole': {
    summary: 'Tenstorrent’s RISC-V-based AI accelerator cards (n150, n300) that can be chained over Ethernet.',
  },
  'tenstorrent-blackhole': {
    summary: 'Tenstorrent’s successor to Wormhole, an AI accelerator with its own RISC-V CPU cores, sold as p100 and p150 cards.',
  },
  'etched-sohu': {
    summary: 'Etched’s ASIC built to run transformer models only, announced in June 2024.',
  },
  'sambanova-sn40l': {
    summary: 'SambaNova’s reconfigurable dataflow unit with on-chip SRAM, HBM and DDR memory tiers, announced in 2023.',
  },
  'd-matrix-corsair': {
    summary: 'd-Matrix’s inference accelerator card that computes in digital in-memory compute arrays.',
  },
  'groq-lpu': {
    memory: fact('230 MB on-chip SRAM', { title: 'GroqChip product brief' }),
    process: fact('GlobalFoundries 14 nm', { title: 'Groq Tensor Streaming Processor paper, ISCA 2020' }),
    summary: 'Groq’s inference chip that keeps model weights in on-chip SRAM; Nvidia licensed the technology in December 2025.',
  },
  'cerebras-wse-2': {
    memory: fact('40 GB on-chip SRAM', { title: 'Cerebras WSE-2 announcement, Apr 2021' }),
    bandwidth: fact('20 PB/s', { title: 'Cerebras WSE-2 announcement, Apr 2021' }),
    process: fact('TSMC 7 nm', { title: 'Cerebras WSE-2 announcement, Apr 2021' }),
    launchYear: fact(2021, { title: 'Cerebras WSE-2 announcement, Apr 2021' }),
    summary: 'Second Cerebras wafer-scale engine, with 2.6 trillion transistors.',
  },
  'cerebras-wse-3': {
    memory: fact('44 GB on-chip SRAM', SRC.wse3Launch),
    bandwidth: fact('21 PB/s', SRC.wse3Launch),
    process: fact('TSMC 5 nm', SRC.wse3Launch),
    launchYear: fact(2024, SRC.wse3Launch),
    summary: 'Wafer-sized AI processor with 4 trillion transistors and 900,000 cores, sold in the CS-3 system.',
  },

  // ── Memory ──
  'jedec-hbm2e': {
    launchYear: fact(2019, { title: 'Samsung Flashbolt HBM2E announcement, Mar 2019' }),
    exportControl: restricted(SRC.bisDec2024),
    summary: 'Extended HBM2 generation of stacked DRAM (JEDEC standard; made by SK hynix, Samsung, Micron).',
  },
  'jedec-hbm3': {
    bandwidth: fact('819 GB/s', SRC.jedecHbm3),
    launchYear: fact(2022, SRC.jedecHbm3),
    exportControl: restricted(SRC.bisDec2024),
    summary: 'Third HBM generation (JEDEC standard), up to 819 GB/s per stack; used in H100 and H20.',
  },
  'jedec-hbm3e': {
    launchYear: fact(2024, { title: 'SK hynix HBM3E mass-production announcement, 19 Mar 2024' }),
    exportControl: restricted(SRC.bisDec2024),
    summary: 'Faster extension of HBM3 (JEDEC family) used in H200, Blackwell and MI325X/MI350.',
  },
  'jedec-hbm4': {
    bandwidth: fact('2 TB/s', SRC.jedecHbm4),
    launchYear: fact(2025, SRC.jedecHbm4),
    exportControl: restricted(SRC.bisDec2024),
    summary: 'Fourth HBM generation (JEDEC JESD270-4) with a 2048-bit interface, up to 2 TB/s per stack; used by Rubin and MI400.',
  },
  'jedec-gddr7': {
    launchYear: fact(2024, { title: 'JEDEC JESD239 GDDR7 standard, Mar 2024' }),
    summary: 'Graphics DRAM generation (JEDEC standard) used in RTX 50 cards, the RTX Pro 6000D and Rubin CPX.',
  },

  // ── Gaming GPUs and server CPUs ──
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
  'amd-mi500': {
    launchYear: fact(2027, { title: 'AMD Financial Analyst Day 2025: data-centre roadmap, 11 Nov 2025' }),
    summary: 'AMD’s data-centre GPU generation planned after the MI400 series.',
  },
  'hisilicon-kirin': {
    summary: 'Huawei’s smartphone processors; the Kirin 9000S of 2023 showed SMIC could make 7 nm-class chips.',
  },
  'amazon-graviton': {
    summary: 'AWS’s own Arm-based server processors; the bare name stands for the whole line.',
  },
  'amazon-graviton4': {
    summary: 'Fourth-generation AWS Arm server CPU with 96 Neoverse V2 cores, announced at re:Invent 2023.',
  },
  'google-axion': {
    summary: 'Google Cloud’s own Arm-based server CPU, announced at Google Cloud Next in April 2024.',
  },
  'intel-xeon': {
    summary: 'Intel’s server processors, the host CPUs of many AI servers.',
  },
  'intel-panther-lake': {
    process: fact('Intel 18A', { title: 'Intel newsroom: Panther Lake architecture and 18A production at Fab 52, 9 Oct 2025' }),
    summary: 'Intel’s first PC processors made on its own 18A process, with a built-in NPU and GPU for AI work.',
  },
  'amd-epyc': {
    summary: 'AMD’s server processors, host CPUs in AI servers and supercomputers.',
  },
  'qualcomm-ai200': {
    launchYear: fact(2026, { title: 'Qualcomm press release: AI200 and AI250 data-centre inference solutions, 27 Oct 2025' }),
    summary: 'Qualcomm’s rack-scale data-centre inference accelerator with LPDDR memory, announced October 2025.',
  },
  'qualcomm-ai250': {
    launchYear: fact(2027, { title: 'Qualcomm press release: AI200 and AI250 data-centre inference solutions, 27 Oct 2025' }),
    summary: 'Successor to the AI200 with near-memory computing, announced October 2025.',
  },
};
