import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built extension (.output/chrome-mv3), driven by playwright-core.
// One file at a time: each file launches its own Chromium, and the machine has two cores shared with others.
// The JSON report feeds the pass/fail line that .ci/run prints.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: '.tmp/e2e-results.json' }]],
  },
});
