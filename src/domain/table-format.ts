/**
 * Which format a table is in, decided by its header: any item column (`T1_1` … `S5_k`) makes it a
 * respondent file, otherwise it is read as cells. Both readers of a file (CSV and workbook) call
 * this, so a table is judged the same way whatever it came from.
 */
import { readCellTable, type ImportResult, type TableContext, type TableSource } from './dataset-table'
import { isRespondentHeader, readRespondentTable } from './respondent-table'

/** Validates a table in whichever format its header announces. */
export function readDatasetTable(source: TableSource, ctx: TableContext): ImportResult {
  return isRespondentHeader(source.header) ? readRespondentTable(source, ctx) : readCellTable(source, ctx)
}
