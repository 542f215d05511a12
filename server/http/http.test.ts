// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import { MemoryStore } from '../stores/memory'
import { acceptedEncoding } from './compress'
import { composeApp } from './compose'
import { TokenBuckets } from './rate-limit'
import { contentSecurityPolicy } from './security'
import { loadStaticSite, type StaticSite } from './static'

describe('token buckets', () => {
  it('allows a burst of the per-minute limit, then refills at limit/60 per second', () => {
    const b = new TokenBuckets(60)
    const t0 = 1_000_000
    for (let i = 0; i < 60; i++) expect(b.take('a', t0)).toBe(0)
    expect(b.take('a', t0)).toBe(1) // one token per second
    expect(b.take('b', t0)).toBe(0) // clients are independent
    expect(b.take('a', t0 + 999)).toBe(1)
    expect(b.take('a', t0 + 1000)).toBe(0)
  })

  it('gives Retry-After in whole seconds for slow refill rates', () => {
    const b = new TokenBuckets(2)
    expect(b.take('a', 0)).toBe(0)
    expect(b.take('a', 0)).toBe(0)
    expect(b.take('a', 0)).toBe(30)
  })

  it('forgets clients whose bucket is full again', () => {
    const b = new TokenBuckets(60)
    b.take('a', 0)
    b.take('b', 0)
    expect(b.clients).toBe(2)
    b.take('c', 120_000)
    expect(b.clients).toBe(1)
  })
})

describe('accept-encoding negotiation', () => {
  it.each([
    [null, undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['*', 'br'],
    ['*;q=0', undefined],
  ])('%s → %s', (header, expected) => {
    expect(acceptedEncoding(header)).toBe(expected)
  })
  it('only offers what is available', () => {
    expect(acceptedEncoding('br, gzip', { br: false, gzip: true })).toBe('gzip')
  })
})

describe('content security policy', () => {
  it('allows no inline script or eval, and takes frame-ancestors from config', () => {
    const csp = contentSecurityPolicy({ frameAncestors: "'none'", inlineScriptHashes: ["'sha256-abc='"] })
    expect(csp).toContain("script-src 'self' 'sha256-abc='")
    expect(csp).toContain("style-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toMatch(/unsafe/)
  })
})

describe('the composed app (in-process)', () => {
  let dir: string
  let site: StaticSite
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'samenhang-site-'))
    mkdirSync(path.join(dir, 'assets'))
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title><style>body{margin:0}</style><div id="root"></div>')
    writeFileSync(path.join(dir, 'assets', 'a-1.css'), 'body{color:red}\n'.repeat(200))
    writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\n')
    site = loadStaticSite(dir)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const app = () =>
    composeApp({
      store: new MemoryStore(generateDemoCells(), DEMO_INFO),
      site,
      frameAncestors: "'self'",
      rateLimitPerMinute: 0,
      maxBodyBytes: 100,
      trustProxy: false,
    })

  it('hashes inline styles of index.html into the CSP', async () => {
    expect(site.inlineStyleHashes).toHaveLength(1)
    const res = await app().fetch(new Request('http://x/'))
    expect(res.headers.get('content-security-policy')).toContain(`style-src 'self' ${site.inlineStyleHashes[0]}`)
  })

  it('serves files, falls back to index.html for routes, 404s missing files, 405s other methods', async () => {
    const a = app()
    expect(await (await a.fetch(new Request('http://x/robots.txt'))).text()).toBe('User-agent: *\n')
    expect((await a.fetch(new Request('http://x/trends/PV20'))).headers.get('content-type')).toMatch(/^text\/html/)
    expect((await a.fetch(new Request('http://x/favicon.ico'))).status).toBe(404)
    expect((await a.fetch(new Request('http://x/assets/../index.html'))).status).toBe(200) // normalised by URL, still only map lookups
    expect((await a.fetch(new Request('http://x/%E0%A4%A'))).status).toBe(400)
    const post = await a.fetch(new Request('http://x/', { method: 'POST', body: 'x' }))
    expect(post.status).toBe(405)
    const head = await a.fetch(new Request('http://x/assets/a-1.css', { method: 'HEAD' }))
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('compresses large API answers with gzip when asked, and leaves small ones alone', async () => {
    const a = app()
    const big = await a.fetch(new Request('http://x/api/v1/scores?by=region,level,dimension&year=2025', { headers: { 'accept-encoding': 'gzip' } }))
    expect(big.headers.get('content-encoding')).toBe('gzip')
    const plain = JSON.parse(gunzipSync(Buffer.from(await big.arrayBuffer())).toString()) as { rows: unknown[] }
    expect(plain.rows.length).toBeGreaterThan(20)
    const small = await a.fetch(new Request('http://x/api/v1/health', { headers: { 'accept-encoding': 'gzip' } }))
    expect(small.headers.get('content-encoding')).toBeNull()
  })

  it('answers 405 problem+json at once to a method a route does not take, without reading the body (S5)', async () => {
    const a = app()
    let pulled = 0
    const stream = new ReadableStream({
      pull(c) {
        pulled++
        // a body that never ends: answering must not wait for it
        c.enqueue(new TextEncoder().encode('z'.repeat(80)))
      },
    })
    const res = await a.fetch(new Request('http://x/api/v1/meta', { method: 'POST', body: stream, duplex: 'half' } as RequestInit))
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    expect(res.headers.get('content-type')).toMatch(/problem\+json/)
    expect(pulled).toBeLessThanOrEqual(1) // at most the stream's own first pull, never read
    const put = await a.fetch(new Request('http://x/api/v1/datasets', { method: 'PUT', body: 'y'.repeat(101) }))
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST')
  })
})
