// @vitest-environment node
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import { datasetCsv } from '../../src/domain/csv-import'
import { createApi } from '../api/app'
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

  it("fingerprints an upload's version with the SHA-256 of its bytes, hashed chunk by chunk as they arrive", async () => {
    const a = composeApp({
      store: new MemoryStore(generateDemoCells(), DEMO_INFO),
      frameAncestors: "'self'",
      rateLimitPerMinute: 0,
      maxBodyBytes: 100,
      uploadToken: 'test-token-0123456789abcdef',
      trustProxy: false,
    })
    const file = new TextEncoder().encode(datasetCsv(generateDemoCells().slice(0, 3000), 'intl', 2))
    // sent in pieces of 4 KiB, as a socket would deliver it
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < file.length; i += 4096) c.enqueue(file.slice(i, i + 4096))
        c.close()
      },
    })
    const res = await a.fetch(
      new Request('http://x/api/v1/datasets?title=t', { method: 'POST', body, headers: { authorization: 'Bearer test-token-0123456789abcdef', 'content-type': 'text/csv' }, duplex: 'half' } as RequestInit),
    )
    expect(res.status).toBe(201)
    const { version } = ((await res.json()) as { dataset: { version: string } }).dataset
    // time, then the first 12 hex digits of the file's SHA-256, then a random part
    expect(version.split('-')[1]).toBe(createHash('sha256').update(file).digest('hex').slice(0, 12))

    // the API feeds the hash it is given every chunk, in order, and takes its print from it
    const fed: Uint8Array[] = []
    const api = createApi({
      store: new MemoryStore(generateDemoCells(), DEMO_INFO),
      uploadToken: 'test-token-0123456789abcdef',
      uploadHash: () => ({ update: (chunk) => void fed.push(chunk.slice()), hex: () => 'feedc0ffee42aa' }),
    })
    const again = await api.fetch(
      new Request('http://x/api/v1/datasets?title=t', {
        method: 'POST',
        body: new ReadableStream<Uint8Array>({
          start(c) {
            for (let i = 0; i < file.length; i += 4096) c.enqueue(file.slice(i, i + 4096))
            c.close()
          },
        }),
        headers: { authorization: 'Bearer test-token-0123456789abcdef', 'content-type': 'text/csv' },
        duplex: 'half',
      } as RequestInit),
    )
    expect(again.status).toBe(201)
    expect(((await again.json()) as { dataset: { version: string } }).dataset.version.split('-')[1]).toBe('feedc0ffee42')
    expect(fed.length).toBe(Math.ceil(file.length / 4096))
    expect(Buffer.concat(fed).equals(Buffer.from(file))).toBe(true)
  })
})
