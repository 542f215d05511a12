/**
 * Bench-only child process for bench/import.ts: one job on one dataset file, in a fresh process
 * so its peak memory (VmHWM) is this job's alone. Prints one JSON line.
 *
 *   node --import tsx bench/import-worker.ts validate FILE      read + parse + validate (a .xlsx file as a workbook;
 *                                                               respondent rows aggregated into cells)
 *   node --import tsx bench/import-worker.ts import FILE DIR    the same, then replace() into SQLite in DIR
 *   node --import tsx bench/import-worker.ts idle               the process's own floor (node + tsx + modules)
 */
import { readFileSync } from 'node:fs'
import { kindOfFileName, parseDatasetFile } from '../src/domain/dataset-file'
import { openStore } from '../server/open-store'

function peakMiB(): { hwm: number; rss: number } {
  const status = readFileSync('/proc/self/status', 'utf8')
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN)
  return { hwm: Math.round(kb('VmHWM') / 102.4) / 10, rss: Math.round(kb('VmRSS') / 102.4) / 10 }
}

const [job, file, dir] = process.argv.slice(2)
const out: Record<string, unknown> = { job }
if (job === 'validate' || job === 'import') {
  const t0 = performance.now()
  const bytes = readFileSync(file)
  const t1 = performance.now()
  const result = await parseDatasetFile(bytes, { kind: kindOfFileName(file) })
  const t2 = performance.now()
  if (!result.ok) throw new Error(`invalid bench file: ${result.problems[0]?.message.en}`)
  Object.assign(out, { bytes: bytes.length, rows: result.dataset.cells.length, respondents: result.dataset.preview.respondents?.respondents, readMs: t1 - t0, validateMs: t2 - t1 })
  if (job === 'import') {
    const { store } = await openStore({ dataDir: dir })
    const t3 = performance.now()
    await store.replace(result.dataset.cells, { id: 'bench', version: `bench-${Date.now()}`, title: { nl: 'bench', en: 'bench' }, synthetic: true, source: { nl: '', en: '' }, updated: new Date().toISOString() })
    const t4 = performance.now()
    await store.close()
    out.writeMs = t4 - t3
  }
}
Object.assign(out, peakMiB(), { heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 104857.6) / 10 })
process.stdout.write(`${JSON.stringify(out)}\n`)
