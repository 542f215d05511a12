// `npm test`: type-check, lint, unit and integration tests, then the browser tests.
import { spawnSync } from 'node:child_process'

const steps = [
  ['type-check', 'node', ['node_modules/typescript/bin/tsc', '-b']],
  ['lint', 'node', ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings', '0']],
  ['unit and integration tests', 'node', ['node_modules/vitest/vitest.mjs', 'run']],
  ['browser tests (e2e)', 'node', ['scripts/e2e.mjs']],
]

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`)
  const started = Date.now()
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env })
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status ?? r.signal}).`)
    process.exit(r.status || 1)
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}
