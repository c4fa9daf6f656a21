import { defineConfig } from '@playwright/test';

/** Debian's Chromium with flags that keep it quiet and off the network on shared machines. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  // The build happens once here; each test then starts its own host on a fresh data folder.
  globalSetup: './tests/e2e/globalSetup.ts',
  // Whole-meeting tests restart the host and type hundreds of keys; on two shared cores they
  // need more than a minute, and timing tests (the kill mid-typing) need the cores to themselves.
  timeout: 150_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.PW_WORKERS ? Number(process.env.PW_WORKERS) : process.env.CI ? 1 : 2,
  retries: 0,
  // The JSON report lets `npm test` name failed tests in its closing summary.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    headless: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'web', testIgnore: ['electron/**'] },
    { name: 'electron', testMatch: ['electron/**/*.spec.ts'] },
  ],
});
