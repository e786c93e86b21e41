import { describe, expect, it } from 'vitest';
import { CHIP_FACTS } from './facts.ts';
import { CHIP_BY_ID, CHIPS } from './index.ts';
import type { ChipFacts, Fact } from '../types.ts';

const FACT_KEYS = ['architecture', 'memory', 'bandwidth', 'process', 'launchYear', 'exportControl'] as const;

function sourced(facts: ChipFacts): [string, Fact<unknown>][] {
  return FACT_KEYS.flatMap((k) => (facts[k] ? [[k, facts[k] as Fact<unknown>] as [string, Fact<unknown>]] : []));
}

const entries = Object.entries(CHIP_FACTS);

describe('CHIP_FACTS', () => {
  it('names only chips the knowledge base has (a mistyped id would hide its facts)', () => {
    for (const [id] of entries) expect(CHIP_BY_ID.has(id), id).toBe(true);
  });

  it('cites a source title for every fact, and a well-formed address where one is given', () => {
    for (const [id, facts] of entries) {
      for (const [key, f] of sourced(facts)) {
        expect(f.source.title.trim().length, `${id}.${key}`).toBeGreaterThan(5);
        if (f.source.url !== undefined) expect(f.source.url, `${id}.${key}`).toMatch(/^https?:\/\/[^\s]+$/);
      }
    }
  });

  it('keeps launch years plausible', () => {
    for (const [id, { launchYear }] of entries) {
      if (!launchYear) continue;
      expect(Number.isInteger(launchYear.value), id).toBe(true);
      expect(launchYear.value, id).toBeGreaterThanOrEqual(2015);
      expect(launchYear.value, id).toBeLessThanOrEqual(2030);
    }
  });

  it('writes memory, bandwidth and process facts in one format', () => {
    for (const [id, { memory, bandwidth, process }] of entries) {
      if (memory) expect(memory.value, id).toMatch(/^\d+(\.\d+)? (GB|GiB|MB)( \S.*)?$/);
      if (bandwidth) expect(bandwidth.value, id).toMatch(/^\d{1,3}(,\d{3})*(\.\d+)? (GB\/s|GiB\/s|TB\/s|PB\/s)$/);
      if (process) expect(process.value.trim(), id).toBe(process.value);
    }
  });

  it('gives every chip a one-line summary in English and in German', () => {
    for (const c of CHIPS) {
      const summary = CHIP_FACTS[c.id]?.summary;
      for (const lang of ['en', 'de'] as const) {
        const text = summary?.[lang] ?? '';
        expect(text.length, `${c.id} ${lang}`).toBeGreaterThan(15);
        expect(text, `${c.id} ${lang}`).not.toMatch(/\n/);
        expect(text.length, `${c.id} ${lang}`).toBeLessThan(200);
      }
      // A German text is no copy of the English one.
      expect(summary?.de, c.id).not.toBe(summary?.en);
    }
  });

  it('keeps architecture facts pointing at a known architecture name where the KB has one', () => {
    const archNames = new Set(CHIPS.filter((c) => c.category === 'architecture').map((c) => c.name.replace(/^\S+ /, '')));
    const checked = CHIPS.filter((c) => c.maker === 'nvidia' && CHIP_FACTS[c.id]?.architecture);
    expect(checked.length).toBeGreaterThan(10);
    for (const c of checked) {
      const arch = CHIP_FACTS[c.id].architecture!.value;
      expect(archNames.has(arch), `${c.id}: ${arch}`).toBe(true);
    }
  });

  it('holds the key facts of the chips the news fixtures name', () => {
    expect(CHIP_FACTS['nvidia-h20'].memory?.value).toBe('96 GB HBM3');
    expect(CHIP_FACTS['nvidia-h20'].exportControl?.value).toBe('restricted');
  });
});
