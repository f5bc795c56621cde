/**
 * End-to-end tests. 'chromium': the real UI in Debian's Chromium through the
 * loopback test bridge (tests/e2e, fixtures in tests/e2e/fixtures.ts).
 * 'electron': the packaged shell (tests/electron; skips itself without Electron).
 *
 * Test data are fictional. Traces and videos stay off anyway; a screenshot is
 * kept only when a test fails, under test-results/ (git-ignored).
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { electronBinary, ELECTRON_SKIP_REASON } from './tests/electron/electron-binary';

// The list reporter shows a skipped test as a bare dash: say here, once, why the Electron tests skip.
if (!electronBinary() && !process.env.TEST_WORKER_INDEX) console.log(`[electron] tests skipped: ${ELECTRON_SKIP_REASON}`);

// Only errors from the app's logger; the bridge runs inside the test workers.
process.env.ADVIESTAFEL_QUIET ??= '1';

export default defineConfig({
  outputDir: 'test-results',
  reporter: 'list',
  // One retry on CI only: the shared CI machine can stall a first screen; a retried test is still reported as flaky.
  retries: process.env.CI ? 1 : 0,
  workers: Math.max(1, Math.min(2, availableParallelism())),
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'off',
    video: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        headless: true,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
