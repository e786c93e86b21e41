#!/usr/bin/env node
// `npm start`: build ChipLens, serve the sample articles and open them in Chromium with the extension loaded.
// Without a display (or with --headless) it screenshots each sample article instead and exits.
//
//   npm start [-- --no-build] [-- --headless]      PORT=8080 npm start      CHROMIUM_PATH=/path/to/chrome npm start
//
// The server and browser set-up are the ones the browser tests use (tests/e2e/harness.ts), loaded through tsx,
// so what you see here is what the tests see.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOT_DIR = join(ROOT, '.tmp', 'screenshots');
const PROFILE_DIR = join(ROOT, '.tmp', 'chromium-profile');
const DEFAULT_PORT = 5173;
const USAGE = `Usage: npm start [-- --no-build] [-- --headless]
  --no-build   use the existing .output/chrome-mv3 instead of running \`npx wxt build\`
  --headless   screenshot every sample article to .tmp/screenshots/ and exit (the default without a display)
Environment: PORT (default ${DEFAULT_PORT}), CHROMIUM_PATH (default /usr/bin/chromium)`;

/** A problem the user can fix; printed without a stack trace. */
class UserError extends Error {}

function parseArgs(argv) {
  const options = { build: true, headless: !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY };
  for (const arg of argv) {
    if (arg === '--no-build') options.build = false;
    else if (arg === '--headless') options.headless = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UserError(`Unknown option ${arg}\n${USAGE}`);
  }
  return options;
}

function requestedPort() {
  if (process.env.PORT === undefined || process.env.PORT === '') return DEFAULT_PORT;
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`PORT must be a port number, not "${process.env.PORT}".`);
  return port;
}

function build() {
  console.log('Building the extension (npx wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.error) throw new UserError(`Could not run npx wxt build: ${result.error.message}`);
  if (result.status !== 0) throw new UserError(`The build failed (npx wxt build exited with ${result.status ?? result.signal}); see its output above.`);
}

/** The requested port, or any free one when it is taken: a second `npm start` should still work. */
async function serve(harness, port) {
  try {
    return await harness.startServer({}, { port });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE' || port === 0) throw error;
    const server = await harness.startServer({}, { port: 0 });
    console.log(`Port ${port} is in use; serving on ${server.origin} instead.`);
    return server;
  }
}

/** Article pages in the order samples/index.html lists them; files it does not link come last. */
async function sampleArticles(samplesDir) {
  const files = (await readdir(samplesDir)).filter((f) => f.endsWith('.html') && f !== 'index.html').sort();
  if (files.length === 0) throw new UserError(`No sample articles found in ${samplesDir}.`);
  const index = await readFile(join(samplesDir, 'index.html'), 'utf8').catch(() => '');
  const linked = [...index.matchAll(/href="([^"#?]+\.html)"/g)].map((m) => m[1]).filter((f) => files.includes(f));
  return [...new Set([...linked, ...files])];
}

/** Waits until ChipLens's highlights stop changing (no new range for `quietMs`), at most `maxMs`; their number. */
function settle(page, quietMs = 700, maxMs = 8000) {
  return page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise((done) => {
        const count = () => [...CSS.highlights].filter(([n]) => n.startsWith('chiplens-') && n !== 'chiplens-current').reduce((a, [, h]) => a + h.size, 0);
        const start = performance.now();
        let last = -1;
        let since = start;
        const tick = () => {
          const n = count();
          const now = performance.now();
          if (n !== last) {
            last = n;
            since = now;
          }
          if (now - since >= quietMs || now - start >= maxMs) done(n);
          else setTimeout(tick, 100);
        };
        tick();
      }),
    { quietMs, maxMs },
  );
}

async function screenshots(harness, server, articles) {
  const browser = await harness.launchWithExtension();
  try {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    console.log(`ChipLens ${browser.extensionId} loaded in headless Chromium; samples at ${server.url('/')}`);
    for (const file of articles) {
      const response = await page.goto(server.url('/' + file), { waitUntil: 'load' });
      if (!response?.ok()) throw new UserError(`${file}: the sample server answered ${response?.status()}.`);
      const marks = await settle(page);
      const path = join(SCREENSHOT_DIR, basename(file, '.html') + '.png');
      await page.screenshot({ path, fullPage: true });
      console.log(`${relative(process.cwd(), path) || path}  (${marks} highlight${marks === 1 ? '' : 's'})`);
    }
  } finally {
    await browser.close();
  }
}

/** Opens a normal Chromium window (persistent profile in .tmp/) and serves until Ctrl-C. */
async function interactive(harness, server, articles) {
  await mkdir(PROFILE_DIR, { recursive: true });
  const extensionDir = resolve(harness.EXTENSION_DIR);
  // The sandbox only has to go for root; elsewhere the flag would just add a warning bar.
  const runningAsRoot = process.getuid?.() === 0;
  const args = [
    ...harness.chromiumArgs(extensionDir).filter((a) => runningAsRoot || a !== '--no-sandbox'),
    `--user-data-dir=${PROFILE_DIR}`,
    server.url('/'),
    server.url('/' + articles[0]),
  ];
  const child = spawn(harness.CHROMIUM_PATH, args, { stdio: 'ignore' });
  const startedAt = Date.now();
  child.on('error', (error) => {
    console.error(`Could not start Chromium (${harness.CHROMIUM_PATH}): ${error.message}`);
    void server.close().then(() => process.exit(1));
  });
  child.on('exit', (code, signal) => {
    // A quick non-zero exit means it could not open a window; exit 0 may just be a hand-off to a running Chromium.
    if (code !== 0 && signal === null && Date.now() - startedAt < 10_000) {
      console.error(`Chromium exited at once with code ${code}. Is the display (${process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY}) usable? Try \`npm start -- --headless\`.`);
      void server.close().then(() => process.exit(1));
    } else {
      console.log('Chromium closed. The samples are still served; press Ctrl-C to stop.');
    }
  });
  console.log(`Serving samples at ${server.url('/')}`);
  console.log(`Starting Chromium with ChipLens loaded (profile: ${relative(process.cwd(), PROFILE_DIR)}). Press Ctrl-C to stop.`);
  await new Promise((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  console.log('\nStopping.');
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await server.close();
}

async function main() {
  // Output piped into `head` and the like: a closed pipe is no reason to crash with a stack trace.
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const options = parseArgs(process.argv.slice(2));
  const port = requestedPort();
  if (options.build) build();

  const harness = await tsImport('../tests/e2e/harness.ts', import.meta.url);
  try {
    harness.assertPrerequisites();
  } catch (error) {
    throw new UserError(error.message);
  }
  const articles = await sampleArticles(harness.SAMPLES_DIR);
  const server = await serve(harness, port);
  if (options.headless) {
    try {
      await screenshots(harness, server, articles);
    } finally {
      await server.close();
    }
  } else {
    await interactive(harness, server, articles);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    const expected = error instanceof UserError;
    console.error(`npm start: ${expected ? error.message : (process.env.DEBUG ? error.stack : error.message)}`);
    if (!expected && !process.env.DEBUG) console.error('(set DEBUG=1 for the stack trace)');
    process.exit(1);
  },
);
