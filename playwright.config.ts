import { defineConfig } from '@playwright/test'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error plain ESM helper without types
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs'
import { syntheticProvinceTopology } from './server/testing/synthetic-boundaries'

const port = Number(process.env.E2E_PORT ?? 8181)
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'samenhang-e2e-'))
// the synthetic boundary file (12 rectangles, made in this project): the Compare view offers its map
const boundaries = join(mkdtempSync(join(tmpdir(), 'samenhang-e2e-geo-')), 'provinces.topojson')
writeFileSync(boundaries, JSON.stringify(syntheticProvinceTopology()))

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // the production build behind the real server, exactly as `npm start` runs it
    command: 'node --import tsx server/main.ts',
    url: `http://127.0.0.1:${port}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      SAMENHANG_DATA_DIR: dataDir,
      SAMENHANG_LOG: 'off',
      SAMENHANG_RATE_LIMIT: '100000',
      SAMENHANG_BOUNDARIES: boundaries,
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
