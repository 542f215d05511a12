/**
 * The API, written once: a Web-standard fetch handler (Hono) over a Store.
 * Runs in Node (server/main.ts), in the browser and in tests (through MSW, mocks/handlers.ts).
 * Node-only modules must never be imported here.
 */
import { Hono } from 'hono'
import { paths, type MetaResponse, type ScoreRow, type ScoresResponse } from '../../src/contract/v1'
import {
  CLUSTER_INFO,
  COUNTRIES,
  DIMENSION_INFO,
  LEVEL_INFO,
  PILLAR_INFO,
  PROVINCES,
  SCALE,
  SECTORS,
  THRESHOLDS,
} from '../../src/domain/framework'
import { publish } from '../../src/domain/pooling'
import type { Store } from '../store'
import { problemResponse } from './problems'
import { parseScoresParams, type Vocabulary } from './scores-params'

export interface ApiOptions {
  store: Store
  /**
   * The OpenAPI document served at /api/v1/openapi.json. The Node server passes it in
   * (server/openapi.ts); the in-browser API leaves it out, so the browser bundle stays light.
   */
  openapi?: object
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4

export function etagOf(version: string): string {
  return `"${version.replace(/"/g, '')}"`
}

function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match')
  if (!header) return false
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)
}

function json(body: unknown, etag: string): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', etag, 'cache-control': 'no-cache' },
  })
}

export async function buildMeta(store: Store): Promise<MetaResponse> {
  const s = await store.summary()
  const known = new Set([...PROVINCES.map((p) => p.code), ...COUNTRIES.map((c) => c.code)])
  return {
    dataset: s.info,
    levels: LEVEL_INFO.map((l) => ({ id: l.id, label: l.label, unit: l.unit })),
    pillars: (['technological', 'social'] as const).map((id) => ({ id, label: PILLAR_INFO[id].label, dimensions: PILLAR_INFO[id].dimensions })),
    dimensions: DIMENSION_INFO.map((d) => ({ ...d })),
    scale: SCALE.map((s) => ({ ...s })),
    clusters: Object.entries(CLUSTER_INFO).map(([id, label]) => ({ id, label })),
    sectors: SECTORS.map((s) => ({ ...s })),
    regions: [
      ...PROVINCES.map((p) => ({
        code: p.code,
        kind: 'province' as const,
        label: { nl: p.name, en: p.name },
        nuts2021: p.nuts2021,
        nuts2024: p.nuts2024,
        iso: p.iso,
      })),
      ...COUNTRIES.map((c) => ({ code: c.code, kind: 'country' as const, label: c.label })),
      // regions a user's own dataset brings (for example municipalities), labelled by code
      ...s.regions.filter((r) => !known.has(r)).map((r) => ({ code: r, kind: 'other' as const, label: { nl: r, en: r } })),
    ],
    years: s.years,
    thresholds: { ...THRESHOLDS },
  }
}

export function createApi({ store, openapi }: ApiOptions): Hono {
  const app = new Hono()

  if (openapi) {
    const body = JSON.stringify(openapi)
    app.get(paths.openapi, () => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' } }))
    app.all(paths.openapi, () => methodNotAllowed())
  }

  app.get(paths.health, async () => {
    const s = await store.summary()
    return new Response(JSON.stringify({ status: 'ok', datasetVersion: s.info.version }), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    })
  })

  app.get(paths.meta, async (c) => {
    const s = await store.summary()
    const etag = etagOf(s.info.version)
    if (notModified(c.req.raw, etag)) return new Response(null, { status: 304, headers: { etag } })
    return json(await buildMeta(store), etag)
  })

  app.get(paths.scores, async (c) => {
    const s = await store.summary()
    const vocab: Vocabulary = {
      regions: new Set([...PROVINCES.map((p) => p.code), ...COUNTRIES.map((x) => x.code), ...s.regions]),
      sectors: new Set([...SECTORS.map((x) => x.code), ...s.sectors]),
    }
    const parsed = parseScoresParams(new URL(c.req.url).searchParams, vocab)
    if ('errors' in parsed) {
      return problemResponse(400, 'Invalid query parameter', parsed.errors.map((e) => e.message.en).join(' '), parsed.errors)
    }
    const etag = etagOf(s.info.version)
    if (notModified(c.req.raw, etag)) return new Response(null, { status: 304, headers: { etag } })
    const { query } = parsed
    const groups = await store.pool(query, query.by, THRESHOLDS.minN)
    // Object.assign rather than `{ ...keys, n, … }`: V8 (Node 20) takes a slow path for a spread
    // followed by more properties here, about 10× slower per row (measured: 200 µs for 27 rows).
    const rows: ScoreRow[] = groups.map((g) => {
      const p = publish(g)
      const keys = g.keys as Partial<Pick<ScoreRow, 'level' | 'dimension' | 'region' | 'sector' | 'year'>>
      if (p.status === 'suppressed') return Object.assign({}, keys, { status: 'suppressed' as const })
      return Object.assign({}, keys, {
        n: p.n,
        mean: round4(p.mean),
        sd: round4(p.sd),
        se: round4(p.se),
        ciLow: round4(p.ciLow),
        ciHigh: round4(p.ciHigh),
        status: p.status,
      })
    })
    const body: ScoresResponse = { datasetVersion: s.info.version, by: query.by, rows }
    return json(body, etag)
  })

  app.all(`${paths.health}`, () => methodNotAllowed())
  app.all(`${paths.meta}`, () => methodNotAllowed())
  app.all(`${paths.scores}`, () => methodNotAllowed())
  app.all('/api/*', () => problemResponse(404, 'Not found', 'No such API endpoint. See /api/v1/openapi.json.'))

  app.onError((err) => {
    console.error('[api] unexpected error', err)
    return problemResponse(500, 'Internal server error', 'The server could not answer this request. Try again later.')
  })
  return app
}

function methodNotAllowed(): Response {
  return problemResponse(405, 'Method not allowed', 'Only GET is supported here.', undefined, { allow: 'GET' })
}
