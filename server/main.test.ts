// @vitest-environment node
/**
 * The real server process (`node --import tsx server/main.ts`) on a free port, with a temporary
 * data directory and a small prebuilt SPA: the composition as users run it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { http, passthrough } from 'msw'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { server as msw } from '../mocks/node'
import { healthResponse, metaResponse, problem, scoresResponse } from '../src/contract/v1'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const INLINE = 'window.__samenhangBoot = 1'
const INDEX = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Samenhang</title><script>${INLINE}</script><script type="module" crossorigin src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>`

interface Proc {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
}

function start(args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, stdout: () => out, stderr: () => err, exited }
}

async function waitForUrl(p: Proc, timeoutMs = 20_000): Promise<string> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const m = /Samenhang serves (http:\/\/\S+)/.exec(p.stdout())
    if (m) return m[1]
    if (p.child.exitCode !== null) throw new Error(`server exited with ${p.child.exitCode}: ${p.stderr()}`)
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`server did not start: ${p.stderr()}`)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

// The shared test setup (src/test/setup.ts) runs MSW for every test file; this file talks to a
// real server, so its requests pass through (re-added before each test: the setup resets handlers).
beforeEach(() => {
  msw.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()))
})

describe('the server process', () => {
  let dir: string
  let dataDir: string
  let env: Record<string, string>
  let server: Proc
  let base: string

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'samenhang-server-'))
    const site = path.join(dir, 'site')
    mkdirSync(path.join(site, 'assets'), { recursive: true })
    writeFileSync(path.join(site, 'index.html'), INDEX)
    writeFileSync(path.join(site, 'assets', 'index-AbC123.js'), 'console.log("samenhang");\n'.repeat(100))
    dataDir = path.join(dir, 'data', 'nested') // does not exist yet
    const port = await freePort()
    env = {
      PORT: String(port),
      SAMENHANG_DATA_DIR: dataDir,
      SAMENHANG_STATIC_DIR: site,
      SAMENHANG_RATE_LIMIT: '40',
      SAMENHANG_MAX_BODY: '1000',
      SAMENHANG_FRAME_ANCESTORS: "'self' https://intranet.example.nl",
    }
    server = start([], env)
    base = await waitForUrl(server)
  }, 30_000)

  afterAll(async () => {
    if (server.child.exitCode === null) {
      server.child.kill('SIGKILL')
      await server.exited
    }
    rmSync(dir, { recursive: true, force: true })
  })

  it('prints the address, creates the data directory and seeds the demo data', () => {
    expect(base).toBe(`http://127.0.0.1:${env.PORT}`)
    expect(existsSync(path.join(dataDir, 'samenhang.sqlite'))).toBe(true)
    expect(server.stderr()).toMatch(/loaded the demo dataset \(\d+ cells, synthetic\)/)
  })

  it('falls back to index.html for client-side routes, uncached', async () => {
    const res = await fetch(`${base}/vergelijken?regio=PV20,PV27&jaar=2025`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(await res.text()).toBe(INDEX)
    expect((await fetch(`${base}/assets/index-missing.js`)).status).toBe(404)
    // an address that is none of the app's pages says so (case S6)
    const typo = await fetch(`${base}/vergelijk?regio=PV20`)
    expect(typo.status).toBe(404)
    expect(await typo.text()).toContain('Pagina niet gevonden')
  })

  it('caches hashed assets immutably, compressed, with 304 on revalidation', async () => {
    const res = await fetch(`${base}/assets/index-AbC123.js`, { headers: { 'accept-encoding': 'br' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(await res.text()).toContain('samenhang')
    const again = await fetch(`${base}/assets/index-AbC123.js`, { headers: { 'accept-encoding': 'br', 'if-none-match': res.headers.get('etag')! } })
    expect(again.status).toBe(304)
  })

  it('sends a strict CSP and the other security headers', async () => {
    const res = await fetch(`${base}/`)
    const csp = res.headers.get('content-security-policy')!
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `))
    expect(directive('script-src')).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/=]+'$/) // the inline boot script, by hash
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'self' https://intranet.example.nl")
    expect(directive('object-src')).toBe("object-src 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
    const api = await fetch(`${base}/api/v1/health`)
    expect(api.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves health, meta with 304, compressed scores and the OpenAPI document', async () => {
    const health = await fetch(`${base}/api/v1/health`)
    expect(health.status).toBe(200)
    expect(health.headers.get('cache-control')).toBe('no-store')
    expect(healthResponse.parse(await health.json()).datasetVersion).toMatch(/^demo-/)

    const meta = await fetch(`${base}/api/v1/meta`)
    expect(meta.status).toBe(200)
    expect(metaResponse.parse(await meta.json()).dataset.synthetic).toBe(true)
    const etag = meta.headers.get('etag')!
    const again = await fetch(`${base}/api/v1/meta`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')

    const scores = await fetch(`${base}/api/v1/scores?by=region,level,dimension&year=2025`, { headers: { 'accept-encoding': 'gzip' } })
    expect(scores.status).toBe(200)
    expect(scores.headers.get('content-encoding')).toBe('gzip')
    expect(scores.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(scores.headers.get('etag')).toMatch(/^W\//)
    expect(scoresResponse.parse(await scores.json()).rows.length).toBeGreaterThan(300)
    const weak = await fetch(`${base}/api/v1/scores?by=region,level,dimension&year=2025`, { headers: { 'if-none-match': scores.headers.get('etag')! } })
    expect(weak.status).toBe(304)

    const bad = await fetch(`${base}/api/v1/scores?region=PV99`)
    expect(bad.status).toBe(400)
    expect(problem.parse(await bad.json()).errors?.[0].param).toBe('region')

    const doc = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/meta', '/api/v1/scores', '/api/v1/health']))
  })

  it('answers a body sent to a route that takes none with 405 problem+json, unread', async () => {
    const res = await fetch(`${base}/api/v1/scores`, { method: 'POST', body: 'x'.repeat(5000), headers: { 'content-type': 'text/plain' } })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(problem.parse(await res.json()).status).toBe(405)
  })

  it('writes one JSON log line per request', () => {
    const lines = server
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.length).toBeGreaterThanOrEqual(10)
    expect(lines.find((l) => l.path === '/api/v1/meta' && l.status === 304)).toMatchObject({ method: 'GET', ms: expect.any(Number) })
  })

  it('limits API requests per client with 429 and Retry-After, but never health checks', async () => {
    let limited: Response | undefined
    for (let i = 0; i < 60 && !limited; i++) {
      const res = await fetch(`${base}/api/v1/meta`, { headers: { 'if-none-match': '"x"' } })
      if (res.status === 429) limited = res
      else await res.arrayBuffer()
    }
    expect(limited, 'no 429 after 60 requests at a limit of 40/min').toBeDefined()
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(problem.parse(await limited!.json()).status).toBe(429)
    expect((await fetch(`${base}/api/v1/health`)).status).toBe(200)
    // the SPA is not rate-limited
    expect((await fetch(`${base}/`)).status).toBe(200)
  })

  it('fails fast with one clear message when the port is taken', async () => {
    const second = start([], env)
    expect(await second.exited).toBe(1)
    expect(second.stderr()).toMatch(new RegExp(`Port ${env.PORT} on 127\\.0\\.0\\.1 is already in use`))
  }, 20_000)

  it('stops on SIGTERM with exit code 0 and closes the database; restarts without reseeding', async () => {
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(existsSync(path.join(dataDir, 'samenhang.sqlite-wal'))).toBe(false) // closed cleanly

    const restarted = start(['--port', '0'], { ...env, SAMENHANG_LOG: 'off' })
    const url = await waitForUrl(restarted)
    expect(restarted.stderr()).not.toMatch(/loaded the demo dataset/)
    const res = await fetch(`${url}/api/v1/scores?by=level,dimension&region=PV20`)
    expect(res.status).toBe(200)
    expect(restarted.stdout().trim().split('\n')).toHaveLength(1) // only the address: logging is off
    restarted.child.kill('SIGINT')
    expect(await restarted.exited).toBe(0)
  }, 20_000)
})
