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
 * - Pooling is SQL: SUM(n), SUM(sum), SUM(sum_sq) GROUP BY the requested keys, cells below minN
 *   counted as zero, over the current dataset's cells; covering indexes lead with the dataset,
 *   then region or year. Groups are ordered in JavaScript (compareGroups) so the order is the
 *   memory store's to the byte.
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
import { GROUP_KEYS, type DatasetInfo, type GroupKey } from '../../src/contract/v1'
import type { Cell } from '../../src/domain/cells'
import { compareGroups, type CellFilter, type DatasetSummary, type PooledGroup, type Store } from '../store'
import { summarise } from './memory'

/** Bumped when the schema changes; stored in samenhang_schema. */
export const PG_SCHEMA_VERSION = 1

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
`

const EMPTY_INFO: DatasetInfo = {
  id: 'empty',
  version: 'empty',
  title: { nl: 'Geen gegevens', en: 'No data' },
  synthetic: false,
  source: { nl: '', en: '' },
  updated: new Date(0).toISOString(),
  cells: 0,
}

const FILTER_KEYS = ['level', 'dimension', 'region', 'sector', 'year'] as const satisfies readonly (keyof CellFilter)[]
/** rows per INSERT … SELECT FROM unnest(…) statement */
const BATCH = 20_000

export interface PostgresStoreOptions {
  /** connections in the pool (default 10) */
  poolSize?: number
  /** give up connecting after this many ms (default 5000) */
  connectTimeoutMs?: number
  /** longest time summary() answers from memory while notifications flow (default 5000 ms) */
  maxStaleMs?: number
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

export class PostgresStore implements Store {
  private current: DatasetSummary = { info: EMPTY_INFO, years: [], regions: [], sectors: [] }
  private currentId: string | null = null
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
      await store.listen().catch(() => undefined)
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
      else if (row.version !== PG_SCHEMA_VERSION) throw new Error(`Database schema version ${row.version} is not supported (expected ${PG_SCHEMA_VERSION}).`)
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
    } else {
      const d = (await this.db.query<{ info: DatasetInfo; summary: StoredSummary }>('SELECT info, summary FROM datasets WHERE id = $1', [id])).rows[0]
      this.current = { info: d.info, years: d.summary.years, regions: d.summary.regions, sectors: d.summary.sectors }
    }
    this.currentId = id
  }

  async pool(filter: CellFilter, by: readonly GroupKey[], minN: number): Promise<PooledGroup[]> {
    return this.poolCells(filter, by, minN)
  }

  private async poolCells(filter: CellFilter, by: readonly GroupKey[], minN: number): Promise<PooledGroup[]> {
    for (const k of by) if (!(GROUP_KEYS as readonly string[]).includes(k)) throw new Error(`Unknown grouping key ${k}`)
    const where: string[] = ['dataset = (SELECT dataset FROM current_dataset WHERE id = 1)']
    const params: unknown[] = [minN]
    for (const key of FILTER_KEYS) {
      const values = filter[key]
      if (values === undefined) continue
      // an empty list matches nothing, as in MemoryStore
      if (values.length === 0) return []
      params.push(values)
      where.push(`${key} = ANY($${params.length}::${key === 'year' ? 'integer' : 'text'}[])`)
    }
    const cols = by.join(', ')
    const text =
      `SELECT ${by.length > 0 ? `${cols}, ` : ''}` +
      `SUM(CASE WHEN n >= $1 THEN n ELSE 0 END) AS n, ` +
      `SUM(CASE WHEN n >= $1 THEN sum ELSE 0 END) AS sum, ` +
      `SUM(CASE WHEN n >= $1 THEN sum_sq ELSE 0 END) AS sum_sq, ` +
      // the dataset these groups come from (the same in every row)
      `MIN(dataset) AS dataset ` +
      `FROM cells WHERE ${where.join(' AND ')}` +
      // without GROUP BY an aggregate returns one row even when nothing matches; MemoryStore returns none
      (by.length > 0 ? ` GROUP BY ${cols}` : ' HAVING COUNT(*) > 0')
    // array rows: the keys in `by` order, then n, Σx, Σx² (SUM of integer is bigint: a string)
    // prepared once per connection and shape of query (the SQL text depends only on which filters
    // and groupings are present, never on values); the name is the text's hash
    const r = await this.db.query({ name: `samenhang_pool_${hashText(text)}`, text, values: params, rowMode: 'array' })
    const width = by.length
    const groups: PooledGroup[] = (r.rows as unknown[][]).map((row) => {
      const keys: PooledGroup['keys'] = {}
      for (let i = 0; i < width; i++) keys[by[i]] = row[i] as string | number | null
      return { keys, n: Number(row[width]), sum: Number(row[width + 1]), sumSq: Number(row[width + 2]) }
    })
    // the answer must never be newer than what summary() says: adopt the dataset read; with no
    // rows, ask for the pointer (an empty answer says nothing about which dataset it came from)
    if (r.rows.length > 0) await this.adopt(String((r.rows[0] as unknown[])[width + 3]))
    else {
      this.verifiedAt = 0
      await this.summary()
    }
    return groups.sort(compareGroups(by))
  }

  async replace(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>): Promise<DatasetInfo> {
    return this.write(cells, info, false)
  }

  /**
   * Load `cells` only when no dataset is current yet (first start), atomically: when several
   * servers start on an empty database at once, one of them seeds it. True when this call did.
   */
  async seedIfEmpty(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>): Promise<boolean> {
    return (await this.write(cells, info, true)) !== undefined
  }

  private async write(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>, onlyIfEmpty: true): Promise<DatasetInfo | undefined>
  private async write(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>, onlyIfEmpty: false): Promise<DatasetInfo>
  private async write(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>, onlyIfEmpty: boolean): Promise<DatasetInfo | undefined> {
    const next = summarise(cells, { ...info, cells: cells.length })
    const stored: StoredSummary = { years: next.years, regions: next.regions, sectors: next.sectors }
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
        await client.query<{ id: string }>('INSERT INTO datasets (version, info, summary) VALUES ($1, $2, $3) RETURNING id', [
          next.info.version,
          JSON.stringify(next.info),
          JSON.stringify(stored),
        ])
      ).rows[0].id
      for (let start = 0; start < cells.length; start += BATCH) {
        const part = cells.slice(start, start + BATCH)
        await client.query(
          'INSERT INTO cells (dataset, level, dimension, region, sector, year, n, sum, sum_sq) ' +
            'SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::float8[], $9::float8[])',
          [
            id,
            part.map((c) => c.level),
            part.map((c) => c.dimension),
            part.map((c) => c.region),
            part.map((c) => c.sector),
            part.map((c) => c.year),
            part.map((c) => c.n),
            part.map((c) => c.sum),
            part.map((c) => c.sumSq),
          ],
        )
      }
      await client.query('INSERT INTO current_dataset (id, dataset) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET dataset = excluded.dataset', [id])
      // only the current dataset keeps its cells; the descriptions of earlier ones stay as history
      await client.query('DELETE FROM cells WHERE dataset <> $1', [id])
      // delivered to every listening server when (and only if) the transaction commits
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, id])
      await client.query('COMMIT')
      if (!isOlder(id, this.currentId)) {
        this.current = next
        this.currentId = id
      }
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw err
    } finally {
      client.release()
    }
    // outside the transaction (autovacuum would do it later): clear the previous dataset's dead
    // rows, set the visibility map (so GROUP BYs are index-only scans) and refresh the statistics
    await this.db.query('VACUUM (ANALYZE) cells').catch(() => undefined)
    return next.info
  }

  async versions(): Promise<DatasetInfo[]> {
    const r = await this.db.query<{ info: DatasetInfo }>('SELECT info FROM datasets ORDER BY id DESC')
    return r.rows.map((x) => x.info)
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
