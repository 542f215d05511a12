// @vitest-environment node
/**
 * HTTP hygiene over a real socket (cases S4–S7 of the probe, the CORS decision of ADR 0112 and the
 * ETags of compressed static files): the composed app on @hono/node-server, spoken to with raw
 * HTTP so that half-sent and never-ending bodies can be sent.
 */
import { serve, type ServerType } from '@hono/node-server'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import { VIEWS } from '../../src/app/url-state'
import { MemoryStore } from '../stores/memory'
import { composeApp } from './compose'
import { loadStaticSite } from './static'

const TOKEN = 'hygiene-token-0123456789abcdef'

/** Send raw bytes; resolve with what the server answered once `done(text)` is true or the socket closed. */
function raw(port: number, parts: (string | Buffer)[], o: { done?: (text: string) => boolean; destroyAfterSend?: boolean; timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let text = ''
    const timer = setTimeout(() => {
      socket.destroy()
      resolve(text)
    }, o.timeoutMs ?? 5000)
    socket.on('data', (d) => {
      text += d.toString('latin1')
      if (o.done?.(text)) {
        clearTimeout(timer)
        socket.destroy()
        resolve(text)
      }
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(text)
    })
    socket.on('error', reject)
    socket.on('connect', () => {
      for (const p of parts) socket.write(p)
      if (o.destroyAfterSend) {
        // let the bytes leave, then vanish mid-body
        setTimeout(() => socket.destroy(), 50)
      }
    })
  })
}

const headersDone = (t: string) => t.includes('\r\n\r\n')

describe('HTTP hygiene over a socket', () => {
  let dir: string
  let server: ServerType
  let port: number
  const lines: string[] = []
  const notes: string[] = []

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'samenhang-hygiene-'))
    mkdirSync(path.join(dir, 'assets'))
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Samenhang</title><div id="root"></div>')
    writeFileSync(path.join(dir, 'assets', 'app-1.js'), 'console.log("samenhang");\n'.repeat(300))
    const site = loadStaticSite(dir, { routes: Object.values(VIEWS) })
    const app = composeApp({
      store: new MemoryStore(generateDemoCells().filter((c) => c.year === 2025), DEMO_INFO),
      site,
      frameAncestors: "'self'",
      rateLimitPerMinute: 0,
      maxBodyBytes: 1000,
      uploadToken: TOKEN,
      maxUploadBytes: 1_000_000,
      trustProxy: false,
      note: (m) => notes.push(m),
      log: (l) => lines.push(l),
    })
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((r) => server.once('listening', r))
    port = (server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    rmSync(dir, { recursive: true, force: true })
  })

  const get = (target: string, headers: Record<string, string> = {}) =>
    raw(port, [`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`])

  it('S4: a client that drops mid-upload is logged as an abort, never as a 500 with a stack trace', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const before = lines.length
    await raw(
      port,
      [`POST /api/v1/datasets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\n`, 'level,dimension,region,sector,year,n,mean,sd\n'],
      { destroyAfterSend: true },
    )
    for (let i = 0; i < 100 && lines.length === before; i++) await new Promise((r) => setTimeout(r, 20))
    const entry = JSON.parse(lines[lines.length - 1]) as { path: string; status: number; aborted?: boolean }
    expect(entry).toMatchObject({ path: '/api/v1/datasets', status: 499, aborted: true })
    expect(errors).not.toHaveBeenCalled()
    expect(notes.some((n) => /broke off the upload/.test(n))).toBe(true)
    errors.mockRestore()
  })

  it('S5: 405 at once for a method the route does not take, while the chunked body is still coming', async () => {
    const started = Date.now()
    const answer = await raw(port, ['POST /api/v1/meta HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n', '5\r\nhello\r\n'], {
      done: headersDone,
      timeoutMs: 10_000,
    })
    expect(answer).toMatch(/^HTTP\/1\.1 405 /)
    expect(answer).toMatch(/allow: GET, HEAD/i)
    expect(answer).toMatch(/content-type: application\/problem\+json/i)
    // the body never ended, yet the answer came: it did not wait for it (well under the 10 s)
    expect(Date.now() - started).toBeLessThan(9_000)
  })

  it('S6: /api in any letter case answers problem+json 404; an unknown page says "not found"; the app\'s pages are served', async () => {
    for (const target of ['/API/v1/meta', '/Api/V1/scores', '/api/v2/meta', '/api']) {
      const a = await get(target)
      expect(a, target).toMatch(/^HTTP\/1\.1 404 /)
      expect(a, target).toMatch(/content-type: application\/problem\+json/i)
    }
    for (const target of ['/.git/config', '/x/y/z/', '/vergelijken/extra', '/wp-admin']) {
      const a = await get(target)
      expect(a, target).toMatch(/^HTTP\/1\.1 404 /)
      expect(a, target).toMatch(/content-type: text\/html/i)
      expect(a, target).toContain('Pagina niet gevonden')
      expect(a, target).toContain('Page not found')
      expect(a, target).not.toContain('id="root"')
    }
    for (const target of ['/', '/vergelijken', '/vergelijken/', '/profiel?regio=PV20', '/gegevens']) {
      const a = await get(target)
      expect(a, target).toMatch(/^HTTP\/1\.1 200 /)
      expect(a, target).toContain('id="root"')
    }
  })

  it('S7: the request log escapes control and text-direction characters in the path', async () => {
    await get('/api/v1/x%0A%7B%22forged%22%3A1%7D%E2%80%AE')
    const last = lines[lines.length - 1]
    expect(last.split('\n').filter(Boolean)).toHaveLength(1)
    expect(last).not.toMatch(/\u202e/)
    expect(JSON.parse(last).path).toMatch(/\\u000a/)
  })

  it('CORS (ADR 0112): reads from any origin without credentials, preflight for If-None-Match, uploads same-origin only', async () => {
    const read = await get('/api/v1/meta', { Origin: 'https://elsewhere.example' })
    expect(read).toMatch(/access-control-allow-origin: \*/i)
    expect(read).toMatch(/access-control-expose-headers: ETag/i)
    expect(read).not.toMatch(/access-control-allow-credentials/i)
    // errors of reads too, so another site's code can read the problem
    expect(await get('/api/v1/scores?by=level', { Origin: 'https://elsewhere.example' })).toMatch(/^HTTP\/1\.1 400[\s\S]*access-control-allow-origin: \*/i)
    const preflight = await raw(port, [
      'OPTIONS /api/v1/scores HTTP/1.1\r\nHost: x\r\nOrigin: https://elsewhere.example\r\nAccess-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: if-none-match\r\nConnection: close\r\n\r\n',
    ])
    expect(preflight).toMatch(/^HTTP\/1\.1 204 /)
    expect(preflight).toMatch(/access-control-allow-methods: GET, HEAD/i)
    expect(preflight).toMatch(/access-control-allow-headers: If-None-Match/i)
    // an upload's preflight does not allow POST, and its answer carries no CORS header
    const upload = await raw(port, [
      'OPTIONS /api/v1/datasets HTTP/1.1\r\nHost: x\r\nOrigin: https://elsewhere.example\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n',
    ])
    expect(upload).toMatch(/access-control-allow-methods: GET, HEAD\r\n/i)
    const posted = await raw(port, [`POST /api/v1/datasets HTTP/1.1\r\nHost: x\r\nOrigin: https://elsewhere.example\r\nContent-Type: text/csv\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx`])
    expect(posted).toMatch(/^HTTP\/1\.1 401 /)
    expect(posted).not.toMatch(/access-control-allow-origin/i)
  })

  it('gives each compressed variant of a static file its own ETag, and revalidates each', async () => {
    const etagOf = (t: string) => /etag: (\S+)/i.exec(t)![1]
    const plain = await get('/assets/app-1.js')
    const br = await get('/assets/app-1.js', { 'Accept-Encoding': 'br' })
    const gz = await get('/assets/app-1.js', { 'Accept-Encoding': 'gzip' })
    expect(br).toMatch(/content-encoding: br/i)
    expect(gz).toMatch(/content-encoding: gzip/i)
    const tags = [etagOf(plain), etagOf(br), etagOf(gz)]
    expect(new Set(tags).size).toBe(3)
    expect(await get('/assets/app-1.js', { 'Accept-Encoding': 'br', 'If-None-Match': etagOf(br) })).toMatch(/^HTTP\/1\.1 304 /)
    // the identity ETag does not validate the brotli variant
    expect(await get('/assets/app-1.js', { 'Accept-Encoding': 'br', 'If-None-Match': etagOf(plain) })).toMatch(/^HTTP\/1\.1 200 /)
  })
})
