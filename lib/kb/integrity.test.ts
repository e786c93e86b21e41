/** The knowledge base as a whole: ids, and the documents behind every card fact, chips and companies alike. */
import { describe, expect, it } from 'vitest';
import { CHIP_FACTS } from './chips/facts.ts';
import { COMPANY_FACTS } from './companies/facts.ts';
import { CHIPS, COMPANIES } from './index.ts';
import type { Source } from './types.ts';

/** Every source object reachable from a facts entry: the facts' own and the summary's. */
function sourcesOf(entry: object): Source[] {
  const out: Source[] = [];
  for (const v of Object.values(entry)) {
    if (v && typeof v === 'object') {
      if ('source' in v) out.push((v as { source: Source }).source);
      else if ('title' in v) out.push(v as Source);
    }
  }
  return out;
}

describe('the knowledge base', () => {
  it('gives chips and companies ids no two entities share', () => {
    const ids = [...CHIPS, ...COMPANIES].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names a document for every fact and every sourced summary, in English and German, with a well-formed public address where one is given', () => {
    const entries = [...Object.entries(CHIP_FACTS), ...Object.entries(COMPANY_FACTS)];
    let counted = 0;
    for (const [id, facts] of entries) {
      for (const s of sourcesOf(facts)) {
        counted++;
        expect(s.title.trim().length, id).toBeGreaterThan(10);
        // The card names the document in the reader's language.
        expect(s.de?.trim().length ?? 0, `${id}: ${s.title}`).toBeGreaterThan(10);
        if (s.url !== undefined) expect(s.url, id).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/);
      }
    }
    // The walk reached the facts at all (a change of shape must not turn this into a test of nothing).
    expect(counted).toBeGreaterThan(250);
  });

  it('gives each document one title: the same address never appears under two names', () => {
    const titleByUrl = new Map<string, string>();
    for (const facts of [...Object.values(CHIP_FACTS), ...Object.values(COMPANY_FACTS)]) {
      for (const s of sourcesOf(facts)) {
        if (!s.url) continue;
        const seen = titleByUrl.get(s.url);
        if (seen !== undefined) expect(s.title, s.url).toBe(seen);
        titleByUrl.set(s.url, s.title);
      }
    }
  });

  it('sources the summaries of the products added for current news', () => {
    for (const id of ['amazon-trainium4', 'microsoft-cobalt-100', 'microsoft-cobalt-200', 'broadcom-tomahawk-6', 'broadcom-jericho4']) {
      expect(CHIP_FACTS[id]?.summarySource?.url, id).toMatch(/^https:/);
    }
    expect(COMPANY_FACTS['celestial-ai']?.summarySource?.url).toMatch(/^https:/);
  });
});
