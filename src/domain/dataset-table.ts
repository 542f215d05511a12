/**
 * The rules of a dataset file once it is a table (a header and rows of fields), whatever it came
 * from: a CSV file (`csv-import.ts`) or a workbook sheet (`workbook.ts`). Pure, no I/O. It holds
 * the problem vocabulary (codes and bilingual messages), the number rule, the header rules, and
 * the cell format; the respondent format is in `respondent-table.ts`. docs/data-format.md states
 * every rule; ADR 0107 says why the number rule is what it is.
 */
import type { Cell, PillarCell } from './cells'
import { COUNTRIES, DIMENSIONS, LEVELS, PROVINCES, SECTORS, THRESHOLDS, type Label } from './framework'
import { sumsFromMeanSd } from './pooling'

/** The columns of the cell format, in the order the writer uses. */
export const DATASET_COLUMNS = ['level', 'dimension', 'region', 'sector', 'year', 'n', 'mean', 'sd'] as const
export type DatasetColumn = (typeof DATASET_COLUMNS)[number]

/** The key columns of the respondent format (besides its item columns `T1_1` … `S5_k`). */
export const RESPONDENT_KEY_COLUMNS = ['level', 'region', 'sector', 'year'] as const

export const YEAR_RANGE = { min: 1900, max: 2100 } as const
export const MAX_N = 1_000_000_000

export type ImportProblemCode =
  | 'empty_file'
  | 'no_rows'
  | 'undecodable'
  | 'utf16'
  | 'spreadsheet'
  | 'old_excel'
  | 'not_a_workbook'
  | 'workbook_unreadable'
  | 'workbook_too_large'
  | 'sheet_not_found'
  | 'separator'
  | 'missing_column'
  | 'extra_column'
  | 'unnamed_column'
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
  | 'thousands_separator'
  | 'date_value'
  | 'not_whole'
  | 'year_range'
  | 'n_below_1'
  | 'n_too_large'
  | 'sd_negative'
  | 'mean_range'
  | 'answer_range'
  | 'duplicate_cell'

export interface ImportProblem {
  /** line of the file (or row of the sheet) where the record starts; 0 for the file as a whole */
  row: number
  /** the column's name, or null when the problem is not about one column */
  column: string | null
  /** the offending text as it stands in the file (cut to 60 characters), or null */
  value: string | null
  code: ImportProblemCode
  message: Label
}

/** What a respondent file held, for the preview shown before it is applied (counts only). */
export interface RespondentSummary {
  /** respondents (data rows) read */
  respondents: number
  /** item (question) columns */
  items: number
  /** answers expected: respondents × items */
  answers: number
  /** answers that were a no-answer code (empty, "weet niet", "n.v.t.", 9, …) */
  missingAnswers: number
  /** respondents without a T or an S score (too few answers in some dimension) */
  withoutPillars: number
  /** pillar cells (per-respondent T and S) with n below the suppression threshold */
  suppressedPillarCells: number
}

/** What a valid file holds, for a preview. */
export interface DatasetPreview {
  cells: number
  /** cells with n below the suppression threshold (kept, never shown; FRAMEWORK.md) */
  suppressedCells: number
  levels: string[]
  regions: string[]
  sectors: string[]
  years: number[]
  /** the first cells (codes normalised, n, mean and sd) — never a respondent's row */
  sample: DatasetRow[]
  /** present for a respondent file */
  respondents?: RespondentSummary
}

/** One cell as shown in the preview. */
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
  /** 'cells' (n, mean, sd per cell) or 'respondents' (one row per respondent, aggregated here) */
  format: 'cells' | 'respondents'
  cells: Cell[]
  /** per-respondent pillar statistics (ADR 0007), present when the file holds respondent rows */
  pillarCells?: PillarCell[]
  /** the separator of a CSV file; null for a workbook */
  delimiter: ',' | ';' | null
  /** for a workbook: the sheet that was read, and every sheet's name */
  sheet?: string
  sheets?: string[]
  preview: DatasetPreview
}

export type ImportResult =
  | { ok: true; dataset: ParsedDataset }
  | {
      ok: false
      problems: ImportProblem[]
      /** all problems found, including those left out of `problems` */
      problemCount: number
      /** for a workbook: every sheet's name, when they could be read (to offer another sheet) */
      sheets?: string[]
      /** 'respondents' when the header made it a respondent file: its problem values are answers, not for a log */
      format?: 'cells' | 'respondents'
    }

/** A refused file: its problems. */
export type ImportFailure = Extract<ImportResult, { ok: false }>

export interface ParseOptions {
  /** at most this many problems are kept (default 100); all are counted */
  maxProblems?: number
  /** rows kept for the preview (default 10) */
  sampleRows?: number
  /** called now and then while rows are read, with the share read so far (0–1) */
  onProgress?: (fraction: number) => void
}

const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s)
const list = (xs: readonly string[]) => xs.join(', ')
const provinceList = `${PROVINCES[0].code}–${PROVINCES[PROVINCES.length - 1].code}`

/** The bilingual message for each kind of problem. */
export function messageFor(code: ImportProblemCode, column: string | null, extra: Record<string, string | number> = {}): Label {
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
        nl: 'Dit is een Excel-werkmap, geen CSV. Kies het bestand als werkmap (.xlsx), of kies in Excel "Opslaan als" → "CSV UTF-8".',
        en: 'This is an Excel workbook, not CSV. Choose the file as a workbook (.xlsx), or in Excel choose "Save as" → "CSV UTF-8".',
      }
    case 'old_excel':
      return {
        nl: 'Dit is een oud Excel-bestand (.xls) of een werkmap met een wachtwoord. Haal het wachtwoord eraf en kies in Excel "Opslaan als" → "Excel-werkmap (.xlsx)" of "CSV UTF-8".',
        en: 'This is an old Excel file (.xls) or a password-protected workbook. Remove the password and in Excel choose "Save as" → "Excel Workbook (.xlsx)" or "CSV UTF-8".',
      }
    case 'not_a_workbook':
      return {
        nl: 'Dit is geen Excel-werkmap (.xlsx). Kies een .xlsx-bestand, of een CSV-bestand als CSV.',
        en: 'This is not an Excel workbook (.xlsx). Choose an .xlsx file, or a CSV file as CSV.',
      }
    case 'workbook_unreadable':
      return {
        nl: 'De werkmap kan niet worden gelezen (het bestand is beschadigd of beveiligd). Open het in Excel en sla het opnieuw op als .xlsx of "CSV UTF-8".',
        en: 'The workbook cannot be read (the file is damaged or protected). Open it in Excel and save it again as .xlsx or "CSV UTF-8".',
      }
    case 'workbook_too_large':
      return extra.max !== undefined
        ? {
            nl: `Dit werkblad is uitgepakt groter dan ${extra.max} MB. Sla het op als "CSV UTF-8": een CSV-bestand mag groter zijn.`,
            en: `This sheet is larger than ${extra.max} MB once unpacked. Save it as "CSV UTF-8": a CSV file may be larger.`,
          }
        : {
            nl: 'Dit werkblad is te groot om als werkmap te lezen. Sla het op als "CSV UTF-8": een CSV-bestand mag groter zijn.',
            en: 'This sheet is too large to read as a workbook. Save it as "CSV UTF-8": a CSV file may be larger.',
          }
    case 'sheet_not_found':
      return {
        nl: `Er is geen werkblad "${extra.sheet}". De werkbladen zijn: ${extra.sheets}.`,
        en: `There is no sheet "${extra.sheet}". The sheets are: ${extra.sheets}.`,
      }
    case 'separator':
      return {
        nl: 'De velden zijn niet gescheiden door ; of , (maar bijvoorbeeld door tabs). Sla het bestand op als CSV.',
        en: 'The fields are not separated by ; or , (but by tabs, for example). Save the file as CSV.',
      }
    case 'missing_column':
      return { nl: `De kolom "${col}" ontbreekt in de kopregel.`, en: `The column "${col}" is missing from the header line.` }
    case 'extra_column':
      return extra.format === 'respondents'
        ? {
            nl: `Onbekende kolom. In een bestand met één rij per respondent zijn alleen toegestaan: ${list(RESPONDENT_KEY_COLUMNS)} en vraagkolommen zoals T1_1 of S5_3 (met _r erachter voor een omgekeerd gescoorde vraag).`,
            en: `Unknown column. A file with one row per respondent may only have: ${list(RESPONDENT_KEY_COLUMNS)} and question columns such as T1_1 or S5_3 (ending in _r for a reverse-scored question).`,
          }
        : {
            nl: `Onbekende kolom. Toegestaan zijn alleen: ${list(DATASET_COLUMNS)}.`,
            en: `Unknown column. Only these are allowed: ${list(DATASET_COLUMNS)}.`,
          }
    case 'unnamed_column':
      return {
        nl: `Kolom ${col} heeft geen naam in de kopregel, maar bevat wel waarden (de eerste in deze rij). Geef de kolom een naam uit het formaat, of maak hem leeg.`,
        en: `Column ${col} has no name in the header line but holds values (the first in this row). Give it a name from the format, or empty it.`,
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
    case 'thousands_separator': {
      const alt = (lang: 'nl' | 'en') => {
        if (extra.decimal === undefined) return ''
        const x = String(extra.decimal)
        return lang === 'nl'
          ? `, maar ook ${x.replace('.', ',')} (met ${extra.mark === '.' ? 'de punt' : 'de komma'} als decimaalteken)`
          : `, or ${x} (with the ${extra.mark === '.' ? 'point' : 'comma'} as decimal mark)`
      }
      return extra.whole !== undefined
        ? {
            nl: `"${col}" heeft misschien een scheidingsteken voor duizendtallen: ${extra.text} kan ${extra.whole} betekenen${alt('nl')}. Schrijf het getal zonder punt, komma of spatie voor duizendtallen, dus ${extra.whole} als dat bedoeld is.`,
            en: `"${col}" may have a thousands separator: ${extra.text} can mean ${extra.whole}${alt('en')}. Write the number without a point, comma or space for thousands: ${extra.whole}, if that is what is meant.`,
          }
        : {
            nl: `"${col}" heeft misschien een scheidingsteken voor duizendtallen (${extra.text}), en dan kan het getal twee dingen betekenen. Gebruik alleen een decimaalteken (3,41) en geen punt, komma of spatie voor duizendtallen.`,
            en: `"${col}" may have a thousands separator (${extra.text}), so the number could mean two things. Use only a decimal mark (3.41) and no point, comma or space for thousands.`,
          }
    }
    case 'date_value':
      return {
        nl: `"${col}" is in de werkmap een datum (${extra.date}), geen getal. Zet de cel op de opmaak "Getal" of "Standaard" en vul het getal in, bijvoorbeeld 2025 voor een jaar.`,
        en: `"${col}" is a date in the workbook (${extra.date}), not a number. Format the cell as "Number" or "General" and enter the number, for example 2025 for a year.`,
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
    case 'answer_range':
      return {
        nl: 'Een antwoord is 1, 2, 3, 4 of 5. Geen antwoord: laat de cel leeg, of schrijf "weet niet", "n.v.t." of 9.',
        en: 'An answer is 1, 2, 3, 4 or 5. No answer: leave the cell empty, or write "don\'t know", "n/a" or 9.',
      }
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

/** The problems of one file: the first `max` kept, all counted. */
export class Problems {
  readonly kept: ImportProblem[] = []
  count = 0
  constructor(private readonly max: number) {}
  add(row: number, column: string | null, value: string | null, code: ImportProblemCode, extra?: Record<string, string | number>): void {
    this.count++
    if (this.kept.length < this.max) this.kept.push({ row, column, value: value === null ? null : cut(value), code, message: messageFor(code, column, extra) })
  }
  fail(sheets?: string[]): ImportFailure {
    return sheets ? { ok: false, problems: this.kept, problemCount: this.count, sheets } : { ok: false, problems: this.kept, problemCount: this.count }
  }
}

// ---- fields and numbers ----

/** One field of a table: text from a CSV file; text, a number, a boolean or a date from a workbook. */
export type FieldValue = string | number | boolean | Date | null

/**
 * How text is read as a number:
 * - `comma`: a `;` CSV file (Dutch Excel): the decimal mark is `,`; a `.` is read as a decimal
 *   mark too, unless it could be a thousands separator.
 * - `point`: a `,` CSV file: the decimal mark is `.` (a `,` can only occur inside quotes).
 * - `workbook`: text in a workbook cell, which has no dialect: `.` or `,` as decimal mark, unless
 *   it could be a thousands separator. (Numbers stored as numbers need no reading at all.)
 */
export type NumberDialect = 'comma' | 'point' | 'workbook'

/** A field as text: what the problem table shows. */
export function fieldText(v: FieldValue): string {
  if (v === null) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  return isoDate(v)
}

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10)
}

const PLAIN = /^-?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/
/** one mark followed by exactly three digits after 1–3 leading digits: 2.000, 1,450, -12.345 */
const ONE_GROUP = /^-?[1-9]\d{0,2}[.,]\d{3}$/
/** several groups, or groups and a decimal part, or a space/apostrophe as separator */
const GROUPED = /^-?[1-9]\d{0,2}(?:([.,\s\u00a0\u202f'’])\d{3})(?:\1\d{3})*(?:[.,]\d+)?$/

/** The result of reading one numeric field. */
export type NumberReading = { value: number } | { problem: 'missing_value' | 'not_a_number' | 'thousands_separator' | 'date_value'; extra?: Record<string, string | number> }

/**
 * Reads a numeric field by the file's dialect. `whole` marks a column of whole numbers (year, n,
 * answers), where a number like `2.000` or `12,000` is refused in every dialect: there it could
 * only be a fraction with zeros or a thousands separator, and the two readings differ a
 * thousandfold. In a decimal column the dialect's own decimal mark is read as such (`3,500` is
 * 3.5 in a `;` file); the other mark before exactly three digits is refused. A number never
 * silently becomes another (cases I3, I4; ADR 0107).
 */
export function readNumber(v: FieldValue, dialect: NumberDialect, whole: boolean): NumberReading {
  if (v === null) return { problem: 'missing_value' }
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : { problem: 'not_a_number' }
  if (typeof v === 'boolean') return { problem: 'not_a_number' }
  if (v instanceof Date) return { problem: 'date_value', extra: { date: isoDate(v) } }
  const s = v.trim()
  if (s === '') return { problem: 'missing_value' }
  if (PLAIN.test(s)) {
    const mark = s.includes(',') ? ',' : s.includes('.') ? '.' : ''
    if (mark !== '' && ONE_GROUP.test(s)) {
      const own = (dialect === 'comma' && mark === ',') || (dialect === 'point' && mark === '.')
      if (whole || !own) return thousands(s, whole)
    }
    if (mark === ',' && dialect === 'point') return { problem: 'not_a_number' }
    return { value: Number(mark === ',' ? s.replace(',', '.') : s) }
  }
  if (GROUPED.test(s)) return thousands(s, whole)
  return { problem: 'not_a_number' }
}

function thousands(s: string, whole: boolean): NumberReading {
  if (!whole) return { problem: 'thousands_separator', extra: { text: s } }
  const digits = s.replace(/[^\d-]/g, '')
  // one mark before three digits: say what the decimal reading would be too
  const mark = ONE_GROUP.test(s) ? (s.includes(',') ? ',' : '.') : undefined
  return { problem: 'thousands_separator', extra: mark ? { text: s, whole: digits, decimal: Number(s.replace(',', '.')), mark } : { text: s, whole: digits } }
}

// ---- the table a reader hands over ----

/** One record of the table: its fields and where it starts (line of the file, row of the sheet). */
export interface TableRow {
  fields: readonly FieldValue[]
  line: number
}

/** A table to validate: the header record, then the data records. */
export interface TableSource {
  header: TableRow
  /** the data records; the iterator's return value is the line of a quote never closed, if any */
  rows: Iterator<TableRow, number | undefined>
  dialect: NumberDialect
  /** share of the input read so far (0–1), for progress */
  position(): number
}

export interface TableContext {
  problems: Problems
  sampleRows: number
  onProgress?: (fraction: number) => void
  delimiter: ',' | ';' | null
}

/** Every 4,096 rows a reader reports progress. */
export const PROGRESS_EVERY = 4096

export function isBlank(fields: readonly FieldValue[]): boolean {
  for (const f of fields) if (f !== null && !(typeof f === 'string' && f.trim() === '')) return false
  return true
}

/**
 * The header's columns: name → index, plus the unnamed columns (empty header) that must stay
 * empty. Names are compared trimmed and lower-cased.
 */
export interface HeaderColumns {
  names: string[]
  /** indexes of columns with an empty header */
  unnamed: number[]
  /** one past the last named column */
  namedWidth: number
  width: number
}

export function headerColumns(header: TableRow): HeaderColumns {
  const names = header.fields.map((f) => fieldText(f).trim())
  const unnamed: number[] = []
  let namedWidth = 0
  names.forEach((n, i) => {
    if (n === '') unnamed.push(i)
    else namedWidth = i + 1
  })
  return { names, unnamed, namedWidth, width: names.length }
}

/**
 * Checks a record's shape against the header: it may lack or add trailing fields only where the
 * header has no name and the fields are empty (Excel's used range: `;;` at the end of lines).
 * Returns false after recording a field_count problem. A value under an unnamed column is
 * reported once per column (its first row).
 */
export function checkShape(row: TableRow, cols: HeaderColumns, problems: Problems, reportedUnnamed: Set<number>): boolean {
  const n = row.fields.length
  if (n !== cols.width) {
    const extraFilled = row.fields.slice(cols.width).some((f) => !isBlank([f]))
    if (n < cols.namedWidth || extraFilled) {
      problems.add(row.line, null, null, 'field_count', { found: n, expected: cols.namedWidth })
      return false
    }
  }
  for (const i of cols.unnamed) {
    if (i >= n || reportedUnnamed.has(i)) continue
    const f = row.fields[i]
    if (!isBlank([f])) {
      reportedUnnamed.add(i)
      problems.add(row.line, `#${i + 1}`, fieldText(f), 'unnamed_column')
    }
  }
  return true
}

const LEVEL_SET = new Set<string>(LEVELS)
const PROVINCE_SET = new Set(PROVINCES.map((p) => p.code))
const COUNTRY_SET = new Set(COUNTRIES.map((c) => c.code))
const SECTOR_SET = new Set(SECTORS.map((s) => s.code))

/** The key fields a cell and a respondent share. */
export interface RowKey {
  level: string
  region: string
  sector: string | null
  year: number
}

/**
 * Reads level, region, sector and year of one record (indexes into its fields), recording every
 * problem; undefined when any is wrong.
 */
export function readKey(
  fields: readonly FieldValue[],
  at: { level: number; region: number; sector: number; year: number },
  line: number,
  dialect: NumberDialect,
  problems: Problems,
): RowKey | undefined {
  const before = problems.count
  const rawLevel = fieldText(fields[at.level] ?? null).trim()
  const rawRegion = fieldText(fields[at.region] ?? null).trim()
  const rawSector = fieldText(fields[at.sector] ?? null).trim()
  const level = rawLevel.toLowerCase()
  if (level === '') problems.add(line, 'level', rawLevel, 'missing_value')
  else if (!LEVEL_SET.has(level)) problems.add(line, 'level', rawLevel, 'unknown_level')

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

  const year = numberField(problems, line, 'year', fields[at.year] ?? null, dialect, true)
  if (year !== undefined) {
    if (!Number.isInteger(year)) problems.add(line, 'year', fieldText(fields[at.year]), 'not_whole')
    else if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) problems.add(line, 'year', fieldText(fields[at.year]), 'year_range')
  }
  if (problems.count > before) return undefined
  return { level, region, sector, year: year! }
}

/** A numeric field, or undefined after recording why it is not one. */
export function numberField(problems: Problems, line: number, column: string, v: FieldValue, dialect: NumberDialect, whole: boolean): number | undefined {
  const r = readNumber(v, dialect, whole)
  if ('value' in r) return r.value
  problems.add(line, column, fieldText(v), r.problem, r.extra)
  return undefined
}

/** Number of cells below the suppression threshold. */
export function countSuppressed(cells: readonly { n: number }[]): number {
  let k = 0
  for (const c of cells) if (c.n < THRESHOLDS.minN) k++
  return k
}

// ---- the cell format ----

const DIMENSION_SET = new Set<string>(DIMENSIONS)
const indexOf = (codes: readonly string[]) => new Map(codes.map((c, i) => [c, i]))
const LEVEL_INDEX = indexOf(LEVELS)
const DIMENSION_INDEX = indexOf(DIMENSIONS)
const REGION_CODES = [...PROVINCES.map((p) => p.code), ...COUNTRIES.map((c) => c.code)]
const REGION_INDEX = indexOf(REGION_CODES)
const SECTOR_CODES = SECTORS.map((s) => s.code)
const SECTOR_INDEX = indexOf(SECTOR_CODES)

/** Collects what a preview shows about the cells of a valid file. */
export class PreviewBuilder {
  private readonly levels = new Set<string>()
  private readonly regions = new Set<string>()
  private readonly sectors = new Set<string>()
  private readonly years = new Set<number>()
  constructor(private readonly cells: readonly Cell[]) {
    for (const c of cells) {
      this.levels.add(c.level)
      this.regions.add(c.region)
      if (c.sector !== null) this.sectors.add(c.sector)
      this.years.add(c.year)
    }
  }
  build(sample: DatasetRow[], respondents?: RespondentSummary): DatasetPreview {
    return {
      cells: this.cells.length,
      suppressedCells: countSuppressed(this.cells),
      levels: LEVELS.filter((l) => this.levels.has(l)),
      regions: [...this.regions].sort(),
      sectors: [...this.sectors].sort(),
      years: [...this.years].sort((a, b) => a - b),
      sample,
      ...(respondents ? { respondents } : {}),
    }
  }
}

/**
 * Validates a table in the cell format (docs/data-format.md): every column once, nothing else;
 * every row a valid, distinct cell. All or nothing.
 */
export function readCellTable(source: TableSource, ctx: TableContext): ImportResult {
  const { problems } = ctx
  const { header, dialect } = source
  const cols = headerColumns(header)
  const index = new Map<DatasetColumn, number>()
  cols.names.forEach((raw, i) => {
    const name = raw.toLowerCase()
    if (raw === '') return
    if (!(DATASET_COLUMNS as readonly string[]).includes(name)) problems.add(header.line, raw, fieldText(header.fields[i]), 'extra_column', { format: 'cells' })
    else if (index.has(name as DatasetColumn)) problems.add(header.line, name, fieldText(header.fields[i]), 'duplicate_column')
    else index.set(name as DatasetColumn, i)
  })
  for (const c of DATASET_COLUMNS) if (!index.has(c)) problems.add(header.line, c, null, 'missing_column')
  if (problems.count > 0) return problems.fail()
  const at = Object.fromEntries(DATASET_COLUMNS.map((c) => [c, index.get(c)!])) as Record<DatasetColumn, number>

  const cells: Cell[] = []
  // the line of each cell seen so far, keyed by a number (cheaper than a string for 100,000 rows)
  const seen = new Map<number, number>()
  const sample: DatasetRow[] = []
  const reportedUnnamed = new Set<number>()
  let rows = 0
  let next = source.rows.next()
  for (; !next.done; next = source.rows.next()) {
    const { fields, line } = next.value
    if (isBlank(fields)) continue
    if (++rows % PROGRESS_EVERY === 0) ctx.onProgress?.(source.position())
    if (!checkShape(next.value, cols, problems, reportedUnnamed)) continue
    const before = problems.count
    const key = readKey(fields, at, line, dialect, problems)
    const rawDimension = fieldText(fields[at.dimension] ?? null).trim()
    const dimension = rawDimension.toUpperCase()
    if (dimension === '') problems.add(line, 'dimension', rawDimension, 'missing_value')
    else if (!DIMENSION_SET.has(dimension)) problems.add(line, 'dimension', rawDimension, 'unknown_dimension')

    const n = numberField(problems, line, 'n', fields[at.n] ?? null, dialect, true)
    if (n !== undefined) {
      const raw = fieldText(fields[at.n])
      if (n < 1) problems.add(line, 'n', raw, 'n_below_1')
      else if (!Number.isInteger(n)) problems.add(line, 'n', raw, 'not_whole')
      else if (n > MAX_N) problems.add(line, 'n', raw, 'n_too_large')
    }
    const mean = numberField(problems, line, 'mean', fields[at.mean] ?? null, dialect, false)
    if (mean !== undefined && (mean < 1 || mean > 5)) problems.add(line, 'mean', fieldText(fields[at.mean]), 'mean_range')
    const sd = numberField(problems, line, 'sd', fields[at.sd] ?? null, dialect, false)
    if (sd !== undefined && sd < 0) problems.add(line, 'sd', fieldText(fields[at.sd]), 'sd_negative')

    if (problems.count > before || key === undefined) continue
    const { level, region, sector, year } = key
    const li = LEVEL_INDEX.get(level)!
    const di = DIMENSION_INDEX.get(dimension)!
    const ri = REGION_INDEX.get(region)!
    const si = sector === null ? -1 : SECTOR_INDEX.get(sector)!
    const id = (((li * 16 + di) * 64 + ri) * 32 + (si + 1)) * 256 + (year - YEAR_RANGE.min)
    const first = seen.get(id)
    if (first !== undefined) {
      problems.add(line, null, `${level}, ${dimension}, ${region}, ${sector ?? ''}, ${year}`, 'duplicate_cell', { first })
      continue
    }
    seen.set(id, line)
    // after a problem nothing is applied; stop building cells but keep checking rows
    if (problems.count > 0) continue
    const sums = sumsFromMeanSd(n!, mean!, sd!)
    // the framework's own strings, not this row's copies: a file of 700,000 rows would otherwise
    // keep 2.8 million small strings alive until it is written
    cells.push({ level: LEVELS[li], dimension: DIMENSIONS[di], region: REGION_CODES[ri], sector: si < 0 ? null : SECTOR_CODES[si], year, n: sums.n, sum: sums.sum, sumSq: sums.sumSq })
    if (sample.length < ctx.sampleRows) sample.push({ level, dimension, region, sector, year, n: n!, mean: mean!, sd: sd! })
  }
  if (next.value !== undefined) problems.add(next.value, null, null, 'unterminated_quote')
  if (problems.count > 0) return problems.fail()
  if (rows === 0) {
    problems.add(0, null, null, 'no_rows')
    return problems.fail()
  }
  return { ok: true, dataset: { format: 'cells', cells, delimiter: ctx.delimiter, preview: new PreviewBuilder(cells).build(sample) } }
}
