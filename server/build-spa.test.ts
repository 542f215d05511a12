// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { staleReason } from './build-spa'

describe('when the SPA needs a build', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'samenhang-build-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const at = (file: string, seconds: number) => utimesSync(path.join(root, file), seconds, seconds)

  it('builds when dist/ is missing, or older than any source; not otherwise', () => {
    mkdirSync(path.join(root, 'src', 'app'), { recursive: true })
    writeFileSync(path.join(root, 'src', 'app', 'App.tsx'), '')
    writeFileSync(path.join(root, 'index.html'), '')
    for (const f of ['src/app/App.tsx', 'src/app', 'src', 'index.html']) at(f, 1000)
    const dist = path.join(root, 'dist')
    expect(staleReason(root, dist)).toMatch(/index\.html is missing/)

    mkdirSync(dist)
    writeFileSync(path.join(dist, 'index.html'), '')
    at('dist/index.html', 2000)
    expect(staleReason(root, dist)).toBeUndefined()

    at('src/app/App.tsx', 3000) // an edit deep in src/
    expect(staleReason(root, dist)).toBe('src changed since the last build')
    at('src/app/App.tsx', 1000)
    at('index.html', 3000)
    expect(staleReason(root, dist)).toBe('index.html changed since the last build')
  })
})
