/**
 * The SQLite store (better-sqlite3 12.x): the production store of `npm start`.
 *
 * - Pooling happens in SQL: SUM(n), SUM(sum), SUM(sumSq) GROUP BY the requested keys, with
 *   cells below minN counted as zero (suppression at source, exactly as MemoryStore does).
 * - Groups are ordered in JavaScript with compareGroups (store.ts), so the order is the memory
 *   store's to the byte (SQLite's BINARY collation compares UTF-8, JavaScript compares UTF-16).
 * - WAL, and `PRAGMA synchronous=FULL` on every open: better-sqlite3 reopens a WAL database at
 *   NORMAL, which can lose the last acknowledged transaction on power loss.
 * - replace() runs in one transaction: a failure leaves the previous dataset intact.
 * - Only parameterised queries; column names come from a fixed list, never from input.
 */
import Database from 'better-sqlite3'
import { GROUP_KEYS, type DatasetInfo, type GroupKey } from '../../src/contract/v1'
import type { Cell } from '../../src/domain/cells'
import { compareGroups, type CellFilter, type DatasetSummary, type PooledGroup, type Store } from '../store'
import { summarise } from './memory'

/** Bumped when the schema changes; stored in PRAGMA user_version. 2 added dataset_versions. */
export const SCHEMA_VERSION = 2

const SCHEMA = `
CREATE TABLE IF NOT EXISTS dataset (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version TEXT NOT NULL,
  info TEXT NOT NULL,      -- DatasetInfo as JSON
  summary TEXT NOT NULL    -- years, regions, sectors as JSON (so opening is O(1))
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
`

/**
 * Covering indexes: every column a query reads is in the index, so a GROUP BY never touches the
 * table. One leads with region (the dashboard's main filter), one with year (trends, sectors,
 * national comparisons); the planner picks with the statistics ANALYZE leaves after an import.
 */
const INDEXES = `
CREATE INDEX IF NOT EXISTS cells_by_region ON cells (region, year, level, dimension, sector, n, "sum", "sumSq");
CREATE INDEX IF NOT EXISTS cells_by_year ON cells (year, level, dimension, sector, region, n, "sum", "sumSq");
`
const DROP_INDEXES = `DROP INDEX IF EXISTS cells_by_region; DROP INDEX IF EXISTS cells_by_year;`

const EMPTY_INFO: DatasetInfo = {
  id: 'empty',
  version: 'empty',
  title: { nl: 'Geen gegevens', en: 'No data' },
  synthetic: false,
  source: { nl: '', en: '' },
  updated: new Date(0).toISOString(),
  cells: 0,
}

export interface SqliteStoreOptions {
  /** Open read-only (for tools and benchmarks); replace() then throws. */
  readonly?: boolean
}

interface StoredSummary {
  years: number[]
  regions: string[]
  sectors: string[]
}

const FILTER_KEYS = ['level', 'dimension', 'region', 'sector', 'year'] as const satisfies readonly (keyof CellFilter)[]
const STATEMENT_CACHE_LIMIT = 256

export class SqliteStore implements Store {
  readonly db: Database.Database
  private current: DatasetSummary
  private readonly statements = new Map<string, Database.Statement>()
  /** PRAGMA data_version changes when another connection (the import CLI) commits */
  private readonly dataVersion: Database.Statement
  private seenDataVersion: number

  /** Open (and create if needed) the database at `file` (':memory:' for tests). */
  constructor(file: string, options: SqliteStoreOptions = {}) {
    this.db = new Database(file, { readonly: options.readonly ?? false })
    try {
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL')
        this.db.exec(SCHEMA)
        this.db.exec(INDEXES)
        const version = this.db.pragma('user_version', { simple: true }) as number
        if (version === 1) {
          // version 1 had no history: start it with the dataset it holds
          this.db.transaction(() => {
            this.db.exec('INSERT INTO dataset_versions (version, info) SELECT version, info FROM dataset WHERE id = 1')
            this.db.pragma(`user_version = ${SCHEMA_VERSION}`)
          })()
        } else if (version === 0) this.db.pragma(`user_version = ${SCHEMA_VERSION}`)
        else if (version !== SCHEMA_VERSION) throw new Error(`Database schema version ${version} is not supported (expected ${SCHEMA_VERSION}).`)
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

  /** Load `cells` if the database holds no dataset yet; true if it did (one transaction). */
  async seedIfEmpty(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>): Promise<boolean> {
    if (!this.isEmpty()) return false
    this.replaceSync(cells, info)
    return true
  }

  /** True until a dataset has been stored (a fresh database). */
  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM dataset WHERE id = 1').get() === undefined
  }

  async summary(): Promise<DatasetSummary> {
    const seen = this.dataVersion.get() as number
    if (seen !== this.seenDataVersion) {
      // another process replaced the dataset (npm run import): read its description again
      this.seenDataVersion = seen
      this.current = this.readSummary()
      this.statements.clear()
    }
    return this.current
  }

  async versions(): Promise<DatasetInfo[]> {
    const rows = this.db.prepare('SELECT info FROM dataset_versions ORDER BY seq DESC').pluck().all() as string[]
    return rows.map((r) => JSON.parse(r) as DatasetInfo)
  }

  async pool(filter: CellFilter, by: readonly GroupKey[], minN: number): Promise<PooledGroup[]> {
    return this.poolSync(filter, by, minN)
  }

  /** The synchronous core of pool(), exposed for benchmarks. */
  poolSync(filter: CellFilter, by: readonly GroupKey[], minN: number): PooledGroup[] {
    for (const k of by) if (!(GROUP_KEYS as readonly string[]).includes(k)) throw new Error(`Unknown grouping key ${k}`)
    const where: string[] = []
    const params: (string | number)[] = [minN, minN, minN]
    for (const key of FILTER_KEYS) {
      const values = filter[key]
      if (values === undefined) continue
      // an empty list matches nothing, as in MemoryStore
      if (values.length === 0) return []
      where.push(`${key} IN (${values.map(() => '?').join(',')})`)
      params.push(...values)
    }
    const cols = by.join(', ')
    const sql =
      `SELECT ${by.length > 0 ? `${cols}, ` : ''}` +
      `SUM(CASE WHEN n >= ? THEN n ELSE 0 END) AS n, ` +
      `SUM(CASE WHEN n >= ? THEN "sum" ELSE 0 END) AS "sum", ` +
      `SUM(CASE WHEN n >= ? THEN "sumSq" ELSE 0 END) AS "sumSq" ` +
      `FROM cells` +
      (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
      // without GROUP BY an aggregate returns one row even when nothing matches; MemoryStore returns none
      (by.length > 0 ? ` GROUP BY ${cols}` : ' HAVING COUNT(*) > 0')
    // raw rows (arrays) are cheaper than objects: the keys in `by` order, then n, Σx, Σx²
    const rows = this.statement(sql).raw(true).all(...params) as (string | number | null)[][]
    const width = by.length
    const groups: PooledGroup[] = rows.map((r) => {
      const keys: PooledGroup['keys'] = {}
      for (let i = 0; i < width; i++) keys[by[i]] = r[i]
      return { keys, n: Number(r[width]), sum: Number(r[width + 1]), sumSq: Number(r[width + 2]) }
    })
    return groups.sort(compareGroups(by))
  }

  async replace(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>): Promise<DatasetInfo> {
    return this.replaceSync(cells, info)
  }

  /** Replace the dataset in one transaction: all of it, or nothing (the previous data stay). */
  replaceSync(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>): DatasetInfo {
    const next = summarise(cells, { ...info, cells: cells.length })
    const stored: StoredSummary = { years: next.years, regions: next.regions, sectors: next.sectors }
    const run = this.db.transaction(() => {
      this.db.exec('DELETE FROM cells')
      // bulk load without indexes, then build them once (inside the same transaction)
      this.db.exec(DROP_INDEXES)
      const insert = this.db.prepare('INSERT INTO cells (level, dimension, region, sector, year, n, "sum", "sumSq") VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      for (const c of cells) insert.run(c.level, c.dimension, c.region, c.sector, c.year, c.n, c.sum, c.sumSq)
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
    this.seenDataVersion = this.dataVersion.get() as number
    return next.info
  }

  async close(): Promise<void> {
    if (!this.db.open) return
    try {
      if (!this.db.readonly) this.db.pragma('optimize')
    } finally {
      this.db.close()
    }
  }

  private readSummary(): DatasetSummary {
    const row = this.db.prepare('SELECT info, summary FROM dataset WHERE id = 1').get() as { info: string; summary: string } | undefined
    if (!row) return { info: EMPTY_INFO, years: [], regions: [], sectors: [] }
    const s = JSON.parse(row.summary) as StoredSummary
    return { info: JSON.parse(row.info) as DatasetInfo, years: s.years, regions: s.regions, sectors: s.sectors }
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
