/**
 * `npm run bench`: bundle, page speed (Lighthouse), interaction latency and memory in Chromium
 * (demo data and a large dataset of 342 municipality-style regions), API throughput and scaling.
 * Prints the figures and writes bench/results/latest.json. Nothing here gates CI.
 *
 * One part alone: `npm run bench -- bundle` (or page, interaction, scroll, api, import, stores, load).
 * Front-end A/B: `npm run bench -- page interaction scroll --baseline=DIR --no-large` measures the
 * build in DIR (e.g. `vite build --outDir DIR` on main) and the current build in turn, run by run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DB_FILE } from '../server/server'
import { SqliteStore } from '../server/stores/sqlite'
import { formatApiBench, runApiBench } from './api'
import { formatBundle, runBundleBench } from './bundle'
import { formatImportBench, runImportBench } from './import'
import { formatLoadBench, runLoadBench } from './load'
import { formatStoreBench, runStoreBench } from './stores'
import { figures, formatInteraction, formatScroll, runInteractionBench, runScrollBench, type InteractionResult, type ScrollFigures } from './interaction'
import { generateLargeCells, largeInfo } from './large-data'
import { formatPage, runPageBench, runPageBenchAB } from './page'
import { rssMiB, startServerProcess } from './server-process'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const parts = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const flag = (name: string) => process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))
const baselineDir = flag('baseline')?.split('=')[1]
const withLarge = !flag('no-large')
const want = (p: string) => parts.length === 0 || parts.includes(p)
const log = (s: string) => console.error(s)
const started = Date.now()
const result: Record<string, unknown> = {
  when: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: loadavg() },
}

function loadavgText(l: readonly number[]): string {
  return l.map((x) => x.toFixed(2)).join(', ')
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

/** Front-end A/B: the baseline build and the current one, interleaved run by run (ADR 0012). */
async function frontEndAB(dir: string): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'samenhang-bench-'))
  const current = await startServerProcess(path.join(tmp, 'current'), 8391)
  const baseline = await startServerProcess(path.join(tmp, 'baseline'), 8393, { SAMENHANG_STATIC_DIR: path.resolve(dir), SAMENHANG_BUILD: 'never' })
  const targets = [
    { name: 'baseline', baseUrl: baseline.url },
    { name: 'current', baseUrl: current.url },
  ]
  const ab: Record<string, unknown> = { baseline: dir }
  try {
    if (want('page')) {
      log('page: Lighthouse A/B, 3 runs × mobile and desktop…')
      const r = await runPageBenchAB(targets, 3, log)
      ab.page = r
      section('Page (A/B)', r.map((x) => `${x.name}:\n${formatPage(x)}`).join('\n'))
    }
    if (want('interaction')) {
      log('interaction A/B: 3 rounds × 10 year changes, unthrottled and 4× CPU…')
      const runs = new Map<string, InteractionResult[]>(targets.map((t) => [t.name, []]))
      for (let round = 0; round < 3; round++)
        for (const t of targets) {
          const r = await runInteractionBench(t.baseUrl, 10, 0)
          runs.get(t.name)!.push(r)
          log(`  ${t.name} round ${round + 1}: year ${r.unthrottled.medianMs} ms, 4× ${r.throttled4x.medianMs} ms`)
        }
      const merged = Object.fromEntries(
        targets.map((t) => {
          const rs = runs.get(t.name)!
          return [
            t.name,
            {
              unthrottled: figures(rs.flatMap((r) => r.raw.unthrottled)),
              throttled4x: figures(rs.flatMap((r) => r.raw.throttled4x)),
              drawn: figures(rs.flatMap((r) => r.raw.drawn)),
              drawn4x: figures(rs.flatMap((r) => r.raw.drawn4x)),
              heapMiB: rs[rs.length - 1].heapMiB,
            },
          ]
        }),
      )
      ab.interaction = merged
      section(
        'Interaction (A/B, 30 year changes each)',
        targets.map((t) => formatInteraction(t.name, { ...merged[t.name], url: t.baseUrl, regionChange: figures([]), raw: { unthrottled: [], throttled4x: [], drawn: [], drawn4x: [], region: [] } } as InteractionResult)).join('\n'),
      )
    }
    if (want('scroll')) {
      log('scroll A/B: 3 rounds at 4× CPU…')
      const runs = new Map<string, ScrollFigures[]>(targets.map((t) => [t.name, []]))
      for (let round = 0; round < 3; round++)
        for (const t of targets) {
          const r = await runScrollBench(t.baseUrl)
          runs.get(t.name)!.push(r)
          log(`  ${t.name} round ${round + 1}: ${r.count} long tasks, max ${r.maxMs} ms, sum ${r.sumMs} ms`)
        }
      ab.scroll = Object.fromEntries(runs)
      section('Scroll (A/B)', targets.map((t) => formatScroll(t.name, runs.get(t.name)!)).join('\n'))
    }
  } finally {
    await current.stop()
    await baseline.stop()
    rmSync(tmp, { recursive: true, force: true })
  }
  result.frontEndAB = ab
}

if (baselineDir && (want('page') || want('interaction') || want('scroll'))) {
  await frontEndAB(baselineDir)
} else if (want('page') || want('interaction') || want('scroll')) {
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
    if (want('scroll')) {
      log('scroll: 3 runs at 4× CPU…')
      const runs: ScrollFigures[] = []
      for (let i = 0; i < 3; i++) runs.push(await runScrollBench(server.url))
      result.scroll = runs
      section('Scroll', formatScroll('demo data', runs))
    }
  } finally {
    await server.stop()
  }
  if (want('interaction') && withLarge) {
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
;(result.machine as Record<string, unknown>).loadAverageAtEnd = loadavg()
console.log(`\nLoad average (1, 5, 15 min) at the start ${loadavgText((result.machine as { loadAverage: number[] }).loadAverage)}, at the end ${loadavgText(loadavg())}.`)
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
writeFileSync(path.join(ROOT, 'bench/results/latest.json'), JSON.stringify(result, null, 2))
console.log(`\nWrote bench/results/latest.json (${result.seconds} s).`)
