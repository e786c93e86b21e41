/**
 * The chip knowledge base, one file per maker: AI accelerators, GPUs, CPUs, their architectures and the memory
 * they use, as they appear in AI-chip news. Each `<maker>.ts` holds what the extractor needs to find the chips;
 * the card's facts about them, with sources, are beside it in `<maker>.facts.ts`, keyed by the same ids, and are
 * assembled in `./facts.ts` (which the annotator injected into pages never loads).
 *
 * Conventions:
 * - Ids are lower-case and start with the maker's company id: "nvidia-h20", "huawei-ascend-910c".
 * - `aliases` are the surface forms a journalist writes, without the maker's name ("H20", not "Nvidia H20").
 *   Spelling typos ("H2O", "H-20") are not listed: the extractor derives them itself.
 * - `needsContext` lists the aliases that are also roads, people, places or ordinary words ("A100" is a German
 *   motorway, "Hopper" a person); they are tagged only in a chip context.
 */
import type { Chip, ModelFamily } from '../types.ts';
import { NVIDIA_CHIPS, NVIDIA_MODEL_FAMILIES } from './nvidia.ts';
import { AMD_CHIPS, AMD_MODEL_FAMILIES } from './amd.ts';
import { INTEL_CHIPS, INTEL_MODEL_FAMILIES } from './intel.ts';
import { HUAWEI_CHIPS, HUAWEI_MODEL_FAMILIES } from './huawei.ts';
import { HISILICON_CHIPS } from './hisilicon.ts';
import { CAMBRICON_CHIPS, CAMBRICON_MODEL_FAMILIES } from './cambricon.ts';
import { HYGON_CHIPS } from './hygon.ts';
import { BAIDU_CHIPS, BAIDU_MODEL_FAMILIES } from './baidu.ts';
import { T_HEAD_CHIPS } from './t-head.ts';
import { BIREN_CHIPS } from './biren.ts';
import { MOORE_THREADS_CHIPS } from './moore-threads.ts';
import { METAX_CHIPS } from './metax.ts';
import { ENFLAME_CHIPS } from './enflame.ts';
import { ILUVATAR_CHIPS } from './iluvatar.ts';
import { GOOGLE_CHIPS, GOOGLE_MODEL_FAMILIES } from './google.ts';
import { AMAZON_CHIPS, AMAZON_MODEL_FAMILIES } from './amazon.ts';
import { MICROSOFT_CHIPS, MICROSOFT_MODEL_FAMILIES } from './microsoft.ts';
import { META_CHIPS, META_MODEL_FAMILIES } from './meta.ts';
import { QUALCOMM_CHIPS } from './qualcomm.ts';
import { BROADCOM_CHIPS, BROADCOM_MODEL_FAMILIES } from './broadcom.ts';
import { TESLA_CHIPS } from './tesla.ts';
import { TENSTORRENT_CHIPS } from './tenstorrent.ts';
import { ETCHED_CHIPS } from './etched.ts';
import { SAMBANOVA_CHIPS } from './sambanova.ts';
import { D_MATRIX_CHIPS } from './d-matrix.ts';
import { GROQ_CHIPS } from './groq.ts';
import { CEREBRAS_CHIPS, CEREBRAS_MODEL_FAMILIES } from './cerebras.ts';
import { JEDEC_CHIPS, JEDEC_MODEL_FAMILIES } from './jedec.ts';

/** Every chip, architecture, family and memory type the extractor knows. Order carries no meaning. */
export const CHIPS: readonly Chip[] = [
  ...NVIDIA_CHIPS,
  ...AMD_CHIPS,
  ...INTEL_CHIPS,
  ...HUAWEI_CHIPS,
  ...HISILICON_CHIPS,
  ...CAMBRICON_CHIPS,
  ...HYGON_CHIPS,
  ...BAIDU_CHIPS,
  ...T_HEAD_CHIPS,
  ...BIREN_CHIPS,
  ...MOORE_THREADS_CHIPS,
  ...METAX_CHIPS,
  ...ENFLAME_CHIPS,
  ...ILUVATAR_CHIPS,
  ...GOOGLE_CHIPS,
  ...AMAZON_CHIPS,
  ...MICROSOFT_CHIPS,
  ...META_CHIPS,
  ...QUALCOMM_CHIPS,
  ...BROADCOM_CHIPS,
  ...TESLA_CHIPS,
  ...TENSTORRENT_CHIPS,
  ...ETCHED_CHIPS,
  ...SAMBANOVA_CHIPS,
  ...D_MATRIX_CHIPS,
  ...GROQ_CHIPS,
  ...CEREBRAS_CHIPS,
  ...JEDEC_CHIPS,
];

/** Chips by their stable id. */
export const CHIP_BY_ID: ReadonlyMap<string, Chip> = new Map(CHIPS.map((c) => [c.id, c]));

/** The makers' naming patterns for models the knowledge base does not list yet. */
export const MODEL_FAMILIES: readonly ModelFamily[] = [
  ...AMAZON_MODEL_FAMILIES,
  ...AMD_MODEL_FAMILIES,
  ...HUAWEI_MODEL_FAMILIES,
  ...GOOGLE_MODEL_FAMILIES,
  ...NVIDIA_MODEL_FAMILIES,
  ...MICROSOFT_MODEL_FAMILIES,
  ...META_MODEL_FAMILIES,
  ...INTEL_MODEL_FAMILIES,
  ...BROADCOM_MODEL_FAMILIES,
  ...BAIDU_MODEL_FAMILIES,
  ...CAMBRICON_MODEL_FAMILIES,
  ...CEREBRAS_MODEL_FAMILIES,
  ...JEDEC_MODEL_FAMILIES,
];
