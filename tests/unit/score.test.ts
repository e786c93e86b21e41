import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The shared gold articles are third-party texts: read at run time from ../shared, never copied into the project.
const root = join(import.meta.dirname, '..', '..');
const shared = join(root, '..', 'shared');
const hasShared = existsSync(join(shared, 'tools', 'score.mjs'));

describe.skipIf(!hasShared)('annotator against the shared gold annotations', { timeout: 120_000 }, () => {
  it('entity F1 and figure F1 are both at least 97 %', () => {
    const out = execFileSync(
      process.execPath,
      [
        join(shared, 'tools', 'score.mjs'),
        '--gold', join(shared, 'fixtures', 'gold'),
        '--articles', join(shared, 'fixtures', 'articles'),
        '--cmd', `${join(root, 'node_modules', '.bin', 'tsx')} ${join(root, 'scripts', 'annotate.ts')}`,
        '--json',
      ],
      { encoding: 'utf8' },
    );
    const json = JSON.parse(out.split('\n').find((l) => l.startsWith('{"summary"')) ?? '{}');
    expect(json.summary.failed).toBe(0);
    expect(json.summary.entityF1).toBeGreaterThanOrEqual(0.97);
    expect(json.summary.figureF1).toBeGreaterThanOrEqual(0.97);
  });
});
