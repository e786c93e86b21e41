#!/usr/bin/env node
// `npm run bench`: bundles bench/run.ts with esbuild (as WXT bundles the content script) and runs it in Node, so
// the figures are those of the shipped code rather than of a TypeScript loader's per-call wrappers.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.tmp', 'bench', 'run.mjs');
mkdirSync(join(root, '.tmp', 'bench'), { recursive: true });
await build({
  entryPoints: [join(root, 'bench', 'run.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  packages: 'external',
  logLevel: 'warning',
  define: { 'import.meta.dirname': JSON.stringify(join(root, 'bench')) },
});
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
