/** What the card says about Nvidia's chips, keyed by the ids of `./nvidia.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact, restricted, chinaCompliant, SHARED_SOURCES } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  nvidia8kAug2022: {
    title: 'Nvidia Form 8-K, 31 Aug 2022 (licence requirement for A100 and H100 exports to China)',
    de: 'Nvidia-Pflichtmitteilung 8-K, 31. Aug. 2022 (Lizenzpflicht für A100- und H100-Exporte nach China)',
  },
  nvidia8kOct2023: {
    title: 'Nvidia Form 8-K, 17 Oct 2023 (products covered by the BIS interim final rule: A100, A800, H100, H800, L40, L40S, RTX 4090)',
    de: 'Nvidia-Pflichtmitteilung 8-K, 17. Okt. 2023 (von der vorläufigen BIS-Regel erfasste Produkte: A100, A800, H100, H800, L40, L40S, RTX 4090)',
    url: 'https://www.sec.gov/Archives/edgar/data/1045810/000104581023000217/0001045810-23-000217.txt',
  },
  nvidia8kApr2025: { title: 'Nvidia Form 8-K, 15 Apr 2025 (licence requirement for H20 exports to China)', de: 'Nvidia-Pflichtmitteilung 8-K, 15. Apr. 2025 (Lizenzpflicht für H20-Exporte nach China)' },
  h100Datasheet: { title: 'Nvidia H100 Tensor Core GPU datasheet', de: 'Datenblatt der Nvidia H100 Tensor Core GPU' },
  a100Datasheet: { title: 'Nvidia A100 Tensor Core GPU datasheet', de: 'Datenblatt der Nvidia A100 Tensor Core GPU' },
  a100Launch: { title: 'Nvidia GTC 2020 keynote: A100 launch, 14 May 2020', de: 'Nvidia-Keynote auf der GTC 2020: Marktstart der A100, 14. Mai 2020' },
  h100Launch: { title: 'Nvidia GTC 2022 keynote: H100 announcement, 22 Mar 2022', de: 'Nvidia-Keynote auf der GTC 2022: Vorstellung der H100, 22. März 2022' },
  h200Announcement: { title: 'Nvidia H200 announcement, SC23, 13 Nov 2023 (availability from Q2 2024)', de: 'Vorstellung der Nvidia H200, SC23, 13. Nov. 2023 (verfügbar ab dem 2. Quartal 2024)' },
  tomsH20: {
    title: "Tom's Hardware: H20, L20 and L2 specifications from retail listings, Feb 2024",
    de: "Tom's Hardware, Feb. 2024: technische Daten von H20, L20 und L2 aus Händlerangeboten",
    url: 'https://www.tomshardware.com/pc-components/gpus/new-nvidia-ai-gpus-designed-to-get-around-us-export-bans-come-to-china-h20-l20-and-l2-to-fill-void-left-by-restricted-models',
  },
  gtc2024: { title: 'Nvidia GTC 2024 Blackwell platform announcement, 18 Mar 2024', de: 'Vorstellung der Blackwell-Plattform auf der Nvidia GTC 2024, 18. März 2024' },
  gtc2025: { title: 'Nvidia GTC 2025 keynote roadmap, 18 Mar 2025', de: 'Fahrplan aus der Nvidia-Keynote auf der GTC 2025, 18. März 2025' },
  reutersB40: { title: 'Reuters, 25 May 2025: Nvidia to launch cheaper Blackwell AI chip for China (RTX Pro 6000D)', de: 'Reuters, 25. Mai 2025: Nvidia to launch cheaper Blackwell AI chip for China (RTX Pro 6000D)' },
  reutersB30A: {
    title: 'Reuters, 19 Aug 2025: Nvidia working on new AI chip for China that outperforms the H20 (B30A)',
    de: 'Reuters, 19. Aug. 2025: Nvidia working on new AI chip for China that outperforms the H20 (B30A)',
    url: 'https://www.bnnbloomberg.ca/business/2025/08/19/nvidia-working-on-new-ai-chip-for-china-that-outperforms-the-h20-sources-say/',
  },
  rubinCpx: { title: 'Nvidia Rubin CPX announcement, AI Infra Summit, 9 Sep 2025', de: 'Vorstellung der Nvidia Rubin CPX, AI Infra Summit, 9. Sep. 2025' },
} satisfies Record<string, Source>;

export const NVIDIA_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  // Architectures
  'nvidia-ampere': {
    launchYear: fact(2020, SRC.a100Launch),
    summary: {
      en: 'Nvidia GPU architecture of 2020 behind the A100 and A800 data-centre GPUs.',
      de: 'Nvidias GPU-Architektur von 2020, Grundlage der Rechenzentrums-GPUs A100 und A800.',
    },
  },
  'nvidia-hopper': {
    process: fact('TSMC 4N', SRC.h100Datasheet),
    launchYear: fact(2022, SRC.h100Launch),
    summary: {
      en: 'Nvidia data-centre GPU architecture behind the H100, H200 and the China-market H800 and H20.',
      de: 'Nvidias Rechenzentrums-Architektur hinter H100 und H200 sowie den China-Modellen H800 und H20.',
    },
  },
  'nvidia-ada-lovelace': {
    process: fact('TSMC 4N', { title: 'Nvidia GeForce RTX 4090 launch, Oct 2022', de: 'Marktstart der Nvidia GeForce RTX 4090, Okt. 2022' }),
    launchYear: fact(2022, { title: 'Nvidia GeForce RTX 4090 launch, Oct 2022', de: 'Marktstart der Nvidia GeForce RTX 4090, Okt. 2022' }),
    summary: {
      en: 'Nvidia GPU architecture of the RTX 40 series and the L40S, L20 and RTX 4090D.',
      de: 'Nvidias GPU-Architektur der RTX-40-Serie und der L40S, L20 und RTX 4090D.',
    },
  },
  'nvidia-blackwell': {
    process: fact('TSMC 4NP', SRC.gtc2024),
    launchYear: fact(2024, SRC.gtc2024),
    summary: {
      en: 'Nvidia GPU architecture of 2024 (B100, B200, GB200), two dies joined into one GPU.',
      de: 'Nvidias GPU-Architektur von 2024 (B100, B200, GB200): zwei Dies, zu einer GPU verbunden.',
    },
  },
  'nvidia-blackwell-ultra': {
    memory: fact('288 GB HBM3e', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    summary: {
      en: 'Memory-upgraded Blackwell generation of 2025, sold as B300 and GB300.',
      de: 'Blackwell-Generation von 2025 mit mehr Speicher, verkauft als B300 und GB300.',
    },
  },
  'nvidia-rubin': {
    memory: fact('288 GB HBM4', SRC.gtc2025),
    launchYear: fact(2026, SRC.gtc2025),
    summary: {
      en: 'Nvidia GPU architecture after Blackwell, with HBM4 memory, planned for 2026.',
      de: 'Nvidias GPU-Architektur nach Blackwell, mit HBM4-Speicher, für 2026 geplant.',
    },
  },
  'nvidia-rubin-ultra': {
    launchYear: fact(2027, SRC.gtc2025),
    summary: {
      en: 'Four-die successor of Rubin on the Nvidia roadmap, planned for 2027.',
      de: 'Nachfolger von Rubin mit vier Dies auf Nvidias Fahrplan, für 2027 geplant.',
    },
  },
  'nvidia-vera-rubin': {
    launchYear: fact(2026, SRC.gtc2025),
    summary: {
      en: 'Nvidia platform pairing the Vera CPU with Rubin GPUs in rack-scale systems, the successor of Grace Blackwell.',
      de: 'Nvidia-Plattform, die die Vera-CPU mit Rubin-GPUs in Rack-Systemen kombiniert, Nachfolger von Grace Blackwell.',
    },
  },
  'nvidia-feynman': {
    launchYear: fact(2028, SRC.gtc2025),
    summary: {
      en: 'Nvidia GPU architecture named on the roadmap after Rubin, planned for 2028.',
      de: 'Nvidias GPU-Architektur, die der Fahrplan nach Rubin nennt, für 2028 geplant.',
    },
  },
  // CPUs
  'nvidia-grace': {
    summary: {
      en: 'Arm-based Nvidia data-centre CPU paired with Hopper and Blackwell GPUs in GH200 and GB200.',
      de: 'Arm-basierte Rechenzentrums-CPU von Nvidia, in GH200 und GB200 mit Hopper- und Blackwell-GPUs gepaart.',
    },
  },
  'nvidia-vera': {
    launchYear: fact(2026, SRC.gtc2025),
    summary: {
      en: 'Arm-based Nvidia CPU that succeeds Grace and pairs with Rubin GPUs.',
      de: 'Arm-basierte Nvidia-CPU, Nachfolgerin von Grace, gepaart mit Rubin-GPUs.',
    },
  },
  // Ampere and Hopper GPUs
  'nvidia-a100': {
    architecture: fact('Ampere', SRC.a100Datasheet),
    memory: fact('80 GB HBM2e', SRC.a100Datasheet),
    bandwidth: fact('2.0 TB/s', SRC.a100Datasheet),
    process: fact('TSMC 7 nm', SRC.a100Datasheet),
    launchYear: fact(2020, SRC.a100Launch),
    exportControl: restricted(SRC.nvidia8kAug2022),
    summary: {
      en: 'Ampere data-centre GPU of 2020; the first Nvidia chip put under US export licensing for China in 2022.',
      de: 'Ampere-Rechenzentrums-GPU von 2020; 2022 der erste Nvidia-Chip, für dessen Export nach China die USA eine Lizenz verlangten.',
    },
  },
  'nvidia-a800': {
    architecture: fact('Ampere', SRC.nvidia8kOct2023),
    launchYear: fact(2022, { title: 'Nvidia statement to Reuters on the A800 for China, Nov 2022', de: 'Nvidia-Stellungnahme gegenüber Reuters zur A800 für China, Nov. 2022' }),
    exportControl: restricted(SRC.nvidia8kOct2023),
    summary: {
      en: 'China-market A100 with slower chip-to-chip links to meet the 2022 US rules; caught by the October 2023 rules.',
      de: 'A100 für den chinesischen Markt mit langsameren Chip-Verbindungen nach den US-Regeln von 2022; von den Regeln vom Oktober 2023 erfasst.',
    },
  },
  'nvidia-h100': {
    architecture: fact('Hopper', SRC.h100Datasheet),
    memory: fact('80 GB HBM3', SRC.h100Datasheet),
    bandwidth: fact('3.35 TB/s', SRC.h100Datasheet),
    process: fact('TSMC 4N', SRC.h100Datasheet),
    launchYear: fact(2022, SRC.h100Launch),
    exportControl: restricted(SRC.nvidia8kAug2022),
    summary: {
      en: 'Hopper flagship data-centre GPU of 2022, the reference chip of the generative-AI boom.',
      de: 'Hopper-Spitzenmodell für Rechenzentren von 2022, der Referenzchip des Booms generativer KI.',
    },
  },
  'nvidia-h800': {
    architecture: fact('Hopper', SRC.nvidia8kOct2023),
    launchYear: fact(2023, { title: 'Reuters, 21 Mar 2023: Nvidia tweaks flagship H100 chip for export to China as H800', de: 'Reuters, 21. März 2023: Nvidia tweaks flagship H100 chip for export to China as H800' }),
    exportControl: restricted(SRC.nvidia8kOct2023),
    summary: {
      en: 'China-market H100 with reduced chip-to-chip bandwidth; covered by the October 2023 US rules.',
      de: 'H100 für den chinesischen Markt mit geringerer Chip-zu-Chip-Bandbreite; unter den US-Regeln vom Oktober 2023.',
    },
  },
  'nvidia-h20': {
    architecture: fact('Hopper', SRC.tomsH20),
    memory: fact('96 GB HBM3', SRC.tomsH20),
    bandwidth: fact('4.0 TB/s', SRC.tomsH20),
    launchYear: fact(2024, SRC.tomsH20),
    exportControl: restricted(SRC.nvidia8kApr2025),
    summary: {
      en: 'China-only Hopper GPU cut down to meet the 2023 US export rules; a US licence has been required since April 2025.',
      de: 'Nur für China bestimmte, gedrosselte Hopper-GPU nach den US-Exportregeln von 2023; seit April 2025 ist eine US-Lizenz nötig.',
    },
  },
  'nvidia-h200': {
    architecture: fact('Hopper', SRC.h200Announcement),
    memory: fact('141 GB HBM3e', SRC.h200Announcement),
    bandwidth: fact('4.8 TB/s', SRC.h200Announcement),
    process: fact('TSMC 4N', SRC.h200Announcement),
    launchYear: fact(2024, SRC.h200Announcement),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: {
      en: 'H100 with more and faster HBM3e memory, the first GPU with HBM3e; exports to China need a US licence.',
      de: 'H100 mit mehr und schnellerem HBM3e-Speicher, die erste GPU mit HBM3e; der Export nach China braucht eine US-Lizenz.',
    },
  },
  'nvidia-gh200': {
    architecture: fact('Hopper', { title: 'Nvidia GH200 Grace Hopper Superchip datasheet', de: 'Datenblatt des Nvidia GH200 Grace Hopper Superchip' }),
    memory: fact('96 GB HBM3 or 144 GB HBM3e', { title: 'Nvidia GH200 Grace Hopper Superchip datasheet', de: 'Datenblatt des Nvidia GH200 Grace Hopper Superchip' }),
    launchYear: fact(2023, { title: 'Nvidia Computex 2023 keynote: GH200 in full production, 29 May 2023', de: 'Nvidia-Keynote auf der Computex 2023: GH200 in voller Produktion, 29. Mai 2023' }),
    summary: {
      en: 'Module joining a Grace CPU and a Hopper GPU with a coherent chip-to-chip link.',
      de: 'Modul aus einer Grace-CPU und einer Hopper-GPU mit kohärenter Chip-zu-Chip-Verbindung.',
    },
  },
  // Blackwell GPUs
  'nvidia-b100': {
    architecture: fact('Blackwell', SRC.gtc2024),
    process: fact('TSMC 4NP', SRC.gtc2024),
    launchYear: fact(2024, SRC.gtc2024),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: {
      en: 'Lower-power Blackwell GPU announced with the B200 at GTC 2024.',
      de: 'Sparsamere Blackwell-GPU, vorgestellt mit der B200 auf der GTC 2024.',
    },
  },
  'nvidia-b200': {
    architecture: fact('Blackwell', SRC.gtc2024),
    memory: fact('192 GB HBM3e', SRC.gtc2024),
    bandwidth: fact('8 TB/s', SRC.gtc2024),
    process: fact('TSMC 4NP', SRC.gtc2024),
    launchYear: fact(2024, SRC.gtc2024),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: {
      en: 'Flagship Blackwell GPU of 2024: two reticle-sized dies, 208 billion transistors.',
      de: 'Blackwell-Spitzen-GPU von 2024: zwei Dies in Belichtungsfeldgröße, 208 Milliarden Transistoren.',
    },
  },
  'nvidia-gb200': {
    architecture: fact('Blackwell', SRC.gtc2024),
    launchYear: fact(2024, SRC.gtc2024),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: {
      en: 'Superchip of one Grace CPU and two Blackwell GPUs, the building block of the GB200 NVL72 rack.',
      de: 'Superchip aus einer Grace-CPU und zwei Blackwell-GPUs, Baustein des Racks GB200 NVL72.',
    },
  },
  'nvidia-b300': {
    architecture: fact('Blackwell Ultra', SRC.gtc2025),
    memory: fact('288 GB HBM3e', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: {
      en: 'Blackwell Ultra GPU of 2025 with 288 GB of HBM3e.',
      de: 'Blackwell-Ultra-GPU von 2025 mit 288 GB HBM3e.',
    },
  },
  'nvidia-gb300': {
    architecture: fact('Blackwell Ultra', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: {
      en: 'Superchip of a Grace CPU and Blackwell Ultra GPUs, used in the GB300 NVL72 rack.',
      de: 'Superchip aus einer Grace-CPU und Blackwell-Ultra-GPUs, verbaut im Rack GB300 NVL72.',
    },
  },
  'nvidia-b20': {
    architecture: fact('Blackwell', { title: 'Reuters, 22 Jul 2024: Nvidia preparing version of new flagship AI chip for Chinese market (B20)', de: 'Reuters, 22. Juli 2024: Nvidia preparing version of new flagship AI chip for Chinese market (B20)' }),
    summary: {
      en: 'Tentative name of a China-market Blackwell chip reported by Reuters in July 2024.',
      de: 'Vorläufiger Name eines Blackwell-Chips für den chinesischen Markt, über den Reuters im Juli 2024 berichtete.',
    },
  },
  'nvidia-b30': {
    architecture: fact('Blackwell', {
      title: 'The Information, 2025: Nvidia developing Blackwell-based B30 for China (as reported by Silicon UK)',
      de: 'The Information, 2025: Nvidia entwickelt den Blackwell-basierten B30 für China (nach Silicon UK)',
      url: 'https://www.silicon.co.uk/cloud/ai/nvidia-cluster-china-616416',
    }),
    summary: {
      en: 'China-market Blackwell chip reported in 2025 as the successor to the H20 that can be linked into clusters.',
      de: 'Blackwell-Chip für den chinesischen Markt, 2025 als clusterfähiger Nachfolger der H20 gemeldet.',
    },
  },
  'nvidia-b30a': {
    architecture: fact('Blackwell', SRC.reutersB30A),
    summary: {
      en: 'Reported single-die Blackwell chip for China with HBM and NVLink, about half a B300; sale depends on US approval.',
      de: 'Gemeldeter Blackwell-Chip mit einem Die für China, mit HBM und NVLink, etwa eine halbe B300; der Verkauf hängt von den USA ab.',
    },
  },
  'nvidia-rtx-pro-6000d': {
    architecture: fact('Blackwell', SRC.reutersB40),
    launchYear: fact(2025, { title: 'Financial Times, 17 Sep 2025: China tells tech firms to stop buying Nvidia RTX Pro 6000D', de: 'Financial Times, 17. Sep. 2025: China tells tech firms to stop buying Nvidia RTX Pro 6000D' }),
    exportControl: chinaCompliant(SRC.reutersB40),
    summary: {
      en: 'China-market Blackwell server GPU with GDDR7 instead of HBM, also reported as B40; launched 2025.',
      de: 'Blackwell-Server-GPU für den chinesischen Markt mit GDDR7 statt HBM, auch als B40 gemeldet; Marktstart 2025.',
    },
  },
  'nvidia-rubin-cpx': {
    architecture: fact('Rubin', SRC.rubinCpx),
    memory: fact('128 GB GDDR7', SRC.rubinCpx),
    launchYear: fact(2026, SRC.rubinCpx),
    summary: {
      en: 'Rubin-generation GPU with GDDR7 for the context (prefill) phase of long-context inference, announced September 2025.',
      de: 'GPU der Rubin-Generation mit GDDR7 für die Kontextphase (Prefill) bei Inferenz mit langem Kontext, vorgestellt im September 2025.',
    },
  },
  // Ada Lovelace GPUs
  'nvidia-rtx-4090': {
    architecture: fact('Ada Lovelace', { title: 'Nvidia GeForce RTX 4090 specifications', de: 'Technische Daten der Nvidia GeForce RTX 4090' }),
    memory: fact('24 GB GDDR6X', { title: 'Nvidia GeForce RTX 4090 specifications', de: 'Technische Daten der Nvidia GeForce RTX 4090' }),
    bandwidth: fact('1,008 GB/s', { title: 'Nvidia GeForce RTX 4090 specifications', de: 'Technische Daten der Nvidia GeForce RTX 4090' }),
    process: fact('TSMC 4N', { title: 'Nvidia GeForce RTX 4090 specifications', de: 'Technische Daten der Nvidia GeForce RTX 4090' }),
    launchYear: fact(2022, { title: 'Nvidia GeForce RTX 4090 launch, Oct 2022', de: 'Marktstart der Nvidia GeForce RTX 4090, Okt. 2022' }),
    exportControl: restricted(SRC.nvidia8kOct2023),
    summary: {
      en: 'Flagship gaming GPU of 2022 that exceeded the October 2023 US thresholds for China.',
      de: 'Gaming-Spitzen-GPU von 2022, die die US-Grenzwerte vom Oktober 2023 für China überschritt.',
    },
  },
  'nvidia-rtx-4090d': {
    architecture: fact('Ada Lovelace', { title: 'Nvidia GeForce RTX 4090 D announcement, 28 Dec 2023', de: 'Vorstellung der Nvidia GeForce RTX 4090 D, 28. Dez. 2023' }),
    memory: fact('24 GB GDDR6X', { title: 'Nvidia GeForce RTX 4090 D announcement, 28 Dec 2023', de: 'Vorstellung der Nvidia GeForce RTX 4090 D, 28. Dez. 2023' }),
    launchYear: fact(2023, { title: 'Nvidia GeForce RTX 4090 D announcement, 28 Dec 2023', de: 'Vorstellung der Nvidia GeForce RTX 4090 D, 28. Dez. 2023' }),
    exportControl: chinaCompliant({ title: 'Nvidia GeForce RTX 4090 D announcement, 28 Dec 2023', de: 'Vorstellung der Nvidia GeForce RTX 4090 D, 28. Dez. 2023' }),
    summary: {
      en: 'China-only RTX 4090 with fewer CUDA cores to stay under the 2023 US export thresholds.',
      de: 'Nur für China bestimmte RTX 4090 mit weniger CUDA-Kernen, um unter den US-Exportgrenzwerten von 2023 zu bleiben.',
    },
  },
  'nvidia-l20': {
    architecture: fact('Ada Lovelace', SRC.tomsH20),
    memory: fact('48 GB GDDR6', SRC.tomsH20),
    bandwidth: fact('864 GB/s', SRC.tomsH20),
    launchYear: fact(2024, SRC.tomsH20),
    exportControl: chinaCompliant(SRC.tomsH20),
    summary: {
      en: 'China-market Ada Lovelace data-centre GPU launched alongside the H20.',
      de: 'Ada-Lovelace-Rechenzentrums-GPU für den chinesischen Markt, zusammen mit der H20 eingeführt.',
    },
  },
  'nvidia-l40s': {
    architecture: fact('Ada Lovelace', { title: 'Nvidia L40S GPU datasheet', de: 'Datenblatt der Nvidia-L40S-GPU' }),
    memory: fact('48 GB GDDR6', { title: 'Nvidia L40S GPU datasheet', de: 'Datenblatt der Nvidia-L40S-GPU' }),
    bandwidth: fact('864 GB/s', { title: 'Nvidia L40S GPU datasheet', de: 'Datenblatt der Nvidia-L40S-GPU' }),
    launchYear: fact(2023, { title: 'Nvidia L40S announcement, SIGGRAPH 2023', de: 'Vorstellung der Nvidia L40S, SIGGRAPH 2023' }),
    exportControl: restricted(SRC.nvidia8kOct2023),
    summary: {
      en: 'Ada Lovelace data-centre GPU for inference and graphics; covered by the October 2023 US rules.',
      de: 'Ada-Lovelace-Rechenzentrums-GPU für Inferenz und Grafik; unter den US-Regeln vom Oktober 2023.',
    },
  },
  'nvidia-rtx-5090': {
    architecture: fact('Blackwell', { title: 'Nvidia CES 2025 keynote: GeForce RTX 50 series, 6 Jan 2025', de: 'Nvidia-Keynote auf der CES 2025: GeForce-RTX-50-Serie, 6. Jan. 2025' }),
    memory: fact('32 GB GDDR7', { title: 'Nvidia GeForce RTX 5090 specifications', de: 'Technische Daten der Nvidia GeForce RTX 5090' }),
    launchYear: fact(2025, { title: 'Nvidia CES 2025 keynote: GeForce RTX 50 series, 6 Jan 2025', de: 'Nvidia-Keynote auf der CES 2025: GeForce-RTX-50-Serie, 6. Jan. 2025' }),
    summary: {
      en: 'Flagship Blackwell gaming GPU of 2025, also bought for AI work; not sold in China in its full form.',
      de: 'Blackwell-Gaming-Spitzen-GPU von 2025, auch für KI-Arbeit gekauft; in voller Ausführung nicht in China verkauft.',
    },
  },
  'nvidia-rtx-5090d': {
    architecture: fact('Blackwell', { title: 'Nvidia China: GeForce RTX 5090 D product page, Jan 2025', de: 'Nvidia China: Produktseite der GeForce RTX 5090 D, Jan. 2025' }),
    launchYear: fact(2025, { title: 'Nvidia China: GeForce RTX 5090 D product page, Jan 2025', de: 'Nvidia China: Produktseite der GeForce RTX 5090 D, Jan. 2025' }),
    exportControl: chinaCompliant({ title: 'Nvidia China: GeForce RTX 5090 D product page, Jan 2025', de: 'Nvidia China: Produktseite der GeForce RTX 5090 D, Jan. 2025' }),
    summary: {
      en: 'China-market RTX 5090 with capped AI performance to meet US export rules.',
      de: 'RTX 5090 für den chinesischen Markt mit begrenzter KI-Leistung nach den US-Exportregeln.',
    },
  },
  'nvidia-rtx-pro-6000': {
    architecture: fact('Blackwell', SRC.gtc2025),
    memory: fact('96 GB GDDR7', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    summary: {
      en: 'Blackwell workstation and server GPU with GDDR7; the China version is the RTX Pro 6000D.',
      de: 'Blackwell-GPU für Workstations und Server mit GDDR7; die China-Version ist die RTX Pro 6000D.',
    },
  },
  'nvidia-gb10': {
    architecture: fact('Blackwell', SRC.gtc2025),
    launchYear: fact(2025, SRC.gtc2025),
    summary: {
      en: 'Grace Blackwell superchip with an Arm CPU from MediaTek for the DGX Spark desktop AI computer.',
      de: 'Grace-Blackwell-Superchip mit Arm-CPU von MediaTek für den Desktop-KI-Rechner DGX Spark.',
    },
  },
  'nvidia-bluefield': {
    summary: {
      en: 'Nvidia’s data processing units (DPUs): network cards that take networking, storage and security work off the host CPU.',
      de: 'Nvidias Data Processing Units (DPUs): Netzwerkkarten, die der Host-CPU Netzwerk-, Speicher- und Sicherheitsaufgaben abnehmen.',
    },
  },
  'nvidia-connectx': {
    summary: {
      en: 'Nvidia’s network adapters for InfiniBand and Ethernet, a line that came with the Mellanox acquisition.',
      de: 'Nvidias Netzwerkadapter für InfiniBand und Ethernet, eine Produktlinie aus der Übernahme von Mellanox.',
    },
  },
  'nvidia-spectrum-x': {
    summary: {
      en: 'Nvidia’s Ethernet platform for AI data centres: Spectrum switches paired with SuperNIC network cards.',
      de: 'Nvidias Ethernet-Plattform für KI-Rechenzentren: Spectrum-Switches zusammen mit SuperNIC-Netzwerkkarten.',
    },
  },
  'nvidia-jetson-thor': {
    summary: {
      en: 'Nvidia’s computer module for robots and machines at the edge, built on a Blackwell GPU.',
      de: 'Nvidias Rechenmodul für Roboter und Maschinen am Netzrand, aufgebaut auf einer Blackwell-GPU.',
    },
  },
};
