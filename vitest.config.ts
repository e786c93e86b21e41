import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests. The JSON report feeds the pass/fail line that .ci/run prints.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Tests live beside the code they test (or under tests/unit/); the browser tests have their own config.
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', '.output/**', '.tmp/**', '.wxt/**'],
    // A few tests read whole articles or pages (one to two seconds here); a busy CI machine may take several
    // times as long, so five seconds would fail them for the machine, not for the code.
    testTimeout: 20_000,
    reporters: ['default', ['json', { outputFile: '.tmp/unit-results.json' }]],
  },
});
