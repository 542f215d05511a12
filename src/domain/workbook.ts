/**
 * Excel workbooks (`.xlsx`) as dataset files: one sheet (the first, or one named) becomes a table
 * for the same rules as a CSV file (`table-format.ts`). Loaded only when a workbook is read
 * (`dataset-file.ts` imports this module dynamically), so neither the reader nor its unzipper is
 * in the app's main bundle. Values are read as Excel stores them — a number as its stored double,
 * never as the cell displays it; a date as a date (refused where a number belongs); a formula as
 * its saved result; text as text, read by the workbook number rule (`readNumber`, ADR 0107).
 *
 * The sheet is read by read-excel-file (ADR 0107). Before it sees the file, this module:
 * - checks the zip's directory: only the XML parts are unpacked, and only when together they stay
 *   under `MAX_UNPACKED_BYTES` (a small file can unpack to gigabytes: a "zip bomb");
 * - unpacks those parts itself (fflate, synchronously) and hands the reader an archive of stored
 *   (uncompressed) parts, because the reader's own unzipper starts a `blob:` Web Worker for large
 *   parts, which our Content-Security-Policy (`worker-src 'self'`) forbids, and which would start
 *   threads inside the server's import worker. We read in a worker of our own already.
 */
import { unzipSync, zipSync, type Unzipped } from 'fflate'
import { readSheet } from 'read-excel-file/universal'
import { fieldText, isBlank, Problems, type FieldValue, type ImportResult, type ParseOptions, type TableRow } from './dataset-table'
import { readDatasetTable } from './table-format'

/**
 * The XML parts of a workbook may unpack to at most this many bytes: about 1.4 million filled
 * cells (45,000 respondents with 27 questions, or 170,000 rows of cells). Beyond it the reader's
 * memory passes the server's budget (300 MB), and its chunked XML parser, which recurses once per
 * chunk, can run out of stack on a busy machine (measured: an 85 MB sheet; ADR 0107). A CSV
 * file has no such limit below the upload limit.
 */
export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024

export interface WorkbookOptions extends ParseOptions {
  /** the sheet to read by name (default: the first) */
  sheet?: string
  /** the unpacked size allowed (default MAX_UNPACKED_BYTES) */
  maxUnpackedBytes?: number
}

const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels')

function decodeXmlText(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec))
    if (hex) return String.fromCodePoint(parseInt(hex, 16))
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name.toLowerCase()] ?? ''
  })
}

/** The sheets' names in the workbook's order (the first is the one Excel opens on). */
export function sheetNames(workbookXml: string): string[] {
  const names: string[] = []
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)) names.push(decodeXmlText(m[1]))
  return names
}

/**
 * Reads one sheet of a workbook and validates it as a dataset (cells or respondents). Rows are
 * numbered as in the sheet (row 1 is the sheet's first row), so a problem points at the row Excel
 * shows.
 */
export async function parseWorkbook(bytes: Uint8Array, options: WorkbookOptions = {}): Promise<ImportResult> {
  const problems = new Problems(options.maxProblems ?? 100)

  // the zip's directory only: names and sizes, nothing unpacked yet
  const parts: { name: string; size: number }[] = []
  try {
    unzipSync(bytes, {
      filter: (f) => {
        parts.push({ name: f.name, size: f.originalSize })
        return false
      },
    })
  } catch {
    problems.add(0, null, null, 'workbook_unreadable')
    return problems.fail()
  }
  if (!parts.some((p) => p.name === 'xl/workbook.xml')) {
    problems.add(0, null, null, 'not_a_workbook')
    return problems.fail()
  }
  const unpacked = parts.filter((p) => isXmlPart(p.name)).reduce((s, p) => s + p.size, 0)
  const limit = options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES
  if (unpacked > limit) {
    problems.add(0, null, null, 'workbook_too_large', { max: Math.max(1, Math.round(limit / 1024 / 1024)) })
    return problems.fail()
  }

  let files: Unzipped
  try {
    files = unzipSync(bytes, { filter: (f) => isXmlPart(f.name) })
  } catch {
    problems.add(0, null, null, 'workbook_unreadable')
    return problems.fail()
  }
  const names = sheetNames(new TextDecoder().decode(files['xl/workbook.xml']))
  if (names.length === 0) {
    problems.add(0, null, null, 'workbook_unreadable')
    return problems.fail()
  }
  let sheet = names[0]
  if (options.sheet !== undefined && options.sheet.trim() !== '') {
    const wanted = options.sheet.trim()
    const found = names.find((n) => n === wanted) ?? names.find((n) => n.toLowerCase() === wanted.toLowerCase())
    if (found === undefined) {
      problems.add(0, null, null, 'sheet_not_found', { sheet: wanted, sheets: names.join(', ') })
      return problems.fail(names)
    }
    sheet = found
  }
  options.onProgress?.(0.1)

  let data: FieldValue[][]
  try {
    const stored = zipSync(files, { level: 0 })
    files = {}
    data = (await readSheet(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer, sheet)) as FieldValue[][]
  } catch (e) {
    // a RangeError is the reader running out of stack or memory on a sheet near the limit
    problems.add(0, null, null, e instanceof RangeError ? 'workbook_too_large' : 'workbook_unreadable')
    return problems.fail(names)
  }
  options.onProgress?.(0.5)

  let first = 0
  while (first < data.length && isBlank(data[first])) first++
  if (first === data.length) {
    problems.add(0, null, null, 'empty_file')
    return problems.fail(names)
  }
  const total = Math.max(1, data.length)
  let i = first + 1
  const rows: Iterator<TableRow, number | undefined> = {
    next: () => {
      if (i >= data.length) return { done: true, value: undefined }
      const row: TableRow = { fields: data[i], line: i + 1 }
      // release the sheet row by row: only aggregates outlive the reading
      data[i - 1] = []
      i++
      return { done: false, value: row }
    },
  }
  const result = readDatasetTable(
    { header: { fields: data[first].map((f) => (f === null ? null : fieldText(f))), line: first + 1 }, rows, dialect: 'workbook', position: () => 0.5 + (0.5 * i) / total },
    { problems, sampleRows: options.sampleRows ?? 10, onProgress: options.onProgress, delimiter: null },
  )
  return result.ok ? { ok: true, dataset: { ...result.dataset, sheet, sheets: names } } : { ...result, sheets: names }
}
