/**
 * The production HTTP stack around the portable API (server/api/app.ts):
 * request log → security headers → compression → (API: rate limit, body limit → createApi)
 * or (everything else: the static SPA). Node-only; the browser never imports this.
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { paths } from '../../src/contract/v1'
import { createApi } from '../api/app'
import { problemResponse } from '../api/problems'
import type { Store } from '../store'
import { compression, requestHeader } from './compress'
import { requestLog, type LogSink } from './log'
import { rateLimit } from './rate-limit'
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
  /** the checked province boundary file (server/boundaries.ts); absent = no geographic map */
  boundaries?: { body: string; etag: string }
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

export function composeApp(o: ComposeOptions): Hono {
  const api = createApi({ store: o.store, openapi: o.openapi, uploadToken: o.uploadToken, maxUploadBytes: o.maxUploadBytes, log: o.note, boundaries: o.boundaries })
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
  app.use('/api/*', rateLimit({ perMinute: o.rateLimitPerMinute, clientKey: (c) => clientAddress(c, o.trustProxy), exempt: [paths.health] }))
  const limitBody = bodyLimit({
    maxSize: o.maxBodyBytes,
    onError: () => problemResponse(413, 'Content too large', `The request body is larger than ${o.maxBodyBytes} bytes.`),
  })
  // only requests that carry a body pay for the check (it makes the node adapter build a full Request)
  // dataset uploads have their own, larger limit, which the API enforces while it reads the body
  app.use('/api/*', async (c, next) =>
    (requestHeader(c, 'content-length') === undefined && requestHeader(c, 'transfer-encoding') === undefined && c.env !== undefined) ||
    (c.req.method === 'POST' && c.req.path === paths.datasets)
      ? next()
      : limitBody(c, next),
  )
  app.all('/api/*', async (c) => await api.fetch(c.req.raw))
  app.all('*', (c) => (o.site ? o.site.serve(c.req.raw) : new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })))
  app.onError((err) => {
    console.error('[server] unexpected error', err)
    return problemResponse(500, 'Internal server error', 'The server could not answer this request. Try again later.')
  })
  return app
}
