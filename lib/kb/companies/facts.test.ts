import { describe, expect, it } from 'vitest';
import { COMPANIES, COMPANY_BY_ID } from './index.ts';
import { COMPANY_FACTS } from './facts.ts';

describe('COMPANY_FACTS', () => {
  it('names only companies the knowledge base has (a mistyped id would hide its facts)', () => {
    for (const id of Object.keys(COMPANY_FACTS)) expect(COMPANY_BY_ID.has(id), id).toBe(true);
  });

  it('has a one-line summary for every company, in English and in German', () => {
    for (const c of COMPANIES) {
      const summary = COMPANY_FACTS[c.id]?.summary;
      for (const lang of ['en', 'de'] as const) {
        const text = summary?.[lang] ?? '';
        expect(text.length, `${c.id} ${lang}`).toBeGreaterThan(15);
        expect(text, `${c.id} ${lang}`).not.toMatch(/\n/);
      }
      expect(summary?.de, c.id).not.toBe(summary?.en);
    }
  });
});
