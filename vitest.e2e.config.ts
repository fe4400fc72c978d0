import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (playwright-core) with the built dist/ loaded.
// One file at a time: each launches its own browser, and CI has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
