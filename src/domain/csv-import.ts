/**
 * The dataset CSV format (docs/data-format.md): reader, validator and writer. Pure, no I/O: the
 * browser's import page, the server's POST /api/v1/datasets and the CLI (`npm run import`) all
 * call parseDatasetCsv, so a file is judged the same way everywhere.
 *
 * - Columns `level, dimension, region, sector, year, n, mean, sd` (any order, names
 *   case-insensitive), one row per cell (FRAMEWORK.md, "Storage unit").
 * - `,` between fields with a decimal point (RFC 4180), or Dutch Excel's `;` with a decimal
 *   comma (a decimal point is read there too). The separator is taken from the header line.
 * - UTF-8 with or without byte-order mark; CRLF, LF or CR line ends; quoted fields may hold
 *   separators, quotes ("") and line breaks.
 * - All or nothing: the result holds cells only when every row is valid. Otherwise it holds the
 *   problems (row, column, value and a message in nl and en), the first `maxProblems` of them,
 *   and how many there are in all.
 */
import type { Cell, PillarCell } from './cells'
import { toCsv, type CsvVariant } from './csv-export'
import { COUNTRIES, DIMENSIONS, LEVELS, PROVINCES, SECTORS, type Label } from './framework'
import { describe, sumsFromMeanSd } from './pooling'

/** The columns of the format, in the order the writer uses. */
export const DATASET_COLUMNS = ['level', 'dimension', 'region', 'sector', 'year', 'n', 'mean', 'sd'] as const
export type DatasetColumn = (typeof DATASET_COLUMNS)[number]

export const YEAR_RANGE = { min: 1900, max: 2100 } as const
export const MAX_N = 1_000_000_000

export type ImportProblemCode =
  | 'empty_file'
  | 'no_rows'
  | 'undecodable'
  | 'utf16'
  | 'spreadsheet'
  | 'separator'
  | 'missing_column'
  | 'extra_column'
  | 'duplicate_column'
  | 'field_count'
  | 'unterminated_quote'
  | 'missing_value'
  | 'unknown_level'
  | 'unknown_dimension'
  | 'unknown_region'
  | 'region_not_country'
  | 'region_not_province'
  | 'unknown_sector'
  | 'sector_at_national'
  | 'not_a_number'
  | 'not_whole'
  | 'year_range'
  | 'n_below_1'
  | 'n_too_large'
  | 'sd_negative'
  | 'mean_range'
  | 'duplicate_cell'

export interface ImportProblem {
  /** line of the file where the record starts (1 = the header); 0 for the file as a whole */
  row: number
  /** the column's name, or null when the problem is not about one column */
  column: string | null
  /** the offending text as it stands in the file (cut to 60 characters), or null */
  value: string | null
  code: ImportProblemCode
  message: Label
}

/** What a valid file holds, for a preview. */
export interface DatasetPreview {
  cells: number
  levels: string[]
  regions: string[]
  sectors: string[]
  years: number[]
  /** the first rows as read (codes normalised, numbers parsed) */
  sample: DatasetRow[]
}

/** One row as read from the file. */
export interface DatasetRow {
  level: string
  dimension: string
  region: string
  sector: string | null
  year: number
  n: number
  mean: number
  sd: number
}

export interface ParsedDataset {
  cells: Cell[]
  /** per-respondent pillar statistics (ADR 0007), present when the file holds respondent rows */
  pillarCells?: PillarCell[]
  /** the separator found in the header line */
  delimiter: ',' | ';'
  preview: DatasetPreview
}

export type ImportResult =
  | { ok: true; dataset: ParsedDataset }
  | {
      ok: false
      problems: ImportProblem[]
      /** all problems found, including those left out of `problems` */
      problemCount: number
    }

export interface ParseOptions {
  /** at most this many problems are kept (default 100); all are counted */
  maxProblems?: number
  /** rows kept for the preview (default 10) */
  sampleRows?: number
}

const LEVEL_SET = new Set<string>(LEVELS)
const DIMENSION_SET = new Set<string>(DIMENSIONS)
const PROVINCE_SET = new Set(PROVINCES.map((p) => p.code))
const COUNTRY_SET = new Set(COUNTRIES.map((c) => c.code))
const SECTOR_SET = new Set(SECTORS.map((s) => s.code))
const indexOf = (codes: readonly string[]) => new Map(codes.map((c, i) => [c, i]))
const LEVEL_INDEX = indexOf(LEVELS)
const DIMENSION_INDEX = indexOf(DIMENSIONS)
const REGION_INDEX = indexOf([...PROVINCES.map((p) => p.code), ...COUNTRIES.map((c) => c.code)])
const SECTOR_INDEX = indexOf(SECTORS.map((s) => s.code))

const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s)
const list = (xs: readonly string[]) => xs.join(', ')
const provinceList = `${PROVINCES[0].code}–${PROVINCES[PROVINCES.length - 1].code}`

/** The bilingual message for each kind of problem. */
function messageFor(code: ImportProblemCode, column: string | null, extra: Record<string, string | number> = {}): Label {
  const col = column ?? ''
  switch (code) {
    case 'empty_file':
      return { nl: 'Het bestand is leeg.', en: 'The file is empty.' }
    case 'no_rows':
      return { nl: 'Het bestand heeft alleen een kopregel en geen gegevens.', en: 'The file has a header line but no data rows.' }
    case 'undecodable':
      return {
        nl: `Dit is geen geldige UTF-8-tekst (byte ${extra.byte}). Sla het bestand op als "CSV UTF-8".`,
        en: `This is not valid UTF-8 text (byte ${extra.byte}). Save the file as "CSV UTF-8".`,
      }
    case 'utf16':
      return { nl: 'Het bestand is UTF-16. Sla het op als "CSV UTF-8".', en: 'The file is UTF-16. Save it as "CSV UTF-8".' }
    case 'spreadsheet':
      return {
        nl: 'Dit is een Excel-werkmap, geen CSV. Kies in Excel "Opslaan als" → "CSV UTF-8".',
        en: 'This is an Excel workbook, not CSV. In Excel choose "Save as" → "CSV UTF-8".',
      }
    case 'separator':
      return {
        nl: 'De velden zijn niet gescheiden door ; of , (maar bijvoorbeeld door tabs). Sla het bestand op als CSV.',
        en: 'The fields are not separated by ; or , (but by tabs, for example). Save the file as CSV.',
      }
    case 'missing_column':
      return { nl: `De kolom "${col}" ontbreekt in de kopregel.`, en: `The column "${col}" is missing from the header line.` }
    case 'extra_column':
      return {
        nl: `Onbekende kolom. Toegestaan zijn alleen: ${list(DATASET_COLUMNS)}.`,
        en: `Unknown column. Only these are allowed: ${list(DATASET_COLUMNS)}.`,
      }
    case 'duplicate_column':
      return { nl: `De kolom "${col}" staat twee keer in de kopregel.`, en: `The column "${col}" appears twice in the header line.` }
    case 'field_count':
      return {
        nl: `Deze rij heeft ${extra.found} waarden; de kopregel heeft er ${extra.expected}.`,
        en: `This row has ${extra.found} values; the header line has ${extra.expected}.`,
      }
    case 'unterminated_quote':
      return { nl: 'Een aanhalingsteken wordt niet gesloten.', en: 'A quotation mark is never closed.' }
    case 'missing_value':
      return { nl: `De kolom "${col}" is leeg.`, en: `The column "${col}" is empty.` }
    case 'unknown_level':
      return { nl: `Onbekend niveau. Gebruik: ${list(LEVELS)}.`, en: `Unknown level. Use: ${list(LEVELS)}.` }
    case 'unknown_dimension':
      return { nl: `Onbekende dimensie. Gebruik: ${list(DIMENSIONS)}.`, en: `Unknown dimension. Use: ${list(DIMENSIONS)}.` }
    case 'unknown_region':
      return {
        nl: `Onbekende regio. Gebruik een provinciecode (${provinceList}) of, op landelijk niveau, een landcode (NL, EU27, …).`,
        en: `Unknown region. Use a province code (${provinceList}) or, at the national level, a country code (NL, EU27, …).`,
      }
    case 'region_not_country':
      return {
        nl: `Op landelijk niveau is de regio een landcode: ${list(COUNTRIES.map((c) => c.code))}.`,
        en: `At the national level the region is a country code: ${list(COUNTRIES.map((c) => c.code))}.`,
      }
    case 'region_not_province':
      return {
        nl: `Een landcode hoort alleen bij het landelijke niveau. Gebruik hier een provinciecode (${provinceList}).`,
        en: `A country code belongs to the national level only. Use a province code here (${provinceList}).`,
      }
    case 'unknown_sector':
      return { nl: `Onbekende sector. Gebruik: ${list(SECTORS.map((s) => s.code))}.`, en: `Unknown sector. Use: ${list(SECTORS.map((s) => s.code))}.` }
    case 'sector_at_national':
      return {
        nl: 'Het landelijke niveau heeft geen sectoren: laat de sector leeg.',
        en: 'The national level has no sectors: leave the sector empty.',
      }
    case 'not_a_number':
      return {
        nl: `"${col}" moet een getal zijn (zonder scheidingsteken voor duizendtallen).`,
        en: `"${col}" must be a number (without a thousands separator).`,
      }
    case 'not_whole':
      return { nl: `"${col}" moet een heel getal zijn.`, en: `"${col}" must be a whole number.` }
    case 'year_range':
      return {
        nl: `Het jaar moet tussen ${YEAR_RANGE.min} en ${YEAR_RANGE.max} liggen.`,
        en: `The year must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}.`,
      }
    case 'n_below_1':
      return { nl: 'n (het aantal antwoorden) moet minstens 1 zijn.', en: 'n (the number of responses) must be at least 1.' }
    case 'n_too_large':
      return { nl: 'n is te groot (meer dan 1 miljard).', en: 'n is too large (more than 1 billion).' }
    case 'sd_negative':
      return { nl: 'De standaarddeviatie (sd) kan niet negatief zijn.', en: 'The standard deviation (sd) cannot be negative.' }
    case 'mean_range':
      return { nl: 'Het gemiddelde moet tussen 1 en 5 liggen (de schaal).', en: 'The mean must be between 1 and 5 (the scale).' }
    case 'duplicate_cell':
      return {
        nl: `Deze cel (niveau, dimensie, regio, sector, jaar) staat al in rij ${extra.first}.`,
        en: `This cell (level, dimension, region, sector, year) is already in row ${extra.first}.`,
      }
  }
}

/** One problem as a line of text: "Rij 12, kolom mean, waarde "7": …". */
export function formatProblem(p: ImportProblem, lang: 'nl' | 'en'): string {
  const parts: string[] = []
  if (p.row > 0) parts.push(lang === 'nl' ? `Rij ${p.row}` : `Row ${p.row}`)
  if (p.column !== null) parts.push(lang === 'nl' ? `kolom ${p.column}` : `column ${p.column}`)
  if (p.value !== null) parts.push(lang === 'nl' ? `waarde "${p.value}"` : `value "${p.value}"`)
  const where = parts.join(', ')
  return where ? `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${p.message[lang]}` : p.message[lang]
}

class Problems {
  readonly kept: ImportProblem[] = []
  count = 0
  constructor(private readonly max: number) {}
  add(row: number, column: string | null, value: string | null, code: ImportProblemCode, extra?: Record<string, string | number>): void {
    this.count++
    if (this.kept.length < this.max) this.kept.push({ row, column, value: value === null ? null : cut(value), code, message: messageFor(code, column, extra) })
  }
}

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

/** Bytes to text, or the problem that stops it. */
function decode(bytes: Uint8Array, problems: Problems): string | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    problems.add(0, null, null, 'utf16')
    return undefined
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    problems.add(0, null, null, 'spreadsheet')
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

interface Row {
  fields: string[]
  /** line where the record starts */
  line: number
}

/**
 * Splits text into records of fields (RFC 4180 quoting, any line end). Returns the records, or
 * the line of a quote that is never closed.
 */
function* records(text: string, sep: number, start: number): Generator<Row, number | undefined> {
  const QUOTE = 34
  const CR = 13
  const LF = 10
  let i = start
  let line = 1
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
    yield { fields, line: recordLine }
  }
  return undefined
}

const NUMBER = /^-?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/
const NUMBER_POINT = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/

/** A number in the file's convention, or NaN. */
function parseNumber(raw: string, decimalComma: boolean): number {
  if (!(decimalComma ? NUMBER : NUMBER_POINT).test(raw)) return Number.NaN
  return Number(decimalComma ? raw.replace(',', '.') : raw)
}

/** A numeric field, or undefined after recording why it is not one. */
function numberField(problems: Problems, line: number, column: DatasetColumn, text: string, decimalComma: boolean): number | undefined {
  if (text === '') {
    problems.add(line, column, text, 'missing_value')
    return undefined
  }
  const v = parseNumber(text, decimalComma)
  if (Number.isNaN(v)) {
    problems.add(line, column, text, 'not_a_number')
    return undefined
  }
  return v
}

function isBlank(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false
  return true
}

/** Reads and validates a dataset file (bytes, or text already decoded). */
export function parseDatasetCsv(input: string | Uint8Array, options: ParseOptions = {}): ImportResult {
  const problems = new Problems(options.maxProblems ?? 100)
  const sampleRows = options.sampleRows ?? 10
  const fail = (): ImportResult => ({ ok: false, problems: problems.kept, problemCount: problems.count })

  const text = typeof input === 'string' ? input : decode(input, problems)
  if (text === undefined) return fail()
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  if (text.slice(start).trim() === '') {
    problems.add(0, null, null, 'empty_file')
    return fail()
  }

  // the separator: `;` when the header line has one outside quotes, otherwise `,`
  let headerEnd = start
  let inQuotes = false
  let semicolons = 0
  let commas = 0
  let tabs = 0
  let seenText = false
  for (; headerEnd < text.length; headerEnd++) {
    const c = text.charCodeAt(headerEnd)
    if (c === 34) inQuotes = !inQuotes
    else if (!inQuotes && (c === 10 || c === 13)) {
      if (seenText) break
    } else if (!inQuotes && c === 59) semicolons++
    else if (!inQuotes && c === 44) commas++
    else if (!inQuotes && c === 9) tabs++
    if (c > 32) seenText = true
  }
  if (semicolons === 0 && commas === 0 && tabs > 0) {
    problems.add(1, null, null, 'separator')
    return fail()
  }
  const delimiter: ',' | ';' = semicolons > 0 ? ';' : ','
  const decimalComma = delimiter === ';'

  const iterator = records(text, delimiter.charCodeAt(0), start)
  let next = iterator.next()
  // blank lines before the header are skipped
  while (!next.done && isBlank(next.value.fields)) next = iterator.next()
  if (next.done) {
    if (next.value !== undefined) problems.add(next.value, null, null, 'unterminated_quote')
    else problems.add(0, null, null, 'empty_file')
    return fail()
  }

  // the header: every column once, nothing else
  const header = next.value
  const index = new Map<DatasetColumn, number>()
  header.fields.forEach((raw, i) => {
    const name = raw.trim().toLowerCase()
    if (!(DATASET_COLUMNS as readonly string[]).includes(name)) {
      problems.add(header.line, raw.trim() === '' ? `#${i + 1}` : raw.trim(), raw, 'extra_column')
    } else if (index.has(name as DatasetColumn)) {
      problems.add(header.line, name, raw, 'duplicate_column')
    } else index.set(name as DatasetColumn, i)
  })
  for (const c of DATASET_COLUMNS) if (!index.has(c)) problems.add(header.line, c, null, 'missing_column')
  if (problems.count > 0) return fail()
  const width = header.fields.length
  const at = DATASET_COLUMNS.map((c) => index.get(c)!)

  const cells: Cell[] = []
  // the line of each cell seen so far, keyed by a number (cheaper than a string for 100,000 rows)
  const seen = new Map<number, number>()
  const levels = new Set<string>()
  const regions = new Set<string>()
  const sectors = new Set<string>()
  const years = new Set<number>()
  const sample: DatasetRow[] = []
  let rows = 0

  for (next = iterator.next(); !next.done; next = iterator.next()) {
    const { fields, line } = next.value
    if (isBlank(fields)) continue
    if (fields.length !== width) {
      problems.add(line, null, null, 'field_count', { found: fields.length, expected: width })
      continue
    }
    rows++
    const before = problems.count
    const rawLevel = fields[at[0]].trim()
    const rawDimension = fields[at[1]].trim()
    const rawRegion = fields[at[2]].trim()
    const rawSector = fields[at[3]].trim()
    const rawYear = fields[at[4]].trim()
    const rawN = fields[at[5]].trim()
    const rawMean = fields[at[6]].trim()
    const rawSd = fields[at[7]].trim()

    const level = rawLevel.toLowerCase()
    if (level === '') problems.add(line, 'level', rawLevel, 'missing_value')
    else if (!LEVEL_SET.has(level)) problems.add(line, 'level', rawLevel, 'unknown_level')
    const dimension = rawDimension.toUpperCase()
    if (dimension === '') problems.add(line, 'dimension', rawDimension, 'missing_value')
    else if (!DIMENSION_SET.has(dimension)) problems.add(line, 'dimension', rawDimension, 'unknown_dimension')

    const national = level === 'national'
    const region = rawRegion.toUpperCase()
    if (region === '') problems.add(line, 'region', rawRegion, 'missing_value')
    else if (LEVEL_SET.has(level)) {
      if (national && !COUNTRY_SET.has(region)) problems.add(line, 'region', rawRegion, PROVINCE_SET.has(region) ? 'region_not_country' : 'unknown_region')
      else if (!national && !PROVINCE_SET.has(region)) problems.add(line, 'region', rawRegion, COUNTRY_SET.has(region) ? 'region_not_province' : 'unknown_region')
    } else if (!PROVINCE_SET.has(region) && !COUNTRY_SET.has(region)) problems.add(line, 'region', rawRegion, 'unknown_region')

    const sectorCode = rawSector.toUpperCase()
    let sector: string | null = null
    if (national) {
      if (sectorCode !== '') problems.add(line, 'sector', rawSector, 'sector_at_national')
    } else if (sectorCode === '') {
      if (LEVEL_SET.has(level)) problems.add(line, 'sector', rawSector, 'missing_value')
    } else if (!SECTOR_SET.has(sectorCode)) problems.add(line, 'sector', rawSector, 'unknown_sector')
    else sector = sectorCode

    const year = numberField(problems, line, 'year', rawYear, decimalComma)
    if (year !== undefined) {
      if (!Number.isInteger(year)) problems.add(line, 'year', rawYear, 'not_whole')
      else if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) problems.add(line, 'year', rawYear, 'year_range')
    }
    const n = numberField(problems, line, 'n', rawN, decimalComma)
    if (n !== undefined) {
      if (n < 1) problems.add(line, 'n', rawN, 'n_below_1')
      else if (!Number.isInteger(n)) problems.add(line, 'n', rawN, 'not_whole')
      else if (n > MAX_N) problems.add(line, 'n', rawN, 'n_too_large')
    }
    const mean = numberField(problems, line, 'mean', rawMean, decimalComma)
    if (mean !== undefined && (mean < 1 || mean > 5)) problems.add(line, 'mean', rawMean, 'mean_range')
    const sd = numberField(problems, line, 'sd', rawSd, decimalComma)
    if (sd !== undefined && sd < 0) problems.add(line, 'sd', rawSd, 'sd_negative')

    if (problems.count > before) continue
    const key = ((((LEVEL_INDEX.get(level)! * 16 + DIMENSION_INDEX.get(dimension)!) * 64 + REGION_INDEX.get(region)!) * 32 + (sector === null ? 0 : SECTOR_INDEX.get(sector)! + 1)) * 256) + (year! - YEAR_RANGE.min)
    const first = seen.get(key)
    if (first !== undefined) {
      problems.add(line, null, `${level}, ${dimension}, ${region}, ${sector ?? ''}, ${year}`, 'duplicate_cell', { first })
      continue
    }
    seen.set(key, line)
    // after a problem nothing is applied; stop building cells but keep checking rows
    if (problems.count > 0) continue
    const sums = sumsFromMeanSd(n!, mean!, sd!)
    cells.push({ level, dimension, region, sector, year: year!, n: sums.n, sum: sums.sum, sumSq: sums.sumSq })
    levels.add(level)
    regions.add(region)
    if (sector !== null) sectors.add(sector)
    years.add(year!)
    if (sample.length < sampleRows) sample.push({ level, dimension, region, sector, year: year!, n: n!, mean: mean!, sd: sd! })
  }
  if (next.value !== undefined) problems.add(next.value, null, null, 'unterminated_quote')
  if (problems.count > 0) return fail()
  if (rows === 0) {
    problems.add(0, null, null, 'no_rows')
    return fail()
  }
  return {
    ok: true,
    dataset: {
      cells,
      delimiter,
      preview: {
        cells: cells.length,
        levels: LEVELS.filter((l) => levels.has(l)),
        regions: [...regions].sort(),
        sectors: [...sectors].sort(),
        years: [...years].sort((a, b) => a - b),
        sample,
      },
    },
  }
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
