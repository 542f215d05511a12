// @vitest-environment node
/**
 * The PostgreSQL store on a throwaway cluster: the API contract and dataset suites, parity with
 * the memory store (every grouping × filters, suppression included), the query fuzz, atomic
 * replacement seen from concurrent readers, seeding by one of several servers, and bad
 * configuration in one clear message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import { CELL_KEYS, type CellKeyName, type DatasetInfo } from '../../src/contract/v1'
import type { Cell, PillarCell } from '../../src/domain/cells'
import { AnswerCache } from '../api/answer-cache'
import { createApi } from '../api/app'
import { runApiSuite, runDatasetSuite, runPillarSuite } from '../api/api-suite'
import { answerableGroupings, syntheticPillarCells } from '../testing/pillar-fixture'
import { freshDatabase, postgresForTests } from '../testing/postgres'
import { fuzzQueries } from '../testing/query-fuzz'
import { MemoryStore } from './memory'
import { PostgresOpenError, PostgresStore } from './postgres'
import { SqliteStore } from './sqlite'
import { runImport } from '../import/cli'
import { sampleDatasetCsv } from '../import/sample-files'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const cluster = await postgresForTests('the PostgreSQL store tests (parity, contract, fuzz, atomic replace, configuration errors)')
afterAll(async () => cluster?.stop())

const opened: PostgresStore[] = []
afterAll(async () => {
  for (const s of opened) await s.close().catch(() => undefined)
})

async function pgStore(cells?: Cell[], info: Omit<DatasetInfo, 'cells'> = DEMO_INFO, pillarCells?: PillarCell[]): Promise<PostgresStore> {
  const store = await PostgresStore.open(freshDatabase(cluster!))
  if (cells) await store.replace(cells, info, pillarCells)
  return store
}

if (cluster) {
  runApiSuite('postgres', (cells, pillarCells) => pgStore(cells, DEMO_INFO, pillarCells))
  runDatasetSuite('postgres', (cells, pillarCells) => pgStore(cells, DEMO_INFO, pillarCells))
  runPillarSuite('postgres', (cells, pillarCells) => pgStore(cells, DEMO_INFO, pillarCells))
  fuzzQueries('PostgreSQL', (cells) => pgStore(cells))
}

/** Every subset of the cell keys, in contract order (store level: any grouping pools). */
function cellGroupings(): CellKeyName[][] {
  const out: CellKeyName[][] = []
  for (let mask = 0; mask < 1 << CELL_KEYS.length; mask++) out.push(CELL_KEYS.filter((_, i) => mask & (1 << i)))
  return out
}

const FILTERS = [
  '',
  'region=PV20',
  'year=2025',
  'sector=GEM,PO',
  'level=national',
  'level=national&region=NL,EU27',
  'dimension=T2&year=2019,2025',
  'region=PV24&level=regional_sectoral',
  'sector=WO&region=PV21',
  'level=organisational&region=PV29&sector=RM',
]

describe.skipIf(!cluster)('parity: memory, SQLite and PostgreSQL give identical answers', () => {
  const cells = generateDemoCells()
  const pillars = syntheticPillarCells(cells)
  const memory = createApi({ store: new MemoryStore(cells, DEMO_INFO, pillars) })
  const sqliteStore = new SqliteStore(':memory:')
  const sqlite = createApi({ store: sqliteStore })
  let pg: PostgresStore
  let postgres: ReturnType<typeof createApi>
  beforeAll(async () => {
    await sqliteStore.replace(cells, DEMO_INFO, pillars)
    pg = await pgStore(cells, DEMO_INFO, pillars)
    opened.push(pg)
    postgres = createApi({ store: pg })
  }, 60_000)
  afterAll(async () => sqliteStore.close())

  const answer = async (api: ReturnType<typeof createApi>, qs: string) => {
    const res = await api.fetch(new Request(`http://localhost/api/v1/scores?${qs}`))
    return { status: res.status, etag: res.headers.get('etag'), body: (await res.json()) as unknown }
  }

  it(`gives deep-equal bodies and ETags on ${answerableGroupings().length * FILTERS.length} queries (every grouping with dimension or pillar × ${FILTERS.length} filters), suppression included`, async () => {
    let rows = 0
    let suppressed = 0
    for (const by of answerableGroupings()) {
      for (const filter of FILTERS) {
        if (by.includes('pillar') && filter.includes('dimension')) continue
        const qs = [filter, by.length > 0 ? `by=${by.join(',')}` : ''].filter(Boolean).join('&')
        const [m, s, p] = await Promise.all([answer(memory, qs), answer(sqlite, qs), answer(postgres, qs)])
        expect(m.status, qs).toBe(200)
        expect(p, qs).toEqual(m)
        expect(s, qs).toEqual(m)
        const body = m.body as { rows: { status: string }[] }
        rows += body.rows.length
        suppressed += body.rows.filter((r) => r.status === 'suppressed').length
      }
    }
    expect(rows).toBeGreaterThan(50_000)
    expect(suppressed).toBeGreaterThan(100)
  }, 120_000)

  it('gives the same meta and the same dataset list', async () => {
    for (const path of ['/api/v1/meta', '/api/v1/datasets']) {
      const [m, p] = await Promise.all([memory, postgres].map((api) => api.fetch(new Request(`http://localhost${path}`))))
      expect(await p.json(), path).toEqual(await m.json())
    }
  })

  it('pools to the same sums at store level (n exactly, Σx and Σx² to 1e-12 relative)', async () => {
    const ms = new MemoryStore(cells, DEMO_INFO)
    for (const by of cellGroupings()) {
      const a = await ms.pool({ year: [2024, 2025], sector: ['GEM', 'RIJK', 'WS'] }, by, 10)
      const b = await pg.pool({ year: [2024, 2025], sector: ['GEM', 'RIJK', 'WS'] }, by, 10)
      expect(b.map((g) => [g.keys, g.n])).toEqual(a.map((g) => [g.keys, g.n]))
      b.forEach((g, i) => {
        expect(Math.abs(g.sum - a[i].sum)).toBeLessThanOrEqual(1e-12 * Math.abs(a[i].sum))
        expect(Math.abs(g.sumSq - a[i].sumSq)).toBeLessThanOrEqual(1e-12 * Math.abs(a[i].sumSq))
      })
    }
    expect(await pg.pool({ region: [] }, ['level'], 10)).toEqual([])
    expect(await pg.pool({ region: ['NOPE'] }, [], 10)).toEqual([])
  }, 60_000)

  it("answers the home view's queries from the covering indexes", async () => {
    const explain = async (sql: string, params: unknown[]) => {
      const r = await pg.db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params)
      return r.rows.map((x) => x['QUERY PLAN']).join('\n')
    }
    const home = await explain(
      'SELECT level, dimension, year, SUM(n), SUM(sum), SUM(sum_sq) FROM rollup WHERE dataset = (SELECT dataset FROM current_dataset WHERE id = 1) AND mask = $1 AND region = ANY($2::text[]) GROUP BY level, dimension, year',
      [0b10111, ['PV20']],
    )
    // the planner's own choice (no settings forced): the region index, never a scan of the table
    expect(home, home).toMatch(/Index (Only )?Scan (using|on) rollup_by_region/)
    expect(home, home).not.toMatch(/Seq Scan on rollup/)
    const trends = await explain(
      'SELECT year, SUM(n), SUM(sum), SUM(sum_sq) FROM rollup WHERE dataset = (SELECT dataset FROM current_dataset WHERE id = 1) AND mask = $1 AND year = ANY($2::integer[]) AND level = ANY($3::text[]) GROUP BY year',
      [0b10001, [2025], ['national']],
    )
    expect(trends, trends).toMatch(/rollup_by_(year|region)/)
    const cells = await explain(
      'SELECT level, dimension, region, sector, year, SUM(n) FROM cells WHERE dataset = (SELECT dataset FROM current_dataset WHERE id = 1) AND region = ANY($1::text[]) GROUP BY level, dimension, region, sector, year',
      [['PV20']],
    )
    expect(cells, cells).toMatch(/cells_by_region/)
  })
})

describe.skipIf(!cluster)('PostgresStore: datasets, versions and atomic replacement', () => {
  const small: Cell[] = [
    { level: 'organisational', dimension: 'T1', region: 'PV20', sector: 'GEM', year: 2025, n: 12, sum: 36, sumSq: 120 },
    { level: 'organisational', dimension: 'T1', region: 'PV21', sector: 'GEM', year: 2025, n: 4, sum: 8, sumSq: 20 },
    { level: 'national', dimension: 'T1', region: 'NL', sector: null, year: 2025, n: 40, sum: 120, sumSq: 400 },
  ]
  const info = { ...DEMO_INFO, id: 'small', version: 'small-1', synthetic: false }

  it('starts empty, stores a dataset with its history, and a second server sees it at once', async () => {
    const url = freshDatabase(cluster!)
    const a = await PostgresStore.open(url)
    const b = await PostgresStore.open(url) // a second server on the same database
    opened.push(a, b)
    expect(await a.isEmpty()).toBe(true)
    expect((await a.summary()).info.version).toBe('empty')
    await a.replace(small, info)
    const s = await b.summary()
    expect(s.info).toEqual({ ...info, cells: 3, pillarCells: false })
    expect(s).toMatchObject({ years: [2025], regions: ['NL', 'PV20', 'PV21'], sectors: ['GEM'] })
    expect(await b.pool({}, ['level'], 10)).toEqual([
      { keys: { level: 'national' }, n: 40, sum: 120, sumSq: 400 },
      { keys: { level: 'organisational' }, n: 12, sum: 36, sumSq: 120 },
    ])
    await b.replace(small.slice(0, 1), { ...info, version: 'small-2' })
    expect((await a.summary()).info).toMatchObject({ version: 'small-2', cells: 1 })
    expect((await a.versions()).map((v) => v.version)).toEqual(['small-2', 'small-1'])
    // only the current dataset keeps cells
    expect((await a.db.query('SELECT dataset, COUNT(*)::int AS c FROM cells GROUP BY dataset')).rows).toHaveLength(1)
  })

  it('rolls back a failed replace: previous dataset served, history unchanged, no stray cells', async () => {
    const store = await pgStore(small, info)
    opened.push(store)
    const bad = [...generateDemoCells().slice(0, 30_000), { ...small[0], n: -1 }]
    await expect(store.replace(bad, { ...info, version: 'small-2' })).rejects.toThrow()
    expect((await store.summary()).info.version).toBe('small-1')
    expect(await store.pool({}, [], 10)).toEqual([{ keys: {}, n: 52, sum: 156, sumSq: 520 }])
    expect((await store.versions()).map((v) => v.version)).toEqual(['small-1'])
    expect((await store.db.query('SELECT COUNT(*)::int AS c FROM cells')).rows[0].c).toBe(3)
  })

  it('never shows a concurrent reader a mix of two datasets', async () => {
    const url = freshDatabase(cluster!)
    const writer = await PostgresStore.open(url)
    const reader = await PostgresStore.open(url)
    opened.push(writer, reader)
    const cells = generateDemoCells()
    await writer.replace(cells, DEMO_INFO)
    const expectedOld = (await reader.pool({}, [], 10))[0]
    // the new dataset: every n doubled, so a mix would give a total between the two
    const doubled = cells.map((c) => ({ ...c, n: c.n * 2, sum: c.sum * 2, sumSq: c.sumSq * 2 }))
    const expectedNew = (await new MemoryStore(doubled, DEMO_INFO).pool({}, [], 10))[0]
    let done = false
    const seen = new Set<number>()
    const reading = (async () => {
      while (!done) {
        const g = (await reader.pool({}, [], 10))[0]
        seen.add(g.n)
      }
    })()
    await writer.replace(doubled, { ...DEMO_INFO, version: 'doubled' })
    done = true
    await reading
    seen.add((await reader.pool({}, [], 10))[0].n)
    expect([...seen].every((n) => n === expectedOld.n || n === expectedNew.n), [...seen].join(', ')).toBe(true)
    expect(seen.has(expectedNew.n)).toBe(true)
  }, 60_000)

  it('npm run import writes to PostgreSQL when SAMENHANG_DATABASE_URL is set, and a server sees it', async () => {
    const url = freshDatabase(cluster!)
    const server = await PostgresStore.open(url)
    opened.push(server)
    await server.replace(small, info)
    const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-pg-cli-'))
    try {
      const file = path.join(dir, 'enquete.csv')
      writeFileSync(file, sampleDatasetCsv(1000, 'nl'))
      let out = ''
      let err = ''
      const code = await runImport([file, '--lang', 'en', '--title', 'Via CLI'], { SAMENHANG_DATABASE_URL: url }, (x) => (out += x), (x) => (err += x))
      expect({ code, err }).toEqual({ code: 0, err: '' })
      expect(out).toMatch(/Imported as version \S+-cli/)
      expect((await server.summary()).info).toMatchObject({ title: { en: 'Via CLI' }, cells: 1000 })
      // a bad URL is one message, exit 2
      err = ''
      expect(await runImport([file], { SAMENHANG_DATABASE_URL: cluster!.urlFor('postgres', 'postgres', 'nope') }, () => undefined, (x) => (err += x))).toBe(2)
      expect(err).toMatch(/^PostgreSQL refused the password for user "postgres"/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('hears of a version another server commits (LISTEN/NOTIFY); reads the pointer on every call while not listening', async () => {
    const url = freshDatabase(cluster!)
    const a = await PostgresStore.open(url)
    const b = await PostgresStore.open(url)
    opened.push(a, b)
    await a.replace(small, info)
    expect(b.notified).toBe(true)
    const until = async (version: string) => {
      const t = Date.now()
      while ((await b.summary()).info.version !== version) {
        if (Date.now() - t > 2000) throw new Error(`b still on ${(await b.summary()).info.version}`)
        await new Promise((r) => setTimeout(r, 5))
      }
      return Date.now() - t
    }
    expect(await until('small-1')).toBeLessThan(2000)
    // the listening connection dies: b falls back to reading the pointer on every call at once
    cluster!.psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'samenhang-listen' AND datname = '${new URL(url).pathname.slice(1)}'`)
    for (let i = 0; i < 100 && b.notified; i++) await new Promise((r) => setTimeout(r, 20))
    expect(b.notified).toBe(false)
    await a.replace(small.slice(0, 1), { ...info, version: 'small-2' })
    expect((await b.summary()).info.version).toBe('small-2')
    // … and listens again
    for (let i = 0; i < 150 && !b.notified; i++) await new Promise((r) => setTimeout(r, 20))
    expect(b.notified).toBe(true)
    await a.replace(small, { ...info, version: 'small-3' })
    expect(await until('small-3')).toBeLessThan(2000)
  }, 30_000)

  it('API answers on one server while another replaces the data again and again: every answer is one version, whole', async () => {
    const url = freshDatabase(cluster!)
    const writer = await PostgresStore.open(url)
    const reader = await PostgresStore.open(url)
    opened.push(writer, reader)
    const base = generateDemoCells().filter((c) => c.year >= 2024)
    // version k has every n, Σx and Σx² multiplied by k: its numbers identify it
    const version = (k: number) => ({ ...DEMO_INFO, version: `times-${k}` })
    const cellsOf = (k: number) => base.map((c) => ({ ...c, n: c.n * k, sum: c.sum * k, sumSq: c.sumSq * k }))
    const qs = 'by=level,dimension,year&region=PV20,PV27'
    const expected = new Map<string, unknown>()
    for (let k = 1; k <= 4; k++) {
      const res = await createApi({ store: new MemoryStore(cellsOf(k), version(k)) }).fetch(new Request(`http://localhost/api/v1/scores?${qs}`))
      expected.set(`times-${k}`, ((await res.json()) as { rows: unknown }).rows)
    }
    await writer.replace(cellsOf(1), version(1))
    const api = createApi({ store: reader, cache: new AnswerCache() })
    let done = false
    const seen = new Map<string, number>()
    const reading = (async () => {
      while (!done) {
        const res = await api.fetch(new Request(`http://localhost/api/v1/scores?${qs}`))
        const body = (await res.json()) as { datasetVersion: string; rows: unknown }
        expect(res.headers.get('etag')).toBe(`"${body.datasetVersion}"`)
        expect(body.rows, body.datasetVersion).toEqual(expected.get(body.datasetVersion))
        seen.set(body.datasetVersion, (seen.get(body.datasetVersion) ?? 0) + 1)
        // answers from memory never wait for I/O: yield, as a server does between requests
        await new Promise((r) => setImmediate(r))
      }
    })()
    for (let k = 2; k <= 4; k++) await writer.replace(cellsOf(k), version(k))
    await new Promise((r) => setTimeout(r, 100))
    done = true
    await reading
    expect(seen.get('times-4')).toBeGreaterThan(0)
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(10)
  }, 60_000)

  it('lets exactly one of several servers starting at once seed an empty database', async () => {
    const url = freshDatabase(cluster!)
    const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(url)))
    opened.push(...stores)
    const seeded = await Promise.all(stores.map((s, i) => s.seedIfEmpty(small, { ...info, version: `seed-${i}` })))
    expect(seeded.filter(Boolean)).toHaveLength(1)
    expect(await stores[0].versions()).toHaveLength(1)
  })
})

describe.skipIf(!cluster)('bad configuration: one clear message, no stack trace', () => {
  const refuse = async (url: string) => {
    try {
      const s = await PostgresStore.open(url, { connectTimeoutMs: 3000 })
      await s.close()
    } catch (err) {
      expect(err).toBeInstanceOf(PostgresOpenError)
      return (err as Error).message
    }
    throw new Error(`opened ${url}`)
  }

  it('unreachable database', async () => {
    const port = cluster!.port === 1 ? 2 : 1 // nothing listens on port 1
    expect(await refuse(`postgres://u:p@127.0.0.1:${port}/x`)).toBe(
      `Cannot reach PostgreSQL at u@127.0.0.1:${port}/x: connection refused. Is the database running, and are host and port in SAMENHANG_DATABASE_URL right?`,
    )
    expect(await refuse('postgres://u:p@no-such-host.invalid:5432/x')).toMatch(/^Cannot reach PostgreSQL at u@no-such-host\.invalid:5432\/x: the host name does not resolve\./)
  })

  it('wrong password (and the password never appears in the message)', async () => {
    const msg = await refuse(cluster!.urlFor('postgres', 'postgres', 'wrong-secret'))
    expect(msg).toBe(`PostgreSQL refused the password for user "postgres" (postgres@127.0.0.1:${cluster!.port}/postgres). Check the password in SAMENHANG_DATABASE_URL.`)
    expect(msg).not.toContain('wrong-secret')
  })

  it('missing database', async () => {
    expect(await refuse(cluster!.urlFor('does_not_exist'))).toMatch(/^The database in SAMENHANG_DATABASE_URL does not exist \(postgres@127\.0\.0\.1:\d+\/does_not_exist\)/)
  })

  it('missing permissions (a user that may not create the tables)', async () => {
    const url = freshDatabase(cluster!, 'perm')
    const db = new URL(url).pathname.slice(1)
    cluster!.psql(`CREATE ROLE reader_${process.pid} LOGIN PASSWORD 'reader-pw'`)
    cluster!.psql(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`, db)
    expect(await refuse(cluster!.urlFor(db, `reader_${process.pid}`, 'reader-pw'))).toMatch(
      new RegExp(`^User "reader_${process.pid}" lacks a permission Samenhang needs \\(reader_${process.pid}@127\\.0\\.0\\.1:\\d+/${db}\\): permission denied for schema public\\.`),
    )
  })
})
