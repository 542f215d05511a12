/**
 * The API, written once: a Web-standard fetch handler (Hono) over a Store.
 * Runs in Node (server/main.ts), in the browser and in tests (through MSW, mocks/handlers.ts).
 * Node-only modules must never be imported here: what needs Node (the upload worker, the fair
 * query lane with its cost-aware rate limit) is passed in by the Node server.
 */
import { Hono } from 'hono'
import {
  paths,
  type DatasetCreated,
  type DatasetDescription,
  type DatasetInfo,
  type DatasetsResponse,
  type MetaResponse,
} from '../../src/contract/v1'
import type { ImportProblem } from '../../src/domain/csv-import'
import { formatProblem } from '../../src/domain/csv-import'
import { parseDatasetFile, type DatasetFileKind } from '../../src/domain/dataset-file'
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
import type { Store } from '../store'
import type { AnswerCache } from './answer-cache'
import { problemResponse, type FieldError } from './problems'
import { ANSWER_PIECE_ROWS, answerBytes, canonicalQuery, yieldToEventLoop, DEFAULT_LIMITS, overLimit, poolQuery, type AnswerLimits, type Pooled } from './scores'
import { parseScoresParams, type Vocabulary } from './scores-params'
import { escapeForLog, unsafeCharacter } from './text'

/** What became of a dataset file: the new current dataset, or the file's problems (nothing changed). */
export type IngestOutcome =
  | { ok: true; info: DatasetInfo }
  | {
      ok: false
      /** the first problems (at most 100) */
      problems: ImportProblem[]
      /** all problems found */
      problemCount: number
    }

/** A dataset file as uploaded. */
export interface DatasetUpload {
  bytes: Uint8Array
  kind: DatasetFileKind
  /** for a workbook: the sheet to read (default the first) */
  sheet?: string
}

/**
 * Reads, validates and aggregates a dataset file and, when it is valid, makes it the current
 * dataset. The Node server passes one that does all of it in a worker thread (server/ingest);
 * by default (browser, tests) it runs here.
 */
export type DatasetIngest = (upload: DatasetUpload, info: DatasetDescription, valid?: (counts: { cells: number; pillarCells: number }) => void) => Promise<IngestOutcome>

/** Reads the file with parseDatasetFile and writes it with store.replace, in this thread. */
export function inProcessIngest(store: Store): DatasetIngest {
  return async (upload, info, valid) => {
    const result = await parseDatasetFile(upload.bytes, { kind: upload.kind, sheet: upload.sheet })
    if (!result.ok) return { ok: false, problems: result.problems, problemCount: result.problemCount }
    const { cells, pillarCells } = result.dataset
    valid?.({ cells: cells.length, pillarCells: pillarCells?.length ?? 0 })
    return { ok: true, info: await store.replace(cells, info, pillarCells) }
  }
}

/**
 * Guards the expensive part of GET /scores (an answer not in the cache): the Node server passes one
 * that runs such work one job at a time, fairly between clients, and charges each client's rate
 * limit by the size of its answers (server/http/query-lane.ts). Absent = run at once, no charge.
 */
export interface QueryGuard {
  /**
   * Run `work` for this request, or say how many seconds its client must wait first, or that the
   * client went away before its turn (nothing was computed).
   */
  run<T>(request: Request, work: () => Promise<T>): Promise<{ value: T } | { retryAfter: number } | { abandoned: true }>
  /** Charge this request's client `units` beyond the one every request pays. */
  charge(request: Request, units: number): void
}

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
  /** bounds of one /scores answer (default DEFAULT_LIMITS) */
  limits?: AnswerLimits
  /** serialised /scores answers of the current version; absent = every request is computed */
  cache?: AnswerCache
  /** the expensive part of /scores answers; absent = run at once */
  guard?: QueryGuard
  /** how uploads are read and written (default: in this thread, inProcessIngest) */
  ingest?: DatasetIngest
  /**
   * A SHA-256 fed with an upload's chunks as they arrive, for its version's fingerprint. The Node
   * server passes node:crypto's: WebCrypto's digest of the whole file, the default, holds Node 20's
   * event loop for about 100 ms per 25 MB (measured), which health checks would wait for.
   */
  uploadHash?: () => IncrementalHash
}

/** A hash fed chunk by chunk; `hex()` ends it (lower-case hexadecimal digest). */
export interface IncrementalHash {
  update(chunk: Uint8Array): void
  hex(): string
}

export const DEFAULT_MAX_UPLOAD_BYTES = 32 * 1024 * 1024

/** The media type of an Excel workbook (.xlsx). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function etagOf(version: string): string {
  return `"${version.replace(/"/g, '')}"`
}

function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match')
  if (!header) return false
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)
}

const JSON_TYPE = 'application/json; charset=utf-8'

function json(body: string | Uint8Array<ArrayBuffer>, etag: string): Response {
  return new Response(body, { status: 200, headers: { 'content-type': JSON_TYPE, etag, 'cache-control': 'no-cache' } })
}

export async function buildMeta(store: Store, options: { boundaries?: boolean; limits?: AnswerLimits } = {}): Promise<MetaResponse> {
  const s = await store.summary()
  const known = new Set([...PROVINCES.map((p) => p.code), ...COUNTRIES.map((c) => c.code)])
  const limits = options.limits ?? DEFAULT_LIMITS
  return {
    dataset: { ...s.info, pillarCells: s.info.pillarCells ?? false },
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
    limits: { maxGroups: limits.maxGroups, maxBytes: limits.maxBytes },
  }
}

/** A short fingerprint of text or bytes (cyrb53, base 36; not a security measure). */
export function fingerprint(data: string | Uint8Array): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  const n = data.length
  for (let i = 0; i < n; i++) {
    const ch = typeof data === 'string' ? data.charCodeAt(i) : data[i]
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/**
 * A new dataset version id: upload time to the millisecond, a fingerprint of the file (the first
 * 12 hex digits of its SHA-256: `sha256Hex` when it was computed while the file was read, else
 * WebCrypto's digest of `bytes`) and a random part, so every committed upload has its own version,
 * even the same file twice in one millisecond (case S3).
 */
export async function newVersion(bytes: Uint8Array<ArrayBuffer>, now = new Date(), sha256Hex?: string): Promise<string> {
  let print = ''
  if (sha256Hex !== undefined) print = sha256Hex.slice(0, 12)
  else {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
    for (let i = 0; i < 6; i++) print += digest[i].toString(16).padStart(2, '0')
  }
  const nonce = new Uint32Array(1)
  crypto.getRandomValues(nonce)
  return `${now.toISOString().replace(/[-:.]/g, '')}-${print}-${nonce[0].toString(36)}`
}

const encoder = new TextEncoder()

/** Rows of an answer → rate-limit units beyond the request itself (one per 1,000 rows). */
const costOf = (rows: number) => Math.floor(rows / 1000)

function methodNotAllowed(allow = 'GET, HEAD'): Response {
  return problemResponse(405, 'Method not allowed', `Only ${allow} ${allow.includes(',') ? 'are' : 'is'} supported here.`, undefined, { allow })
}

/** Paths of the API and the methods each takes (the Node server answers 405 from this before reading a body). */
export const API_METHODS: Record<string, readonly string[]> = {
  [paths.health]: ['GET', 'HEAD'],
  [paths.meta]: ['GET', 'HEAD'],
  [paths.scores]: ['GET', 'HEAD'],
  [paths.boundaries]: ['GET', 'HEAD'],
  [paths.openapi]: ['GET', 'HEAD'],
  [paths.datasets]: ['GET', 'HEAD', 'POST'],
}

export function createApi({
  store,
  openapi,
  uploadToken,
  maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES,
  log,
  boundaries,
  limits = DEFAULT_LIMITS,
  cache,
  guard,
  ingest = inProcessIngest(store),
  uploadHash,
}: ApiOptions): Hono {
  const app = new Hono()
  // one import at a time: a second upload waits for the first to be committed (or refused)
  let importing: Promise<unknown> = Promise.resolve()
  // /meta's body and ETag, per dataset version; the ETag is a fingerprint of the body, so it
  // changes whenever the body does (a new version, a new title, a new release's labels)
  let metaCache: { version: string; body: Uint8Array<ArrayBuffer>; etag: string } | undefined
  // the vocabulary of /scores parameters, per dataset version
  let vocabCache: { version: string; vocab: Vocabulary } | undefined

  if (openapi) {
    const body = JSON.stringify(openapi)
    app.get(paths.openapi, () => new Response(body, { headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-cache' } }))
  }

  app.get(paths.health, async () => {
    const s = await store.summary()
    return new Response(`{"status":"ok","datasetVersion":${JSON.stringify(s.info.version)}}`, {
      headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' },
    })
  })

  app.get(paths.meta, async (c) => {
    const s = await store.summary()
    if (metaCache?.version !== s.info.version) {
      const text = JSON.stringify(await buildMeta(store, { boundaries: boundaries !== undefined, limits }))
      metaCache = { version: s.info.version, body: encoder.encode(text), etag: etagOf(`${s.info.version}-${fingerprint(text)}`) }
    }
    const { etag, body } = metaCache
    if (notModified(c.req.raw, etag)) return new Response(null, { status: 304, headers: { etag } })
    return json(body, etag)
  })

  app.get(paths.boundaries, (c) => {
    if (!boundaries) {
      return problemResponse(404, 'No boundary file', 'This server has no province boundary file configured (SAMENHANG_BOUNDARIES); the Compare view shows the tile map only.')
    }
    if (notModified(c.req.raw, boundaries.etag)) return new Response(null, { status: 304, headers: { etag: boundaries.etag } })
    return new Response(boundaries.body, {
      headers: { 'content-type': JSON_TYPE, etag: boundaries.etag, 'cache-control': 'no-cache' },
    })
  })

  app.get(paths.scores, async (c) => {
    const req = c.req.raw
    const s = await store.summary()
    const version = s.info.version
    const etag = etagOf(version)
    if (notModified(req, etag)) return new Response(null, { status: 304, headers: { etag } })
    const url = req.url
    const q = url.indexOf('?')
    const raw = q < 0 ? '' : url.slice(q + 1)
    // a repeated request: no parsing, no JSON work
    const hit = cache?.byRaw(version, raw)
    if (hit) {
      guard?.charge(req, costOf(hit.rows))
      return json(hit.body as Uint8Array<ArrayBuffer>, etag)
    }

    if (vocabCache?.version !== version) {
      vocabCache = {
        version,
        vocab: {
          regions: new Set([...PROVINCES.map((p) => p.code), ...COUNTRIES.map((x) => x.code), ...s.regions]),
          sectors: new Set([...SECTORS.map((x) => x.code), ...s.sectors]),
        },
      }
    }
    const parsed = parseScoresParams(new URLSearchParams(raw), vocabCache.vocab)
    if ('errors' in parsed) return invalid(parsed.errors)
    const canonical = canonicalQuery(parsed.query)
    if ('errors' in canonical) return invalid(canonical.errors)
    const { query } = canonical
    cache?.alias(version, raw, query.key)
    const same = cache?.get(version, query.key)
    if (same) {
      guard?.charge(req, costOf(same.rows))
      return json(same.body as Uint8Array<ArrayBuffer>, etag)
    }

    const work = async (): Promise<Response> => {
      // the dataset may be replaced (by another process, on a shared database) between reading its
      // version and pooling: pool again until the version before and after agree, so an answer
      // never carries one version's ETag with another version's numbers
      let at = version
      let pooled: Pooled = await poolQuery(store, query, limits)
      for (let attempt = 0; attempt < 3; attempt++) {
        const now = (await store.summary()).info.version
        if (now === at) break
        at = now
        pooled = await poolQuery(store, query, limits)
      }
      const over = overLimit(pooled, limits)
      if (over) {
        guard?.charge(req, costOf(over.groups))
        return tooLarge(over, limits)
      }
      let answer: { body: Uint8Array<ArrayBuffer>; rows: number }
      try {
        // only an answer written in several pieces can notice that its client went away
        answer = await answerBytes(at, query, pooled, pooled.groups.length > ANSWER_PIECE_ROWS ? req.signal : undefined)
      } catch (err) {
        // the client went away while its answer was being written: stop, and no error (S4)
        if (req.signal?.aborted) return new Response(null, { status: 499 })
        throw err
      }
      const { body, rows } = answer
      cache?.set(at, query.key, { body, rows })
      guard?.charge(req, costOf(rows))
      return json(body, etagOf(at))
    }
    if (!guard) return work()
    const ran = await guard.run(req, work)
    if ('value' in ran) return ran.value
    // nobody is listening: 499 (client closed request), as the request log records such a request
    if ('abandoned' in ran) return new Response(null, { status: 499 })
    return problemResponse(
      429,
      'Too many requests',
      `This client has asked for more than its share of large answers. Try again in ${ran.retryAfter} s.`,
      undefined,
      { 'retry-after': String(ran.retryAfter) },
    )
  })

  app.get(paths.datasets, async () => {
    const [s, versions] = await Promise.all([store.summary(), store.versions()])
    const body: DatasetsResponse = { current: s.info.version, versions }
    return new Response(JSON.stringify(body), { headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' } })
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
    const kind: DatasetFileKind | undefined = type === 'text/csv' ? 'csv' : type === XLSX_TYPE ? 'xlsx' : undefined
    if (!kind) {
      return problemResponse(415, 'Unsupported media type', `Send the dataset as text/csv or as an Excel workbook (${XLSX_TYPE}); see docs/data-format.md.`, undefined, {
        accept: `text/csv, ${XLSX_TYPE}`,
      })
    }
    // the description first: a bad title is refused before the file is read
    const params = new URL(req.url).searchParams
    const textErrors: FieldError[] = []
    const text = (name: string, max: number) => {
      const v = params.get(name)?.trim()
      if (!v) return undefined
      const bad = unsafeCharacter(v)
      if (bad) {
        textErrors.push({
          param: name,
          message: {
            nl: `"${name}" bevat een stuurteken of richtingsteken (${bad}). Gebruik gewone tekst op één regel.`,
            en: `"${name}" holds a control or text-direction character (${bad}). Use plain text on one line.`,
          },
        })
        return undefined
      }
      return v.slice(0, max)
    }
    const title = text('title', 200)
    const source = text('source', 200)
    const sheet = text('sheet', 100)
    if (textErrors.length > 0) return invalid(textErrors)

    const hash = uploadHash?.()
    const bytes = await readLimited(req, maxUploadBytes, hash)
    if (bytes === 'too_large') return problemResponse(413, 'Content too large', `The dataset file is larger than ${maxUploadBytes} bytes.`)
    if (bytes === 'aborted') {
      log?.('import: the client broke off the upload before its end; nothing was changed')
      return problemResponse(400, 'Upload cut off', 'The upload ended before the whole file arrived; nothing was changed.')
    }

    const started = Date.now()
    const now = new Date()
    const version = await newVersion(bytes, now, hash?.hex())
    const info: DatasetDescription = {
      id: version,
      version,
      title: title ? { nl: title, en: title } : { nl: 'Eigen gegevens', en: 'Own data' },
      synthetic: false,
      source: source
        ? { nl: source, en: source }
        : kind === 'xlsx'
          ? { nl: 'Geüpload Excel-bestand', en: 'Uploaded Excel file' }
          : { nl: 'Geüpload CSV-bestand', en: 'Uploaded CSV file' },
      updated: now.toISOString(),
    }
    log?.(`import: ${bytes.byteLength} bytes (${kind}) received; reading it …`)
    const valid = (n: { cells: number; pillarCells: number }) =>
      log?.(`import: ${n.cells} cells${n.pillarCells ? ` and ${n.pillarCells} pillar cells` : ''} valid (${Date.now() - started} ms); writing version ${version} …`)
    const run = importing.then(() => ingest({ bytes, kind, sheet }, info, valid))
    importing = run.catch(() => undefined)
    const outcome = await run
    if (!outcome.ok) {
      const first = outcome.problems[0] ? formatProblem(outcome.problems[0], 'en') : 'no details'
      // the log names where the first problem is, never a value from the file: in a respondent
      // file a value is somebody's answer, and answers are never logged (ADR 0108)
      const p0 = outcome.problems[0]
      const where = p0 ? `row ${p0.row}${p0.column !== null ? `, column ${p0.column}` : ''}, ${p0.code}` : 'no details'
      log?.(`import: rejected, ${outcome.problemCount} problem(s); first: ${escapeForLog(where)}`)
      return new Response(
        JSON.stringify({
          type: 'https://samenhang.example/problems/invalid-dataset',
          title: 'Invalid dataset',
          status: 422,
          detail: `The file has ${outcome.problemCount} problem(s); nothing was changed. First: ${first}`,
          importErrors: outcome.problems,
          importErrorCount: outcome.problemCount,
        }),
        { status: 422, headers: { 'content-type': 'application/problem+json; charset=utf-8' } },
      )
    }
    const stored = outcome.info
    log?.(`import: version ${version} is current: ${stored.cells} cells${stored.pillarCells ? ' with pillar cells' : ''} (${Date.now() - started} ms)`)
    const body: DatasetCreated = { dataset: stored }
    return new Response(JSON.stringify(body), {
      status: 201,
      headers: { 'content-type': JSON_TYPE, location: paths.datasets, etag: etagOf(stored.version) },
    })
  })

  for (const [path, methods] of Object.entries(API_METHODS)) {
    if (path === paths.openapi && !openapi) continue
    app.all(path, () => methodNotAllowed(methods.join(', ')))
  }
  app.all('*', () => problemResponse(404, 'Not found', 'No such API endpoint. See /api/v1/openapi.json.'))

  app.onError((err) => {
    console.error('[api] unexpected error', err)
    return problemResponse(500, 'Internal server error', 'The server could not answer this request. Try again later.')
  })
  return app
}

function invalid(errors: FieldError[]): Response {
  return problemResponse(400, 'Invalid query parameter', errors.map((e) => e.message.en).join(' '), errors)
}

function tooLarge(over: { groups: number; bytes?: number }, limits: AnswerLimits): Response {
  const what =
    over.bytes === undefined
      ? `more than ${limits.maxGroups.toLocaleString('en')} groups`
      : `about ${Math.round(over.bytes / 1024 / 1024)} MiB, more than the ${Math.round(limits.maxBytes / 1024 / 1024)} MiB allowed`
  return new Response(
    JSON.stringify({
      type: 'https://samenhang.example/problems/answer-too-large',
      title: 'Answer too large',
      status: 400,
      detail: `This question has ${what} in one answer. Narrow it: filter by year, level, region or sector, or group by fewer keys (see limits in /api/v1/meta).`,
      errors: [
        {
          param: 'by',
          message: {
            nl: `Dit antwoord zou te groot worden (hoogstens ${limits.maxGroups.toLocaleString('nl-NL')} groepen). Filter op jaar, niveau, regio of sector, of groepeer op minder sleutels.`,
            en: `This answer would be too large (at most ${limits.maxGroups.toLocaleString('en')} groups). Filter by year, level, region or sector, or group by fewer keys.`,
          },
        },
      ],
      limits: { maxGroups: limits.maxGroups, maxBytes: limits.maxBytes },
    }),
    { status: 400, headers: { 'content-type': 'application/problem+json; charset=utf-8' } },
  )
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
/**
 * The request body, read up to `limit` bytes (a declared or actual larger body is refused), or
 * 'aborted' when the client went away before it ended (case S4: not a server error).
 */
async function readLimited(req: Request, limit: number, hash?: IncrementalHash): Promise<Uint8Array<ArrayBuffer> | 'too_large' | 'aborted'> {
  const declared = Number(req.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) return 'too_large'
  if (!req.body) return new Uint8Array(0)
  const reader = req.body.getReader()
  // With a declared length each chunk is copied into place as it arrives and dropped: copying
  // 30 MB at the end (first touch of a fresh buffer) held the event loop for about 120 ms, and
  // the chunks and the copy would both be alive at that moment. Without one, chunks are kept.
  const known = Number.isFinite(declared) && declared >= 0
  const whole = known ? new Uint8Array(declared) : undefined
  const chunks: Uint8Array[] = []
  let size = 0
  let sinceYield = 0
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>
    try {
      chunk = await reader.read()
    } catch {
      return 'aborted'
    }
    const { done, value } = chunk
    if (done) break
    if (size + value.byteLength > limit) {
      await reader.cancel()
      return 'too_large'
    }
    if (whole) {
      // more than was announced: not the request its headers describe
      if (size + value.byteLength > whole.length) {
        await reader.cancel()
        return 'aborted'
      }
      whole.set(value, size)
    } else chunks.push(value)
    size += value.byteLength
    hash?.update(value)
    // chunks that arrived together are read in one run of microtasks (30 MB of copying and
    // hashing took 85–160 ms in one go): a turn of the event loop every MiB lets health checks in
    sinceYield += value.byteLength
    if (sinceYield >= 1 << 20) {
      sinceYield = 0
      await yieldToEventLoop()
    }
  }
  // a stream that ended early (the connection closed) is not the whole file
  if (req.signal?.aborted || (known && size !== declared)) return 'aborted'
  if (whole) return whole
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
    if (at % (1 << 22) < c.byteLength) await yieldToEventLoop()
  }
  return out
}
