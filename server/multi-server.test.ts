// @vitest-environment node
/**
 * Several servers, one truth: two server processes on different ports against one PostgreSQL
 * database (a throwaway cluster). Upload through one, read through the other: same version, same
 * ETag, same numbers. Kill the uploading server with SIGKILL while it writes a 100,000-row
 * dataset: the other keeps serving the previous dataset throughout, and the database holds no
 * partial dataset.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { http, passthrough } from 'msw'
import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { server as msw } from '../mocks/node'
import { datasetCreated, healthResponse, metaResponse } from '../src/contract/v1'
import { sampleDatasetCsv } from './import/sample-files'
import { freshDatabase, postgresForTests } from './testing/postgres'
import { freePort, kill, startServer, tinySite, waitForUrl, type ServerProc } from './testing/server-process'

const cluster = await postgresForTests('the two-server test on one PostgreSQL database')
afterAll(async () => cluster?.stop())
const TOKEN = 'two-servers-token-0123456789'

beforeEach(() => {
  msw.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()))
})

/** What a client sees: status, ETag and body of a few answers. */
async function observe(base: string): Promise<string[]> {
  const out: string[] = []
  for (const p of ['/api/v1/meta', '/api/v1/scores?by=level,region,dimension&year=2025', '/api/v1/scores?by=year,dimension&region=PV20,PV26&sector=GEM', '/api/v1/datasets']) {
    const res = await fetch(`${base}${p}`)
    out.push(`${res.status} ${res.headers.get('etag')} ${await res.text()}`)
  }
  return out
}

describe.skipIf(!cluster)('two API servers on one PostgreSQL database', () => {
  let dir: string
  let url: string
  const procs: ServerProc[] = []
  let a: ServerProc
  let b: ServerProc
  let baseA: string
  let baseB: string
  let envA: Record<string, string>

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'samenhang-two-'))
    url = freshDatabase(cluster!, 'two')
    const common = { SAMENHANG_DATABASE_URL: url, SAMENHANG_STATIC_DIR: tinySite(path.join(dir, 'site')), SAMENHANG_UPLOAD_TOKEN: TOKEN, SAMENHANG_RATE_LIMIT: '0' }
    envA = { ...common, PORT: String(await freePort()), SAMENHANG_DATA_DIR: path.join(dir, 'a') }
    const envB = { ...common, PORT: String(await freePort()), SAMENHANG_DATA_DIR: path.join(dir, 'b') }
    // both start at once on the empty database: exactly one of them seeds it
    a = startServer(envA)
    b = startServer(envB)
    procs.push(a, b)
    ;[baseA, baseB] = await Promise.all([waitForUrl(a), waitForUrl(b)])
  }, 60_000)

  afterAll(async () => {
    for (const p of procs) await kill(p)
    rmSync(dir, { recursive: true, force: true })
  })

  it('seeds the empty database once, and both serve the same version, ETag and numbers', async () => {
    const seeded = [a, b].filter((p) => /loaded the demo dataset/.test(p.stderr()))
    expect(seeded).toHaveLength(1)
    expect(seeded[0].stderr()).toMatch(/New database \(PostgreSQL postgres@127\.0\.0\.1:\d+\/two_\d+_\d+\): loaded the demo dataset \(30402 cells, synthetic\)\./)
    expect(await observe(baseB)).toEqual(await observe(baseA))
  })

  it('an upload through one server is served, identically, by the other', async () => {
    const csv = sampleDatasetCsv(5000, 'nl', 7)
    const res = await fetch(`${baseA}/api/v1/datasets?title=Via%20A`, { method: 'POST', body: csv, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' } })
    expect(res.status).toBe(201)
    const { dataset } = datasetCreated.parse(await res.json())
    // B hears of the new version through PostgreSQL's notification, at A's commit: by the time
    // the client has A's answer, B serves it (allow 2 s for a busy machine)
    const t = Date.now()
    while ((healthResponse.parse(await (await fetch(`${baseB}/api/v1/health`)).json())).datasetVersion !== dataset.version) {
      expect(Date.now() - t).toBeLessThan(2000)
      await new Promise((r) => setTimeout(r, 10))
    }
    const [seenA, seenB] = await Promise.all([observe(baseA), observe(baseB)])
    expect(seenB).toEqual(seenA)
    const meta = metaResponse.parse(JSON.parse(seenB[0].slice(seenB[0].indexOf('{'))))
    expect(meta.dataset).toMatchObject({ version: dataset.version, title: { nl: 'Via A' }, cells: 5000 })
    expect(seenB[1]).toMatch(new RegExp(`^200 W/"${dataset.version}" `)) // weak: the answer is compressed
  })

  it('SIGKILL of the uploading server mid-write: the other serves the previous dataset throughout; no partial dataset in the database', async () => {
    const before = await observe(baseB)
    const csv = sampleDatasetCsv(100_000, 'intl', 11)
    const upload = fetch(`${baseA}/api/v1/datasets`, { method: 'POST', body: csv, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' } }).catch((e: Error) => e)
    await a.waitForStderr(/import: 100000 cells valid .*writing version/)
    // B answers while A writes, and after A is gone: always the previous dataset
    const during = await observe(baseB)
    await kill(a)
    expect(await upload).toBeInstanceOf(Error)
    expect(during).toEqual(before)
    expect(await observe(baseB)).toEqual(before)

    // the killed server's transaction is rolled back when PostgreSQL sees its connection close
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      for (let i = 0; i < 100; i++) {
        const busy = await client.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'samenhang' AND state LIKE 'idle in transaction%' OR (application_name = 'samenhang' AND query LIKE 'INSERT INTO cells%' AND state = 'active')")
        if (busy.rowCount === 0) break
        await new Promise((r) => setTimeout(r, 100))
      }
      const datasets = (await client.query<{ c: number }>('SELECT COUNT(*)::int AS c FROM datasets')).rows[0].c
      const stray = (await client.query<{ c: number }>('SELECT COUNT(*)::int AS c FROM cells WHERE dataset <> (SELECT dataset FROM current_dataset)')).rows[0].c
      const current = (await client.query<{ c: number }>('SELECT COUNT(*)::int AS c FROM cells WHERE dataset = (SELECT dataset FROM current_dataset)')).rows[0].c
      expect({ datasets, stray, current }).toEqual({ datasets: 2, stray: 0, current: 5000 })
    } finally {
      await client.end()
    }

    // a restarted server serves exactly what the other one does
    a = startServer({ ...envA, PORT: '0' })
    procs.push(a)
    baseA = await waitForUrl(a)
    expect(await observe(baseA)).toEqual(before)
  }, 120_000)
})

describe('bad database configuration stops start-up with one clear message', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'samenhang-badcfg-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const attempt = async (url: string) => {
    const p = startServer({ PORT: '0', SAMENHANG_DATABASE_URL: url, SAMENHANG_STATIC_DIR: tinySite(path.join(dir, 'site')) })
    const code = await p.exited
    return { code, stderr: p.stderr().trim() }
  }

  it('a malformed URL (exit 2), an unreachable database and a wrong password (exit 1), without a stack trace', async () => {
    expect(await attempt('mysql://x@y/z')).toEqual({
      code: 2,
      stderr: 'Samenhang: SAMENHANG_DATABASE_URL must look like postgres://user:password@host:5432/database (special characters in the password percent-encoded).',
    })
    const port = await freePort() // nothing listens there
    expect(await attempt(`postgres://samenhang:secret@127.0.0.1:${port}/samenhang`)).toEqual({
      code: 1,
      stderr: `Samenhang cannot start: Cannot reach PostgreSQL at samenhang@127.0.0.1:${port}/samenhang: connection refused. Is the database running, and are host and port in SAMENHANG_DATABASE_URL right?`,
    })
    if (cluster) {
      const r = await attempt(cluster.urlFor('postgres', 'postgres', 'not-the-password'))
      expect(r).toEqual({
        code: 1,
        stderr: `Samenhang cannot start: PostgreSQL refused the password for user "postgres" (postgres@127.0.0.1:${cluster.port}/postgres). Check the password in SAMENHANG_DATABASE_URL.`,
      })
    }
  }, 60_000)
})
