/**
 * SQLite against PostgreSQL, side by side in one run: requests per second of one API server
 * process (the production server, full HTTP stack) on each store, over the demo data, at 50
 * connections, in interleaved rounds (SQLite, PostgreSQL, SQLite, …) so drift on a shared VM
 * hits both alike; with the query cache off (every request runs its query) and on (the
 * production default). Plus a 100,000-row upload to each. PostgreSQL is a throwaway cluster on
 * this machine (scripts/pg-cluster.mjs; fsync off, which does not affect reads), so the database
 * competes with the server and the load generator for the same cores: a deployment with the
 * database on its own machine does better. Called by `npm run bench` as runStoreBench().
 */
import autocannon from 'autocannon'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startCluster } from '../scripts/pg-cluster.mjs'
import { sampleDatasetCsv } from '../server/import/sample-files'
import { tinySite } from '../server/testing/server-process'
import { SCORES_PATH, WIDE_SCORES_PATH } from './api'
import { median, rssMiB, startServerProcess, type ServerProcess } from './server-process'

export interface StoreFigures {
  reqPerSec: number
  p50: number
  p99: number
  non2xx: number
}

export interface StoreBenchRow {
  endpoint: string
  path: string
  cache: boolean
  sqlite: StoreFigures
  postgres: StoreFigures
  /** PostgreSQL req/s ÷ SQLite req/s (medians) */
  ratio: number
}

export interface StoreBenchResult {
  connections: number
  rounds: number
  roundSeconds: number
  rows: StoreBenchRow[]
  /** POST /api/v1/datasets of a 100,000-row file, ms to 201 */
  upload: { rows: number; sqliteMs: number; postgresMs: number }
  serverRssMiB: { sqlite?: number; postgres?: number }
}

const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d
const ENDPOINTS = [
  { endpoint: 'scores, one province (home view)', path: SCORES_PATH },
  { endpoint: 'scores, all provinces', path: WIDE_SCORES_PATH },
  { endpoint: 'meta', path: '/api/v1/meta' },
]

async function load(url: string, connections: number, seconds: number): Promise<StoreFigures> {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1 })
  return { reqPerSec: round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx }
}

function medianFigures(xs: StoreFigures[]): StoreFigures {
  return {
    reqPerSec: round(median(xs.map((x) => x.reqPerSec))),
    p50: median(xs.map((x) => x.p50)),
    p99: median(xs.map((x) => x.p99)),
    non2xx: xs.reduce((a, x) => a + x.non2xx, 0),
  }
}

export async function runStoreBench(options: { connections?: number; rounds?: number; roundSeconds?: number; log?: (s: string) => void } = {}): Promise<StoreBenchResult | { skipped: string }> {
  const connections = options.connections ?? 50
  const rounds = options.rounds ?? 3
  const roundSeconds = options.roundSeconds ?? 3
  const log = options.log ?? (() => {})
  const cluster = await startCluster({ maxConnections: 200 })
  if (!cluster) return { skipped: 'PostgreSQL is not installed (apt-get install -y postgresql): no SQLite/PostgreSQL comparison.' }
  const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-stores-bench-'))
  const servers: ServerProcess[] = []
  try {
    cluster.psql('CREATE DATABASE bench_cached')
    cluster.psql('CREATE DATABASE bench_uncached')
    const site = tinySite(path.join(dir, 'site'))
    const token = 'bench-stores-token-0123456789'
    const common = { SAMENHANG_STATIC_DIR: site, SAMENHANG_UPLOAD_TOKEN: token }
    log('stores: starting SQLite and PostgreSQL servers (cache on and off)…')
    const start = async (port: number, env: Record<string, string>) => {
      const s = await startServerProcess(path.join(dir, `data-${port}`), port, { ...common, ...env })
      servers.push(s)
      return s
    }
    const sqlite = { cached: await start(8394, {}), uncached: await start(8395, { SAMENHANG_QUERY_CACHE: '0' }) }
    const postgres = {
      cached: await start(8396, { SAMENHANG_DATABASE_URL: cluster.urlFor('bench_cached') }),
      uncached: await start(8397, { SAMENHANG_DATABASE_URL: cluster.urlFor('bench_uncached'), SAMENHANG_QUERY_CACHE: '0' }),
    }
    const rows: StoreBenchRow[] = []
    for (const cache of [false, true]) {
      for (const e of ENDPOINTS) {
        const a = cache ? sqlite.cached : sqlite.uncached
        const b = cache ? postgres.cached : postgres.uncached
        log(`stores: ${e.endpoint}, cache ${cache ? 'on' : 'off'}…`)
        await load(`${a.url}${e.path}`, connections, 1) // warm-up
        await load(`${b.url}${e.path}`, connections, 1)
        const sa: StoreFigures[] = []
        const sb: StoreFigures[] = []
        for (let r = 0; r < rounds; r++) {
          sa.push(await load(`${a.url}${e.path}`, connections, roundSeconds))
          sb.push(await load(`${b.url}${e.path}`, connections, roundSeconds))
        }
        const s = medianFigures(sa)
        const p = medianFigures(sb)
        rows.push({ endpoint: e.endpoint, path: e.path, cache, sqlite: s, postgres: p, ratio: round(p.reqPerSec / s.reqPerSec, 2) })
      }
    }
    const serverRssMiB = { sqlite: rssMiB(sqlite.uncached.child.pid!), postgres: rssMiB(postgres.uncached.child.pid!) }

    log('stores: 100,000-row upload to each…')
    const csv = sampleDatasetCsv(100_000, 'nl')
    const upload = async (s: ServerProcess) => {
      const t = performance.now()
      const res = await fetch(`${s.url}/api/v1/datasets`, { method: 'POST', body: csv, headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' } })
      await res.arrayBuffer()
      if (res.status !== 201) throw new Error(`upload answered ${res.status}`)
      return round(performance.now() - t)
    }
    const uploadResult = { rows: 100_000, sqliteMs: await upload(sqlite.uncached), postgresMs: await upload(postgres.uncached) }
    return { connections, rounds, roundSeconds, rows, upload: uploadResult, serverRssMiB }
  } finally {
    for (const s of servers) await s.stop()
    await cluster.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function formatStoreBench(r: StoreBenchResult | { skipped: string }): string {
  if ('skipped' in r) return `skipped: ${r.skipped}`
  const lines = [
    `one API server process per store, ${r.connections} connections, median of ${r.rounds} interleaved rounds × ${r.roundSeconds} s; PostgreSQL on the same machine`,
    `${'endpoint'.padEnd(36)} ${'cache'.padEnd(6)} ${'SQLite req/s'.padStart(13)} ${'PostgreSQL req/s'.padStart(17)} ${'PG/SQLite'.padStart(10)}   p99 ms (SQLite / PG)`,
  ]
  for (const x of r.rows) {
    lines.push(
      `${x.endpoint.padEnd(36)} ${(x.cache ? 'on' : 'off').padEnd(6)} ${String(x.sqlite.reqPerSec).padStart(13)} ${String(x.postgres.reqPerSec).padStart(17)} ${x.ratio.toFixed(2).padStart(10)}   ${x.sqlite.p99} / ${x.postgres.p99}`,
    )
  }
  lines.push(`upload of ${r.upload.rows.toLocaleString('en')} rows (POST /api/v1/datasets): SQLite ${r.upload.sqliteMs} ms, PostgreSQL ${r.upload.postgresMs} ms`)
  lines.push(`server RSS after the load: SQLite ${r.serverRssMiB.sqlite} MiB, PostgreSQL ${r.serverRssMiB.postgres} MiB`)
  return lines.join('\n')
}

// `node --import tsx bench/stores.ts`: this part alone
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await runStoreBench({ log: (s) => console.error(s) })
  console.log(formatStoreBench(r))
  console.log(JSON.stringify(r))
}
