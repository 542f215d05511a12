/**
 * API benchmark: throughput and latency of the scores endpoint of the real server (full HTTP
 * stack, SQLite store) at 50 connections, beside a bare Hono endpoint in the same process
 * (interleaved rounds, 4 × 3 s; the ratio of medians is the figure to compare across machines,
 * since absolute req/s swing up to 2× between runs on small VMs), on the demo data and on
 * 1,000,000 cells;
 * plus cold query times (first query on a freshly opened database) at 10k, 100k and 1M cells.
 *
 * `node --import tsx bench/api.ts` runs it alone (and writes bench/results/api-<time>.json);
 * bench/run.ts calls runApiBench(), which returns a JSON-serialisable result and prints a table.
 */
import autocannon from 'autocannon'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { DEMO_INFO, generateDemoCells } from '../mocks/demo-data'
import type { CellKeyName } from '../src/contract/v1'
import { THRESHOLDS } from '../src/domain/framework'
import type { CellFilter } from '../server/store'
import { SqliteStore } from '../server/stores/sqlite'
import { DB_FILE } from '../server/server'
import { generateLargeCells, largeInfo } from './large-data'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface ApiBenchOptions {
  connections?: number
  rounds?: number
  roundSeconds?: number
  warmupSeconds?: number
  /** cells of the large dataset */
  largeCells?: number
  /** dataset sizes for cold query times */
  coldSizes?: number[]
  /** progress lines (default: stderr) */
  log?: (line: string) => void
  /** print the table of results to stdout at the end (default true) */
  print?: boolean
}

export interface LoadFigures {
  reqPerSec: number
  /** latency in ms */
  p50: number
  p99: number
  non2xx: number
  errors: number
}

export interface EndpointResult {
  name: string
  path: string
  /** served with the query cache (production default) or without */
  cache: boolean | null
  rounds: LoadFigures[]
  median: LoadFigures
  /** median req/s ÷ the bare endpoint's median req/s */
  ratioToBare: number
  /** median req/s ÷ /api/v1/health's median req/s (the full stack's floor) */
  ratioToHealth: number
  /** the median of the per-round ratios (each round runs right after bare: less drift) */
  ratioToBarePerRound: number
}

export interface DatasetLoadResult {
  dataset: string
  cells: number
  endpoints: EndpointResult[]
  /** median req/s of the scores endpoint (query cache off: every request runs the query) ÷ bare */
  ratioScoresToBare: number
  /** the same with the query cache on (production default; repeated identical requests) */
  ratioScoresCachedToBare: number
  /** /api/v1/health through the full stack ÷ bare: the cost of the middleware alone */
  ratioHealthToBare: number
}

export interface ColdResult {
  cells: number
  query: string
  groups: number
  /** opening the database (new connection, empty SQLite page cache) */
  openMs: number
  /** the first query after opening */
  firstQueryMs: number
  /** median of the next repeats */
  warmMedianMs: number
}

export interface ApiBenchResult {
  kind: 'api'
  startedAt: string
  machine: { node: string; cpus: number; cpuModel: string }
  settings: { connections: number; rounds: number; roundSeconds: number }
  import: { cells: number; ms: number }[]
  load: DatasetLoadResult[]
  cold: ColdResult[]
  notes: string[]
  totalSeconds: number
}

export const SCORES_PATH = '/api/v1/scores?by=level,dimension&region=PV20&year=2025'
/** On the large dataset also a query that reads a seventh of all cells (no region filter). */
export const WIDE_SCORES_PATH = '/api/v1/scores?by=level,dimension&year=2025'

const COLD_QUERIES: { label: string; filter: CellFilter; by: CellKeyName[] }[] = [
  { label: 'by=level,dimension&region=PV20&year=2025', filter: { region: ['PV20'], year: [2025] }, by: ['level', 'dimension'] },
  { label: 'by=level,dimension&year=2025', filter: { year: [2025] }, by: ['level', 'dimension'] },
  { label: 'by=level,dimension (no filter)', filter: {}, by: ['level', 'dimension'] },
  { label: 'by=region,dimension (no filter)', filter: {}, by: ['dimension', 'region'] },
  { label: 'by=dimension,region,sector&level=organisational&year=2025', filter: { level: ['organisational'], year: [2025] }, by: ['dimension', 'region', 'sector'] },
]

/** Queries the views make, asked without the cache on the large dataset (each its own endpoint). */
const VIEW_PATHS = [
  '/api/v1/scores?by=level,dimension,year&region=PV20',
  '/api/v1/scores?by=level,dimension,year&level=national&region=NL',
  '/api/v1/scores?by=level,dimension,region&year=2025',
  '/api/v1/scores?by=sector,dimension&level=organisational&year=2025',
  '/api/v1/scores?by=region,dimension,year&level=national',
  '/api/v1/scores?by=level,sector,dimension&region=PV26&year=2025',
  '/api/v1/scores?by=region,sector,dimension&level=organisational&year=2025',
]

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

async function load(url: string, connections: number, seconds: number): Promise<LoadFigures> {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1 })
  return { reqPerSec: round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts }
}

/**
 * Wait until the server has drained: when autocannon stops, up to `connections` slow requests
 * may still be queued in the server and would eat into the next endpoint's round.
 */
async function settle(healthUrl: string): Promise<void> {
  const until = Date.now() + 10_000
  while (Date.now() < until) {
    const t = performance.now()
    await (await fetch(healthUrl)).arrayBuffer()
    if (performance.now() - t < 5) return
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Start bench/api-server.ts on a data directory; resolves with its URLs and a stop(). */
interface ChildUrls {
  api: string
  apiUncached: string
  bare: string
}

async function startChild(dataDir: string, staticDir: string): Promise<ChildUrls & { stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'api-server.ts'), dataDir, staticDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stderr.on('data', (d: Buffer) => (err += d.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const urls = await new Promise<ChildUrls>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench server did not start: ${err}`)), 30_000)
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) {
        clearTimeout(timer)
        resolve(JSON.parse(line) as ChildUrls)
      }
    })
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}: ${err}`)))
  })
  return {
    ...urls,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}

function writeStore(file: string, cells: Parameters<SqliteStore['replaceSync']>[0], info: Parameters<SqliteStore['replaceSync']>[1]): number {
  mkdirSync(path.dirname(file), { recursive: true })
  const store = new SqliteStore(file)
  const t0 = performance.now()
  store.replaceSync(cells, info)
  const ms = performance.now() - t0
  store.db.close()
  return ms
}

function coldQueries(file: string, cells: number): ColdResult[] {
  return COLD_QUERIES.map((q) => {
    const t0 = performance.now()
    const store = new SqliteStore(file, { readonly: true })
    const openMs = performance.now() - t0
    const t1 = performance.now()
    const groups = store.poolSync(q.filter, q.by, THRESHOLDS.minN).length
    const firstQueryMs = performance.now() - t1
    const warm: number[] = []
    for (let i = 0; i < 5; i++) {
      const t = performance.now()
      store.poolSync(q.filter, q.by, THRESHOLDS.minN)
      warm.push(performance.now() - t)
    }
    store.db.close()
    return { cells, query: q.label, groups, openMs: round(openMs, 2), firstQueryMs: round(firstQueryMs, 2), warmMedianMs: round(median(warm), 2) }
  })
}

export async function runApiBench(options: ApiBenchOptions = {}): Promise<ApiBenchResult> {
  const started = performance.now()
  const o = {
    connections: 50,
    rounds: 4,
    roundSeconds: 3,
    warmupSeconds: 1,
    largeCells: 1_000_000,
    coldSizes: [10_000, 100_000, 1_000_000],
    log: (line: string) => process.stderr.write(`${line}\n`),
    print: true,
    ...options,
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-bench-'))
  try {
    // a minimal SPA, so the server composes exactly as in production
    const site = path.join(dir, 'site')
    mkdirSync(site)
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>bench</title>')

    o.log(`generating ${o.largeCells} cells …`)
    const large = generateLargeCells(Math.max(o.largeCells, ...o.coldSizes))
    const demo = generateDemoCells()
    const imports: ApiBenchResult['import'] = []
    const dbDemo = path.join(dir, 'demo', DB_FILE)
    imports.push({ cells: demo.length, ms: round(writeStore(dbDemo, demo, DEMO_INFO)) })
    const dbFor = (n: number) => path.join(dir, `cells-${n}`, DB_FILE)
    for (const n of [...new Set([...o.coldSizes, o.largeCells])].sort((a, b) => a - b)) {
      o.log(`importing ${n} cells into SQLite …`)
      imports.push({ cells: n, ms: round(writeStore(dbFor(n), large.slice(0, n), largeInfo(n))) })
    }

    o.log('cold queries …')
    const cold = o.coldSizes.flatMap((n) => coldQueries(dbFor(n), n))

    const datasets = [
      { name: 'demo', cells: demo.length, dir: path.dirname(dbDemo) },
      { name: `${o.largeCells / 1e6 >= 1 ? `${o.largeCells / 1e6}M` : o.largeCells} cells`, cells: o.largeCells, dir: path.dirname(dbFor(o.largeCells)) },
    ]
    const loadResults: DatasetLoadResult[] = []
    for (const ds of datasets) {
      const child = await startChild(ds.dir, site)
      try {
        const endpoints = [
          { name: 'bare hono', url: `${child.bare}/bare`, path: '/bare', cache: null },
          { name: 'health (full stack)', url: `${child.api}/api/v1/health`, path: '/api/v1/health', cache: null },
          { name: 'scores, no cache', url: `${child.apiUncached}${SCORES_PATH}`, path: SCORES_PATH, cache: false },
          { name: 'scores, cached', url: `${child.api}${SCORES_PATH}`, path: SCORES_PATH, cache: true },
          ...(ds.cells === o.largeCells
            ? [
                { name: 'year only, no cache', url: `${child.apiUncached}${WIDE_SCORES_PATH}`, path: WIDE_SCORES_PATH, cache: false },
                { name: 'year only, cached', url: `${child.api}${WIDE_SCORES_PATH}`, path: WIDE_SCORES_PATH, cache: true },
                ...VIEW_PATHS.map((p, i) => ({ name: `view ${i + 1}, no cache`, url: `${child.apiUncached}${p}`, path: p, cache: false })),
              ]
            : []),
        ]
        o.log(`${ds.name}: warming up …`)
        const health = `${child.api}/api/v1/health`
        for (const e of endpoints) {
          await load(e.url, o.connections, o.warmupSeconds)
          await settle(health)
        }
        const rounds: LoadFigures[][] = endpoints.map(() => [])
        for (let r = 0; r < o.rounds; r++) {
          for (const [i, e] of endpoints.entries()) {
            o.log(`${ds.name}: round ${r + 1}/${o.rounds}, ${e.name} …`)
            rounds[i].push(await load(e.url, o.connections, o.roundSeconds))
            await settle(health)
          }
        }
        const bare = median(rounds[0].map((x) => x.reqPerSec))
        const healthRps = median(rounds[1].map((x) => x.reqPerSec))
        const results: EndpointResult[] = endpoints.map((e, i) => ({
          name: e.name,
          path: e.path,
          cache: e.cache,
          rounds: rounds[i],
          median: {
            reqPerSec: round(median(rounds[i].map((x) => x.reqPerSec))),
            p50: median(rounds[i].map((x) => x.p50)),
            p99: median(rounds[i].map((x) => x.p99)),
            non2xx: rounds[i].reduce((a, x) => a + x.non2xx, 0),
            errors: rounds[i].reduce((a, x) => a + x.errors, 0),
          },
          ratioToBare: round(median(rounds[i].map((x) => x.reqPerSec)) / bare, 4),
          ratioToHealth: round(median(rounds[i].map((x) => x.reqPerSec)) / healthRps, 4),
          ratioToBarePerRound: round(median(rounds[i].map((x, r) => x.reqPerSec / rounds[0][r].reqPerSec)), 4),
        }))
        loadResults.push({
          dataset: ds.name,
          cells: ds.cells,
          endpoints: results,
          ratioHealthToBare: results[1].ratioToBare,
          ratioScoresToBare: results[2].ratioToBare,
          ratioScoresCachedToBare: results[3].ratioToBare,
        })
      } finally {
        await child.stop()
      }
    }

    const c = cpus()
    const result: ApiBenchResult = {
      kind: 'api',
      startedAt: new Date().toISOString(),
      machine: { node: process.version, cpus: c.length, cpuModel: c[0]?.model ?? 'unknown' },
      settings: { connections: o.connections, rounds: o.rounds, roundSeconds: o.roundSeconds },
      import: imports,
      load: loadResults,
      cold,
      notes: [
        'Load: autocannon (this process) against the server in a child process on the same machine; both share the CPUs.',
        'Requests carry no Accept-Encoding, so answers are uncompressed; the request log is off; the rate limiter is on with a limit that never trips.',
        '"cached" = the production default (SAMENHANG_QUERY_CACHE=500): every request but the first is a cache hit; "no cache" runs the SQL query on every request.',
        'Throughput on these VMs is bimodal (the same endpoint swings up to 2× between rounds, pinned to a core or not): compare ratios within one run, not absolute figures across runs.',
        'Cold = first query on a newly opened connection (empty SQLite page cache); the OS file cache is warm (the file was just written).',
      ],
      totalSeconds: round((performance.now() - started) / 1000),
    }
    if (o.print) process.stdout.write(`${formatApiBench(result)}\n`)
    return result
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A readable table of the result. */
export function formatApiBench(r: ApiBenchResult): string {
  const lines: string[] = []
  const pad = (s: string | number, w: number) => String(s).padStart(w)
  lines.push(`API benchmark — Node ${r.machine.node}, ${r.machine.cpus} CPUs, ${r.settings.connections} connections, ${r.settings.rounds} interleaved rounds × ${r.settings.roundSeconds} s`)
  for (const d of r.load) {
    lines.push('', `Dataset: ${d.dataset} (${d.cells.toLocaleString('en')} cells)`)
    lines.push(`${'endpoint'.padEnd(22)}${pad('req/s', 9)}${pad('rounds (req/s)', 42)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('÷ bare', 8)}${pad('÷ health', 9)}${pad('non-2xx', 9)}`)
    for (const e of d.endpoints) {
      lines.push(
        `${e.name.padEnd(22)}${pad(Math.round(e.median.reqPerSec), 9)}${pad(e.rounds.map((x) => Math.round(x.reqPerSec)).join(' / '), 42)}${pad(e.median.p50, 8)}${pad(e.median.p99, 8)}${pad(e.ratioToBare.toFixed(3), 8)}${pad(e.ratioToHealth.toFixed(3), 9)}${pad(e.median.non2xx + e.median.errors, 9)}`,
      )
    }
    lines.push(`scores = ${SCORES_PATH}${d.endpoints.length > 4 ? `; year only = ${WIDE_SCORES_PATH}` : ''}`)
    if (d.endpoints.length > 6) VIEW_PATHS.forEach((p, i) => lines.push(`view ${i + 1} = ${p}`))
  }
  lines.push('', 'Import into SQLite (one transaction, indexes built after the load):')
  for (const i of r.import) lines.push(`  ${pad(i.cells.toLocaleString('en'), 10)} cells: ${i.ms} ms`)
  lines.push('', `Cold queries (first query after opening the database):`)
  lines.push(`${'cells'.padStart(10)}  ${'query'.padEnd(42)}${pad('groups', 7)}${pad('open ms', 9)}${pad('first ms', 10)}${pad('warm ms', 9)}`)
  for (const c of r.cold) {
    lines.push(`${pad(c.cells.toLocaleString('en'), 10)}  ${c.query.padEnd(42)}${pad(c.groups, 7)}${pad(c.openMs, 9)}${pad(c.firstQueryMs, 10)}${pad(c.warmMedianMs, 9)}`)
  }
  lines.push('', ...r.notes.map((n) => `note: ${n}`), `total ${r.totalSeconds} s`)
  return lines.join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const result = await runApiBench()
  const out = path.join(ROOT, 'bench', 'results')
  mkdirSync(out, { recursive: true })
  const file = path.join(out, `api-${result.startedAt.replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, JSON.stringify(result, null, 2))
  process.stdout.write(`written ${path.relative(ROOT, file)}\n`)
}
