/**
 * The dataset CSV reader and writer (docs/data-format.md). Pure, no I/O: the browser's Data view,
 * the server's POST /api/v1/datasets and the CLI (`npm run import`) all read a CSV file here (also
 * through `parseDatasetFile`), so a file is judged the same way everywhere.
 *
 * - Bytes to text: UTF-8 with or without byte-order mark; UTF-16, Latin-1 and workbooks refused
 *   with a message that says what to do.
 * - The separator: Excel's `sep=;` / `sep=,` hint on the first line when present (the line is
 *   skipped), otherwise `;` when the header line holds one outside quotes, otherwise `,`. `;`
 *   files have the decimal comma (a Dutch Excel file), `,` files the decimal point.
 * - Records: RFC 4180 quoting (separators, quotes "" and line breaks inside quotes), CRLF, LF or
 *   CR line ends; our own tokeniser (ADR 0107 says why not a library).
 * - The table then goes to the format's rules (`table-format.ts`): cells (n, mean, sd) or one row
 *   per respondent (aggregated at once). All or nothing, every problem with row, column, value
 *   and a message in nl and en.
 */
import type { Cell } from './cells'
import { toCsv, type CsvVariant } from './csv-export'
import {
  isBlank,
  Problems,
  type ImportResult,
  type ParseOptions,
  type TableRow,
} from './dataset-table'
import { describe } from './pooling'
import { readDatasetTable } from './table-format'

export {
  DATASET_COLUMNS,
  formatProblem,
  MAX_N,
  RESPONDENT_KEY_COLUMNS,
  YEAR_RANGE,
  type DatasetColumn,
  type DatasetPreview,
  type DatasetRow,
  type ImportProblem,
  type ImportProblemCode,
  type ImportResult,
  type ParsedDataset,
  type ParseOptions,
  type RespondentSummary,
} from './dataset-table'

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    let need: number
    let min: number
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++
  }
  return line
}

/** A zip archive (an `.xlsx` workbook is one): "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** An old binary Excel file (`.xls`, OLE2 compound document). */
export function isOldExcel(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b)
}

/** Bytes to text, or the problem that stops it. */
function decode(bytes: Uint8Array, problems: Problems): string | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    problems.add(0, null, null, 'utf16')
    return undefined
  }
  if (isZip(bytes)) {
    problems.add(0, null, null, 'spreadsheet')
    return undefined
  }
  if (isOldExcel(bytes)) {
    problems.add(0, null, null, 'old_excel')
    return undefined
  }
  try {
    return UTF8.decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    const offset = at < 0 ? bytes.length - 1 : at
    const hex = `0x${bytes[offset].toString(16).toUpperCase().padStart(2, '0')}`
    problems.add(lineOfByte(bytes, offset), null, null, 'undecodable', { byte: hex })
    return undefined
  }
}


/**
 * Splits text into records of fields (RFC 4180 quoting, any line end). Returns the records, or
 * the line of a quote that is never closed.
 */
function* records(text: string, sep: number, start: number, firstLine: number, at: { offset: number }): Generator<TableRow & { fields: string[] }, number | undefined> {
  const QUOTE = 34
  const CR = 13
  const LF = 10
  let i = start
  let line = firstLine
  const len = text.length
  while (i < len) {
    const recordLine = line
    const fields: string[] = []
    for (;;) {
      // one field
      if (text.charCodeAt(i) === QUOTE) {
        const quoteLine = line
        let value = ''
        let from = i + 1
        let j = from
        for (;;) {
          const q = text.indexOf('"', j)
          if (q < 0) return quoteLine
          for (let k = j; k < q; k++) {
            const c = text.charCodeAt(k)
            if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1)
            from = q + 2
            j = from
            continue
          }
          value += text.slice(from, q)
          i = q + 1
          break
        }
        // text after the closing quote, up to the separator, belongs to the field (lenient, like Excel)
        let k = i
        while (k < len) {
          const c = text.charCodeAt(k)
          if (c === sep || c === CR || c === LF) break
          k++
        }
        fields.push(value + text.slice(i, k))
        i = k
      } else {
        let k = i
        while (k < len) {
          const c = text.charCodeAt(k)
          if (c === sep || c === CR || c === LF) break
          k++
        }
        fields.push(text.slice(i, k))
        i = k
      }
      if (i < len && text.charCodeAt(i) === sep) {
        i++
        continue
      }
      break
    }
    // end of the record: CRLF, LF, CR or the end of the text
    if (i < len) {
      if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i += 2
      else i++
      line++
    }
    at.offset = i
    yield { fields, line: recordLine }
  }
  return undefined
}

/** Excel's separator hint, its first line when "Save as CSV" was told the list separator. */
const SEP_HINT = /^"?sep=(.?)"?[ \t]*(?:\r\n|\n|\r|$)/i

/**
 * Reads and validates a dataset CSV file (bytes, or text already decoded): cells in the cell
 * format, or cells and pillar cells aggregated from one row per respondent.
 */
export function parseDatasetCsv(input: string | Uint8Array, options: ParseOptions = {}): ImportResult {
  const problems = new Problems(options.maxProblems ?? 100)
  const text = typeof input === 'string' ? input : decode(input, problems)
  if (text === undefined) return problems.fail()
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  if (text.slice(start).trim() === '') {
    problems.add(0, null, null, 'empty_file')
    return problems.fail()
  }

  // Excel's "sep=;" hint line names the separator and is not part of the table (case I1)
  let firstLine = 1
  let hinted: string | undefined
  const hint = SEP_HINT.exec(text.slice(start, start + 16))
  if (hint) {
    hinted = hint[1]
    start += hint[0].length
    firstLine = 2
    if (hinted !== ';' && hinted !== ',') {
      problems.add(1, null, hint[0].trim(), 'separator')
      return problems.fail()
    }
  }

  // otherwise the separator: `;` when the header line has one outside quotes, else `,`
  let headerEnd = start
  let inQuotes = false
  let semicolons = 0
  let commas = 0
  let tabs = 0
  let seenText = false
  for (; hinted === undefined && headerEnd < text.length; headerEnd++) {
    const c = text.charCodeAt(headerEnd)
    if (c === 34) inQuotes = !inQuotes
    else if (!inQuotes && (c === 10 || c === 13)) {
      if (seenText) break
    } else if (!inQuotes && c === 59) semicolons++
    else if (!inQuotes && c === 44) commas++
    else if (!inQuotes && c === 9) tabs++
    if (c > 32) seenText = true
  }
  if (hinted === undefined && semicolons === 0 && commas === 0 && tabs > 0) {
    problems.add(firstLine, null, null, 'separator')
    return problems.fail()
  }
  const delimiter: ',' | ';' = (hinted ?? (semicolons > 0 ? ';' : ',')) as ',' | ';'

  const at = { offset: start }
  const iterator = records(text, delimiter.charCodeAt(0), start, firstLine, at)
  let next = iterator.next()
  // blank lines before the header are skipped
  while (!next.done && isBlank(next.value.fields)) next = iterator.next()
  if (next.done) {
    if (next.value !== undefined) problems.add(next.value, null, null, 'unterminated_quote')
    else problems.add(0, null, null, 'empty_file')
    return problems.fail()
  }
  const length = Math.max(1, text.length)
  return readDatasetTable(
    {
      header: next.value,
      rows: iterator as Iterator<TableRow, number | undefined>,
      dialect: delimiter === ';' ? 'comma' : 'point',
      position: () => at.offset / length,
    },
    { problems, sampleRows: options.sampleRows ?? 10, onProgress: options.onProgress, delimiter },
  )
}

/**
 * Cells as a file in this format (the writer of templates, examples and round trips): mean and
 * sd from the sums, rounded to `digits` decimals (default 4).
 */
export function datasetCsv(cells: readonly Cell[], variant: CsvVariant, digits = 4): string {
  return toCsv(
    {
      columns: [
        { header: 'level' },
        { header: 'dimension' },
        { header: 'region' },
        { header: 'sector' },
        { header: 'year' },
        { header: 'n', digits: 0 },
        { header: 'mean', digits },
        { header: 'sd', digits },
      ],
      rows: cells.map((c) => {
        const d = describe(c)
        return [c.level, c.dimension, c.region, c.sector, c.year, c.n, d.mean, d.sd]
      }),
    },
    variant,
  )
}
