/**
 * One entry point for a dataset file, whatever its form: the browser's Data view (in a Web
 * Worker), the server's POST /api/v1/datasets (in a worker) and the CLI call this, so a file is
 * judged the same way everywhere. Pure computation, no I/O.
 *
 * - CSV (`kind: 'csv'`, the default): `parseDatasetCsv`.
 * - Excel workbook (`kind: 'xlsx'`): `parseWorkbook` (src/domain/workbook.ts), imported only
 *   when a workbook is read, so the reader stays out of bundles and processes that never see one.
 *   A workbook sent as CSV is recognised by its bytes and read as a workbook.
 * - Either form holds cells (n, mean, sd) or one row per respondent; respondent rows are turned
 *   into cells and pillar cells as they are read and never kept (`dataset.pillarCells`, ADR 0108).
 */
import { isOldExcel, isZip, parseDatasetCsv } from './csv-import'
import { Problems, type ImportResult, type ParseOptions } from './dataset-table'

/** The forms a dataset file can take. */
export type DatasetFileKind = 'csv' | 'xlsx'

export interface DatasetFileOptions extends ParseOptions {
  /** the file's form; default 'csv' */
  kind?: DatasetFileKind
  /** for a workbook: the sheet to read by name (default: the first) */
  sheet?: string
}

/** The kind a file name suggests: `.xlsx` (and `.xlsm`) is a workbook, anything else CSV. */
export function kindOfFileName(name: string): DatasetFileKind {
  return /\.xls[xm]$/i.test(name.trim()) ? 'xlsx' : 'csv'
}

/**
 * Reads and validates a dataset file: cells (and, for respondent rows, pillar cells) when valid,
 * otherwise the problems, each with row, column, value and a message in nl and en. Never throws
 * on any input.
 */
export async function parseDatasetFile(bytes: Uint8Array, options: DatasetFileOptions = {}): Promise<ImportResult> {
  const { kind = 'csv', sheet, ...parse } = options
  if (kind === 'xlsx' || isZip(bytes)) {
    if (!isZip(bytes)) {
      const problems = new Problems(parse.maxProblems ?? 100)
      problems.add(0, null, null, isOldExcel(bytes) ? 'old_excel' : bytes.length === 0 ? 'empty_file' : 'not_a_workbook')
      return problems.fail()
    }
    const { parseWorkbook } = await import('./workbook')
    return parseWorkbook(bytes, { ...parse, sheet })
  }
  return parseDatasetCsv(bytes, parse)
}
