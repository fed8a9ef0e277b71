// End-to-end tests: Playwright's runner driving Debian's Chromium (never a downloaded
// browser) against the release build in dist/, served on 127.0.0.1.
import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './chromium.mjs';

const port = 4173;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: CHROMIUM,
  },
  // The widget's origin, and two more loopback origins for the embedding tests: a portal
  // allowed to receive results (4174) and one that is not (4175).
  webServer: [port, 4174, 4175].map((p) => ({
    command: `node tests/e2e/serve.mjs dist ${p}`,
    cwd: '../..',
    url: `http://127.0.0.1:${p}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
