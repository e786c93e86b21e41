/** Chip-design software (EDA) firms as the extractor finds them; what the card says about them is in `./chip-design-software.facts.ts`. */
import type { Company } from '../types.ts';

export const CHIP_DESIGN_SOFTWARE: Company[] = [
  {
    id: 'cadence',
    name: 'Cadence',
    aliases: ['Cadence Design Systems', 'Cadence Design'],
    tickers: ['CDNS'],
    country: 'US',
    roles: ['eda'],
    needsContext: ['Cadence'],
  },
  {
    id: 'synopsys',
    name: 'Synopsys',
    aliases: ['Synopsys Inc.'],
    tickers: ['SNPS'],
    country: 'US',
    roles: ['eda'],
  },
  {
    id: 'siemens-eda',
    name: 'Siemens EDA',
    aliases: ['Mentor Graphics'],
    country: 'DE',
    roles: ['eda'],
  },
  {
    id: 'empyrean',
    name: 'Empyrean',
    aliases: ['Empyrean Technology', 'Huada Jiutian'],
    tickers: ['301269.SZ'],
    country: 'CN',
    roles: ['eda'],
  },
];
