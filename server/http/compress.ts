/**
 * Response compression for dynamic answers (the API's JSON): brotli or gzip by Accept-Encoding,
 * on the libuv thread pool (node:zlib), for bodies of at least 1 KiB. Static files come
 * precompressed (static.ts) and are left alone. A compressed answer gets a weak ETag, since its
 * bytes differ from the identity encoding's (RFC 9110 §8.8.3).
 */
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import type { Context, MiddlewareHandler } from 'hono'

const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const MIN_BYTES = 1024
const COMPRESSIBLE = /^(application\/(json|problem\+json|javascript|xml)|text\/)/i

export type Encoding = 'br' | 'gzip'

/** The best encoding the client accepts among those available (q=0 means "not acceptable"). */
export function acceptedEncoding(header: string | null, available: { br: boolean; gzip: boolean } = { br: true, gzip: true }): Encoding | undefined {
  if (!header) return undefined
  const q = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    let weight = 1
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)
      if (m) weight = Number(m[1])
    }
    if (name) q.set(name, Number.isFinite(weight) ? weight : 0)
  }
  const weight = (e: string) => q.get(e) ?? q.get('*') ?? 0
  const candidates = (['br', 'gzip'] as const).filter((e) => available[e] && weight(e) > 0)
  candidates.sort((a, b) => weight(b) - weight(a))
  return candidates[0]
}

/**
 * Replace the response outright. Assigning c.res directly would copy the old response's headers
 * over the new one's (Hono merges them), undoing a changed ETag or Content-Length.
 */
export function replaceResponse(c: Context, res: Response): void {
  c.res = undefined
  c.res = res
}

/**
 * A request header, read from Node's IncomingMessage when there is one: asking Hono's request
 * for a header makes @hono/node-server build a whole Headers object, which costs throughput.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: { headers: Record<string, string | string[] | undefined> } } | undefined)?.incoming
  if (incoming) {
    const v = incoming.headers[name]
    return Array.isArray(v) ? v.join(', ') : v
  }
  return c.req.header(name)
}

export function compression(): MiddlewareHandler {
  return async function compress(c, next) {
    await next()
    const res = c.res
    // decide from status and headers only: touching res.body would turn @hono/node-server's
    // lightweight response into a full one even when nothing is compressed
    if (c.req.method === 'HEAD' || res.status === 204 || res.status === 304 || res.status < 200) return
    const headers = res.headers
    if (headers.has('content-encoding')) return
    if (!COMPRESSIBLE.test(headers.get('content-type') ?? '')) return
    const length = headers.get('content-length')
    if (length !== null && Number(length) < MIN_BYTES) return
    const vary = headers.get('vary')
    if (!vary || !/accept-encoding/i.test(vary)) headers.set('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding')
    const enc = acceptedEncoding(requestHeader(c, 'accept-encoding') ?? null)
    if (!enc || !res.body) return
    const raw = Buffer.from(await res.arrayBuffer())
    if (raw.length < MIN_BYTES) {
      replaceResponse(c, new Response(raw, { status: res.status, statusText: res.statusText, headers }))
      return
    }
    const out =
      enc === 'br'
        ? await brotliAsync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : await gzipAsync(raw, { level: 6 })
    const next_ = new Headers(headers)
    next_.set('content-encoding', enc)
    next_.set('content-length', String(out.length))
    const etag = next_.get('etag')
    if (etag && !etag.startsWith('W/')) next_.set('etag', `W/${etag}`)
    replaceResponse(c, new Response(new Uint8Array(out.buffer, out.byteOffset, out.byteLength), { status: res.status, statusText: res.statusText, headers: next_ }))
  }
}
