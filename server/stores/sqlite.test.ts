// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import { CELL_KEYS, type CellKeyName } from '../../src/contract/v1'
import type { Cell, PillarCell } from '../../src/domain/cells'
import { createApi } from '../api/app'
import { runApiSuite, runDatasetSuite, runPillarSuite } from '../api/api-suite'
import { answerableGroupings, syntheticPillarCells } from '../testing/pillar-fixture'
import { MemoryStore } from './memory'
import Database from 'better-sqlite3'
import { SCHEMA_VERSION, SqliteStore } from './sqlite'

const makeSqlite = async (cells: Cell[], pillarCells?: PillarCell[]) => {
  const store = new SqliteStore(':memory:')
  await store.replace(cells, DEMO_INFO, pillarCells)
  return store
}
runApiSuite('sqlite', makeSqlite)
runDatasetSuite('sqlite', makeSqlite)
runPillarSuite('sqlite', makeSqlite)

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
  'sector=WO&region=PV21', // WO has no cells in PV21: an empty answer
  'level=organisational&region=PV29&sector=RM', // small cells, many suppressed
]

describe('parity: the SQLite store answers exactly as the memory store', () => {
  const cells = generateDemoCells()
  const pillars = syntheticPillarCells(cells)
  const memory = createApi({ store: new MemoryStore(cells, DEMO_INFO, pillars) })
  const sqliteStore = new SqliteStore(':memory:')
  const sqlite = createApi({ store: sqliteStore })
  beforeAll(async () => {
    await sqliteStore.replace(cells, DEMO_INFO, pillars)
  })
  afterAll(async () => sqliteStore.close())

  const answer = async (api: ReturnType<typeof createApi>, qs: string) => {
    const res = await api.fetch(new Request(`http://localhost/api/v1/scores?${qs}`))
    return { status: res.status, etag: res.headers.get('etag'), body: (await res.json()) as unknown }
  }

  it(`gives deep-equal bodies on ${answerableGroupings().length * FILTERS.length} queries (every grouping with dimension or pillar × ${FILTERS.length} filters)`, async () => {
    let rows = 0
    let suppressed = 0
    for (const by of answerableGroupings()) {
      for (const filter of FILTERS) {
        if (by.includes('pillar') && filter.includes('dimension')) continue
        const qs = [filter, by.length > 0 ? `by=${by.join(',')}` : ''].filter(Boolean).join('&')
        const [m, s] = await Promise.all([answer(memory, qs), answer(sqlite, qs)])
        expect(m.status, qs).toBe(200)
        expect(s, qs).toEqual(m)
        const body = m.body as { rows: { status: string }[] }
        rows += body.rows.length
        suppressed += body.rows.filter((r) => r.status === 'suppressed').length
      }
    }
    // the queries exercise real answers, including suppression
    expect(rows).toBeGreaterThan(50_000)
    expect(suppressed).toBeGreaterThan(100)
  }, 60_000)

  it('gives the same meta', async () => {
    const [m, s] = await Promise.all([memory, sqlite].map((api) => api.fetch(new Request('http://localhost/api/v1/meta'))))
    expect(await s.json()).toEqual(await m.json())
  })

  it('pools to the same sums at store level (n exactly, Σx and Σx² to 1e-12 relative)', async () => {
    const ms = new MemoryStore(cells, DEMO_INFO)
    for (const by of cellGroupings()) {
      const a = await ms.pool({ year: [2024, 2025] }, by, 10)
      const b = await sqliteStore.pool({ year: [2024, 2025] }, by, 10)
      expect(b.map((g) => [g.keys, g.n])).toEqual(a.map((g) => [g.keys, g.n]))
      b.forEach((g, i) => {
        expect(Math.abs(g.sum - a[i].sum)).toBeLessThanOrEqual(1e-12 * Math.abs(a[i].sum))
        expect(Math.abs(g.sumSq - a[i].sumSq)).toBeLessThanOrEqual(1e-12 * Math.abs(a[i].sumSq))
      })
    }
  })

  it('treats an empty filter list as "nothing", and no match without grouping as no group', async () => {
    const ms = new MemoryStore(cells, DEMO_INFO)
    expect(await sqliteStore.pool({ region: [] }, ['level'], 10)).toEqual(await ms.pool({ region: [] }, ['level'], 10))
    expect(await sqliteStore.pool({ region: ['NOPE'] }, [], 10)).toEqual([])
    expect(await ms.pool({ region: ['NOPE'] }, [], 10)).toEqual([])
  })
})

describe('SqliteStore on disk', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'samenhang-sqlite-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const small: Cell[] = [
    { level: 'organisational', dimension: 'T1', region: 'PV20', sector: 'GEM', year: 2025, n: 12, sum: 36, sumSq: 120 },
    { level: 'organisational', dimension: 'T1', region: 'PV21', sector: 'GEM', year: 2025, n: 4, sum: 8, sumSq: 20 },
    { level: 'national', dimension: 'T1', region: 'NL', sector: null, year: 2025, n: 40, sum: 120, sumSq: 400 },
  ]
  const info = { ...DEMO_INFO, id: 'small', version: 'small-1', synthetic: false }

  it('uses WAL and synchronous=FULL, also after reopening, and keeps the data', async () => {
    const file = path.join(dir, 'a.sqlite')
    const first = new SqliteStore(file)
    expect(first.isEmpty()).toBe(true)
    expect((await first.summary()).info.version).toBe('empty')
    await first.replace(small, info)
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(first.db.pragma('synchronous', { simple: true })).toBe(2)
    await first.close()

    const again = new SqliteStore(file)
    expect(again.db.pragma('synchronous', { simple: true })).toBe(2) // FULL, not the NORMAL better-sqlite3 reopens with
    expect(again.isEmpty()).toBe(false)
    const s = await again.summary()
    expect(s.info).toEqual({ ...info, cells: 3, pillarCells: false })
    expect(s).toMatchObject({ years: [2025], regions: ['NL', 'PV20', 'PV21'], sectors: ['GEM'] })
    expect(await again.pool({}, ['level'], 10)).toEqual([
      { keys: { level: 'national' }, n: 40, sum: 120, sumSq: 400 },
      { keys: { level: 'organisational' }, n: 12, sum: 36, sumSq: 120 },
    ])
    // a sector filter leaves out the sector-less national cells
    expect(await again.pool({ sector: ['GEM'] }, ['sector'], 10)).toEqual([{ keys: { sector: 'GEM' }, n: 12, sum: 36, sumSq: 120 }])
    // a group of only thin cells is returned with n = 0
    expect(await again.pool({ region: ['PV21'] }, ['region'], 10)).toEqual([{ keys: { region: 'PV21' }, n: 0, sum: 0, sumSq: 0 }])
    await again.close()
  })

  it('rolls back a failed replace: the previous dataset stays, on disk and in memory', async () => {
    const file = path.join(dir, 'b.sqlite')
    const store = new SqliteStore(file)
    await store.replace(small, info)
    const bad: Cell[] = [...small, { level: 'individual', dimension: 'T1', region: 'PV20', sector: 'GEM', year: 2025, n: 2.5, sum: 5, sumSq: 13 }]
    await expect(store.replace(bad, { ...info, version: 'small-2' })).rejects.toThrow()
    expect((await store.summary()).info.version).toBe('small-1')
    expect(await store.pool({}, [], 10)).toEqual([{ keys: {}, n: 52, sum: 156, sumSq: 520 }])
    await store.close()
    const reopened = new SqliteStore(file)
    expect((await reopened.summary()).info.version).toBe('small-1')
    expect(reopened.db.prepare('SELECT COUNT(*) AS c FROM cells').get()).toEqual({ c: 3 })
    await reopened.close()
  })

  it('keeps a history of versions, untouched by a failed replace', async () => {
    const store = new SqliteStore(path.join(dir, 'c.sqlite'))
    await store.replace(small, info)
    await store.replace(small, { ...info, version: 'small-2' })
    await expect(store.replace([...small, { ...small[0], n: -1 }], { ...info, version: 'small-3' })).rejects.toThrow()
    expect((await store.versions()).map((v) => v.version)).toEqual(['small-2', 'small-1'])
    await store.close()
  })

  it('migrates a version 1 database (no history) and starts the history with its dataset', async () => {
    const file = path.join(dir, 'v1.sqlite')
    const old = new Database(file)
    old.exec(`CREATE TABLE dataset (id INTEGER PRIMARY KEY CHECK (id = 1), version TEXT NOT NULL, info TEXT NOT NULL, summary TEXT NOT NULL) STRICT;
      CREATE TABLE cells (level TEXT NOT NULL, dimension TEXT NOT NULL, region TEXT NOT NULL, sector TEXT, year INTEGER NOT NULL, n INTEGER NOT NULL CHECK (n >= 0), "sum" REAL NOT NULL, "sumSq" REAL NOT NULL) STRICT;`)
    old.prepare('INSERT INTO dataset VALUES (1, ?, ?, ?)').run('small-1', JSON.stringify({ ...info, cells: 0 }), JSON.stringify({ years: [], regions: [], sectors: [] }))
    old.pragma('user_version = 1')
    old.close()
    const store = new SqliteStore(file)
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect((await store.versions()).map((v) => v.version)).toEqual(['small-1'])
    await store.close()
  })

  it('sees a dataset another connection (the import CLI) committed: at the next query, and in its description within 20 ms', async () => {
    const file = path.join(dir, 'd.sqlite')
    const server = new SqliteStore(file)
    await server.replace(small, info)
    expect((await server.summary()).info.version).toBe('small-1')
    const cli = new SqliteStore(file)
    await cli.replace(small.slice(0, 1), { ...info, version: 'small-2' })
    await cli.close()
    // a query always looks, and takes the new description with it
    expect(await server.pool({}, [], 10)).toEqual([{ keys: {}, n: 12, sum: 36, sumSq: 120 }])
    const s = await server.summary()
    expect(s.info).toMatchObject({ version: 'small-2', cells: 1 })
    expect(s.regions).toEqual(['PV20'])
    // the description alone looks again after at most 20 ms
    const again = new SqliteStore(file)
    await again.replace(small, { ...info, version: 'small-3' })
    await again.close()
    await new Promise((r) => setTimeout(r, 25))
    expect((await server.summary()).info.version).toBe('small-3')
    await server.close()
  })

  it('answers grouped queries from a covering index', async () => {
    const store = new SqliteStore(':memory:')
    await store.replace(generateDemoCells(), DEMO_INFO)
    const plan = (sql: string, ...params: unknown[]) =>
      (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ')
    expect(plan('SELECT level, dimension, SUM(n), SUM("sum"), SUM("sumSq") FROM cells WHERE region IN (?) AND year IN (?) GROUP BY level, dimension', 'PV20', 2025)).toMatch(/COVERING INDEX/)
    expect(plan('SELECT year, SUM(n), SUM("sum"), SUM("sumSq") FROM cells WHERE sector IN (?) GROUP BY year', 'GEM')).toMatch(/COVERING INDEX/)
    await store.close()
  })
})

describe('SqliteStore rollups (ADR 0110)', () => {
  it('answers from the smallest rollup that holds the question, from an index, with a limit', async () => {
    const store = new SqliteStore(':memory:')
    await store.replace(generateDemoCells(), DEMO_INFO)
    // by=level,dimension&year=2025 (the national views): the level × dimension × year grouping
    expect(store.plan('cell', ['level', 'dimension', 'year'], 10)).toEqual({ table: 'rollup', mask: 0b10011 })
    // every key: the cell table itself
    expect(store.plan('cell', ['level', 'dimension', 'region', 'sector', 'year'], 10)).toEqual({ table: 'cells' })
    // another threshold than the rollups were built with: the cells, thin cells counted as zero there
    expect(store.plan('cell', ['level'], 5)).toEqual({ table: 'cells' })
    const plan = (sql: string, ...params: unknown[]) =>
      (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ')
    expect(plan('SELECT level, dimension, SUM(n), SUM("sum"), SUM("sumSq") FROM rollup WHERE mask = ? AND region IN (?) AND year IN (?) GROUP BY level, dimension', 0b11101, 'PV20', 2025)).toMatch(/COVERING INDEX/)
    const limited = await store.pool({}, ['level', 'dimension', 'region', 'sector', 'year'], 10, 100)
    expect(limited).toHaveLength(101)
    await store.close()
  })

  it('migrates a version 2 database: builds the rollups of the dataset it holds, and answers as before', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-sqlite-v2-'))
    try {
      const file = path.join(dir, 'v2.sqlite')
      const cells = generateDemoCells().filter((c) => c.year === 2025)
      const old = new Database(file)
      old.exec(`CREATE TABLE dataset (id INTEGER PRIMARY KEY CHECK (id = 1), version TEXT NOT NULL, info TEXT NOT NULL, summary TEXT NOT NULL) STRICT;
        CREATE TABLE cells (level TEXT NOT NULL, dimension TEXT NOT NULL, region TEXT NOT NULL, sector TEXT, year INTEGER NOT NULL, n INTEGER NOT NULL CHECK (n >= 0), "sum" REAL NOT NULL, "sumSq" REAL NOT NULL) STRICT;
        CREATE TABLE dataset_versions (seq INTEGER PRIMARY KEY AUTOINCREMENT, version TEXT NOT NULL, info TEXT NOT NULL) STRICT;`)
      const insert = old.prepare('INSERT INTO cells VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      old.transaction(() => {
        for (const c of cells) insert.run(c.level, c.dimension, c.region, c.sector, c.year, c.n, c.sum, c.sumSq)
      })()
      const info = { ...DEMO_INFO, cells: cells.length }
      old.prepare('INSERT INTO dataset VALUES (1, ?, ?, ?)').run(info.version, JSON.stringify(info), JSON.stringify({ years: [2025], regions: [], sectors: [] }))
      old.prepare('INSERT INTO dataset_versions (version, info) VALUES (?, ?)').run(info.version, JSON.stringify(info))
      old.pragma('user_version = 2')
      old.close()
      const store = new SqliteStore(file)
      expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
      expect((await store.summary()).info.pillarCells).toBe(false)
      expect(store.plan('cell', ['level', 'dimension'], 10).table).toBe('rollup')
      const memory = createApi({ store: new MemoryStore(cells, DEMO_INFO) })
      const api = createApi({ store })
      for (const qs of ['by=level,dimension', 'by=region,dimension&level=organisational', 'by=sector,dimension,year&region=PV20']) {
        const [a, b] = await Promise.all([memory, api].map(async (x) => (await x.fetch(new Request(`http://localhost/api/v1/scores?${qs}`))).json()))
        expect(b, qs).toEqual(a)
      }
      await store.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('SqliteStore versions read with each question', () => {
  it('looks for another connection\'s commit only when a question saw a version it does not describe (not on every question of an empty database)', async () => {
    const store = new SqliteStore(':memory:')
    const notice = vi.spyOn(store as unknown as { notice: () => void }, 'notice')
    for (let i = 0; i < 5; i++) expect(await store.pool({}, ['level', 'dimension'], 10)).toEqual([])
    expect(notice).not.toHaveBeenCalled()
    await store.replace(generateDemoCells().slice(0, 500), DEMO_INFO)
    for (let i = 0; i < 5; i++) expect((await store.pool({ year: [2025] }, ['level', 'dimension'], 10)).length).toBeGreaterThan(0)
    expect(notice).not.toHaveBeenCalled()
    await store.close()
  })
})

describe('SqliteStore long reads', () => {
  it('steps a question over more than 5,000 rows (BULK_ROWS) on a second connection, answering as the memory store, while other queries run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-sqlite-bulk-'))
    try {
      const cells = generateDemoCells()
      const store = new SqliteStore(path.join(dir, 'bulk.sqlite'))
      await store.replace(cells, DEMO_INFO)
      const memory = new MemoryStore(cells, DEMO_INFO)
      const all = ['level', 'dimension', 'region', 'sector', 'year'] as const
      // the long read yields to the event loop: a short query in between is answered
      let between: number | undefined
      const long = store.pool({}, all, 10)
      setImmediate(() => void store.pool({ region: ['PV20'], year: [2025] }, ['level', 'dimension'], 10).then((g) => (between = g.length)))
      const groups = await long
      expect(between).toBe(27)
      expect(groups.length).toBeGreaterThan(20_000)
      expect(groups).toEqual(await memory.pool({}, all, 10))
      await store.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
