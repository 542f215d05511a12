/**
 * `npm run import -- file.csv` (or `file.xlsx`): load a dataset file into the server's database,
 * for operators. The same reader and validator as the browser and POST /api/v1/datasets
 * (`parseDatasetFile`, src/domain/dataset-file.ts), the same messages; nothing is written unless
 * the whole file is valid, and the replacement is one transaction. A file with one row per
 * respondent is aggregated in memory: only cells reach the database, never a respondent's row.
 * A running server serves the new dataset from its next request on.
 *
 * Exit codes: 0 imported (or valid, with --dry-run), 1 the file has problems, 2 usage or I/O error.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { DatasetInfo } from '../../src/contract/v1'
import { formatProblem } from '../../src/domain/csv-import'
import { kindOfFileName, parseDatasetFile } from '../../src/domain/dataset-file'
import type { RespondentSummary } from '../../src/domain/dataset-table'
import { THRESHOLDS, type Lang } from '../../src/domain/framework'
import { newVersion } from '../api/app'
import { escapeForLog, unsafeCharacter } from '../api/text'
import { openStore, StoreOpenError } from '../open-store'

export const IMPORT_USAGE = `Usage: npm run import -- FILE.csv|FILE.xlsx [options]

Checks a dataset file (docs/data-format.md: cells, or one row per respondent; CSV or an Excel
workbook) and, when every row is valid, makes it the dataset the server shows. Nothing changes
when the file has a problem. Respondent rows are aggregated in memory and never stored.

Options:
  --dry-run          only check the file; write nothing
  --sheet NAME       for a workbook: the sheet to read (default: the first)
  --title TEXT       the dataset's title (default: the file name)
  --source TEXT      where the data come from (shown as the source under every chart)
  --lang nl|en       language of the messages (default nl)
  --data-dir DIR     the server's data directory (default: SAMENHANG_DATA_DIR or ./data)
  --max-problems N   problems listed (default 100; all are counted)

Environment: SAMENHANG_DATABASE_URL (PostgreSQL) or SAMENHANG_DATA_DIR (SQLite), as for npm start.
`

interface Options {
  file?: string
  dryRun: boolean
  title?: string
  source?: string
  lang: Lang
  dataDir?: string
  sheet?: string
  maxProblems: number
  help: boolean
}

class UsageError extends Error {}

/** A title or source as given, refused when it holds control or text-direction characters (case S7). */
function safeText(flag: string, v: string): string {
  const bad = unsafeCharacter(v)
  if (bad) throw new UsageError(`Option ${flag} holds the control or text-direction character ${bad}; remove it. / De optie ${flag} bevat het stuur- of schrijfrichtingsteken ${bad}; haal het weg.`)
  return v
}

export function parseImportArgs(argv: readonly string[]): Options {
  const o: Options = { dryRun: false, lang: 'nl', maxProblems: 100, help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined]
    const value = () => {
      const v = inline ?? argv[++i]
      if (v === undefined) throw new UsageError(`Option ${flag} needs a value.`)
      return v
    }
    if (flag === '--help' || flag === '-h') o.help = true
    else if (flag === '--dry-run') o.dryRun = true
    else if (flag === '--title') o.title = safeText(flag, value())
    else if (flag === '--source') o.source = safeText(flag, value())
    else if (flag === '--data-dir') o.dataDir = value()
    else if (flag === '--sheet') o.sheet = value()
    else if (flag === '--lang') {
      const v = value()
      if (v !== 'nl' && v !== 'en') throw new UsageError(`--lang must be nl or en, got "${v}".`)
      o.lang = v
    } else if (flag === '--max-problems') {
      const v = value()
      if (!/^\d+$/.test(v)) throw new UsageError(`--max-problems must be a whole number, got "${v}".`)
      o.maxProblems = Number(v)
    } else if (flag.startsWith('-')) throw new UsageError(`Unknown option "${arg}".`)
    else if (o.file === undefined) o.file = arg
    else throw new UsageError(`Only one file at a time (got "${o.file}" and "${arg}").`)
  }
  return o
}

const words = {
  nl: {
    reading: (f: string) => `Bestand ${f} controleren …`,
    problems: (n: number) => `${n} ${n === 1 ? 'probleem' : 'problemen'} gevonden. Er is niets veranderd.`,
    more: (n: number) => `… en nog ${n} ${n === 1 ? 'probleem' : 'problemen'}.`,
    valid: (cells: number, years: string, regions: number, sectors: number) =>
      `Het bestand is in orde: ${cells} cellen, jaren ${years}, ${regions} regio's, ${sectors} sectoren.`,
    respondents: (r: RespondentSummary, suppressed: number) =>
      `${r.respondents} respondenten, ${r.missingAnswers} van de ${r.answers} antwoorden ontbraken; ${suppressed} cellen en ${r.suppressedPillarCells} pijlercellen hebben minder dan ${THRESHOLDS.minN} antwoorden en worden nooit getoond. Alleen de cellen worden bewaard, geen antwoorden per respondent.`,
    sheet: (name: string, all: readonly string[]) => `Werkblad "${name}" gelezen${all.length > 1 ? ` (de werkmap heeft ook: ${all.filter((n) => n !== name).join(', ')})` : ''}.`,
    dry: 'Alleen gecontroleerd (--dry-run): er is niets geschreven.',
    done: (v: string, ms: number) => `Ingelezen als versie ${v} (${ms} ms). De server toont deze gegevens vanaf het volgende verzoek.`,
    cannotRead: (f: string, m: string) => `Kan ${f} niet lezen: ${m}`,
  },
  en: {
    reading: (f: string) => `Checking ${f} …`,
    problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} found. Nothing was changed.`,
    more: (n: number) => `… and ${n} more problem${n === 1 ? '' : 's'}.`,
    valid: (cells: number, years: string, regions: number, sectors: number) =>
      `The file is valid: ${cells} cells, years ${years}, ${regions} regions, ${sectors} sectors.`,
    respondents: (r: RespondentSummary, suppressed: number) =>
      `${r.respondents} respondents, ${r.missingAnswers} of ${r.answers} answers missing; ${suppressed} cells and ${r.suppressedPillarCells} pillar cells have fewer than ${THRESHOLDS.minN} responses and are never shown. Only the cells are stored, no respondent's answers.`,
    sheet: (name: string, all: readonly string[]) => `Read sheet "${name}"${all.length > 1 ? ` (the workbook also has: ${all.filter((n) => n !== name).join(', ')})` : ''}.`,
    dry: 'Checked only (--dry-run): nothing was written.',
    done: (v: string, ms: number) => `Imported as version ${v} (${ms} ms). The server shows these data from its next request on.`,
    cannotRead: (f: string, m: string) => `Cannot read ${f}: ${m}`,
  },
}

export async function runImport(argv: readonly string[], env: Record<string, string | undefined>, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let o: Options
  try {
    o = parseImportArgs(argv)
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n\n${IMPORT_USAGE}`)
      return 2
    }
    throw e
  }
  if (o.help) {
    out(IMPORT_USAGE)
    return 0
  }
  if (o.file === undefined) {
    err(IMPORT_USAGE)
    return 2
  }
  const w = words[o.lang]
  let bytes: Uint8Array
  try {
    bytes = readFileSync(o.file)
  } catch (e) {
    err(`${w.cannotRead(o.file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? (o.lang === 'nl' ? 'het bestand bestaat niet' : 'no such file') : (e as Error).message)}\n`)
    return 2
  }
  out(`${w.reading(o.file)}\n`)
  const started = Date.now()
  const result = await parseDatasetFile(bytes, { kind: kindOfFileName(o.file), sheet: o.sheet, maxProblems: o.maxProblems })
  if (!result.ok) {
    // values from the file are escaped, so none can forge an output line or reorder one (case S7)
    for (const p of result.problems) err(`${escapeForLog(formatProblem(p, o.lang))}\n`)
    if (result.problemCount > result.problems.length) err(`${w.more(result.problemCount - result.problems.length)}\n`)
    err(`${w.problems(result.problemCount)}\n`)
    return 1
  }
  const { preview } = result.dataset
  const years = preview.years.length > 1 ? `${preview.years[0]}–${preview.years[preview.years.length - 1]}` : String(preview.years[0])
  if (result.dataset.sheet !== undefined) out(`${escapeForLog(w.sheet(result.dataset.sheet, result.dataset.sheets ?? []))}\n`)
  out(`${w.valid(preview.cells, years, preview.regions.length, preview.sectors.length)}\n`)
  if (preview.respondents) out(`${w.respondents(preview.respondents, preview.suppressedCells)}\n`)
  if (o.dryRun) {
    out(`${w.dry}\n`)
    return 0
  }

  let store
  try {
    ;({ store } = await openStore({
      dataDir: path.resolve(o.dataDir ?? (env.SAMENHANG_DATA_DIR?.trim() || 'data')),
      // --data-dir names a SQLite directory: it wins over the environment's PostgreSQL
      databaseUrl: o.dataDir === undefined ? env.SAMENHANG_DATABASE_URL?.trim() || undefined : undefined,
    }))
  } catch (e) {
    if (e instanceof StoreOpenError) {
      err(`${e.message}\n`)
      return 2
    }
    throw e
  }
  try {
    const now = new Date()
    const title = o.title ?? path.basename(o.file)
    // the server's rule: time to the millisecond, the file's fingerprint and a random part, so two
    // imports of one file within a second still get versions of their own (case S3)
    const version = `${await newVersion(new Uint8Array(bytes), now)}-cli`
    const info: Omit<DatasetInfo, 'cells'> = {
      id: version,
      version,
      title: { nl: title, en: title },
      synthetic: false,
      source: o.source ? { nl: o.source, en: o.source } : { nl: `Ingelezen bestand ${path.basename(o.file)}`, en: `Imported file ${path.basename(o.file)}` },
      updated: now.toISOString(),
    }
    // cells and, from a respondent file, pillar cells: sums only, never a respondent's row
    const stored = await store.replace(result.dataset.cells, info, result.dataset.pillarCells)
    out(`${w.done(stored.version, Date.now() - started)}\n`)
    return 0
  } finally {
    await store.close()
  }
}

// run as a script (not when imported by a test)
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  void runImport(process.argv.slice(2), process.env, (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then((code) => process.exit(code))
}
