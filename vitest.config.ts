import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests. The JSON report feeds the pass/fail line that .ci/run prints.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Tests live beside the code they test (or under tests/unit/); the browser tests have their own config.
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', '.output/**', '.tmp/**', '.wxt/**'],
    reporters: ['default', ['json', { outputFile: '.tmp/unit-results.json' }]],
  },
});
