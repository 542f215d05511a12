/** Types of scripts/pg-cluster.mjs (a plain ESM script). */
export const ADMIN_PASSWORD: string
export interface Cluster {
  host: string
  port: number
  dir: string
  /** superuser over TCP, database "postgres" */
  url: string
  urlFor(database: string, user?: string, password?: string): string
  /** run SQL as the superuser over the Unix socket; returns psql's unaligned output */
  psql(sql: string, database?: string): string
  stop(): Promise<void>
}
export function findPgBin(): string | undefined
export function startCluster(options?: { port?: number; maxConnections?: number }): Promise<Cluster | undefined>
export function stopCluster(dir: string): void
