import { describe, expect, it } from 'vitest';
import { COMPANIES, COMPANY_BY_ID } from './index.ts';
import type { CompanyRole } from '../types.ts';

const ROLES: ReadonlySet<CompanyRole> = new Set([
  'designer', 'foundry', 'memory', 'equipment', 'eda', 'packaging', 'cloud', 'ai-lab', 'idm',
]);

/** Ids the chip KB uses as makers; they must resolve. */
const REQUIRED_IDS = [
  'nvidia', 'amd', 'intel', 'huawei', 'cambricon', 'hygon', 'baidu', 'alibaba', 't-head', 'biren', 'moore-threads',
  'metax', 'enflame', 'iluvatar', 'google', 'amazon', 'microsoft', 'meta', 'tesla', 'groq', 'cerebras', 'sk-hynix',
  'samsung', 'micron', 'tsmc', 'smic', 'broadcom', 'openai', 'jedec',
];

/**
 * A ticker is a bare US symbol or a local code with its exchange suffix; mainland codes must fit their board
 * (Shanghai codes start with 6, Shenzhen with 0 or 3; Xetra (.DE) and Euronext Amsterdam (.AS) use letters).
 */
function isWellFormedTicker(t: string): boolean {
  if (/^[A-Z]{1,5}$/.test(t)) return true;
  const m = /^([0-9A-Z]+)\.([A-Z]{1,3})$/.exec(t);
  if (!m) return false;
  const [, code, market] = m;
  switch (market) {
    case 'SH':
      return /^6\d{5}$/.test(code);
    case 'SZ':
      return /^[03]\d{5}$/.test(code);
    case 'HK':
    case 'TW':
      return /^\d{4}$/.test(code);
    case 'KS':
      return /^\d{6}$/.test(code);
    case 'T':
      return /^[0-9][0-9A-Z]{3}$/.test(code);
    case 'AS':
    case 'DE':
      return /^[A-Z]{2,5}$/.test(code);
    default:
      return false;
  }
}

const surfaces = (c: (typeof COMPANIES)[number]) => [c.name, ...c.aliases];

/** The company whose name or alias is exactly this text. */
function owner(text: string): string | undefined {
  return COMPANIES.find((c) => surfaces(c).includes(text))?.id;
}

describe('COMPANIES', () => {
  it('has at least 110 companies', () => {
    expect(COMPANIES.length).toBeGreaterThanOrEqual(110);
  });

  it('has unique, lower-case, hyphenated ids', () => {
    const ids = COMPANIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('contains every id the chip KB uses as a maker', () => {
    const missing = REQUIRED_IDS.filter((id) => !COMPANY_BY_ID.has(id));
    expect(missing).toEqual([]);
  });

  it('indexes every company by id', () => {
    expect(COMPANY_BY_ID.size).toBe(COMPANIES.length);
    for (const c of COMPANIES) expect(COMPANY_BY_ID.get(c.id)).toBe(c);
  });

  it('never gives one spelling to two companies (case-insensitive)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of COMPANIES) {
      for (const s of new Set(surfaces(c).map((x) => x.toLowerCase()))) {
        const other = seen.get(s);
        if (other !== undefined) clashes.push(`${s}: ${other} / ${c.id}`);
        else seen.set(s, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists each alias once, not repeating the name, with no stray whitespace', () => {
    for (const c of COMPANIES) {
      expect(new Set(c.aliases).size, c.id).toBe(c.aliases.length);
      expect(c.aliases, c.id).not.toContain(c.name);
      for (const s of surfaces(c)) expect(s, c.id).toBe(s.trim().replace(/\s+/g, ' '));
      for (const s of surfaces(c)) expect(s.length, c.id).toBeGreaterThan(1);
    }
  });

  it('asks for context only on its own surfaces', () => {
    for (const c of COMPANIES) {
      const own = new Set(surfaces(c));
      for (const n of c.needsContext ?? []) expect(own.has(n), `${c.id}: ${n}`).toBe(true);
    }
  });

  it('has well-formed, unique tickers', () => {
    const all: string[] = [];
    for (const c of COMPANIES) {
      for (const t of c.tickers ?? []) {
        expect(isWellFormedTicker(t), `${c.id}: ${t}`).toBe(true);
        all.push(t);
      }
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('rejects malformed tickers (the check itself can fail)', () => {
    for (const bad of ['688256', '688256.SZ', '300474.SH', '981.HK', 'nvda', 'TOOLONG', '2330.XX']) {
      expect(isWellFormedTicker(bad), bad).toBe(false);
    }
  });

  it('uses ISO alpha-2 country codes', () => {
    for (const c of COMPANIES) expect(c.country, c.id).toMatch(/^[A-Z]{2}$/);
  });

  it('uses only known roles, at least one, without repeats', () => {
    for (const c of COMPANIES) {
      expect(c.roles.length, c.id).toBeGreaterThan(0);
      expect(new Set(c.roles).size, c.id).toBe(c.roles.length);
      for (const r of c.roles) expect(ROLES.has(r), `${c.id}: ${r}`).toBe(true);
    }
  });

  it('does not call the JEDEC standards body a designer', () => {
    expect(COMPANY_BY_ID.get('jedec')?.roles).not.toContain('designer');
  });
});

describe('spellings found in real articles', () => {
  it.each([
    ['Advanced Micro Devices', 'amd'],
    ['Taiwan Semiconductor Manufacturing', 'tsmc'],
    ['Taiwan Semiconductor Manufacturing Co.', 'tsmc'],
    ['Semiconductor Manufacturing International', 'smic'],
    ['Semiconductor Manufacturing International Corp', 'smic'],
    ['Hygon Information', 'hygon'],
    ['Hygon Information Technology', 'hygon'],
    ['Haiguang', 'hygon'],
    ['Huawei Technologies', 'huawei'],
    ['Alibaba Group', 'alibaba'],
    ['Cambricon Technologies', 'cambricon'],
    ['Hanwuji', 'cambricon'],
    ['Amkor Technology', 'amkor'],
    ['Samsung Electronics', 'samsung'],
    ['Biren Technology', 'biren'],
    ['Muxi Integrated', 'metax'],
    ['Xin Yuan', 'verisilicon'],
    ['Xin Yuan Co.', 'verisilicon'],
    ['Jingjiawei', 'jingjia-micro'],
    ['Zhongke Shuguang', 'sugon'],
    ['Moore Thread', 'moore-threads'],
    ['Hon Hai', 'foxconn'],
    ['Alphabet', 'google'],
    ['AWS', 'amazon'],
  ])('%s → %s', (text, id) => {
    expect(owner(text)).toBe(id);
  });

  it.each([
    ['Cambrincon', 'cambricon'],
    ['NVidia', 'nvidia'],
    ['nVidia', 'nvidia'],
    ['Foxcon', 'foxconn'],
    ['Huwaei', 'huawei'],
    ['Hynix', 'sk-hynix'],
    ['SK hynix', 'sk-hynix'],
  ])('misspelling or variant %s → %s', (text, id) => {
    expect(owner(text)).toBe(id);
  });

  it('leaves product names to the chip KB', () => {
    for (const product of ['Kunlun', 'Ascend', 'Hopper', 'Blackwell', 'Kimi', 'Grok', 'Qwen', 'Gaudi', 'TPU']) {
      expect(owner(product), product).toBeUndefined();
    }
  });

  it.each([
    ['Arm', 'arm'],
    ['Meta', 'meta'],
    ['Apple', 'apple'],
    ['Oracle', 'oracle'],
    ['Amazon', 'amazon'],
    ['Tesla', 'tesla'],
    ['Micron', 'micron'],
    ['Lam', 'lam-research'],
    ['ASE', 'ase'],
    ['KLA', 'kla'],
    ['Dell', 'dell'],
    ['Quanta', 'quanta'],
  ])('needs context for the ordinary word %s', (text, id) => {
    expect(COMPANY_BY_ID.get(id)?.needsContext).toContain(text);
  });

  it('tags unambiguous names without context (Intel: the extractor handles "Intelligenz")', () => {
    for (const id of ['intel', 'nvidia', 'tsmc', 'cambricon', 'huawei', 'zhipu']) {
      const c = COMPANY_BY_ID.get(id);
      expect(c?.needsContext ?? [], id).not.toContain(c?.name);
    }
  });
});
