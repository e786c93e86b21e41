#!/usr/bin/env node
// `npm run bench`: bundles bench/run.ts with esbuild (as WXT bundles the content script) and runs it in Node, so
// the figures are those of the shipped code rather than of a TypeScript loader's per-call wrappers.
//
// `npm run bench -- extract --against <commit> [--rounds N]` is an A/B of the extractor: the same benchmark
// (bench/extract.ts, same corpus) is bundled once with this tree's lib/ and once with <commit>'s lib/, and the two
// run in alternating processes N times (default 5), so load from other work on the machine falls on both alike.
// It prints each figure's median for both and their ratio.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const tmp = join(root, '.tmp', 'bench');
mkdirSync(tmp, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  define: { 'import.meta.dirname': JSON.stringify(benchDir) },
};

const args = process.argv.slice(2);
const against = args.indexOf('--against');
if (against < 0) {
  const out = join(tmp, 'run.mjs');
  await build({ ...common, entryPoints: [join(benchDir, 'run.ts')], outfile: out });
  const r = spawnSync(process.execPath, [out, ...args], { stdio: 'inherit', cwd: root });
  process.exit(r.status ?? 1);
}

const rev = args[against + 1];
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
if (!rev || rev.startsWith('--') || !Number.isInteger(rounds) || rounds < 1 || args[0] !== 'extract') {
  console.error('usage: npm run bench -- extract --against <commit> [--rounds N]');
  process.exit(1);
}
const git = (gitArgs, opts = {}) => spawnSync('git', gitArgs, { cwd: root, maxBuffer: 1 << 30, ...opts });
const sha = git(['rev-parse', '--verify', `${rev}^{commit}`], { encoding: 'utf8' }).stdout?.trim();
if (!sha) {
  console.error(`bench: no commit ${rev}`);
  process.exit(1);
}

// The other commit's lib/, unpacked beside the bundles (only lib/: the benchmark and its corpus stay this tree's).
const otherRoot = join(tmp, `against-${sha.slice(0, 12)}`);
rmSync(otherRoot, { recursive: true, force: true });
mkdirSync(otherRoot, { recursive: true });
const tar = git(['archive', '--format=tar', sha, 'lib']);
if (tar.status !== 0 || spawnSync('tar', ['-x', '-C', otherRoot], { input: tar.stdout }).status !== 0) {
  console.error(`bench: could not unpack lib/ of ${sha}`);
  process.exit(1);
}

const entry = { contents: "import { benchExtract } from './extract.ts';\nconsole.log(JSON.stringify(benchExtract()));", resolveDir: benchDir, loader: 'ts' };
const extractTs = join(benchDir, 'extract.ts');
/** Points bench/extract.ts's imports of ../lib/… at the other commit's lib/. */
const otherLib = {
  name: 'other-lib',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/lib\// }, (a) => (a.importer === extractTs ? { path: join(otherRoot, a.path.slice(3)) } : undefined));
  },
};
const here = join(tmp, 'extract-here.mjs');
const there = join(tmp, `extract-${sha.slice(0, 12)}.mjs`);
await build({ ...common, stdin: entry, outfile: here });
await build({ ...common, stdin: entry, outfile: there, plugins: [otherLib] });

const runOnce = (file) => {
  const r = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
};
const results = { here: [], there: [] };
for (let i = 0; i < rounds; i++) {
  // Alternate which side goes first, so a trend in the machine's load does not favour one side.
  const order = i % 2 ? ['there', 'here'] : ['here', 'there'];
  for (const side of order) {
    const rows = runOnce(side === 'here' ? here : there);
    results[side].push(rows);
    process.stderr.write(`round ${i + 1}/${rounds} ${side === 'here' ? 'this tree' : sha.slice(0, 9)}: ${rows[0].value.toFixed(1)} ${rows[0].unit}, ${rows[2].value.toFixed(2)} ${rows[2].unit}\n`);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
console.log(`\nExtraction A/B (Node ${process.version}, bundled code), medians of ${rounds} alternating processes each`);
console.log(`  ${''.padEnd(58)} ${'this tree'.padStart(10)} ${sha.slice(0, 9).padStart(10)}  ratio`);
results.here[0].forEach((row, k) => {
  const a = median(results.here.map((r) => r[k].value));
  const b = median(results.there.map((r) => r[k].value));
  console.log(`  ${row.name.replace(/ \(\d.*?mentions\)/, '').padEnd(58)} ${fmt(a).padStart(10)} ${fmt(b).padStart(10)}  ${(a / b).toFixed(2)} ${row.unit}`);
});

