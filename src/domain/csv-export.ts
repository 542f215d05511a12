/**
 * A small CSV builder for downloads of what a chart or table shows. Pure, no I/O.
 *
 * Two variants:
 * - `nl`: what Dutch Excel opens by double-click — `;` between fields, a decimal comma, and a
 *   UTF-8 byte-order mark so that "Fryslân" survives.
 * - `intl`: RFC 4180 — `,` between fields, a decimal point, no byte-order mark (R, pandas and
 *   most tools read it as is).
 *
 * Numbers are written as plain numbers (no thousands separator, no `+` sign, ASCII minus). An
 * estimate and its interval are written by the rounding rule (`csvEstimate`, format.ts), so the
 * file holds exactly the numbers shown on screen; other numbers are rounded to the digits of
 * their column. Text that a
 * spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets a
 * leading apostrophe (OWASP "CSV injection"); numbers are never text, so a negative number stays
 * a number.
 */

import { roundEstimate, roundedText, type FigureKind } from './format'
import type { Indicator } from './indices'

export type CsvVariant = 'nl' | 'intl'

export interface CsvColumn {
  header: string
  /** numbers in this column are rounded to this many decimals; absent = as they are */
  digits?: number
}

/** A number already rounded by the rounding rule (format.ts): written with exactly these decimals. */
export interface CsvFigure {
  rounded: number
  digits: number
}

/**
 * One field: text, a number (rounded to its column's digits), a figure rounded by the rule, or
 * empty (null/undefined, or a number that is not finite).
 */
export type CsvValue = string | number | CsvFigure | null | undefined

/**
 * Estimate, lower and upper bound of an indicator as three CSV fields rounded by the rounding
 * rule (the same decimals as on screen); three empty fields when there is no value.
 * Spread it into a row: `[name, ...csvEstimate(score, 'score'), n]`.
 */
export function csvEstimate(i: Indicator | undefined, kind: FigureKind): [CsvValue, CsvValue, CsvValue] {
  if (!i || i.kind !== 'score') return [null, null, null]
  const r = roundEstimate(i, kind)
  return [
    { rounded: r.value, digits: r.digits },
    { rounded: r.low, digits: r.digits },
    { rounded: r.high, digits: r.digits },
  ]
}

/** The estimate alone, rounded by the rule (for a column without its bounds). */
export function csvFigure(i: Indicator | undefined, kind: FigureKind): CsvValue {
  return csvEstimate(i, kind)[0]
}

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
    text = roundedText(value, digits)
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
  if (typeof value === 'object') return csvNumber(value.rounded, variant, value.digits)
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
