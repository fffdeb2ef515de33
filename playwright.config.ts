import { defineConfig, devices } from '@playwright/test'
import { e2eLake } from './tests/support/e2e-lake'

const PORT = Number(process.env.E2E_PORT ?? 3100)
// The same site built on a generated dataset large enough for paged listings
// (scripts/test-all.sh builds it into .next-large).
const LARGE_PORT = PORT + 1
const LARGE_SPECS = /(paged-(listing|hub)|partial-prebuild)\.spec\.ts/
const LAKE = e2eLake(PORT)
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  },
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    { name: 'chromium', testIgnore: LARGE_SPECS, use: browser },
    { name: 'large-dataset', testMatch: LARGE_SPECS, use: { ...browser, baseURL: `http://127.0.0.1:${LARGE_PORT}` } },
  ],
  webServer: [
    {
      // The site as `npm start` runs it: with the local Content Lake for /studio, on a fresh working copy.
      command: `rm -rf '${LAKE.directory}' && node scripts/start.ts -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        CONTENT_LAKE_PORT: String(LAKE.port),
        CONTENT_LAKE_DIR: LAKE.directory,
      },
    },
    {
      command: `npx next start -p ${LARGE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${LARGE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: '.next-large',
        EMBEDDED_DATASET_PATH: process.env.LARGE_DATASET ?? '.next-large-dataset.ndjson',
      },
    },
  ],
})
