/**
 * One entry point for a dataset file, whatever its form: the browser's Data view, the server's
 * POST /api/v1/datasets (in a worker) and the CLI call this, so a file is judged the same way
 * everywhere. Pure computation, no I/O.
 *
 * Today it reads the cell CSV format (docs/data-format.md) through `parseDatasetCsv`; a
 * workbook is refused with the bilingual "save as CSV" message that reader gives.
 */
import { parseDatasetCsv, type ImportResult, type ParseOptions } from './csv-import'

/** The forms a dataset file can take. */
export type DatasetFileKind = 'csv' | 'xlsx'

export interface DatasetFileOptions extends ParseOptions {
  /** the file's form; default 'csv' */
  kind?: DatasetFileKind
  /** for a workbook: the sheet to read (default: the first) */
  sheet?: string
}

/** Reads and validates a dataset file: cells (and pillar cells) when valid, otherwise the problems. */
export async function parseDatasetFile(bytes: Uint8Array, options: DatasetFileOptions = {}): Promise<ImportResult> {
  const { kind: _kind, sheet: _sheet, ...parse } = options
  return parseDatasetCsv(bytes, parse)
}
