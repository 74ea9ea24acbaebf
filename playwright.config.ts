import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  // The browser host serves dist/: rebuild first when a source changed since it was built.
  globalSetup: './test/support/build-if-stale.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    // Debian's Chromium: Playwright's own browser download is impossible on these machines.
    launchOptions: {
      executablePath: process.env.FOCAL_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  outputDir: 'test-results/e2e-artifacts',
});
