import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHIP_FACTS } from './chips/facts.ts';
import { COMPANY_FACTS } from './companies/facts.ts';
import { chipFacts, companyFacts } from './facts.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('chipFacts and companyFacts', () => {
  it('find the facts by entity id', () => {
    expect(chipFacts('nvidia-h20')).toBe(CHIP_FACTS['nvidia-h20']);
    expect(companyFacts('nvidia')).toBe(COMPANY_FACTS.nvidia);
  });

  it('give no facts for an id the knowledge base lacks, including names of Object.prototype', () => {
    for (const id of ['no-such-chip', 'constructor', '__proto__', 'toString']) {
      expect(chipFacts(id), id).toEqual({});
      expect(companyFacts(id), id).toEqual({});
    }
  });
});

describe('the annotator bundle', () => {
  it('leaves the facts out: only the card in ChipLens’s own frame loads them', async () => {
    // The same module graph WXT bundles into annotator.js; packages stay out, only the project's files count.
    const { metafile } = await build({
      absWorkingDir: ROOT,
      entryPoints: ['entrypoints/annotator/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      packages: 'external',
      format: 'esm',
      logLevel: 'silent',
    });
    const loaded = Object.keys(metafile.inputs);
    // The walk reached the knowledge base at all, so an empty list cannot pass for a clean one.
    expect(loaded).toContain('lib/kb/index.ts');
    expect(loaded.filter((f) => /^lib\/kb\/.*facts\.ts$/.test(f))).toEqual([]);
  });
});
