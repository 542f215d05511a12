/**
 * Opens the store the server and the import CLI share: PostgreSQL when SAMENHANG_DATABASE_URL is
 * set, otherwise SQLite in the data directory. Failures become a StoreOpenError with one message
 * for the operator.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Cell, PillarCell } from '../src/domain/cells'
import type { IngestTarget } from './ingest/ingest'
import type { DatasetDescription, Store } from './store'
import { PostgresOpenError, PostgresStore, describeUrl } from './stores/postgres'
import { SqliteStore } from './stores/sqlite'

export const DB_FILE = 'samenhang.sqlite'

export class StoreOpenError extends Error {}

export interface StoreLocation {
  /** directory of the SQLite database (created if missing) */
  dataDir: string
  /** PostgreSQL connection string; wins over dataDir */
  databaseUrl?: string
  /** PostgreSQL connections in the pool */
  databasePool?: number
}

/** A store the server can run on: the Store interface, plus seeding a fresh database. */
export interface OpenedStore extends Store {
  /** Load `cells` if no dataset is current yet (atomically, also with several servers); true if it did. */
  seedIfEmpty(cells: readonly Cell[], info: DatasetDescription, pillarCells?: readonly PillarCell[]): Promise<boolean>
  /** Read which dataset is current now: another connection (the upload worker) has just committed one. */
  refresh(): Promise<void>
}

export interface Opened {
  store: OpenedStore
  /** where the data live, for messages (no password) */
  where: string
  kind: 'sqlite' | 'postgres'
  /** how another connection (the upload worker) reaches the same database */
  target: IngestTarget
}

export async function openStore(where: StoreLocation): Promise<Opened> {
  if (where.databaseUrl) {
    try {
      const store = await PostgresStore.open(where.databaseUrl, { poolSize: where.databasePool })
      return { store, where: `PostgreSQL ${describeUrl(where.databaseUrl)}`, kind: 'postgres', target: { kind: 'postgres', url: where.databaseUrl } }
    } catch (err) {
      throw err instanceof PostgresOpenError ? new StoreOpenError(err.message) : err
    }
  }
  try {
    mkdirSync(where.dataDir, { recursive: true })
  } catch (err) {
    throw new StoreOpenError(`Cannot create the data directory ${where.dataDir}: ${(err as Error).message}`)
  }
  const file = path.join(where.dataDir, DB_FILE)
  try {
    return { store: new SqliteStore(file), where: `SQLite ${file}`, kind: 'sqlite', target: { kind: 'sqlite', file } }
  } catch (err) {
    throw new StoreOpenError(`Cannot open the database ${file}: ${(err as Error).message}`)
  }
}
