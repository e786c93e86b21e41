/**
 * What the card says about each chip, assembled from the makers' `<maker>.facts.ts` files and keyed by the ids of
 * `./index.ts`. Every fact names the document it comes from; where no document could be checked, the fact is
 * left out rather than guessed. Only the extension's own pages load this module (through `../facts.ts`).
 *
 * Conventions:
 * - `launchYear` is the year of first availability, or the planned year for announced roadmap parts.
 * - Memory facts are per chip/package unless the summary says otherwise ("per stack" for memory standards).
 */
import type { ChipFacts } from '../types.ts';
import { NVIDIA_CHIP_FACTS } from './nvidia.facts.ts';
import { AMD_CHIP_FACTS } from './amd.facts.ts';
import { INTEL_CHIP_FACTS } from './intel.facts.ts';
import { HUAWEI_CHIP_FACTS } from './huawei.facts.ts';
import { HISILICON_CHIP_FACTS } from './hisilicon.facts.ts';
import { CAMBRICON_CHIP_FACTS } from './cambricon.facts.ts';
import { HYGON_CHIP_FACTS } from './hygon.facts.ts';
import { BAIDU_CHIP_FACTS } from './baidu.facts.ts';
import { T_HEAD_CHIP_FACTS } from './t-head.facts.ts';
import { BIREN_CHIP_FACTS } from './biren.facts.ts';
import { MOORE_THREADS_CHIP_FACTS } from './moore-threads.facts.ts';
import { METAX_CHIP_FACTS } from './metax.facts.ts';
import { ENFLAME_CHIP_FACTS } from './enflame.facts.ts';
import { ILUVATAR_CHIP_FACTS } from './iluvatar.facts.ts';
import { GOOGLE_CHIP_FACTS } from './google.facts.ts';
import { AMAZON_CHIP_FACTS } from './amazon.facts.ts';
import { MICROSOFT_CHIP_FACTS } from './microsoft.facts.ts';
import { META_CHIP_FACTS } from './meta.facts.ts';
import { QUALCOMM_CHIP_FACTS } from './qualcomm.facts.ts';
import { BROADCOM_CHIP_FACTS } from './broadcom.facts.ts';
import { TESLA_CHIP_FACTS } from './tesla.facts.ts';
import { TENSTORRENT_CHIP_FACTS } from './tenstorrent.facts.ts';
import { ETCHED_CHIP_FACTS } from './etched.facts.ts';
import { SAMBANOVA_CHIP_FACTS } from './sambanova.facts.ts';
import { D_MATRIX_CHIP_FACTS } from './d-matrix.facts.ts';
import { GROQ_CHIP_FACTS } from './groq.facts.ts';
import { CEREBRAS_CHIP_FACTS } from './cerebras.facts.ts';
import { JEDEC_CHIP_FACTS } from './jedec.facts.ts';

/** Facts by chip id. */
export const CHIP_FACTS: Readonly<Record<string, ChipFacts>> = {
  ...NVIDIA_CHIP_FACTS,
  ...AMD_CHIP_FACTS,
  ...INTEL_CHIP_FACTS,
  ...HUAWEI_CHIP_FACTS,
  ...HISILICON_CHIP_FACTS,
  ...CAMBRICON_CHIP_FACTS,
  ...HYGON_CHIP_FACTS,
  ...BAIDU_CHIP_FACTS,
  ...T_HEAD_CHIP_FACTS,
  ...BIREN_CHIP_FACTS,
  ...MOORE_THREADS_CHIP_FACTS,
  ...METAX_CHIP_FACTS,
  ...ENFLAME_CHIP_FACTS,
  ...ILUVATAR_CHIP_FACTS,
  ...GOOGLE_CHIP_FACTS,
  ...AMAZON_CHIP_FACTS,
  ...MICROSOFT_CHIP_FACTS,
  ...META_CHIP_FACTS,
  ...QUALCOMM_CHIP_FACTS,
  ...BROADCOM_CHIP_FACTS,
  ...TESLA_CHIP_FACTS,
  ...TENSTORRENT_CHIP_FACTS,
  ...ETCHED_CHIP_FACTS,
  ...SAMBANOVA_CHIP_FACTS,
  ...D_MATRIX_CHIP_FACTS,
  ...GROQ_CHIP_FACTS,
  ...CEREBRAS_CHIP_FACTS,
  ...JEDEC_CHIP_FACTS,
};
