/**
 * Load and fault figures of the API server (issue #20 item 5, issue #18 item 5), against the
 * production server process (`server/main.ts`, full HTTP stack), with a separate prober process
 * timing GET /api/v1/health so that its figures are the server's:
 *
 * 1. mixed: `connections` clients × `mixedSeconds` of the dashboard's queries on the demo data
 *    (cache on): errors, non-2xx, latency, and the server's RSS sampled throughout (flat?).
 * 2. flood: one client floods the largest allowed questions (about 48,000 groups each: every
 *    region × sector × dimension of one level and year, years and levels rotated so they are
 *    not all cache hits) on 1,000,000 cells, with the production rate limit and with none:
 *    health p50/p99/max meanwhile, and what the flood got back.
 * 3. upload: a 700,000-row CSV (about 32 MiB) posted while health and a scores query are polled:
 *    their p99, the upload's time, the server's peak RSS and its RSS after.
 * Each on SQLite and, when installed, on PostgreSQL (a throwaway cluster on this machine).
 *
 * `node --import tsx bench/load.ts [sqlite|postgres] [--quick]` runs it alone; bench/run.ts calls
 * runLoadBench().
 */
import autocannon from 'autocannon'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startCluster } from '../scripts/pg-cluster.mjs'
import { DB_FILE } from '../server/server'
import { PostgresStore } from '../server/stores/postgres'
import { SqliteStore } from '../server/stores/sqlite'
import { tinySite } from '../server/testing/server-process'
import type { Cell } from '../src/domain/cells'
import { datasetCsv } from '../src/domain/csv-import'
import { COUNTRIES, DIMENSIONS, LEVELS, PROVINCES, SECTORS } from '../src/domain/framework'
import { sumsFromMeanSd } from '../src/domain/pooling'
import { generateLargeCells, largeInfo } from './large-data'
import { percentile, rssMiB, startServerProcess, type ServerProcess } from './server-process'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

/** The dashboard's questions (overview, compare, sectors, trends, international, profile). */
export const VIEW_QUERIES = [
  '/api/v1/scores?by=level,dimension,year&region=PV20',
  '/api/v1/scores?by=level,dimension,year&level=national&region=NL',
  '/api/v1/scores?by=level,dimension,region&year=2025',
  '/api/v1/scores?by=level,dimension&year=2025',
  '/api/v1/scores?by=sector,dimension&level=organisational&year=2025',
  '/api/v1/scores?by=region,sector,dimension&level=organisational&year=2025',
  '/api/v1/scores?by=region,dimension,year&level=national',
  '/api/v1/scores?by=level,sector,dimension&region=PV26&year=2025',
  '/api/v1/meta',
]

export interface ProbeFigures {
  samples: number
  failures: number
  p50: number
  p99: number
  max: number
}

function summarise(latencies: number[], failures: number): ProbeFigures {
  if (latencies.length === 0) return { samples: 0, failures, p50: Number.NaN, p99: Number.NaN, max: Number.NaN }
  return { samples: latencies.length, failures, p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(Math.max(...latencies)) }
}

/** Poll `url` every `intervalMs` for `durationMs` from a child process. */
async function probe(url: string, intervalMs: number, durationMs: number): Promise<ProbeFigures> {
  const r = await probeRaw(url, intervalMs, durationMs)
  return summarise(r.latencies, r.failures)
}

/** The same, every latency (ms) and the number of failures. */
function probeRaw(url: string, intervalMs: number, durationMs: number): Promise<{ latencies: number[]; failures: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'probe.ts'), url, String(intervalMs), String(durationMs)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.once('exit', () => {
      try {
        resolve(JSON.parse(out) as { latencies: number[]; failures: number })
      } catch (err) {
        reject(err)
      }
    })
  })
}

/** Sample a process's RSS every `everyMs` until stopped. */
function sampleRss(pid: number, everyMs: number): { stop: () => number[] } {
  const xs: number[] = []
  const timer = setInterval(() => {
    const r = rssMiB(pid)
    if (r !== undefined) xs.push(r)
  }, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return xs
    },
  }
}

/**
 * Cells for an upload of any size up to 933,444 rows (4,644 per year × the 201 years the format
 * accepts): the framework's codes, years from 2025 back to 1900, then 2026 up to 2100. (Before
 * 2026-11-30 the years stopped at 1900, so a "700,000-row" upload had 585,144 rows.)
 */
export function uploadCells(count: number, seed = 3): Cell[] {
  let a = seed >>> 0
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const cells: Cell[] = []
  const push = (level: string, dimension: string, region: string, sector: string | null, year: number) => {
    const n = 5 + Math.floor(rand() * 400)
    const mean = Math.round((1.5 + rand() * 3) * 100) / 100
    const sd = Math.round((0.5 + rand() * 0.7) * 100) / 100
    cells.push({ level, dimension, region, sector, year, ...sumsFromMeanSd(n, mean, sd) })
  }
  const years = [...Array.from({ length: 126 }, (_, i) => 2025 - i), ...Array.from({ length: 75 }, (_, i) => 2026 + i)]
  for (const year of years) {
    if (cells.length >= count) break
    for (const dimension of DIMENSIONS) {
      for (const c of COUNTRIES) if (cells.length < count) push('national', dimension, c.code, null, year)
      for (const level of LEVELS.filter((l) => l !== 'national'))
        for (const p of PROVINCES) for (const s of SECTORS) if (cells.length < count) push(level, dimension, p.code, s.code, year)
    }
  }
  if (cells.length < count) throw new Error(`uploadCells: at most ${cells.length} distinct cells, asked for ${count}`)
  return cells
}

export interface MixedResult {
  connections: number
  seconds: number
  requests: number
  reqPerSec: number
  errors: number
  non2xx: number
  p50: number
  p99: number
  rssMiB: { first: number; last: number; min: number; max: number }
}

async function mixed(server: ServerProcess, connections: number, seconds: number): Promise<MixedResult> {
  let i = 0
  const rss = sampleRss(server.child.pid!, 2000)
  const r = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (req: { path: string }) => ({ ...req, path: VIEW_QUERIES[i++ % VIEW_QUERIES.length] }) }],
  })
  const xs = rss.stop()
  return {
    connections,
    seconds,
    requests: r.requests.total,
    reqPerSec: round(r.requests.average),
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    p50: r.latency.p50,
    p99: r.latency.p99,
    rssMiB: { first: xs[0], last: xs[xs.length - 1], min: Math.min(...xs), max: Math.max(...xs) },
  }
}

export interface FloodResult {
  rateLimit: string
  connections: number
  seconds: number
  health: ProbeFigures
  healthBefore: ProbeFigures
  flood: { requests: number; ok: number; tooMany: number; otherNon2xx: number; errors: number }
}

/** The largest allowed questions on 1M cells: region × sector × dimension of one level and year (~48,000 groups). */
function floodPaths(): string[] {
  const out: string[] = []
  for (const year of [2019, 2020, 2021, 2022, 2023, 2024, 2025]) for (const level of ['individual', 'organisational', 'regional_sectoral']) out.push(`/api/v1/scores?by=region,sector,dimension&level=${level}&year=${year}`)
  return out
}

async function flood(server: ServerProcess, rateLimit: string, connections: number, seconds: number): Promise<FloodResult> {
  const healthBefore = await probe(`${server.url}/api/v1/health`, 20, 3000)
  const paths = floodPaths()
  let i = 0
  let ok = 0
  let tooMany = 0
  let other = 0
  const probing = probe(`${server.url}/api/v1/health`, 20, seconds * 1000)
  const r = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (req: { path: string }) => ({ ...req, path: paths[i++ % paths.length] }) }],
  })
  const health = await probing
  for (const [code, n] of Object.entries(r.statusCodeStats ?? {})) {
    if (code.startsWith('2')) ok += n.count
    else if (code === '429') tooMany += n.count
    else other += n.count
  }
  return { rateLimit, connections, seconds, health, healthBefore, flood: { requests: r.requests.total, ok, tooMany, otherNon2xx: other, errors: r.errors + r.timeouts } }
}

export interface UploadResult {
  rows: number
  fileMiB: number
  status: number
  ms: number
  health: ProbeFigures
  scores: ProbeFigures
  rssMiB: { before: number; peak: number; after5s: number; after20s: number }
}

async function upload(server: ServerProcess, token: string, csv: string, rows: number): Promise<UploadResult> {
  const before = rssMiB(server.child.pid!)!
  const rss = sampleRss(server.child.pid!, 50)
  const t = performance.now()
  const posting = fetch(`${server.url}/api/v1/datasets?title=Bench%20700k`, { method: 'POST', body: csv, headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' } }).then(
    async (res) => {
      await res.arrayBuffer()
      return { status: res.status, ms: performance.now() - t }
    },
  )
  // probe in slices of 2 s until the upload is done
  let done = false
  const finished = posting.finally(() => (done = true))
  const loop = async (url: string) => {
    const all = { latencies: [] as number[], failures: 0 }
    while (!done) {
      const r = await probeRaw(url, 20, 2000)
      all.latencies.push(...r.latencies)
      all.failures += r.failures
    }
    // percentiles over every sample of the upload (not the worst slice's)
    return summarise(all.latencies, all.failures)
  }
  const [h, s, res] = await Promise.all([loop(`${server.url}/api/v1/health`), loop(`${server.url}/api/v1/scores?by=level,dimension&year=2025`), finished])
  const peakDuring = Math.max(...rss.stop())
  await new Promise((r) => setTimeout(r, 5000))
  const after5s = rssMiB(server.child.pid!)!
  await new Promise((r) => setTimeout(r, 15000))
  const after20s = rssMiB(server.child.pid!)!
  return {
    rows,
    fileMiB: round(Buffer.byteLength(csv) / 2 ** 20),
    status: res.status,
    ms: Math.round(res.ms),
    health: h,
    scores: s,
    rssMiB: { before, peak: peakDuring, after5s, after20s },
  }
}

export interface LoadBenchResult {
  store: 'sqlite' | 'postgres'
  mixed: MixedResult
  floods: FloodResult[]
  upload: UploadResult
}

export interface LoadBenchOptions {
  stores?: ('sqlite' | 'postgres')[]
  mixedSeconds?: number
  floodSeconds?: number
  largeCells?: number
  uploadRows?: number
  log?: (s: string) => void
}

export async function runLoadBench(o: LoadBenchOptions = {}): Promise<(LoadBenchResult | { store: string; skipped: string })[]> {
  const log = o.log ?? ((s: string) => process.stderr.write(`${s}\n`))
  const stores = o.stores ?? ['sqlite', 'postgres']
  const mixedSeconds = o.mixedSeconds ?? 60
  const floodSeconds = o.floodSeconds ?? 20
  const largeCells = o.largeCells ?? 1_000_000
  const uploadRows = o.uploadRows ?? 700_000
  const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-load-'))
  const out: (LoadBenchResult | { store: string; skipped: string })[] = []
  const token = 'bench-load-token-0123456789'
  const site = tinySite(path.join(dir, 'site'))
  log(`load: generating ${largeCells} cells and a ${uploadRows}-row upload …`)
  const large = generateLargeCells(largeCells)
  const csv = datasetCsv(uploadCells(uploadRows), 'intl', 2)
  try {
    for (const kind of stores) {
      const cluster = kind === 'postgres' ? await startCluster({ maxConnections: 200 }) : undefined
      if (kind === 'postgres' && !cluster) {
        out.push({ store: kind, skipped: 'PostgreSQL is not installed' })
        continue
      }
      const servers: ServerProcess[] = []
      try {
        const env = (name: string): Record<string, string> => {
          if (!cluster) return {}
          cluster.psql(`CREATE DATABASE ${name}`)
          return { SAMENHANG_DATABASE_URL: cluster.urlFor(name) }
        }
        const start = async (name: string, port: number, extra: Record<string, string>) => {
          const s = await startServerProcess(path.join(dir, `${kind}-${name}`), port, { SAMENHANG_STATIC_DIR: site, SAMENHANG_UPLOAD_TOKEN: token, ...extra })
          servers.push(s)
          return s
        }
        // 1. mixed load on the demo data
        log(`load (${kind}): mixed dashboard queries, 100 connections × ${mixedSeconds} s …`)
        const demo = await start('demo', 8411, { ...env('load_demo'), SAMENHANG_RATE_LIMIT: '0' })
        const mixedResult = await mixed(demo, 100, mixedSeconds)
        // 3. the upload, on the same server (after the mixed load)
        log(`load (${kind}): ${uploadRows}-row upload while health and scores are polled …`)
        const uploadResult = await upload(demo, token, csv, uploadRows)
        await demo.stop()
        servers.pop()
        // 2. floods on 1M cells
        log(`load (${kind}): loading ${largeCells} cells …`)
        const largeEnv = env('load_large')
        if (cluster) {
          const store = await PostgresStore.open(largeEnv.SAMENHANG_DATABASE_URL, { listen: false })
          await store.replace(large, largeInfo(large.length))
          await store.close()
        } else {
          const file = path.join(dir, `${kind}-large`, DB_FILE)
          mkdirSync(path.dirname(file), { recursive: true })
          const store = new SqliteStore(file)
          store.replaceSync(large, largeInfo(large.length))
          await store.close()
        }
        const floods: FloodResult[] = []
        for (const rate of ['600', '0']) {
          log(`load (${kind}): one client floods the largest questions on ${largeCells} cells, rate limit ${rate === '0' ? 'off' : rate} …`)
          const s = await start('large', 8412, { ...largeEnv, SAMENHANG_RATE_LIMIT: rate })
          floods.push(await flood(s, rate === '0' ? 'off' : `${rate}/min`, 16, floodSeconds))
          await s.stop()
          servers.pop()
        }
        out.push({ store: kind, mixed: mixedResult, floods, upload: uploadResult })
      } finally {
        for (const s of servers) await s.stop()
        await cluster?.stop()
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return out
}

export function formatLoadBench(rs: (LoadBenchResult | { store: string; skipped: string })[]): string {
  const lines: string[] = []
  for (const r of rs) {
    if ('skipped' in r) {
      lines.push(`${r.store}: skipped (${r.skipped})`)
      continue
    }
    const m = r.mixed
    lines.push(
      `${r.store}: mixed ${m.connections} connections × ${m.seconds} s: ${m.requests} requests (${m.reqPerSec}/s), errors ${m.errors}, non-2xx ${m.non2xx}, p50 ${m.p50} ms, p99 ${m.p99} ms; RSS ${m.rssMiB.first} → ${m.rssMiB.last} MiB (min ${m.rssMiB.min}, max ${m.rssMiB.max})`,
    )
    for (const f of r.floods) {
      lines.push(
        `${r.store}: flood (rate limit ${f.rateLimit}, ${f.connections} connections × ${f.seconds} s): health p50 ${f.health.p50} ms, p99 ${f.health.p99} ms, max ${f.health.max} ms over ${f.health.samples} probes (before: p99 ${f.healthBefore.p99} ms); flood got ${f.flood.ok} answers, ${f.flood.tooMany} × 429, ${f.flood.otherNon2xx} other, ${f.flood.errors} errors`,
      )
    }
    const u = r.upload
    lines.push(
      `${r.store}: upload ${u.rows} rows (${u.fileMiB} MiB): ${u.status} in ${u.ms} ms; health p99 ${u.health.p99} ms (max ${u.health.max}, ${u.health.failures} failed of ${u.health.samples + u.health.failures}); scores p99 ${u.scores.p99} ms (${u.scores.failures} failed of ${u.scores.samples + u.scores.failures}); RSS ${u.rssMiB.before} → peak ${u.rssMiB.peak} → ${u.rssMiB.after5s} (5 s after) → ${u.rssMiB.after20s} MiB (20 s after)`,
    )
  }
  return lines.join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const quick = args.includes('--quick')
  const stores = args.filter((a) => a === 'sqlite' || a === 'postgres') as ('sqlite' | 'postgres')[]
  const r = await runLoadBench({ stores: stores.length ? stores : undefined, ...(quick ? { mixedSeconds: 10, floodSeconds: 8, largeCells: 200_000, uploadRows: 100_000 } : {}) })
  console.log(formatLoadBench(r))
  console.log(JSON.stringify(r))
}
