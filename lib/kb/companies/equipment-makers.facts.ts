/** Makers of chipmaking equipment and materials: what the card says about them, keyed by the ids of `./equipment-makers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const EQUIPMENT_MAKERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
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
};
