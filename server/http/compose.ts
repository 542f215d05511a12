/**
 * The production HTTP stack around the portable API (server/api/app.ts):
 * request log → security headers → compression → (API: method check, CORS, rate limit → createApi)
 * or (everything else: the static SPA). Node-only; the browser never imports this.
 *
 * - A path under /api in any letter case goes to the API, which answers problem+json (404 for an
 *   unknown endpoint), never the app's HTML (case S6).
 * - A method a route does not take is answered 405 at once, before any of a body is read; only
 *   POST /api/v1/datasets reads a body (case S5).
 * - Read requests (GET, HEAD) may come from any origin: `Access-Control-Allow-Origin: *`, no
 *   credentials; preflights allow GET and HEAD with If-None-Match. Uploads are same-origin only
 *   (ADR 0112).
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import { Hono, type Context } from 'hono'
import { API_BASE } from '../../src/contract/v1'
import { API_METHODS, createApi, type DatasetIngest } from '../api/app'
import type { AnswerCache } from '../api/answer-cache'
import { problemResponse } from '../api/problems'
import type { AnswerLimits } from '../api/scores'
import type { Store } from '../store'
import { createHash } from 'node:crypto'
import { compression, requestHeader } from './compress'
import { requestLog, type LogSink } from './log'
import { QueryLane } from './query-lane'
import { rateLimit, TokenBuckets } from './rate-limit'
import { securityHeaders } from './security'
import type { StaticSite } from './static'

export interface ComposeOptions {
  store: Store
  /** the built SPA; omitted = API only (non-API paths answer 404) */
  site?: StaticSite
  openapi?: object
  frameAncestors: string
  rateLimitPerMinute: number
  maxBodyBytes: number
  /** bearer token for POST /api/v1/datasets; absent = uploads off */
  uploadToken?: string
  /** largest dataset upload in bytes (the API enforces it while reading) */
  maxUploadBytes?: number
  /** how uploads are read and written (server/ingest: in a worker thread); default in-process */
  ingest?: DatasetIngest
  /** the checked province boundary file (server/boundaries.ts); absent = no geographic map */
  boundaries?: { body: string; etag: string }
  /** bounds of one /scores answer */
  limits?: AnswerLimits
  /** serialised /scores answers; absent = none kept */
  cache?: AnswerCache
  /** uncached /scores answers computed at the same time (1 for SQLite; more for PostgreSQL) */
  queryLaneWidth?: number
  /** operator messages (dataset imports) */
  note?: (message: string) => void
  /** per-request log lines; omitted = no log */
  log?: LogSink
  trustProxy: boolean
}

/** The client's address: the socket's, or (behind a trusted proxy) the last X-Forwarded-For hop. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const xff = requestHeader(c, 'x-forwarded-for')
    const last = xff?.split(',').pop()?.trim()
    if (last) return last
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** True for /api and anything under it, in any letter case. */
export function isApiPath(path: string): boolean {
  return path.length >= 4 && path.slice(0, 4).toLowerCase() === '/api' && (path.length === 4 || path[4] === '/')
}

const CORS_READ = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Retry-After, Content-Length',
}

export function composeApp(o: ComposeOptions): Hono {
  // the rate limit's buckets, shared with the lane that charges large answers by their size
  const buckets = o.rateLimitPerMinute > 0 ? new TokenBuckets(o.rateLimitPerMinute) : undefined
  const clients = new WeakMap<Request, string>()
  const lane = new QueryLane({ width: o.queryLaneWidth ?? 1, buckets, clientOf: (req) => clients.get(req) ?? 'unknown' })
  const api = createApi({
    store: o.store,
    openapi: o.openapi,
    uploadToken: o.uploadToken,
    maxUploadBytes: o.maxUploadBytes,
    log: o.note,
    boundaries: o.boundaries,
    limits: o.limits,
    cache: o.cache,
    guard: lane,
    ingest: o.ingest,
    uploadHash: () => {
      const h = createHash('sha256')
      return { update: (chunk) => void h.update(chunk), hex: () => h.digest('hex') }
    },
  })
  const limit = rateLimit({ perMinute: o.rateLimitPerMinute, buckets, clientKey: (c) => clientAddress(c, o.trustProxy), exempt: [`${API_BASE}/health`] })
  const app = new Hono()
  if (o.log) app.use('*', requestLog(o.log))
  app.use(
    '*',
    securityHeaders({
      frameAncestors: o.frameAncestors,
      inlineScriptHashes: o.site?.inlineScriptHashes,
      inlineStyleHashes: o.site?.inlineStyleHashes,
    }),
  )
  app.use('*', compression())
  app.all('*', async (c, next) => {
    if (!isApiPath(c.req.path)) return next()
    const method = c.req.method
    const allowed = API_METHODS[c.req.path]
    const read = method === 'GET' || method === 'HEAD'
    if (method === 'OPTIONS' && allowed) {
      // a cross-origin reader's preflight (If-None-Match is not a simple header)
      return new Response(null, {
        status: 204,
        headers: {
          ...CORS_READ,
          'access-control-allow-methods': 'GET, HEAD',
          'access-control-allow-headers': 'If-None-Match',
          'access-control-max-age': '86400',
          allow: allowed.join(', '),
        },
      })
    }
    // at once, without reading a body: a method the route does not take
    if (allowed && !allowed.includes(method)) {
      return problemResponse(405, 'Method not allowed', `Only ${allowed.join(', ')} ${allowed.length > 1 ? 'are' : 'is'} supported here.`, undefined, { allow: allowed.join(', ') })
    }
    // only uploads read a body; any other request announcing a large one is refused unread
    if (!(method === 'POST' && c.req.path === API_BASE + '/datasets')) {
      const length = Number(requestHeader(c, 'content-length') ?? 0)
      if (length > o.maxBodyBytes) return problemResponse(413, 'Content too large', `The request body is larger than ${o.maxBodyBytes} bytes.`)
    }
    const answer = async (): Promise<Response> => {
      clients.set(c.req.raw, clientAddress(c, o.trustProxy))
      return await api.fetch(c.req.raw)
    }
    let res: Response | undefined
    const refused = await limit(c, async () => {
      res = await answer()
    })
    if (refused instanceof Response) res = refused
    if (!res) throw new Error('no answer')
    if (read) for (const [k, v] of Object.entries(CORS_READ)) res.headers.set(k, v)
    return res
  })
  app.all('*', (c) => (o.site ? o.site.serve(c.req.raw) : new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })))
  app.onError((err) => {
    console.error('[server] unexpected error', err)
    return problemResponse(500, 'Internal server error', 'The server could not answer this request. Try again later.')
  })
  return app
}
