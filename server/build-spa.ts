/**
 * Build the SPA with vite when dist/ is missing or older than its sources, so `npm start` on a
 * fresh clone (or after a pull) serves the current front end without a separate build step.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** What the build reads; a change to any of them makes dist/ stale. */
export const BUILD_INPUTS = ['src', 'index.html', 'public', 'vite.config.ts', 'package-lock.json']

function newestMtime(p: string): number {
  const st = statSync(p, { throwIfNoEntry: false })
  if (!st) return 0
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs // a deleted file changes its directory's mtime
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)))
  return newest
}

/** Why dist/ needs a build, or undefined when it is current. */
export function staleReason(root: string, distDir: string): string | undefined {
  const built = statSync(path.join(distDir, 'index.html'), { throwIfNoEntry: false })
  if (!built) return `${path.relative(root, distDir) || distDir}/index.html is missing`
  for (const input of BUILD_INPUTS) {
    if (newestMtime(path.join(root, input)) > built.mtimeMs) return `${input} changed since the last build`
  }
  return undefined
}

/** Run `vite build` (its output goes to stderr, keeping stdout for the request log). */
export function buildSpa(root: string): void {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] })
  if (result.error) throw new Error(`Could not run vite: ${result.error.message}`)
  if (result.status !== 0) throw new Error(`The SPA build failed (vite exited with ${result.status ?? result.signal}). See the output above.`)
}
