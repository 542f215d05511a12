/**
 * `npm run bench`: bundle, page speed (Lighthouse), interaction latency and memory in Chromium
 * (demo data and a large dataset of 342 municipality-style regions), API throughput and scaling.
 * Prints the figures and writes bench/results/latest.json. Nothing here gates CI.
 *
 * One part alone: `npm run bench -- bundle` (or page, interaction, api, import, stores, load).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DB_FILE } from '../server/server'
import { SqliteStore } from '../server/stores/sqlite'
import { formatApiBench, runApiBench } from './api'
import { formatBundle, runBundleBench } from './bundle'
import { formatImportBench, runImportBench } from './import'
import { formatLoadBench, runLoadBench } from './load'
import { formatStoreBench, runStoreBench } from './stores'
import { formatInteraction, runInteractionBench } from './interaction'
import { generateLargeCells, largeInfo } from './large-data'
import { formatPage, runPageBench } from './page'
import { rssMiB, startServerProcess } from './server-process'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const parts = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const want = (p: string) => parts.length === 0 || parts.includes(p)
const log = (s: string) => console.error(s)
const started = Date.now()
const result: Record<string, unknown> = {
  when: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
}

function section(title: string, text: string) {
  console.log(`\n=== ${title} ===\n${text}`)
}

if (want('bundle')) {
  log('bundle: building…')
  const r = await runBundleBench()
  result.bundle = r
  section('Bundle', formatBundle(r))
}

if (want('page') || want('interaction')) {
  const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-bench-'))
  const server = await startServerProcess(path.join(dir, 'demo'), 8391)
  try {
    if (want('page')) {
      log('page: Lighthouse, 3 runs × mobile and desktop…')
      const r = await runPageBench(server.url, 3, log)
      result.page = r
      section('Page', formatPage(r))
    }
    if (want('interaction')) {
      log('interaction: demo data…')
      const demo = await runInteractionBench(server.url)
      const rss = rssMiB(server.child.pid!)
      result.interaction = { demo, serverRssMiB: rss }
      section('Interaction', formatInteraction('demo data', demo))
    }
  } finally {
    await server.stop()
  }
  if (want('interaction')) {
    log('interaction: large dataset (342 municipality-style regions)…')
    // 12 provinces' worth of cells per copy; 342 regions need 28.5 copies of the sub-national demo cells
    const perRegion = 9 * 7 * 14 * 3
    const size = 30_402 + 342 * perRegion
    const largeDir = path.join(dir, 'large')
    mkdirSync(largeDir, { recursive: true })
    const store = new SqliteStore(path.join(largeDir, DB_FILE))
    const cells = generateLargeCells(size)
    await store.replace(cells, largeInfo(cells.length))
    await store.close()
    const big = await startServerProcess(largeDir, 8392)
    try {
      const large = await runInteractionBench(big.url)
      ;(result.interaction as Record<string, unknown>).large = { cells: cells.length, ...large }
      ;(result.interaction as Record<string, unknown>).largeServerRssMiB = rssMiB(big.child.pid!)
      section('Interaction', formatInteraction(`large dataset, ${cells.length.toLocaleString('en')} cells`, large))
    } finally {
      await big.stop()
    }
  }
  rmSync(dir, { recursive: true, force: true })
}

if (want('api')) {
  log('api: autocannon…')
  const r = await runApiBench({ log, print: false, rounds: 3 })
  result.api = r
  section('API', formatApiBench(r))
}

if (want('import')) {
  log('import: 100,000-row CSV…')
  const r = await runImportBench({ log })
  result.import = r
  section('Import', formatImportBench(r))
}

if (want('stores')) {
  log('stores: SQLite and PostgreSQL side by side…')
  const r = await runStoreBench({ log })
  result.stores = r
  section('Stores', formatStoreBench(r))
}

if (want('load')) {
  log('load: mixed load, floods and a 700,000-row upload, on SQLite and PostgreSQL…')
  // shorter than the standalone part (60 s of mixed load) to keep the whole run within bounds
  const r = await runLoadBench({ log, mixedSeconds: 30, floodSeconds: 15 })
  result.load = r
  section('Load and faults', formatLoadBench(r))
}

result.seconds = Math.round((Date.now() - started) / 1000)
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
writeFileSync(path.join(ROOT, 'bench/results/latest.json'), JSON.stringify(result, null, 2))
console.log(`\nWrote bench/results/latest.json (${result.seconds} s).`)
