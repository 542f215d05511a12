/**
 * Opens the store the server and the import CLI share: SQLite in the data directory.
 * Failures become a StoreOpenError with one message for the operator.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { SqliteStore } from './stores/sqlite'

export const DB_FILE = 'samenhang.sqlite'

export class StoreOpenError extends Error {}

export interface StoreLocation {
  /** directory of the SQLite database (created if missing) */
  dataDir: string
}

export async function openStore(where: StoreLocation): Promise<SqliteStore> {
  try {
    mkdirSync(where.dataDir, { recursive: true })
  } catch (err) {
    throw new StoreOpenError(`Cannot create the data directory ${where.dataDir}: ${(err as Error).message}`)
  }
  const file = path.join(where.dataDir, DB_FILE)
  try {
    return new SqliteStore(file)
  } catch (err) {
    throw new StoreOpenError(`Cannot open the database ${file}: ${(err as Error).message}`)
  }
}
