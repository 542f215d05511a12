/**
 * The API, written once: a Web-standard fetch handler (Hono) over a Store.
 * Runs in Node (server/main.ts), in the browser and in tests (through MSW, mocks/handlers.ts).
 * Node-only modules must never be imported here.
 */
import { Hono } from 'hono'
import { paths, type DatasetCreated, type DatasetInfo, type DatasetsResponse, type MetaResponse, type ScoreRow, type ScoresResponse } from '../../src/contract/v1'
import { formatProblem, parseDatasetCsv } from '../../src/domain/csv-import'
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
  /**
   * Bearer token that allows POST /api/v1/datasets (compared in constant time). Absent = uploads
   * are off (403).
   */
  uploadToken?: string
  /** largest dataset file accepted, in bytes (default 32 MiB); larger = 413 */
  maxUploadBytes?: number
  /** progress of dataset imports, for the operator (the Node server writes it to stderr) */
  log?: (message: string) => void
  /**
   * The province boundary file (TopoJSON, checked at start-up) served at /api/v1/boundaries, as
   * text with its ETag. Absent = no geographic map (404; meta.boundaries false).
   */
  boundaries?: { body: string; etag: string }
}

export const DEFAULT_MAX_UPLOAD_BYTES = 32 * 1024 * 1024

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

export async function buildMeta(store: Store, options: { boundaries?: boolean } = {}): Promise<MetaResponse> {
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
    boundaries: options.boundaries ?? false,
  }
}

export function createApi({ store, openapi, uploadToken, maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES, log, boundaries }: ApiOptions): Hono {
  const app = new Hono()
  // one import at a time: a second upload waits for the first to be committed
  let importing: Promise<unknown> = Promise.resolve()

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
    // the boundary file is fixed for the life of the process, but a restart may add or remove it
    const etag = etagOf(`${s.info.version}${boundaries ? '-b' : ''}`)
    if (notModified(c.req.raw, etag)) return new Response(null, { status: 304, headers: { etag } })
    return json(await buildMeta(store, { boundaries: boundaries !== undefined }), etag)
  })

  app.get(paths.boundaries, (c) => {
    if (!boundaries) {
      return problemResponse(404, 'No boundary file', 'This server has no province boundary file configured (SAMENHANG_BOUNDARIES); the Compare view shows the tile map only.')
    }
    if (notModified(c.req.raw, boundaries.etag)) return new Response(null, { status: 304, headers: { etag: boundaries.etag } })
    return new Response(boundaries.body, {
      headers: { 'content-type': 'application/json; charset=utf-8', etag: boundaries.etag, 'cache-control': 'no-cache' },
    })
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
    // the dataset may be replaced (by another process, on a shared database) between reading its
    // version and pooling: pool again until the version before and after agree, so an answer never
    // carries one version's ETag with another version's numbers
    let version = s.info.version
    let groups = await store.pool(query, query.by, THRESHOLDS.minN)
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = (await store.summary()).info.version
      if (now === version) break
      version = now
      groups = await store.pool(query, query.by, THRESHOLDS.minN)
    }
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
    const body: ScoresResponse = { datasetVersion: version, by: query.by, rows }
    return json(body, version === s.info.version ? etag : etagOf(version))
  })

  app.get(paths.datasets, async () => {
    const [s, versions] = await Promise.all([store.summary(), store.versions()])
    const body: DatasetsResponse = { current: s.info.version, versions }
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })
  })

  app.post(paths.datasets, async (c) => {
    const req = c.req.raw
    if (!uploadToken) return problemResponse(403, 'Uploads are off', 'This server accepts no dataset uploads (SAMENHANG_UPLOAD_TOKEN is not set).')
    const auth = req.headers.get('authorization') ?? ''
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth)
    if (!m) {
      return problemResponse(401, 'Unauthorized', 'Send the upload token as "Authorization: Bearer <token>".', undefined, { 'www-authenticate': 'Bearer realm="samenhang"' })
    }
    if (!(await sameSecret(m[1], uploadToken))) return problemResponse(403, 'Forbidden', 'The upload token is not valid.')
    const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    if (type !== 'text/csv') {
      return problemResponse(415, 'Unsupported media type', 'Send the dataset as text/csv (see docs/data-format.md).', undefined, { accept: 'text/csv' })
    }
    const bytes = await readLimited(req, maxUploadBytes)
    if (bytes === 'too_large') return problemResponse(413, 'Content too large', `The dataset file is larger than ${maxUploadBytes} bytes.`)

    const started = Date.now()
    const result = parseDatasetCsv(bytes)
    if (!result.ok) {
      log?.(`import: rejected, ${result.problemCount} problem(s); first: ${formatProblem(result.problems[0], 'en')}`)
      return new Response(
        JSON.stringify({
          type: 'https://samenhang.example/problems/invalid-dataset',
          title: 'Invalid dataset',
          status: 422,
          detail: `The file has ${result.problemCount} problem(s); nothing was changed. First: ${formatProblem(result.problems[0], 'en')}`,
          importErrors: result.problems,
          importErrorCount: result.problemCount,
        }),
        { status: 422, headers: { 'content-type': 'application/problem+json; charset=utf-8' } },
      )
    }
    const params = new URL(req.url).searchParams
    const text = (name: string) => {
      const v = params.get(name)?.trim()
      return v ? v.slice(0, 200) : undefined
    }
    const title = text('title')
    const source = text('source')
    const now = new Date()
    const version = `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${contentHash(bytes)}`
    const info: Omit<DatasetInfo, 'cells'> = {
      id: version,
      version,
      title: title ? { nl: title, en: title } : { nl: 'Eigen gegevens', en: 'Own data' },
      synthetic: false,
      source: source ? { nl: source, en: source } : { nl: 'Geüpload CSV-bestand', en: 'Uploaded CSV file' },
      updated: now.toISOString(),
    }
    log?.(`import: ${result.dataset.cells.length} cells valid (${Date.now() - started} ms); writing version ${version} …`)
    const write = importing.then(() => store.replace(result.dataset.cells, info))
    importing = write.catch(() => undefined)
    const stored = await write
    log?.(`import: version ${version} is current (${Date.now() - started} ms in all)`)
    const body: DatasetCreated = { dataset: stored }
    return new Response(JSON.stringify(body), {
      status: 201,
      headers: { 'content-type': 'application/json; charset=utf-8', location: paths.datasets, etag: etagOf(stored.version) },
    })
  })

  app.all(`${paths.datasets}`, () => methodNotAllowed('GET, POST'))
  app.all(`${paths.health}`, () => methodNotAllowed())
  app.all(`${paths.meta}`, () => methodNotAllowed())
  app.all(`${paths.boundaries}`, () => methodNotAllowed())
  app.all(`${paths.scores}`, () => methodNotAllowed())
  app.all('/api/*', () => problemResponse(404, 'Not found', 'No such API endpoint. See /api/v1/openapi.json.'))

  app.onError((err) => {
    console.error('[api] unexpected error', err)
    return problemResponse(500, 'Internal server error', 'The server could not answer this request. Try again later.')
  })
  return app
}

function methodNotAllowed(allow = 'GET'): Response {
  return problemResponse(405, 'Method not allowed', `Only ${allow} ${allow.includes(',') ? 'are' : 'is'} supported here.`, undefined, { allow })
}

/** Constant-time comparison of two secrets: their SHA-256 digests, byte by byte, without an early exit. */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const enc = new TextEncoder()
  const [a, b] = await Promise.all([crypto.subtle.digest('SHA-256', enc.encode(given)), crypto.subtle.digest('SHA-256', enc.encode(expected))])
  const x = new Uint8Array(a)
  const y = new Uint8Array(b)
  let diff = 0
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i]
  return diff === 0
}

/** The request body, read up to `limit` bytes (a declared or actual larger body is refused). */
async function readLimited(req: Request, limit: number): Promise<Uint8Array | 'too_large'> {
  const declared = Number(req.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) return 'too_large'
  if (!req.body) return new Uint8Array(0)
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return 'too_large'
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

/** A short content fingerprint for the dataset version (cyrb53; not a security measure). */
function contentHash(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < bytes.length; i++) {
    const ch = bytes[i]
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
