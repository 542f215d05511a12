/**
 * A small CSV builder for downloads of what a chart or table shows. Pure, no I/O.
 *
 * Two variants:
 * - `nl`: what Dutch Excel opens by double-click — `;` between fields, a decimal comma, and a
 *   UTF-8 byte-order mark so that "Fryslân" survives.
 * - `intl`: RFC 4180 — `,` between fields, a decimal point, no byte-order mark (R, pandas and
 *   most tools read it as is).
 *
 * Numbers are written as plain numbers (no thousands separator, no `+` sign), rounded to the
 * digits of their column, so the file holds exactly the numbers shown on screen. Text that a
 * spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets a
 * leading apostrophe (OWASP "CSV injection"); numbers are never text, so a negative number stays
 * a number.
 */

export type CsvVariant = 'nl' | 'intl'

export interface CsvColumn {
  header: string
  /** numbers in this column are rounded to this many decimals; absent = as they are */
  digits?: number
}

/** One field: text, a number, or empty (null/undefined, or a number that is not finite). */
export type CsvValue = string | number | null | undefined

export interface CsvTable {
  columns: readonly CsvColumn[]
  rows: readonly (readonly CsvValue[])[]
}

export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8'
const BOM = '\uFEFF'
const EOL = '\r\n'

export function csvSeparator(variant: CsvVariant): string {
  return variant === 'nl' ? ';' : ','
}

const plain = new Map<number, Intl.NumberFormat>()

/**
 * A number as a CSV field: rounded to `digits` by the same Intl rounding the screen uses (which
 * rounds the shortest decimal form: 0.15 → 0.2, where toFixed gives 0.1), decimal comma in the
 * Dutch variant, never "-0".
 */
export function csvNumber(value: number, variant: CsvVariant, digits?: number): string {
  if (!Number.isFinite(value)) return ''
  let text: string
  if (digits === undefined) {
    text = String(value)
  } else {
    let f = plain.get(digits)
    if (!f) {
      f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })
      plain.set(digits, f)
    }
    text = f.format(value)
    if (/^-0(\.0*)?$/.test(text)) text = text.slice(1)
  }
  return variant === 'nl' ? text.replace('.', ',') : text
}

const FORMULA_START = /^[=+\-@\t\r]/

/** A text as a CSV field: formula-like text defused, quoted when it holds a separator, quote or line break. */
export function csvText(value: string, variant: CsvVariant): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  const sep = csvSeparator(variant)
  if (safe.includes(sep) || /["\r\n]/.test(safe)) return `"${safe.replace(/"/g, '""')}"`
  return safe
}

function field(value: CsvValue, variant: CsvVariant, digits?: number): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return csvNumber(value, variant, digits)
  return csvText(value, variant)
}

/** The whole file: header line, then one line per row, CRLF line ends (RFC 4180). */
export function toCsv(table: CsvTable, variant: CsvVariant): string {
  const sep = csvSeparator(variant)
  const lines = [
    table.columns.map((c) => csvText(c.header, variant)).join(sep),
    ...table.rows.map((row) => table.columns.map((c, i) => field(row[i], variant, c.digits)).join(sep)),
  ]
  return (variant === 'nl' ? BOM : '') + lines.join(EOL) + EOL
}

/** A `data:` address for an <a download>: works without object URLs and can be read back in tests. */
export function csvDataUrl(csv: string): string {
  return `data:${CSV_MEDIA_TYPE},${encodeURIComponent(csv)}`
}
