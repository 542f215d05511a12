/**
 * Dataset import at scale: a 100,000-row file (docs/data-format.md), validated and imported
 * (1) in a fresh process, with its time and peak memory (VmHWM) for validation alone and for
 * validation plus the SQLite replace, against the same process idle; (2) end to end through
 * `npm run import`; (3) over HTTP, POST /api/v1/datasets to the production server, with the
 * server's peak memory; (4) a respondent-level file (one row per respondent, 27 questions), as CSV
 * and as an Excel workbook, read and aggregated into cells in a fresh process, and through
 * `npm run import`. Called by `npm run bench` (bench/run.ts) as runImportBench().
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { workbookBytes } from '../mocks/example-files-xlsx'
import { sampleDatasetCsv, sampleRespondentCsv, sampleRespondentRows } from '../server/import/sample-files'
import { tinySite } from '../server/testing/server-process'
import { median, startServerProcess } from './server-process'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface WorkerRun {
  readMs?: number
  validateMs?: number
  writeMs?: number
  /** peak resident memory of the process (VmHWM), MiB */
  hwm: number
  heapUsedMiB: number
}

export interface ImportBenchResult {
  rows: number
  fileMiB: { nl: number; intl: number }
  runs: number
  /** the worker process doing nothing: node + tsx + the modules */
  idle: WorkerRun
  /** medians over `runs` fresh processes; peak memory is the largest seen */
  validate: { nl: { ms: number; peakMiB: number }; intl: { ms: number; peakMiB: number } }
  import: { validateMs: number; writeMs: number; totalMs: number; peakMiB: number }
  /** `npm run import -- file.csv`, wall time including process start */
  cli: { wallMs: number }
  /** POST /api/v1/datasets to the production server process */
  http: { ms: number; status: number; serverPeakBeforeMiB?: number; serverPeakAfterMiB?: number }
  /** a respondent-level file: read, validated and aggregated into cells (medians of fresh processes) */
  respondents: {
    respondents: number
    cells: number
    fileMiB: { csv: number; xlsx: number }
    csv: { ms: number; peakMiB: number }
    xlsx: { ms: number; peakMiB: number }
    /** `npm run import -- respondents.csv`, wall time including start-up and the SQLite write */
    cliWallMs: number
  }
}

function worker(args: string[]): WorkerRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/import-worker.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 })
  if (r.status !== 0) throw new Error(`import worker failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as WorkerRun
}

function peakOf(pid: number): number | undefined {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1])
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : undefined
  } catch {
    return undefined
  }
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10
const round = (x: number) => Math.round(x)

export async function runImportBench(options: { rows?: number; respondents?: number; runs?: number; log?: (s: string) => void } = {}): Promise<ImportBenchResult> {
  const rows = options.rows ?? 100_000
  // 40,000 respondents: a workbook of them (about 33 MB of sheet XML) stays under the 40 MB workbook limit
  const respondentCount = options.respondents ?? 40_000
  const runs = options.runs ?? 3
  const log = options.log ?? (() => {})
  const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-import-bench-'))
  try {
    const nlFile = path.join(dir, 'dataset-nl.csv')
    const intlFile = path.join(dir, 'dataset-intl.csv')
    const nl = sampleDatasetCsv(rows, 'nl')
    writeFileSync(nlFile, nl)
    writeFileSync(intlFile, sampleDatasetCsv(rows, 'intl'))
    const fileMiB = { nl: mib(Buffer.byteLength(nl)), intl: mib(readFileSync(intlFile).length) }

    log(`import: ${rows} rows, idle and validation (${runs} fresh processes each)…`)
    const idle = worker(['idle'])
    const validation = (file: string) => {
      const rs = Array.from({ length: runs }, () => worker(['validate', file]))
      return { ms: round(median(rs.map((r) => r.validateMs!))), peakMiB: Math.max(...rs.map((r) => r.hwm)) }
    }
    const validate = { nl: validation(nlFile), intl: validation(intlFile) }

    log('import: validation + SQLite replace…')
    const imports = Array.from({ length: runs }, (_, i) => worker(['import', nlFile, path.join(dir, `db-${i}`)]))
    const imp = {
      validateMs: round(median(imports.map((r) => r.validateMs!))),
      writeMs: round(median(imports.map((r) => r.writeMs!))),
      totalMs: round(median(imports.map((r) => r.readMs! + r.validateMs! + r.writeMs!))),
      peakMiB: Math.max(...imports.map((r) => r.hwm)),
    }

    log('import: npm run import…')
    const cliTimes: number[] = []
    for (let i = 0; i < runs; i++) {
      const t = performance.now()
      const r = spawnSync('npm', ['run', '-s', 'import', '--', nlFile, '--data-dir', path.join(dir, 'cli')], { cwd: ROOT, encoding: 'utf8' })
      if (r.status !== 0) throw new Error(`npm run import failed: ${r.stderr}`)
      cliTimes.push(performance.now() - t)
    }

    log('import: POST /api/v1/datasets to the server…')
    const token = 'bench-upload-token-0123456789'
    const server = await startServerProcess(path.join(dir, 'server'), 8393, { SAMENHANG_UPLOAD_TOKEN: token, SAMENHANG_STATIC_DIR: tinySite(path.join(dir, 'site')) })
    let http: ImportBenchResult['http']
    try {
      const before = peakOf(server.child.pid!)
      const body = readFileSync(nlFile)
      const t = performance.now()
      const res = await fetch(`${server.url}/api/v1/datasets?title=bench`, { method: 'POST', body: new Uint8Array(body), headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' } })
      await res.arrayBuffer()
      http = { ms: round(performance.now() - t), status: res.status, serverPeakBeforeMiB: before, serverPeakAfterMiB: peakOf(server.child.pid!) }
    } finally {
      await server.stop()
    }

    log(`import: ${respondentCount} respondents as CSV and .xlsx…`)
    const respCsv = path.join(dir, 'respondents.csv')
    const respXlsx = path.join(dir, 'respondents.xlsx')
    writeFileSync(respCsv, sampleRespondentCsv(respondentCount, 'nl'))
    writeFileSync(respXlsx, workbookBytes([{ name: 'Antwoorden', rows: sampleRespondentRows(respondentCount).map((r) => r.map((v) => (v === '' ? null : v))) }]))
    const respCsvRuns = Array.from({ length: runs }, () => worker(['validate', respCsv]))
    const respXlsxRuns = Array.from({ length: runs }, () => worker(['validate', respXlsx]))
    const respCli: number[] = []
    for (let i = 0; i < runs; i++) {
      const t = performance.now()
      const r = spawnSync('npm', ['run', '-s', 'import', '--', respCsv, '--data-dir', path.join(dir, 'cli-respondents')], { cwd: ROOT, encoding: 'utf8' })
      if (r.status !== 0) throw new Error(`npm run import (respondents) failed: ${r.stderr}`)
      respCli.push(performance.now() - t)
    }
    const respondents: ImportBenchResult['respondents'] = {
      respondents: respondentCount,
      cells: (respCsvRuns[0] as WorkerRun & { rows?: number }).rows ?? 0,
      fileMiB: { csv: mib(readFileSync(respCsv).length), xlsx: mib(readFileSync(respXlsx).length) },
      csv: { ms: round(median(respCsvRuns.map((r) => r.readMs! + r.validateMs!))), peakMiB: Math.max(...respCsvRuns.map((r) => r.hwm)) },
      xlsx: { ms: round(median(respXlsxRuns.map((r) => r.readMs! + r.validateMs!))), peakMiB: Math.max(...respXlsxRuns.map((r) => r.hwm)) },
      cliWallMs: round(median(respCli)),
    }

    return { rows, fileMiB, runs, idle, validate, import: imp, cli: { wallMs: round(median(cliTimes)) }, http, respondents }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function formatImportBench(r: ImportBenchResult): string {
  return [
    `${r.rows.toLocaleString('en')} rows; file ${r.fileMiB.nl} MiB (Excel ;) / ${r.fileMiB.intl} MiB (,); medians of ${r.runs} fresh processes`,
    `  validation (parse + check, ; variant):  ${r.validate.nl.ms} ms, peak RSS ${r.validate.nl.peakMiB} MiB`,
    `  validation (, variant):                 ${r.validate.intl.ms} ms, peak RSS ${r.validate.intl.peakMiB} MiB`,
    `  the same process idle (node + tsx):     peak RSS ${r.idle.hwm} MiB`,
    `  import into SQLite (one transaction):   validate ${r.import.validateMs} ms + write ${r.import.writeMs} ms; read to commit ${r.import.totalMs} ms; peak RSS ${r.import.peakMiB} MiB`,
    `  npm run import (wall, incl. start-up):  ${r.cli.wallMs} ms`,
    `  POST /api/v1/datasets (server process): ${r.http.ms} ms → ${r.http.status}; server peak RSS ${r.http.serverPeakBeforeMiB} → ${r.http.serverPeakAfterMiB} MiB`,
    `${r.respondents.respondents.toLocaleString('en')} respondents × 27 questions → ${r.respondents.cells.toLocaleString('en')} cells; CSV ${r.respondents.fileMiB.csv} MiB, .xlsx ${r.respondents.fileMiB.xlsx} MiB`,
    `  read + validate + aggregate, CSV:       ${r.respondents.csv.ms} ms, peak RSS ${r.respondents.csv.peakMiB} MiB`,
    `  read + validate + aggregate, .xlsx:     ${r.respondents.xlsx.ms} ms, peak RSS ${r.respondents.xlsx.peakMiB} MiB`,
    `  npm run import (respondent CSV, wall):  ${r.respondents.cliWallMs} ms`,
  ].join('\n')
}

// `node --import tsx bench/import.ts`: this part alone
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await runImportBench({ log: (s) => console.error(s) })
  console.log(formatImportBench(r))
  console.log(JSON.stringify(r))
}
