// Runs the browser tests against the production build and the real server.
// Outside CI, a machine without Chromium skips them loudly; with CI=true that is a failure.
import { spawnSync } from 'node:child_process'
import { findChromium } from './chromium.mjs'

const chromium = findChromium()
if (!chromium) {
  const banner = '!'.repeat(78)
  const msg = [
    banner,
    '!! No Chromium found (looked at $CHROME_PATH and /usr/bin/chromium).',
    '!! The end-to-end browser tests did NOT run.',
    '!! Install it with: apt-get update && apt-get install -y chromium',
    banner,
  ].join('\n')
  if (process.env.CI === 'true') {
    console.error(`${msg}\n!! CI=true: a missing browser is a failure.`)
    process.exit(1)
  }
  console.warn(msg)
  process.exit(0)
}
const r = spawnSync('node', ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })
process.exit(r.status ?? 1)
