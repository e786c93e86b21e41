/** The extension build the browser sections of `npm run bench` measure. */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../tests/e2e/harness.ts';

const ROOT = join(import.meta.dirname ?? '.', '..');

/** `$CHIPLENS_OUT_DIR/chrome-mv3` or `.output/chrome-mv3`, built if missing; `note` says which for the table title. */
export function ensureBuild(): { dir: string; note: string } {
  const dir = EXTENSION_DIR.replace(/[\\/]$/, '');
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const age = Math.round((Date.now() - statSync(manifest).mtimeMs) / 60_000);
    return { dir, note: `existing build ${dir} (built ${age} min ago; delete it or run \`npx wxt build\` to measure current code)` };
  }
  console.log(`No build in ${dir}: running \`npx wxt build\`…`);
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  if (r.status !== 0 || !existsSync(manifest)) throw new Error(`\`npx wxt build\` failed (exit ${r.status})`);
  return { dir, note: `fresh build ${dir} (made by this run)` };
}
