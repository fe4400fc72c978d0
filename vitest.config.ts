import { defineConfig } from 'vitest/config';

// Unit tests: pure code in Node, DOM code under happy-dom (per-file `@vitest-environment`).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
