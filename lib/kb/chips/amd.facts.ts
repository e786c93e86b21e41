/** What the card says about AMD's chips, keyed by the ids of `./amd.ts`. */
import type { ChipFacts, Source } from '../types.ts';
import { fact, restricted, SHARED_SOURCES } from '../sources.facts.ts';

/** The documents these facts cite. */
const SRC = {
  amd8kApr2025: { title: 'AMD Form 8-K, 15 Apr 2025 (licence requirement for MI308 exports to China)', de: 'AMD-Pflichtmitteilung 8-K, 15. Apr. 2025 (Lizenzpflicht für MI308-Exporte nach China)' },
  mi300xDatasheet: { title: 'AMD Instinct MI300X accelerator datasheet', de: 'Datenblatt des Beschleunigers AMD Instinct MI300X' },
  mi300Launch: { title: 'AMD Advancing AI event: Instinct MI300X and MI300A launch, 6 Dec 2023', de: 'AMD Advancing AI: Marktstart von Instinct MI300X und MI300A, 6. Dez. 2023' },
  mi350Launch: { title: 'AMD Advancing AI 2025: Instinct MI350 series launch, 12 Jun 2025', de: 'AMD Advancing AI 2025: Marktstart der Instinct-Serie MI350, 12. Juni 2025' },
  amdAdvancingAi2025: { title: 'AMD Advancing AI 2025 keynote roadmap (Instinct MI400), 12 Jun 2025', de: 'AMD Advancing AI 2025, Keynote mit Fahrplan (Instinct MI400), 12. Juni 2025' },
  amdOpenAi: { title: 'AMD and OpenAI 6-gigawatt agreement announcement, 6 Oct 2025', de: 'Bekanntgabe des 6-Gigawatt-Vertrags von AMD und OpenAI, 6. Okt. 2025' },
} satisfies Record<string, Source>;

export const AMD_CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  'amd-instinct': {
    summary: {
      en: 'AMD data-centre accelerator line (MI250X, MI300X, MI350, MI400), the main GPU alternative to Nvidia.',
      de: 'AMDs Beschleunigerreihe für Rechenzentren (MI250X, MI300X, MI350, MI400), die wichtigste GPU-Alternative zu Nvidia.',
    },
  },
  'amd-cdna-3': {
    launchYear: fact(2023, SRC.mi300Launch),
    summary: {
      en: 'AMD compute GPU architecture of the Instinct MI300 and MI325 series.',
      de: 'AMDs Rechen-GPU-Architektur der Instinct-Serien MI300 und MI325.',
    },
  },
  'amd-cdna-4': {
    launchYear: fact(2025, SRC.mi350Launch),
    summary: {
      en: 'AMD compute GPU architecture of the Instinct MI350 series, adding FP4 and FP6.',
      de: 'AMDs Rechen-GPU-Architektur der Instinct-Serie MI350, mit FP4 und FP6.',
    },
  },
  'amd-mi250x': {
    architecture: fact('CDNA 2', { title: 'AMD Instinct MI250X accelerator datasheet', de: 'Datenblatt des Beschleunigers AMD Instinct MI250X' }),
    memory: fact('128 GB HBM2e', { title: 'AMD Instinct MI250X accelerator datasheet', de: 'Datenblatt des Beschleunigers AMD Instinct MI250X' }),
    bandwidth: fact('3.2 TB/s', { title: 'AMD Instinct MI250X accelerator datasheet', de: 'Datenblatt des Beschleunigers AMD Instinct MI250X' }),
    process: fact('TSMC 6 nm', { title: 'AMD Instinct MI250X accelerator datasheet', de: 'Datenblatt des Beschleunigers AMD Instinct MI250X' }),
    launchYear: fact(2021, { title: 'AMD Instinct MI200 series launch, 8 Nov 2021', de: 'Marktstart der AMD-Instinct-Serie MI200, 8. Nov. 2021' }),
    summary: {
      en: 'Two-die CDNA 2 accelerator of 2021 that powers the Frontier supercomputer.',
      de: 'Beschleuniger mit zwei CDNA-2-Dies von 2021, der den Supercomputer Frontier antreibt.',
    },
  },
  'amd-mi300x': {
    architecture: fact('CDNA 3', SRC.mi300xDatasheet),
    memory: fact('192 GB HBM3', SRC.mi300xDatasheet),
    bandwidth: fact('5.3 TB/s', SRC.mi300xDatasheet),
    process: fact('TSMC 5 nm + 6 nm', SRC.mi300xDatasheet),
    launchYear: fact(2023, SRC.mi300Launch),
    exportControl: restricted(SHARED_SOURCES.bisOct2023),
    summary: {
      en: 'CDNA 3 chiplet accelerator of 2023 with 192 GB of HBM3, AMD’s answer to the H100.',
      de: 'CDNA-3-Chiplet-Beschleuniger von 2023 mit 192 GB HBM3, AMDs Antwort auf die H100.',
    },
  },
  'amd-mi300a': {
    architecture: fact('CDNA 3', { title: 'AMD Instinct MI300A APU datasheet', de: 'Datenblatt der APU AMD Instinct MI300A' }),
    memory: fact('128 GB HBM3', { title: 'AMD Instinct MI300A APU datasheet', de: 'Datenblatt der APU AMD Instinct MI300A' }),
    bandwidth: fact('5.3 TB/s', { title: 'AMD Instinct MI300A APU datasheet', de: 'Datenblatt der APU AMD Instinct MI300A' }),
    launchYear: fact(2023, SRC.mi300Launch),
    summary: {
      en: 'APU combining Zen 4 CPU cores and CDNA 3 GPU dies on one package, used in El Capitan.',
      de: 'APU mit Zen-4-CPU-Kernen und CDNA-3-GPU-Dies in einem Gehäuse, verbaut in El Capitan.',
    },
  },
  'amd-mi308x': {
    exportControl: restricted(SRC.amd8kApr2025),
    summary: {
      en: 'China-market MI300-series accelerator; exports have needed a US licence since April 2025.',
      de: 'Beschleuniger der MI300-Serie für den chinesischen Markt; der Export braucht seit April 2025 eine US-Lizenz.',
    },
  },
  'amd-mi325x': {
    architecture: fact('CDNA 3', { title: 'AMD Advancing AI 2024: Instinct MI325X launch, 10 Oct 2024', de: 'AMD Advancing AI 2024: Marktstart der Instinct MI325X, 10. Okt. 2024' }),
    memory: fact('256 GB HBM3e', { title: 'AMD Advancing AI 2024: Instinct MI325X launch, 10 Oct 2024', de: 'AMD Advancing AI 2024: Marktstart der Instinct MI325X, 10. Okt. 2024' }),
    bandwidth: fact('6 TB/s', { title: 'AMD Advancing AI 2024: Instinct MI325X launch, 10 Oct 2024', de: 'AMD Advancing AI 2024: Marktstart der Instinct MI325X, 10. Okt. 2024' }),
    launchYear: fact(2024, { title: 'AMD Advancing AI 2024: Instinct MI325X launch, 10 Oct 2024', de: 'AMD Advancing AI 2024: Marktstart der Instinct MI325X, 10. Okt. 2024' }),
    summary: {
      en: 'CDNA 3 refresh of the MI300X with 256 GB of HBM3e.',
      de: 'CDNA-3-Auffrischung der MI300X mit 256 GB HBM3e.',
    },
  },
  'amd-mi350x': {
    architecture: fact('CDNA 4', SRC.mi350Launch),
    memory: fact('288 GB HBM3e', SRC.mi350Launch),
    bandwidth: fact('8 TB/s', SRC.mi350Launch),
    process: fact('TSMC N3P + N6', SRC.mi350Launch),
    launchYear: fact(2025, SRC.mi350Launch),
    summary: {
      en: 'Air-cooled CDNA 4 accelerator of 2025 with 288 GB of HBM3e.',
      de: 'Luftgekühlter CDNA-4-Beschleuniger von 2025 mit 288 GB HBM3e.',
    },
  },
  'amd-mi355x': {
    architecture: fact('CDNA 4', SRC.mi350Launch),
    memory: fact('288 GB HBM3e', SRC.mi350Launch),
    bandwidth: fact('8 TB/s', SRC.mi350Launch),
    process: fact('TSMC N3P + N6', SRC.mi350Launch),
    launchYear: fact(2025, SRC.mi350Launch),
    summary: {
      en: 'Liquid-cooled, higher-clocked sibling of the MI350X (up to 1.4 kW).',
      de: 'Flüssigkeitsgekühlte, höher getaktete Schwester der MI350X (bis 1,4 kW).',
    },
  },
  'amd-mi400': {
    memory: fact('432 GB HBM4', SRC.amdAdvancingAi2025),
    bandwidth: fact('19.6 TB/s', SRC.amdAdvancingAi2025),
    launchYear: fact(2026, SRC.amdAdvancingAi2025),
    summary: {
      en: 'AMD accelerator series for 2026 with HBM4, built into the Helios rack-scale system.',
      de: 'AMDs Beschleunigerserie für 2026 mit HBM4, verbaut im Rack-System Helios.',
    },
  },
  'amd-mi450': {
    launchYear: fact(2026, SRC.amdOpenAi),
    summary: {
      en: 'MI400-series accelerator at the heart of AMD’s 6-gigawatt OpenAI deal, first deployments planned for 2H 2026.',
      de: 'Beschleuniger der MI400-Serie im Zentrum von AMDs 6-Gigawatt-Vertrag mit OpenAI; erste Installationen im 2. Halbjahr 2026 geplant.',
    },
  },
  'amd-mi455x': {
    launchYear: fact(2026, { title: 'AMD CES 2026 keynote: Helios rack with Instinct MI455X, Jan 2026', de: 'AMD-Keynote auf der CES 2026: Helios-Rack mit Instinct MI455X, Jan. 2026' }),
    summary: {
      en: 'Flagship MI400-series accelerator of the Helios rack shown at CES 2026.',
      de: 'Spitzenbeschleuniger der MI400-Serie im Helios-Rack, gezeigt auf der CES 2026.',
    },
  },
  'amd-mi500': {
    launchYear: fact(2027, { title: 'AMD Financial Analyst Day 2025: data-centre roadmap, 11 Nov 2025', de: 'AMD Financial Analyst Day 2025: Fahrplan für Rechenzentren, 11. Nov. 2025' }),
    summary: {
      en: 'AMD’s data-centre GPU generation planned after the MI400 series.',
      de: 'AMDs Rechenzentrums-GPU-Generation, geplant nach der MI400-Serie.',
    },
  },
  'amd-epyc': {
    summary: {
      en: 'AMD’s server processors, host CPUs in AI servers and supercomputers.',
      de: 'AMDs Serverprozessoren, Host-CPUs in KI-Servern und Supercomputern.',
    },
  },
};
