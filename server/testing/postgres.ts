/**
 * PostgreSQL for tests: a throwaway cluster per test file (scripts/pg-cluster.mjs), and a fresh
 * database per suite. Without PostgreSQL installed the PostgreSQL tests are skipped with a loud
 * message; with CI=true that is a failure (.ci/run installs the package).
 */
import { startCluster, type Cluster } from '../../scripts/pg-cluster.mjs'

export type { Cluster }

export async function postgresForTests(what: string): Promise<Cluster | undefined> {
  const cluster = await startCluster()
  if (cluster) return cluster
  const banner = '!'.repeat(78)
  const message = [
    banner,
    `!! PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin).`,
    `!! SKIPPED: ${what}.`,
    '!! Install it with: apt-get update && apt-get install -y postgresql',
    banner,
  ].join('\n')
  if (process.env.CI === 'true') throw new Error(`${message}\n!! CI=true: the PostgreSQL tests must run.`)
  console.warn(message)
  return undefined
}

let counter = 0

/** A new, empty database on the cluster; returns its connection string (superuser). */
export function freshDatabase(cluster: Cluster, prefix = 'samenhang'): string {
  const name = `${prefix}_${process.pid}_${++counter}`
  cluster.psql(`CREATE DATABASE ${name}`)
  return cluster.urlFor(name)
}
