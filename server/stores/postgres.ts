/**
 * The PostgreSQL store (node-postgres `pg` 8.x): several stateless API servers on one shared
 * database (SAMENHANG_DATABASE_URL). Same Store interface, same answers as the memory and
 * SQLite stores (the parity suite proves it).
 *
 * - Schema created or migrated idempotently on open, under an advisory lock, so several servers
 *   may start at once.
 * - Datasets and versions: every upload is a row of `datasets` (its description); its cells are
 *   written with its id, and `current_dataset` points at the one served. replace() writes the
 *   cells, moves the pointer and deletes the previous dataset's cells in ONE transaction, under
 *   an advisory lock (one import at a time over all servers): every reader, on any server, sees
 *   the old dataset or the new one (MVCC snapshots), never a mix, and a crash or a killed server
 *   part-way leaves the database as it was (the transaction is rolled back).
 * - Pooling is SQL: SUM(n), SUM(sum), SUM(sum_sq) GROUP BY the requested keys, over the smallest
 *   rollup of the current dataset that holds the question's keys (ADR 0110: every grouping of the
 *   cell keys and of the pillar cell keys, pooled by server/stores/cube.ts with thin cells left
 *   out, written in the transaction that installs the dataset), or over its cells (thin cells
 *   counted as zero) for the full grouping; covering indexes lead with the dataset (and the
 *   grouping), then region or year. Groups come ordered by PostgreSQL (ORDER BY … COLLATE "C"
 *   NULLS FIRST) and are checked in one pass against compareGroups (sortGroups), so the order is
 *   the memory store's to the byte without a sort on the event loop.
 * - Parameterised queries only; column names come from a fixed list, never from input.
 * - Which dataset is current: each server LISTENs on a channel that every replace() NOTIFYs at
 *   commit, so summary() answers from memory and asks the database again only after a
 *   notification, after `maxStaleMs` (a safety net), or on every call while the listening
 *   connection is down. pool() always reads the dataset that is current in the database (a
 *   subquery in the same statement) and returns its id with the groups; when that id is newer
 *   than the summary's, the store adopts it before answering, so the API's before/after version
 *   check (server/api/app.ts) sees the change and pools again: an answer never pairs one version
 *   with another's numbers, and a new version reaches every server within a notification.
 */
import pg from 'pg'
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
import type { RollupSizes } from './sqlite'

/** Bumped when the schema changes; stored in samenhang_schema. 2 added pillar cells and rollups. */
export const PG_SCHEMA_VERSION = 2

/** Advisory lock keys (any 64-bit numbers unique to this application). */
const LOCK_MIGRATE = 7_305_311_001
const LOCK_IMPORT = 7_305_311_002

const SCHEMA = `
CREATE TABLE IF NOT EXISTS samenhang_schema (
  id integer PRIMARY KEY CHECK (id = 1),
  version integer NOT NULL
);
CREATE TABLE IF NOT EXISTS datasets (
  id bigserial PRIMARY KEY,
  version text NOT NULL UNIQUE,
  -- json, not jsonb: json keeps the text as written, so every server sends the same bytes
  info json NOT NULL,        -- DatasetInfo
  summary json NOT NULL,     -- years, regions, sectors
  created timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS current_dataset (
  id integer PRIMARY KEY CHECK (id = 1),
  dataset bigint NOT NULL REFERENCES datasets (id)
);
CREATE TABLE IF NOT EXISTS cells (
  dataset bigint NOT NULL REFERENCES datasets (id),
  level text NOT NULL,
  dimension text NOT NULL,
  region text NOT NULL,
  sector text,               -- NULL at the national level
  year integer NOT NULL,
  n integer NOT NULL CHECK (n >= 0),
  sum double precision NOT NULL,
  sum_sq double precision NOT NULL
);
CREATE INDEX IF NOT EXISTS cells_by_region ON cells (dataset, region, year, level, dimension, sector) INCLUDE (n, sum, sum_sq);
CREATE INDEX IF NOT EXISTS cells_by_year ON cells (dataset, year, level, dimension, sector, region) INCLUDE (n, sum, sum_sq);
-- version 2: pillar cells (ADR 0007) and rollups (ADR 0110); a key a grouping (mask) leaves out is NULL
ALTER TABLE datasets ADD COLUMN IF NOT EXISTS rollup json;   -- { cells: RollupSizes, pillars: RollupSizes }
CREATE TABLE IF NOT EXISTS pillar_cells (
  dataset bigint NOT NULL REFERENCES datasets (id),
  level text NOT NULL,
  region text NOT NULL,
  sector text,
  year integer NOT NULL,
  n integer NOT NULL CHECK (n >= 0),
  sum_t double precision NOT NULL, sum_t_sq double precision NOT NULL,
  sum_s double precision NOT NULL, sum_s_sq double precision NOT NULL, sum_ts double precision NOT NULL
);
CREATE TABLE IF NOT EXISTS rollup (
  dataset bigint NOT NULL REFERENCES datasets (id),
  mask integer NOT NULL,
  level text, dimension text, region text, sector text, year integer,
  n bigint NOT NULL, sum double precision NOT NULL, sum_sq double precision NOT NULL
);
CREATE TABLE IF NOT EXISTS pillar_rollup (
  dataset bigint NOT NULL REFERENCES datasets (id),
  mask integer NOT NULL,
  level text, region text, sector text, year integer,
  n bigint NOT NULL,
  sum_t double precision NOT NULL, sum_t_sq double precision NOT NULL,
  sum_s double precision NOT NULL, sum_s_sq double precision NOT NULL, sum_ts double precision NOT NULL
);
CREATE INDEX IF NOT EXISTS pillar_cells_by_region ON pillar_cells (dataset, region, year, level, sector) INCLUDE (n, sum_t, sum_t_sq, sum_s, sum_s_sq, sum_ts);
CREATE INDEX IF NOT EXISTS rollup_by_region ON rollup (dataset, mask, region, year, level, dimension, sector) INCLUDE (n, sum, sum_sq);
CREATE INDEX IF NOT EXISTS rollup_by_year ON rollup (dataset, mask, year, level, dimension, sector, region) INCLUDE (n, sum, sum_sq);
CREATE INDEX IF NOT EXISTS pillar_rollup_by_region ON pillar_rollup (dataset, mask, region, year, level, sector) INCLUDE (n, sum_t, sum_t_sq, sum_s, sum_s_sq, sum_ts);
`

/** Column names of the sums, per kind of cell. */
const CELL_SUMS = ['n', 'sum', 'sum_sq'] as const
const PILLAR_SUMS = ['n', 'sum_t', 'sum_t_sq', 'sum_s', 'sum_s_sq', 'sum_ts'] as const

interface StoredRollups {
  cells: RollupSizes
  pillars: RollupSizes
}

function rollupSizes(cube: Cube): RollupSizes {
  const sizes: Record<number, number> = {}
  for (const c of cube.rollups()) sizes[c.mask] = c.size
  return { minN: cube.minN, sizes }
}

/** Insert rows given column by column, in batches (INSERT … SELECT FROM unnest). */
async function insertColumns(client: pg.PoolClient, table: string, dataset: string, cols: readonly { name: string; type: string; values: unknown[] }[]): Promise<void> {
  const n = cols[0]?.values.length ?? 0
  for (let start = 0; start < n; start += BATCH) {
    await client.query(
      `INSERT INTO ${table} (dataset, ${cols.map((c) => c.name).join(', ')}) SELECT $1, * FROM unnest(${cols.map((c, i) => `$${i + 2}::${c.type}[]`).join(', ')})`,
      [dataset, ...cols.map((c) => c.values.slice(start, start + BATCH))],
    )
  }
}

/** Write a cube's groupings (all but the full one) into a rollup table. */
async function insertRollups(client: pg.PoolClient, table: 'rollup' | 'pillar_rollup', dataset: string, cube: Cube): Promise<void> {
  const keys = cube.keys
  const sums = table === 'rollup' ? CELL_SUMS : PILLAR_SUMS
  const masks: number[] = []
  const keyCols: (string | number | null)[][] = keys.map(() => [])
  const sumCols: number[][] = sums.map(() => [])
  for (const c of cube.rollups()) {
    for (let r = 0; r < c.size; r++) {
      masks.push(c.mask)
      for (let i = 0; i < keys.length; i++) keyCols[i].push(cube.value(c, i, r))
      for (let j = 0; j < sums.length; j++) sumCols[j].push(c.sums[r * cube.arity + j])
    }
  }
  await insertColumns(client, table, dataset, [
    { name: 'mask', type: 'integer', values: masks },
    ...keys.map((k, i) => ({ name: k, type: k === 'year' ? 'integer' : 'text', values: keyCols[i] })),
    ...sums.map((s, j) => ({ name: s, type: s === 'n' ? 'bigint' : 'float8', values: sumCols[j] })),
  ])
}

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
/** rows per INSERT … SELECT FROM unnest(…) statement */
const BATCH = 20_000

export interface PostgresStoreOptions {
  /** connections in the pool (default 10) */
  poolSize?: number
  /** give up connecting after this many ms (default 5000) */
  connectTimeoutMs?: number
  /** longest time summary() answers from memory while notifications flow (default 5000 ms) */
  maxStaleMs?: number
  /** listen for new versions (default true; a short-lived writer, such as the upload worker, does not) */
  listen?: boolean
}

/** The channel replace() notifies at commit; every server listens on it. */
const CHANNEL = 'samenhang_dataset'

/** A failure to open the store, in words for the operator (no stack trace needed). */
export class PostgresOpenError extends Error {}

interface StoredSummary {
  years: number[]
  regions: string[]
  sectors: string[]
}

/** Where a connection string points, without its password (for messages). */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`
  } catch {
    return 'the configured database'
  }
}

/** One clear sentence for the errors an operator meets when the database is misconfigured. */
export function explainPgError(err: unknown, url: string): string {
  const e = err as { code?: string; message?: string }
  const where = describeUrl(url)
  const user = (() => {
    try {
      return decodeURIComponent(new URL(url).username) || 'the user'
    } catch {
      return 'the user'
    }
  })()
  switch (e.code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${where}: connection refused. Is the database running, and are host and port in SAMENHANG_DATABASE_URL right?`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach PostgreSQL at ${where}: the host name does not resolve. Check the host in SAMENHANG_DATABASE_URL.`
    case 'ETIMEDOUT':
    case 'CONNECT_TIMEOUT':
      return `Cannot reach PostgreSQL at ${where}: no answer in time. Check the host, port and firewall.`
    case '28P01':
      return `PostgreSQL refused the password for user "${user}" (${where}). Check the password in SAMENHANG_DATABASE_URL.`
    case '28000':
      return `PostgreSQL does not let user "${user}" connect (${where}): ${e.message ?? 'not authorised'}. Check pg_hba.conf and the user name.`
    case '3D000':
      return `The database in SAMENHANG_DATABASE_URL does not exist (${where}). Create it first: createdb …`
    case '42501':
      return `User "${user}" lacks a permission Samenhang needs (${where}): ${e.message ?? 'permission denied'}. Grant it CREATE and USAGE on the schema (or create the tables as the owner once), and SELECT, INSERT, UPDATE, DELETE on the tables.`
    case '53300':
      return `PostgreSQL has no free connections (${where}). Lower SAMENHANG_DATABASE_POOL or raise max_connections.`
    default:
      return `Cannot use PostgreSQL at ${where}: ${e.message ?? String(err)}${e.code ? ` (code ${e.code})` : ''}`
  }
}

/**
 * Dataset ids grow with every import (a sequence, taken under the import lock), and the pointer
 * only ever moves to a newer one: a read that finishes late must not move a store back.
 */
function isOlder(id: string | null, than: string | null): boolean {
  return id === null ? than !== null : than !== null && BigInt(id) < BigInt(than)
}

/** A short, stable name for a statement's text (FNV-1a, 32 bits, base 36). */
function hashText(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36)
}

/** Rows mapped 2,000 at a time with a turn of the event loop between (large answers). */
async function mapInSteps<T>(rows: unknown[][], f: (row: unknown[]) => T): Promise<T[]> {
  const out: T[] = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    out[i] = f(rows[i])
    if (i % 2_000 === 1_999) await new Promise((r) => setImmediate(r))
  }
  return out
}

export class PostgresStore implements Store {
  private current: DatasetSummary = { info: EMPTY_INFO, years: [], regions: [], sectors: [] }
  private currentId: string | null = null
  /** the rollups of the current dataset (absent: answer from the cells) */
  private rollups: StoredRollups | undefined
  /** when the pointer was last read (ms); 0 = read it at the next summary() */
  private verifiedAt = 0
  /** counts notifications, so a pointer read that raced one is not trusted */
  private notifications = 0
  private listener: pg.Client | undefined
  private listening = false
  private closed = false

  private constructor(
    readonly db: pg.Pool,
    private readonly url: string,
    private readonly maxStaleMs: number,
  ) {}

  /** Connect, create or migrate the schema, and read the current dataset. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      application_name: 'samenhang',
    })
    // an idle client losing its connection (database restart) must not crash the process
    pool.on('error', (err) => console.error(`[postgres] idle connection lost: ${err.message}`))
    const store = new PostgresStore(pool, url, options.maxStaleMs ?? 5000)
    try {
      await store.migrate()
      await store.summary()
      // without notifications (a pooler that does not pass LISTEN through) the store still works:
      // it reads the pointer on every call
      if (options.listen !== false) await store.listen().catch(() => undefined)
    } catch (err) {
      await pool.end().catch(() => undefined)
      const e = err as { code?: string; message?: string }
      if (e.message === 'timeout exceeded when trying to connect' || /Connection terminated due to connection timeout/.test(e.message ?? '')) {
        throw new PostgresOpenError(explainPgError({ code: 'CONNECT_TIMEOUT' }, url))
      }
      throw new PostgresOpenError(explainPgError(err, url))
    }
    return store
  }

  private async migrate(): Promise<void> {
    const client = await this.db.connect()
    try {
      await client.query('BEGIN')
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MIGRATE])
      await client.query(SCHEMA)
      const row = (await client.query<{ version: number }>('SELECT version FROM samenhang_schema WHERE id = 1')).rows[0]
      if (!row) await client.query('INSERT INTO samenhang_schema (id, version) VALUES (1, $1)', [PG_SCHEMA_VERSION])
      else if (row.version > PG_SCHEMA_VERSION) throw new Error(`Database schema version ${row.version} is not supported (expected ${PG_SCHEMA_VERSION}).`)
      else if (row.version < PG_SCHEMA_VERSION) {
        // version 1 had no rollups: build them for the current dataset (earlier ones hold no cells)
        const current = (await client.query<{ dataset: string }>('SELECT dataset FROM current_dataset WHERE id = 1')).rows[0]?.dataset
        if (current !== undefined) {
          const r = await client.query<Cell>(
            'SELECT level, dimension, region, sector, year, n, sum, sum_sq AS "sumSq" FROM cells WHERE dataset = $1',
            [current],
          )
          const cube = buildCellCube(r.rows, THRESHOLDS.minN)
          const pillars = buildPillarCube([], THRESHOLDS.minN)
          await insertRollups(client, 'rollup', current, cube)
          const stored: StoredRollups = { cells: rollupSizes(cube), pillars: rollupSizes(pillars) }
          await client.query('UPDATE datasets SET rollup = $2 WHERE id = $1', [current, JSON.stringify(stored)])
        }
        await client.query('UPDATE samenhang_schema SET version = $1 WHERE id = 1', [PG_SCHEMA_VERSION])
      }
      await client.query('COMMIT')
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw err
    } finally {
      client.release()
    }
  }

  async isEmpty(): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM current_dataset WHERE id = 1')).rowCount === 0
  }

  /** True while this store hears about new versions as they are committed. */
  get notified(): boolean {
    return this.listening
  }

  private async listen(): Promise<void> {
    if (this.closed) return
    const client = new pg.Client({ connectionString: this.url, application_name: 'samenhang-listen' })
    const lost = () => {
      if (this.listener !== client) return
      this.listener = undefined
      this.listening = false
      this.verifiedAt = 0
      client.end().catch(() => undefined)
      if (!this.closed) setTimeout(() => void this.listen().catch(() => undefined), 1000).unref()
    }
    client.on('notification', () => {
      this.notifications++
      this.verifiedAt = 0
    })
    client.on('error', lost)
    client.on('end', lost)
    this.listener = client
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
    } catch (err) {
      lost()
      throw err
    }
    // anything committed before LISTEN took effect is caught by reading the pointer once more
    this.verifiedAt = 0
    this.listening = true
  }

  /** Read which dataset is current now (another connection has just committed one). */
  async refresh(): Promise<void> {
    this.verifiedAt = 0
    await this.summary()
  }

  async summary(): Promise<DatasetSummary> {
    if (this.listening && Date.now() - this.verifiedAt < this.maxStaleMs) return this.current
    const seen = this.notifications
    const started = Date.now()
    // a named (prepared) statement: parsed and planned once per connection, not per request
    const r = await this.db.query<{ dataset: string }>({ name: 'samenhang_current', text: 'SELECT dataset FROM current_dataset WHERE id = 1' })
    await this.adopt(r.rows[0]?.dataset ?? null)
    // a notification during the read may announce a commit the read did not see: read again next time
    if (this.notifications === seen) this.verifiedAt = started
    return this.current
  }

  /** Make `id` the dataset this store describes (reading its description if it is new). */
  private async adopt(id: string | null): Promise<void> {
    if (id === this.currentId || isOlder(id, this.currentId)) return
    if (id === null) {
      this.current = { info: EMPTY_INFO, years: [], regions: [], sectors: [] }
      this.rollups = undefined
    } else {
      const d = (
        await this.db.query<{ info: DatasetInfo; summary: StoredSummary; rollup: StoredRollups | null }>('SELECT info, summary, rollup FROM datasets WHERE id = $1', [id])
      ).rows[0]
      // a slower read may finish after a newer one: never move back
      if (isOlder(id, this.currentId)) return
      this.current = { info: readInfo(d.info), years: d.summary.years, regions: d.summary.regions, sectors: d.summary.sectors }
      this.rollups = d.rollup ?? undefined
    }
    this.currentId = id
  }

  async pool(filter: CellFilter, by: readonly CellKeyName[], minN: number, limit?: number): Promise<PooledGroup[]> {
    return sortedUnlessCut(await mapInSteps(await this.query('cell', filter, by, minN, limit), cellGroupOf(by)), by, limit)
  }

  async poolPillars(filter: PillarFilter, by: readonly PillarKeyName[], minN: number, limit?: number): Promise<PooledPillarGroup[]> {
    return sortedUnlessCut(await mapInSteps(await this.query('pillar', filter, by, minN, limit), pillarGroupOf(by)), by, limit)
  }

  /** The smallest rollup of the current dataset that holds `needed`, or undefined (use the cells). */
  private planMask(kind: 'cell' | 'pillar', needed: readonly string[], minN: number): number | undefined {
    const sizes = kind === 'cell' ? this.rollups?.cells : this.rollups?.pillars
    if (!sizes || sizes.minN !== minN) return undefined
    const want = maskOf(kind === 'cell' ? CELL_KEYS : PILLAR_CELL_KEYS, needed)
    let best: { mask: number; size: number } | undefined
    for (const [m, size] of Object.entries(sizes.sizes)) {
      const mask = Number(m)
      if ((mask & want) === want && (!best || size < best.size)) best = { mask, size }
    }
    return best?.mask
  }

  /**
   * Rows of [keys in `by` order, sums…] pooled over the current dataset. The statement reads which
   * dataset is current itself and returns its id, which the store adopts (see the file comment).
   * Every dataset written by this version has every grouping, so a mask chosen from a description
   * a moment old still answers correctly.
   */
  private async query(kind: 'cell' | 'pillar', filter: CellFilter, by: readonly string[], minN: number, limit?: number): Promise<unknown[][]> {
    const keys: readonly string[] = kind === 'cell' ? CELL_KEYS : PILLAR_CELL_KEYS
    for (const k of by) if (!keys.includes(k)) throw new Error(`Unknown grouping key ${k}`)
    const where: string[] = ['dataset = (SELECT dataset FROM current_dataset WHERE id = 1)']
    const params: unknown[] = []
    const needed = new Set(by)
    const filters: [string, readonly (string | number)[]][] = []
    for (const key of keys) {
      const values = filter[key as keyof CellFilter]
      if (values === undefined) continue
      // an empty list matches nothing, as in MemoryStore
      if (values.length === 0) return []
      filters.push([key, values])
      needed.add(key)
    }
    const mask = this.planMask(kind, [...needed], minN)
    const sums = kind === 'cell' ? CELL_SUMS : PILLAR_SUMS
    let select: string
    let table: string
    if (mask === undefined) {
      params.push(minN)
      select = sums.map((c) => `SUM(CASE WHEN n >= $1 THEN ${c} ELSE 0 END)`).join(', ')
      table = kind === 'cell' ? 'cells' : 'pillar_cells'
    } else {
      params.push(mask)
      where.push('mask = $1')
      select = sums.map((c) => `SUM(${c})`).join(', ')
      table = kind === 'cell' ? 'rollup' : 'pillar_rollup'
    }
    for (const [key, values] of filters) {
      params.push(values)
      where.push(`${key} = ANY($${params.length}::${key === 'year' ? 'integer' : 'text'}[])`)
    }
    const cols = by.join(', ')
    const text =
      `SELECT ${by.length > 0 ? `${cols}, ` : ''}${select}, ` +
      // the dataset these groups come from (the same in every row)
      `MIN(dataset) AS dataset FROM ${table} WHERE ${where.join(' AND ')}` +
      // without GROUP BY an aggregate returns one row even when nothing matches; MemoryStore returns none
      (by.length > 0 ? ` GROUP BY ${cols}` : ' HAVING COUNT(*) > 0') +
      // compareGroups' order, sorted by PostgreSQL rather than on our event loop: text by code
      // point (the "C" collation; JavaScript's UTF-16 order differs only beyond U+FFFF, which
      // sortGroups catches), null first
      (by.length > 0 ? ` ORDER BY ${by.map((k) => `${k}${k === 'year' ? '' : ' COLLATE "C"'} NULLS FIRST`).join(', ')}` : '') +
      (limit !== undefined ? ` LIMIT ${Math.floor(limit) + 1}` : '')
    // prepared once per connection and shape of query (the SQL text depends only on which filters
    // and groupings are present, never on values); the name is the text's hash
    const r = await this.db.query({ name: `samenhang_pool_${hashText(text)}`, text, values: params, rowMode: 'array' })
    const rows = r.rows as unknown[][]
    // the answer must never be newer than what summary() says: adopt the dataset read; with no
    // rows, ask for the pointer (an empty answer says nothing about which dataset it came from)
    if (rows.length > 0) await this.adopt(String(rows[0][by.length + sums.length]))
    else {
      this.verifiedAt = 0
      await this.summary()
    }
    return rows
  }

  async replace(cells: readonly Cell[], info: DatasetDescription, pillarCells: readonly PillarCell[] = []): Promise<DatasetInfo> {
    return this.write(cells, info, pillarCells, false)
  }

  /**
   * Load `cells` only when no dataset is current yet (first start), atomically: when several
   * servers start on an empty database at once, one of them seeds it. True when this call did.
   */
  async seedIfEmpty(cells: readonly Cell[], info: DatasetDescription, pillarCells: readonly PillarCell[] = []): Promise<boolean> {
    return (await this.write(cells, info, pillarCells, true)) !== undefined
  }

  private async write(cells: readonly Cell[], info: DatasetDescription, pillarCells: readonly PillarCell[], onlyIfEmpty: true): Promise<DatasetInfo | undefined>
  private async write(cells: readonly Cell[], info: DatasetDescription, pillarCells: readonly PillarCell[], onlyIfEmpty: false): Promise<DatasetInfo>
  private async write(cells: readonly Cell[], info: DatasetDescription, pillarCells: readonly PillarCell[], onlyIfEmpty: boolean): Promise<DatasetInfo | undefined> {
    const next = summarise(cells, completeInfo(info, cells.length, pillarCells.length))
    const stored: StoredSummary = { years: next.years, regions: next.regions, sectors: next.sectors }
    // pooled before the transaction (pure computation)
    const cube = buildCellCube(cells, THRESHOLDS.minN)
    const pillarCube = buildPillarCube(pillarCells, THRESHOLDS.minN)
    const rollups: StoredRollups = { cells: rollupSizes(cube), pillars: rollupSizes(pillarCube) }
    const client = await this.db.connect()
    try {
      await client.query('BEGIN')
      // one import at a time, over every server on this database
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_IMPORT])
      if (onlyIfEmpty && (await client.query('SELECT 1 FROM current_dataset WHERE id = 1')).rowCount !== 0) {
        await client.query('ROLLBACK')
        return undefined
      }
      const id = (
        await client.query<{ id: string }>('INSERT INTO datasets (version, info, summary, rollup) VALUES ($1, $2, $3, $4) RETURNING id', [
          next.info.version,
          JSON.stringify(next.info),
          JSON.stringify(stored),
          JSON.stringify(rollups),
        ])
      ).rows[0].id
      await insertColumns(client, 'cells', id, [
        { name: 'level', type: 'text', values: cells.map((c) => c.level) },
        { name: 'dimension', type: 'text', values: cells.map((c) => c.dimension) },
        { name: 'region', type: 'text', values: cells.map((c) => c.region) },
        { name: 'sector', type: 'text', values: cells.map((c) => c.sector) },
        { name: 'year', type: 'integer', values: cells.map((c) => c.year) },
        { name: 'n', type: 'integer', values: cells.map((c) => c.n) },
        { name: 'sum', type: 'float8', values: cells.map((c) => c.sum) },
        { name: 'sum_sq', type: 'float8', values: cells.map((c) => c.sumSq) },
      ])
      if (pillarCells.length > 0) {
        await insertColumns(client, 'pillar_cells', id, [
          { name: 'level', type: 'text', values: pillarCells.map((c) => c.level) },
          { name: 'region', type: 'text', values: pillarCells.map((c) => c.region) },
          { name: 'sector', type: 'text', values: pillarCells.map((c) => c.sector) },
          { name: 'year', type: 'integer', values: pillarCells.map((c) => c.year) },
          { name: 'n', type: 'integer', values: pillarCells.map((c) => c.n) },
          { name: 'sum_t', type: 'float8', values: pillarCells.map((c) => c.sumT) },
          { name: 'sum_t_sq', type: 'float8', values: pillarCells.map((c) => c.sumTSq) },
          { name: 'sum_s', type: 'float8', values: pillarCells.map((c) => c.sumS) },
          { name: 'sum_s_sq', type: 'float8', values: pillarCells.map((c) => c.sumSSq) },
          { name: 'sum_ts', type: 'float8', values: pillarCells.map((c) => c.sumTS) },
        ])
      }
      await insertRollups(client, 'rollup', id, cube)
      await insertRollups(client, 'pillar_rollup', id, pillarCube)
      await client.query('INSERT INTO current_dataset (id, dataset) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET dataset = excluded.dataset', [id])
      // only the current dataset keeps its cells and rollups; the descriptions of earlier ones stay as history
      for (const table of ['cells', 'pillar_cells', 'rollup', 'pillar_rollup']) await client.query(`DELETE FROM ${table} WHERE dataset <> $1`, [id])
      // delivered to every listening server when (and only if) the transaction commits
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, id])
      await client.query('COMMIT')
      if (!isOlder(id, this.currentId)) {
        this.current = next
        this.currentId = id
        this.rollups = rollups
      }
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw err
    } finally {
      client.release()
    }
    // outside the transaction (autovacuum would do it later): clear the previous dataset's dead
    // rows, set the visibility map (so GROUP BYs are index-only scans) and refresh the statistics
    for (const table of ['cells', 'pillar_cells', 'rollup', 'pillar_rollup']) await this.db.query(`VACUUM (ANALYZE) ${table}`).catch(() => undefined)
    return next.info
  }

  async versions(): Promise<DatasetInfo[]> {
    const r = await this.db.query<{ info: DatasetInfo }>('SELECT info FROM datasets ORDER BY id DESC')
    return r.rows.map((x) => readInfo(x.info))
  }

  async close(): Promise<void> {
    this.closed = true
    const listener = this.listener
    this.listener = undefined
    this.listening = false
    await listener?.end().catch(() => undefined)
    await this.db.end()
  }
}
