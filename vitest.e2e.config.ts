import path from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium, driven by playwright-core.
// One browser at a time: two cores do not take more.
export default defineConfig({
  // The project's '@' alias, so that tests can build their data with the product's own modules.
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
