/**
 * The SQLite store (better-sqlite3 12.x): the production store of `npm start`.
 *
 * - Pooling happens in SQL: SUM(n), SUM(sum), SUM(sumSq) GROUP BY the requested keys, with
 *   cells below minN counted as zero (suppression at source, exactly as MemoryStore does).
 * - Answers come from rollups (ADR 0110): every grouping of the cell keys (and of the pillar
 *   cell keys) pooled once per dataset version by server/stores/cube.ts and written to `rollup`
 *   and `pillar_rollup` in the transaction that installs the dataset; a question reads the
 *   smallest grouping that holds its keys, so its cost follows the size of its answer. The full
 *   grouping is the cell table itself.
 * - Groups are ordered in JavaScript with compareGroups (store.ts), so the order is the memory
 *   store's to the byte (SQLite's BINARY collation compares UTF-8, JavaScript compares UTF-16).
 * - WAL, and `PRAGMA synchronous=FULL` on every open: better-sqlite3 reopens a WAL database at
 *   NORMAL, which can lose the last acknowledged transaction on power loss.
 * - replace() runs in one transaction: a failure leaves the previous dataset intact. Another
 *   connection (the upload worker, the import CLI) may write; summary() notices through
 *   PRAGMA data_version.
 * - Only parameterised queries; column names come from a fixed list, never from input.
 */
import Database from 'better-sqlite3'
import { CELL_KEYS, type CellKeyName, type DatasetInfo } from '../../src/contract/v1'
import type { Cell, PillarCell } from '../../src/domain/cells'
import { THRESHOLDS } from '../../src/domain/framework'
import {
  PILLAR_CELL_KEYS,
  cellGroupOf,
  pillarGroupOf,
  sortedUnlessCut,
  completeInfo,
  readInfo,
  type CellFilter,
  type DatasetDescription,
  type DatasetSummary,
  type PillarFilter,
  type PillarKeyName,
  type PooledGroup,
  type PooledPillarGroup,
  type Store,
} from '../store'
import { buildCellCube, buildPillarCube } from './cell-cubes'
import { maskOf, type Cube } from './cube'
import { summarise } from './memory'

/**
 * Bumped when the schema changes; stored in PRAGMA user_version. 2 added dataset_versions;
 * 3 added pillar cells and the rollups.
 */
export const SCHEMA_VERSION = 3

const SCHEMA = `
CREATE TABLE IF NOT EXISTS dataset (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version TEXT NOT NULL,
  info TEXT NOT NULL,      -- DatasetInfo as JSON
  summary TEXT NOT NULL    -- years, regions, sectors, rollup sizes as JSON (so opening is O(1))
) STRICT;
CREATE TABLE IF NOT EXISTS cells (
  level TEXT NOT NULL,
  dimension TEXT NOT NULL,
  region TEXT NOT NULL,
  sector TEXT,             -- NULL at the national level
  year INTEGER NOT NULL,
  n INTEGER NOT NULL CHECK (n >= 0),
  "sum" REAL NOT NULL,
  "sumSq" REAL NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS dataset_versions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  version TEXT NOT NULL,
  info TEXT NOT NULL       -- DatasetInfo as JSON
) STRICT;
CREATE TABLE IF NOT EXISTS pillar_cells (
  level TEXT NOT NULL,
  region TEXT NOT NULL,
  sector TEXT,
  year INTEGER NOT NULL,
  n INTEGER NOT NULL CHECK (n >= 0),
  "sumT" REAL NOT NULL, "sumTSq" REAL NOT NULL, "sumS" REAL NOT NULL, "sumSSq" REAL NOT NULL, "sumTS" REAL NOT NULL
) STRICT;
-- every grouping but the full one; a key the grouping (mask) leaves out is NULL; thin cells are
-- already left out of the sums (minN in the summary)
CREATE TABLE IF NOT EXISTS rollup (
  mask INTEGER NOT NULL,
  level TEXT, dimension TEXT, region TEXT, sector TEXT, year INTEGER,
  n INTEGER NOT NULL, "sum" REAL NOT NULL, "sumSq" REAL NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS pillar_rollup (
  mask INTEGER NOT NULL,
  level TEXT, region TEXT, sector TEXT, year INTEGER,
  n INTEGER NOT NULL,
  "sumT" REAL NOT NULL, "sumTSq" REAL NOT NULL, "sumS" REAL NOT NULL, "sumSSq" REAL NOT NULL, "sumTS" REAL NOT NULL
) STRICT;
`

/**
 * Covering indexes: every column a query reads is in the index, so a GROUP BY never touches the
 * table. One leads with region (the dashboard's main filter), one with year (trends, sectors,
 * national comparisons); the planner picks with the statistics ANALYZE leaves after an import.
 * The rollups lead with the grouping.
 */
const INDEXES = `
CREATE INDEX IF NOT EXISTS cells_by_region ON cells (region, year, level, dimension, sector, n, "sum", "sumSq");
CREATE INDEX IF NOT EXISTS cells_by_year ON cells (year, level, dimension, sector, region, n, "sum", "sumSq");
CREATE INDEX IF NOT EXISTS rollup_by_region ON rollup (mask, region, year, level, dimension, sector, n, "sum", "sumSq");
CREATE INDEX IF NOT EXISTS rollup_by_year ON rollup (mask, year, level, dimension, sector, region, n, "sum", "sumSq");
CREATE INDEX IF NOT EXISTS pillar_cells_by_region ON pillar_cells (region, year, level, sector);
CREATE INDEX IF NOT EXISTS pillar_rollup_by_region ON pillar_rollup (mask, region, year, level, sector);
`
const DROP_INDEXES = `DROP INDEX IF EXISTS cells_by_region; DROP INDEX IF EXISTS cells_by_year;
DROP INDEX IF EXISTS rollup_by_region; DROP INDEX IF EXISTS rollup_by_year;
DROP INDEX IF EXISTS pillar_cells_by_region; DROP INDEX IF EXISTS pillar_rollup_by_region;`

const EMPTY_INFO: DatasetInfo = {
  id: 'empty',
  version: 'empty',
  title: { nl: 'Geen gegevens', en: 'No data' },
  synthetic: false,
  source: { nl: '', en: '' },
  updated: new Date(0).toISOString(),
  cells: 0,
  pillarCells: false,
}

export interface SqliteStoreOptions {
  /** Open read-only (for tools and benchmarks); replace() then throws. */
  readonly?: boolean
}

/** Which groupings a rollup table holds, and how many rows each (to pick the smallest). */
export interface RollupSizes {
  /** the threshold the sums were built with */
  minN: number
  /** rows per grouping (mask over the keys); the full grouping is the cell table */
  sizes: Record<number, number>
}

interface StoredSummary {
  years: number[]
  regions: string[]
  sectors: string[]
  rollup?: RollupSizes
  pillarRollup?: RollupSizes
}

const CELL_SUMS = ['n', '"sum"', '"sumSq"'] as const
const PILLAR_SUMS = ['n', '"sumT"', '"sumTSq"', '"sumS"', '"sumSSq"', '"sumTS"'] as const
const STATEMENT_CACHE_LIMIT = 256
/** questions that read more rows than this run on the second connection, in steps */
const BULK_ROWS = 5_000
const BULK_CHUNK = 2_000

type Row = (string | number | null)[]
/** summary() looks for another connection's commit at most this often (ms) */
const SUMMARY_RECHECK_MS = 20

function rollupSizes(cube: Cube): RollupSizes {
  const sizes: Record<number, number> = {}
  for (const c of cube.rollups()) sizes[c.mask] = c.size
  return { minN: cube.minN, sizes }
}

/** Write a cube's groupings (all but the full one) into a rollup table. */
function insertRollups(db: Database.Database, table: 'rollup' | 'pillar_rollup', cube: Cube): void {
  const keys = cube.keys
  const cols = ['mask', ...keys, ...(table === 'rollup' ? CELL_SUMS : PILLAR_SUMS)]
  const insert = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
  const row: (string | number | null)[] = new Array(cols.length)
  for (const c of cube.rollups()) {
    row[0] = c.mask
    for (let r = 0; r < c.size; r++) {
      for (let i = 0; i < keys.length; i++) row[1 + i] = cube.value(c, i, r)
      for (let j = 0; j < cube.arity; j++) row[1 + keys.length + j] = c.sums[r * cube.arity + j]
      insert.run(row)
    }
  }
}

/**
 * A question's SELECT (its rows end in a NULL column) preceded by one row that carries the
 * dataset's version in that column: one statement, so one snapshot, so the version is the one the
 * groups were read from. `width` = the columns before the last. No row for the version when the
 * database holds no dataset.
 */
function withVersion(sql: string, width: number): string {
  return `SELECT ${new Array(width).fill('NULL').join(', ')}, version FROM dataset WHERE id = 1 UNION ALL SELECT * FROM (${sql})`
}


export class SqliteStore implements Store {
  readonly db: Database.Database
  private current: DatasetSummary
  private rollup: RollupSizes | undefined
  private pillarRollup: RollupSizes | undefined
  private readonly statements = new Map<string, Database.Statement>()
  /** PRAGMA data_version changes when another connection (the upload worker, the CLI) commits */
  private readonly dataVersion: Database.Statement
  private seenDataVersion: number
  private noticedAt = 0
  /** the second, read-only connection for long reads (null: none possible, an in-memory database) */
  private bulk: Database.Database | null | undefined

  /** Open (and create or migrate if needed) the database at `file` (':memory:' for tests). */
  constructor(file: string, options: SqliteStoreOptions = {}) {
    this.db = new Database(file, { readonly: options.readonly ?? false })
    try {
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL')
        this.db.pragma('busy_timeout = 5000')
        const version = this.db.pragma('user_version', { simple: true }) as number
        if (version > SCHEMA_VERSION) throw new Error(`Database schema version ${version} is not supported (expected ${SCHEMA_VERSION}).`)
        if (version < SCHEMA_VERSION) this.migrate(version)
      }
      // on every open: better-sqlite3 would otherwise reopen a WAL database at NORMAL
      this.db.pragma('synchronous = FULL')
      this.db.pragma('busy_timeout = 5000')
      this.db.pragma('cache_size = -32768') // 32 MiB of page cache
      this.dataVersion = this.db.prepare('PRAGMA data_version').pluck()
      this.seenDataVersion = this.dataVersion.get() as number
      this.current = this.readSummary()
    } catch (err) {
      this.db.close()
      throw err
    }
  }

  /**
   * Create the schema, or bring an older one up to date in one transaction: version 1 had no
   * history (it starts with the dataset it holds); before version 3 there were no pillar cells
   * and no rollups (they are built from the cells held).
   */
  private migrate(from: number): void {
    this.db.transaction(() => {
      this.db.exec(SCHEMA)
      this.db.exec(INDEXES)
      if (from === 1) this.db.exec('INSERT INTO dataset_versions (version, info) SELECT version, info FROM dataset WHERE id = 1')
      if (from >= 1 && from < 3) {
        const row = this.db.prepare('SELECT summary FROM dataset WHERE id = 1').get() as { summary: string } | undefined
        if (row) {
          const cells = this.db.prepare('SELECT level, dimension, region, sector, year, n, "sum", "sumSq" FROM cells').all() as Cell[]
          const cube = buildCellCube(cells, THRESHOLDS.minN)
          const pillars = buildPillarCube([], THRESHOLDS.minN)
          insertRollups(this.db, 'rollup', cube)
          const stored: StoredSummary = { ...(JSON.parse(row.summary) as StoredSummary), rollup: rollupSizes(cube), pillarRollup: rollupSizes(pillars) }
          this.db.prepare('UPDATE dataset SET summary = ? WHERE id = 1').run(JSON.stringify(stored))
        }
      }
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`)
    })()
  }

  /** Load `cells` if the database holds no dataset yet; true if it did (one transaction). */
  async seedIfEmpty(cells: readonly Cell[], info: DatasetDescription, pillarCells: readonly PillarCell[] = []): Promise<boolean> {
    if (!this.isEmpty()) return false
    this.replaceSync(cells, info, pillarCells)
    return true
  }

  /** True until a dataset has been stored (a fresh database). */
  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM dataset WHERE id = 1').get() === undefined
  }

  /**
   * The current dataset's description. Whether another connection has committed is asked at most
   * every SUMMARY_RECHECK_MS here (PRAGMA data_version was a tenth of a cached answer's CPU time,
   * ADR 0109); every question reads the version in its own snapshot (queryAsync), so an answer's
   * numbers and version never disagree.
   */
  async summary(): Promise<DatasetSummary> {
    const now = Date.now()
    if (now - this.noticedAt >= SUMMARY_RECHECK_MS) this.notice(now)
    return this.current
  }

  /** Read which dataset is current now (another connection has just committed one). */
  async refresh(): Promise<void> {
    this.notice()
  }

  /** Read the description again when another connection has committed since we last looked. */
  private notice(now = Date.now()): void {
    this.noticedAt = now
    const seen = this.dataVersion.get() as number
    if (seen !== this.seenDataVersion) {
      this.seenDataVersion = seen
      this.current = this.readSummary()
      this.statements.clear()
    }
  }

  async versions(): Promise<DatasetInfo[]> {
    const rows = this.db.prepare('SELECT info FROM dataset_versions ORDER BY seq DESC').pluck().all() as string[]
    return rows.map((r) => readInfo(JSON.parse(r) as DatasetInfo))
  }

  async pool(filter: CellFilter, by: readonly CellKeyName[], minN: number, limit?: number): Promise<PooledGroup[]> {
    return sortedUnlessCut(await this.queryAsync('cell', filter, by, minN, limit, cellGroupOf(by)), by, limit)
  }

  async poolPillars(filter: PillarFilter, by: readonly PillarKeyName[], minN: number, limit?: number): Promise<PooledPillarGroup[]> {
    return sortedUnlessCut(await this.queryAsync('pillar', filter, by, minN, limit, pillarGroupOf(by)), by, limit)
  }

  /** The synchronous core of pool(), exposed for benchmarks. */
  poolSync(filter: CellFilter, by: readonly CellKeyName[], minN: number, limit?: number): PooledGroup[] {
    const q = this.query('cell', filter, by, minN, limit)
    const rows = q ? (this.statement(q.sql).raw(true).all(...q.params) as Row[]) : []
    return sortedUnlessCut(rows.filter((r) => r[by.length + CELL_SUMS.length] === null).map(cellGroupOf(by)), by, limit)
  }

  /** Which table answers a question with these keys: the smallest rollup that holds them, or the cells. */
  plan(kind: 'cell' | 'pillar', needed: readonly string[], minN: number): { table: string; mask?: number } {
    const keys = kind === 'cell' ? CELL_KEYS : PILLAR_CELL_KEYS
    const base = kind === 'cell' ? 'cells' : 'pillar_cells'
    const rollup = kind === 'cell' ? this.rollup : this.pillarRollup
    if (!rollup || rollup.minN !== minN) return { table: base }
    const want = maskOf(keys, needed)
    let best: { mask: number; size: number } | undefined
    for (const [m, size] of Object.entries(rollup.sizes)) {
      const mask = Number(m)
      if ((mask & want) === want && (!best || size < best.size)) best = { mask, size }
    }
    return best ? { table: kind === 'cell' ? 'rollup' : 'pillar_rollup', mask: best.mask } : { table: base }
  }

  /**
   * Run a question. One that reads many rows (more than BULK_ROWS) runs on a second, read-only
   * connection, stepping BULK_CHUNK rows at a time with a turn of the event loop in between, so
   * health checks and other requests are answered meanwhile (better-sqlite3 is synchronous, and the
   * main connection cannot run another statement while one is being stepped).
   *
   * The statement also reads the dataset's version (withVersion), in the same snapshot as the
   * groups: when it is not the version this store describes, another connection has committed,
   * and the store reads the new description at once, so the API's check (version before and after
   * pooling) sees the change. This replaced a PRAGMA data_version before every question, which
   * cost more under load than the question itself (ADR 0109).
   */
  private async queryAsync<T>(kind: 'cell' | 'pillar', filter: CellFilter, by: readonly string[], minN: number, limit: number | undefined, group: (row: Row) => T): Promise<T[]> {
    const q = this.query(kind, filter, by, minN, limit)
    if (!q) return []
    const last = by.length + (kind === 'cell' ? CELL_SUMS.length : PILLAR_SUMS.length)
    const groups: T[] = []
    let version: string | undefined
    // each row becomes its group at once: the raw arrays die young instead of piling up
    const take = (r: Row) => {
      if (r[last] === null) groups.push(group(r))
      else version = String(r[last])
    }
    const bulk = q.rows > BULK_ROWS ? this.bulkConnection() : undefined
    if (!bulk) {
      for (const r of this.statement(q.sql).raw(true).all(...q.params) as Row[]) take(r)
      this.noticeIfNot(version)
      return groups
    }
    const it = bulk.prepare(q.sql).raw(true).iterate(...q.params) as IterableIterator<Row>
    try {
      for (;;) {
        for (let i = 0; i < BULK_CHUNK; i++) {
          const next = it.next()
          if (next.done) return groups
          take(next.value)
        }
        await new Promise((r) => setImmediate(r))
      }
    } finally {
      it.return?.()
      this.noticeIfNot(version)
    }
  }

  /** Read the description again if the version a statement saw is not the one described. */
  private noticeIfNot(version: string | undefined): void {
    // no version row: the database holds no dataset, which is what EMPTY_INFO describes
    if ((version ?? EMPTY_INFO.version) !== this.current.info.version) this.notice()
  }

  /** The second connection for long reads (file databases only; opened on first use). */
  private bulkConnection(): Database.Database | undefined {
    if (this.bulk === undefined) {
      const file = this.db.name
      this.bulk = file === ':memory:' || file === '' ? null : new Database(file, { readonly: true })
    }
    return this.bulk ?? undefined
  }

  /** The SQL of a question, its parameters and how many rows it reads at most; undefined = nothing matches. */
  private query(kind: 'cell' | 'pillar', filter: CellFilter, by: readonly string[], minN: number, limit?: number): { sql: string; params: (string | number)[]; rows: number } | undefined {
    const keys: readonly string[] = kind === 'cell' ? CELL_KEYS : PILLAR_CELL_KEYS
    for (const k of by) if (!keys.includes(k)) throw new Error(`Unknown grouping key ${k}`)
    const where: string[] = []
    const params: (string | number)[] = []
    const needed = new Set(by)
    for (const key of keys) {
      const values = filter[key as keyof CellFilter]
      if (values === undefined) continue
      // an empty list matches nothing, as in MemoryStore
      if (values.length === 0) return undefined
      where.push(`${key} IN (${values.map(() => '?').join(',')})`)
      params.push(...values)
      needed.add(key)
    }
    const plan = this.plan(kind, [...needed], minN)
    const sums = kind === 'cell' ? CELL_SUMS : PILLAR_SUMS
    // A rollup of exactly these keys holds one row per group when every filtered key it pools over
    // has one value: its rows are the answer, read in index order without GROUP BY (a GROUP BY
    // whose order the index does not give sorts every row before the first one is returned, which
    // blocks the event loop for the whole query).
    const rowsAreGroups =
      plan.mask !== undefined &&
      by.length > 0 &&
      plan.mask === maskOf(keys, needed) &&
      keys.every((k) => by.includes(k) || (filter[k as keyof CellFilter]?.length ?? 1) === 1)
    let select: string
    if (rowsAreGroups) {
      const where2 = ['mask = ?', ...where]
      const sql = `SELECT ${by.join(', ')}, ${sums.join(', ')}, NULL FROM ${plan.table} WHERE ${where2.join(' AND ')}` + (limit !== undefined ? ` LIMIT ${Math.floor(limit) + 1}` : '')
      const rows = (kind === 'cell' ? this.rollup : this.pillarRollup)?.sizes[plan.mask!] ?? 0
      return { sql: withVersion(sql, by.length + sums.length), params: [plan.mask!, ...params], rows }
    } else if (plan.mask === undefined) {
      // the cell table: thin cells counted as zero here
      select = sums.map((c) => `SUM(CASE WHEN n >= ? THEN ${c} ELSE 0 END)`).join(', ')
      params.unshift(...sums.map(() => minN))
    } else {
      select = sums.map((c) => `SUM(${c})`).join(', ')
      where.unshift('mask = ?')
      params.unshift(plan.mask)
    }
    const cols = by.join(', ')
    const sql =
      `SELECT ${by.length > 0 ? `${cols}, ` : ''}${select}, NULL FROM ${plan.table}` +
      (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
      // without GROUP BY an aggregate returns one row even when nothing matches; MemoryStore returns none
      (by.length > 0 ? ` GROUP BY ${cols}` : ' HAVING COUNT(*) > 0') +
      (limit !== undefined ? ` LIMIT ${Math.floor(limit) + 1}` : '')
    const rows = plan.mask === undefined ? (kind === 'cell' ? this.current.info.cells : Number.MAX_SAFE_INTEGER) : ((kind === 'cell' ? this.rollup : this.pillarRollup)?.sizes[plan.mask] ?? 0)
    return { sql: withVersion(sql, by.length + sums.length), params, rows }
  }

  async replace(cells: readonly Cell[], info: DatasetDescription, pillarCells: readonly PillarCell[] = []): Promise<DatasetInfo> {
    return this.replaceSync(cells, info, pillarCells)
  }

  /**
   * Replace the dataset in one transaction: cells, pillar cells and their rollups, all of it or
   * nothing (the previous data stay). The rollups are pooled before the transaction starts.
   */
  replaceSync(cells: readonly Cell[], info: DatasetDescription, pillarCells: readonly PillarCell[] = []): DatasetInfo {
    const next = summarise(cells, completeInfo(info, cells.length, pillarCells.length))
    const cube = buildCellCube(cells, THRESHOLDS.minN)
    const pillarCube = buildPillarCube(pillarCells, THRESHOLDS.minN)
    const stored: StoredSummary = {
      years: next.years,
      regions: next.regions,
      sectors: next.sectors,
      rollup: rollupSizes(cube),
      pillarRollup: rollupSizes(pillarCube),
    }
    const run = this.db.transaction(() => {
      this.db.exec('DELETE FROM cells; DELETE FROM pillar_cells; DELETE FROM rollup; DELETE FROM pillar_rollup;')
      // bulk load without indexes, then build them once (inside the same transaction)
      this.db.exec(DROP_INDEXES)
      const insert = this.db.prepare('INSERT INTO cells (level, dimension, region, sector, year, n, "sum", "sumSq") VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      for (const c of cells) insert.run(c.level, c.dimension, c.region, c.sector, c.year, c.n, c.sum, c.sumSq)
      const insertPillar = this.db.prepare(
        'INSERT INTO pillar_cells (level, region, sector, year, n, "sumT", "sumTSq", "sumS", "sumSSq", "sumTS") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      for (const c of pillarCells) insertPillar.run(c.level, c.region, c.sector, c.year, c.n, c.sumT, c.sumTSq, c.sumS, c.sumSSq, c.sumTS)
      insertRollups(this.db, 'rollup', cube)
      insertRollups(this.db, 'pillar_rollup', pillarCube)
      this.db.exec(INDEXES)
      this.db
        .prepare('INSERT INTO dataset (id, version, info, summary) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, info = excluded.info, summary = excluded.summary')
        .run(next.info.version, JSON.stringify(next.info), JSON.stringify(stored))
      this.db.prepare('INSERT INTO dataset_versions (version, info) VALUES (?, ?)').run(next.info.version, JSON.stringify(next.info))
    })
    run()
    // statistics for the planner's choice of index; bounded so it stays fast on large data
    this.db.pragma('analysis_limit = 2000')
    this.db.exec('ANALYZE')
    this.statements.clear()
    this.current = next
    this.rollup = stored.rollup
    this.pillarRollup = stored.pillarRollup
    this.seenDataVersion = this.dataVersion.get() as number
    return next.info
  }

  async close(): Promise<void> {
    if (this.bulk?.open) this.bulk.close()
    if (!this.db.open) return
    try {
      if (!this.db.readonly) this.db.pragma('optimize')
    } finally {
      this.db.close()
    }
  }

  private readSummary(): DatasetSummary {
    const row = this.db.prepare('SELECT info, summary FROM dataset WHERE id = 1').get() as { info: string; summary: string } | undefined
    if (!row) {
      this.rollup = undefined
      this.pillarRollup = undefined
      return { info: EMPTY_INFO, years: [], regions: [], sectors: [] }
    }
    const s = JSON.parse(row.summary) as StoredSummary
    this.rollup = s.rollup
    this.pillarRollup = s.pillarRollup
    return { info: readInfo(JSON.parse(row.info) as DatasetInfo), years: s.years, regions: s.regions, sectors: s.sectors }
  }

  private statement(sql: string): Database.Statement {
    let st = this.statements.get(sql)
    if (!st) {
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear()
      st = this.db.prepare(sql)
      this.statements.set(sql, st)
    }
    return st
  }
}
