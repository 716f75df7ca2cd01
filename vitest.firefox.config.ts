import { defineConfig } from 'vitest/config';

// The Firefox smoke test: the built Firefox zip in Debian's Firefox ESR, driven over WebDriver
// BiDi (tests/webmail-sim/firefox.mjs). Node 20 has a WebSocket client only behind a flag.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox.smoke.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    execArgv: Number(process.versions.node.split('.')[0]) < 22 ? ['--experimental-websocket'] : [],
    globalSetup: ['tests/e2e/firefox-setup.ts'],
  },
});
