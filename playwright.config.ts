import { defineConfig } from '@playwright/test';

// Browsers cannot be downloaded on these machines: run Debian's Chromium.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** headless in a container, and quiet: no sandbox, no GPU, nothing fetched in the background */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// E2E_PORT lets two checkouts run their end-to-end tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4180);
export const SUB_PATH = '/tools/terway/';
export const APP_URL = `http://127.0.0.1:${E2E_PORT}${SUB_PATH}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: APP_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx tsx scripts/serve-dist.ts dist ${SUB_PATH} ${E2E_PORT}`,
    url: APP_URL,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
