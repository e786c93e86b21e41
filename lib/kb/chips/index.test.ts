import { describe, expect, it } from 'vitest';
import { CHIP_BY_ID, CHIPS } from './index.ts';
import { COMPANIES } from '../companies/index.ts';

/** The company ids the company KB defines; a chip's maker must be one of them. */
const MAKERS = new Set([
  'nvidia', 'amd', 'intel', 'huawei', 'cambricon', 'hygon', 'baidu', 'alibaba', 't-head', 'biren', 'moore-threads',
  'metax', 'enflame', 'iluvatar', 'google', 'amazon', 'microsoft', 'meta', 'tesla', 'groq', 'cerebras', 'sk-hynix',
  'samsung', 'micron', 'tsmc', 'smic', 'broadcom', 'openai', 'jedec', 'hisilicon', 'qualcomm', 'tenstorrent', 'etched',
  'sambanova', 'd-matrix',
]);

/** The key the matcher compiles an alias to: word tokens, lower-cased (see lib/extract/matcher.ts). */
function aliasKey(alias: string): string {
  return alias
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

describe('CHIPS', () => {
  it('holds at least 85 entries', () => {
    expect(CHIPS.length).toBeGreaterThanOrEqual(85);
  });

  it('has unique ids and names', () => {
    expect(new Set(CHIPS.map((c) => c.id)).size).toBe(CHIPS.length);
    expect(new Set(CHIPS.map((c) => c.name.toLowerCase())).size).toBe(CHIPS.length);
  });

  it('uses lower-case, hyphenated ids prefixed with the maker id', () => {
    for (const c of CHIPS) {
      expect(c.id, c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.id.startsWith(`${c.maker}-`), c.id).toBe(true);
    }
  });

  it('names makers by the ids of the company KB', () => {
    for (const c of CHIPS) expect(MAKERS.has(c.maker), `${c.id}: ${c.maker}`).toBe(true);
  });

  it('gives every chip at least one alias, none blank or padded', () => {
    for (const c of CHIPS) {
      expect(c.aliases.length, c.id).toBeGreaterThan(0);
      for (const a of c.aliases) expect(a, c.id).toBe(a.trim());
      for (const a of c.aliases) expect(aliasKey(a), `${c.id}: "${a}"`).not.toBe('');
    }
  });

  it('shares no alias between two chips, as the matcher sees them', () => {
    const owner = new Map<string, string>();
    for (const c of CHIPS) {
      for (const a of c.aliases) {
        const key = aliasKey(a);
        const prev = owner.get(key);
        if (prev !== undefined && prev !== c.id) throw new Error(`alias "${a}" of ${c.id} is also an alias of ${prev}`);
        owner.set(key, c.id);
      }
    }
  });

  it('shares no alias with a company, so one surface form never means both', () => {
    const companyKeys = new Map(COMPANIES.flatMap((c) => [c.name, ...c.aliases].map((a) => [aliasKey(a), c.id] as const)));
    for (const c of CHIPS) {
      for (const a of c.aliases) expect(companyKeys.get(aliasKey(a)), `${c.id}: "${a}"`).toBeUndefined();
    }
  });

  it('lists no alias twice within a chip (case and separators do not make a new alias)', () => {
    for (const c of CHIPS) {
      const keys = c.aliases.map(aliasKey);
      expect(new Set(keys).size, c.id).toBe(keys.length);
    }
  });

  it('writes aliases without the maker name in front', () => {
    // "Meta" is left out: it is part of the spelled-out name "Meta Training and Inference Accelerator".
    const makerWords = ['nvidia', 'amd', 'intel', 'huawei', 'google', 'microsoft', 'tesla', 'baidu', 'alibaba', 'aws', 'amazon'];
    for (const c of CHIPS) {
      for (const a of c.aliases) {
        const first = aliasKey(a).split(' ')[0];
        expect(makerWords.includes(first), `${c.id}: "${a}"`).toBe(false);
      }
    }
  });

  it('marks as needing context only aliases the chip has', () => {
    for (const c of CHIPS) {
      for (const n of c.needsContext ?? []) expect(c.aliases, `${c.id}: ${n}`).toContain(n);
    }
  });

  it('marks the aliases that are also roads, people or words as needing context', () => {
    const ambiguous = ['A100', 'B30', 'B200', 'Hopper', 'Blackwell', 'Rubin', 'Ampere', 'Ascend', 'Instinct', 'Gaudi', 'Trillium', 'Ironwood', 'L20', 'L40S', 'Maia', 'Dojo', 'PPU', 'DCU', 'LPU'];
    const byAlias = new Map(CHIPS.flatMap((c) => c.aliases.map((a) => [a, c] as const)));
    for (const a of ambiguous) {
      const chip = byAlias.get(a);
      expect(chip, a).toBeDefined();
      expect(chip?.needsContext ?? [], a).toContain(a);
    }
  });

  it('files architectures, families and memory under their categories', () => {
    const cat = (id: string) => CHIP_BY_ID.get(id)?.category;
    for (const id of ['nvidia-ampere', 'nvidia-hopper', 'nvidia-blackwell', 'nvidia-blackwell-ultra', 'nvidia-rubin', 'nvidia-vera-rubin']) {
      expect(cat(id), id).toBe('architecture');
    }
    for (const id of ['huawei-ascend', 'baidu-kunlun', 'google-tpu', 'amd-instinct', 'intel-gaudi']) expect(cat(id), id).toBe('family');
    for (const id of ['jedec-hbm2e', 'jedec-hbm3', 'jedec-hbm3e', 'jedec-hbm4']) expect(cat(id), id).toBe('memory');
  });
});

describe('CHIP_BY_ID', () => {
  it('finds every chip by its id', () => {
    expect(CHIP_BY_ID.size).toBe(CHIPS.length);
    for (const c of CHIPS) expect(CHIP_BY_ID.get(c.id)).toBe(c);
  });

  it('holds the chips the news fixtures name', () => {
    const h20 = CHIP_BY_ID.get('nvidia-h20');
    expect(h20?.name).toBe('Nvidia H20');
    expect(h20?.aliases).toContain('H20');
    expect(CHIP_BY_ID.get('nvidia-rtx-pro-6000d')?.aliases).toContain('RTX Pro 6000D');
    expect(CHIP_BY_ID.get('baidu-kunlun')?.aliases).toContain('Kunlun');
    expect(CHIP_BY_ID.get('nvidia-b30')?.aliases).toContain('B30');
    expect(CHIP_BY_ID.get('nvidia-hopper')?.name).toBe('Nvidia Hopper');
    expect(CHIP_BY_ID.get('huawei-ascend-910c')?.aliases).toEqual(expect.arrayContaining(['Ascend 910C', 'Ascend910C']));
  });
});
