/**
 * One description per figure (issue #15, item 3): the rows a chart shows and typed columns —
 * label, estimate, difference, interval, n, status, reference — from which come the table behind
 * "Show as table", both CSV dialects, the accessible summary and the file name of every export.
 * Pure TypeScript: no React, no DOM. Numbers print through `printed` only, so the table, the CSV
 * and the summary can never round one figure two ways.
 */
import { csvEstimate, toCsv, type CsvColumn, type CsvTable, type CsvValue, type CsvVariant } from '../domain/csv-export'
import type { Lang } from '../domain/framework'
import { BASE_DIGITS, formatCount, formatEstimate, formatNumber, formatSigned, type FigureKind } from '../domain/format'
import type { Indicator } from '../domain/indices'
import { translator } from '../i18n/i18n'

/** A value with its uncertainty (an indicator), a plain number, or nothing. */
export type Measured = Indicator | number | null | undefined

/** What a column holds, and so how the table, the CSV and the summary print it. */
export type ColumnKind = 'label' | 'text' | 'code' | 'estimate' | 'difference' | 'reference' | 'interval' | 'n' | 'status'

interface ColumnBase {
  /** stable within the figure: a test or a style may point at it */
  id: string
  /** the column's header in the reader's language (table and CSV alike) */
  header: string
  /**
   * Only in the CSV: context every line of a file must carry (the selection, the years compared)
   * that the table shows once, in its caption and headers.
   */
  csvOnly?: boolean
}

/** The row's name (a row header in the table); text columns and codes print as they are. */
export interface TextColumn<R> extends ColumnBase {
  kind: 'label' | 'text' | 'code'
  value: (row: R) => string | number | null | undefined
}

/**
 * A score (estimate), a signed difference, or the reference's score the row is compared with.
 * Values with an interval print by the rounding rule (domain/format.ts); bare numbers at one decimal.
 */
export interface ValueColumn<R> extends ColumnBase {
  kind: 'estimate' | 'difference' | 'reference'
  value: (row: R) => Measured
}

/** The 95% interval of a value: one table column ("3,28 – 3,52"), two CSV columns (lower, upper). */
export interface IntervalColumn<R> extends ColumnBase {
  kind: 'interval'
  value: (row: R) => Measured
  /** what the interval belongs to, for the CSV headers ("Gereedheid R ondergrens 95%"); default: the header */
  of?: string
  /** the interval of a difference (its sign carries, rounding rule 3) or of a score (default) */
  figure?: FigureKind
}

/** The number of responses behind a value. */
export interface CountColumn<R> extends ColumnBase {
  kind: 'n'
  value: (row: R) => Measured
}

/** Words for what is wrong with a value: suppressed, missing or thin data; or a text of its own. */
export interface StatusColumn<R> extends ColumnBase {
  kind: 'status'
  value: (row: R) => Measured | { text: string }
}

export type FigureColumn<R> = TextColumn<R> | ValueColumn<R> | IntervalColumn<R> | CountColumn<R> | StatusColumn<R>

/** Everything a ChartFrame needs to describe its chart in words and numbers. */
export interface FigureSpec<R = unknown> {
  /** stable id, `view.figure` (e.g. `overview.ladder`): pins, embeds and tests select by it */
  id: string
  /** the takeaway, as a sentence */
  title: string
  /** what is shown: filters, year, scale */
  subtitle: string
  rows: readonly R[]
  columns: readonly FigureColumn<R>[]
  /** a key per row (default: its index) */
  rowKey?: (row: R, index: number) => string
  /** data-* attributes per table row (tests and styles select rows by them) */
  rowData?: (row: R) => Record<string, string>
  /** the accessible summary when the rows do not say it well by themselves */
  summary?: string
}

/** Builds a spec with the row type inferred from `rows`. */
export function figure<R>(spec: FigureSpec<R>): FigureSpec<R> {
  return spec
}

const DASH = '—'

function asIndicator(m: Measured): Indicator | undefined {
  if (m === null || m === undefined) return undefined
  if (typeof m === 'number') return Number.isFinite(m) ? { kind: 'score', value: m, se: NaN, ciLow: NaN, ciHigh: NaN, n: NaN, status: 'ok' } : undefined
  return m
}

const hasInterval = (i: Indicator & { kind: 'score' }) => Number.isFinite(i.ciLow) && Number.isFinite(i.ciHigh)

/**
 * How one value prints on screen (the single place tables and summaries print through). A value
 * with its interval follows the rounding rule (domain/format.ts: estimate and interval at one
 * precision, a difference shown by the data never 0,0, U+2212); a bare number gets one decimal;
 * n is whole, with the locale's grouping.
 */
export function printed(kind: 'estimate' | 'difference' | 'reference' | 'interval' | 'n', m: Measured, lang: Lang, figure: FigureKind = kind === 'difference' ? 'difference' : 'score'): string {
  const i = asIndicator(m)
  if (!i || i.kind === 'none') return DASH
  switch (kind) {
    case 'interval':
      return hasInterval(i) ? formatEstimate(i, figure, lang).interval : DASH
    case 'n':
      return Number.isFinite(i.n) ? formatCount(i.n, lang) : DASH
    default:
      if (hasInterval(i)) return formatEstimate(i, figure, lang).value
      return figure === 'difference' ? formatSigned(i.value, lang, BASE_DIGITS) : formatNumber(i.value, lang, BASE_DIGITS)
  }
}

/** Words for a value's state: suppressed, missing, thin; empty when it is an ordinary estimate. */
export function statusText(m: Measured | { text: string }, lang: Lang): string {
  if (m && typeof m === 'object' && 'text' in m) return m.text
  const t = translator(lang)
  const i = asIndicator(m as Measured)
  if (!i) return t('status.missing')
  if (i.kind === 'none') return t(i.reason === 'suppressed' ? 'status.suppressed' : 'status.missing')
  return i.status === 'low_reliability' ? t('status.lowReliability') : ''
}

/** One table cell. */
export interface TableCell {
  text: string
  /** a number: right-aligned */
  num: boolean
  /** the row's header cell */
  rowHeader: boolean
}

/** The table behind "Show as table": headers and printed cells. */
export interface FigureTable {
  head: string[]
  rows: { key: string; data?: Record<string, string>; cells: TableCell[] }[]
}

function cellText<R>(c: FigureColumn<R>, row: R, lang: Lang): string {
  switch (c.kind) {
    case 'label':
    case 'text':
    case 'code': {
      const v = c.value(row)
      return v === null || v === undefined || v === '' ? DASH : String(v)
    }
    case 'status':
      return statusText(c.value(row), lang)
    case 'interval':
      return printed('interval', c.value(row), lang, c.figure)
    case 'n':
      return printed('n', c.value(row), lang)
    default:
      return printed(c.kind, c.value(row), lang)
  }
}

export function figureTable<R>(spec: FigureSpec<R>, lang: Lang): FigureTable {
  const columns = spec.columns.filter((c) => !c.csvOnly)
  const labelAt = columns.findIndex((c) => c.kind === 'label')
  return {
    head: columns.map((c) => c.header),
    rows: spec.rows.map((row, i) => ({
      key: spec.rowKey?.(row, i) ?? String(i),
      data: spec.rowData?.(row),
      cells: columns.map((c, j) => ({
        text: cellText(c, row, lang),
        num: c.kind !== 'label' && c.kind !== 'text' && c.kind !== 'status' && !(c.kind === 'code' && typeof c.value(row) === 'string'),
        rowHeader: j === labelAt,
      })),
    })),
  }
}

/** What every CSV says about itself besides its numbers (issue #15, item 7). */
export interface CsvContext {
  source: string
  /** the figure's subtitle: filters, year, scale */
  filters: string
  /** the local calendar date the file was made, YYYY-MM-DD */
  date: string
  synthetic: boolean
}

/**
 * The figure as a CSV table: every column of the table, an interval as two columns, numbers
 * rounded as on screen. With a context, four columns at the end say where the numbers come from
 * (source, selection, date, synthetic yes/no) on every line: the file explains itself and stays a
 * plain rectangle that Excel, R and pandas read without options.
 */
export function figureCsv<R>(spec: FigureSpec<R>, lang: Lang, context?: CsvContext): CsvTable {
  const t = translator(lang)
  const columns: CsvColumn[] = []
  const getters: ((row: R) => CsvValue)[] = []
  for (const c of spec.columns) {
    switch (c.kind) {
      case 'label':
      case 'text':
      case 'code':
        columns.push({ header: c.header })
        getters.push((row) => c.value(row) ?? null)
        break
      case 'status':
        columns.push({ header: c.header })
        getters.push((row) => statusText(c.value(row), lang))
        break
      case 'n':
        columns.push({ header: c.header, digits: 0 })
        getters.push((row) => {
          const i = asIndicator(c.value(row))
          return i && i.kind === 'score' && Number.isFinite(i.n) ? i.n : null
        })
        break
      case 'interval': {
        const of = c.of ?? c.header
        columns.push({ header: `${of} ${t('table.ciLow')}` }, { header: `${of} ${t('table.ciHigh')}` })
        const side = (row: R, at: 1 | 2) => {
          const i = asIndicator(c.value(row))
          return i && i.kind === 'score' && hasInterval(i) ? csvEstimate(i, c.figure ?? 'score')[at] : null
        }
        getters.push((row) => side(row, 1), (row) => side(row, 2))
        break
      }
      default: {
        const figure: FigureKind = c.kind === 'difference' ? 'difference' : 'score'
        columns.push({ header: c.header, digits: BASE_DIGITS })
        getters.push((row) => {
          const i = asIndicator(c.value(row))
          if (!i || i.kind !== 'score') return null
          return hasInterval(i) ? csvEstimate(i, figure)[0] : i.value
        })
      }
    }
  }
  const rows = spec.rows.map((row) => getters.map((g) => g(row)))
  if (!context) return { columns, rows }
  const about: CsvValue[] = [context.source, context.filters, context.date, t(context.synthetic ? 'csv.synthetic.yes' : 'csv.synthetic.no')]
  return {
    columns: [...columns, { header: t('csv.source') }, { header: t('csv.filters') }, { header: t('csv.date') }, { header: t('csv.synthetic') }],
    rows: rows.map((r) => [...r, ...about]),
  }
}

/** The whole CSV file of a figure in one dialect. */
export function figureCsvText<R>(spec: FigureSpec<R>, lang: Lang, variant: CsvVariant, context?: CsvContext): string {
  return toCsv(figureCsv(spec, lang, context), variant)
}

/** At most this many rows are read out in the accessible summary; the table holds them all. */
export const SUMMARY_ROWS = 24

/**
 * The accessible summary: per row its name and its values ("Groningen: 3,4, Verschil +0,2"), or
 * the spec's own summary. A row's name is its label with the text and code columns shown before
 * the first value (what tells rows apart: "Individueel, 2019", "Individueel, Technologisch");
 * text columns after the values (a verdict, a balance) follow the values. Long figures are cut
 * with a pointer to the table.
 */
export function figureSummary<R>(spec: FigureSpec<R>, lang: Lang): string {
  if (spec.summary !== undefined) return spec.summary
  const shownColumns = spec.columns.filter((c) => !c.csvOnly)
  const isValue = (c: FigureColumn<R>) => c.kind === 'estimate' || c.kind === 'difference' || c.kind === 'reference'
  const firstValue = shownColumns.findIndex(isValue)
  const naming = shownColumns.filter((c, i) => (c.kind === 'label' || c.kind === 'text' || c.kind === 'code') && (firstValue < 0 || i < firstValue))
  const trailing = shownColumns.filter((c, i) => c.kind === 'text' && firstValue >= 0 && i > firstValue)
  const values = shownColumns.filter(isValue)
  const status = shownColumns.find((c) => c.kind === 'status')
  const shown = spec.rows.slice(0, SUMMARY_ROWS)
  const parts = shown.map((row) => {
    const name = naming
      .map((c) => cellText(c, row, lang))
      .filter((t) => t !== '' && t !== DASH)
      .join(', ')
    const texts = values.map((c, i) => {
      const text = cellText(c, row, lang)
      return i === 0 ? text : `${c.header} ${text}`
    })
    const after = trailing.map((c) => cellText(c, row, lang)).filter((t) => t !== '' && t !== DASH)
    const note = status ? cellText(status, row, lang) : ''
    return `${name}${name ? ': ' : ''}${[...texts, ...after].join(', ')}${note ? ` (${note})` : ''}`
  })
  const more = spec.rows.length - shown.length
  const rest = more > 0 ? ` ${translator(lang)('chart.summary.more', { count: more })}` : ''
  return `${parts.join('; ')}.${rest}`
}

/** "3,4 (3,28 – 3,52)": a value with its interval, for tooltips and sentences. */
export function withInterval(m: Measured, lang: Lang): string {
  const i = asIndicator(m)
  if (!i || i.kind === 'none') return DASH
  return `${printed('estimate', i, lang)} (${printed('interval', i, lang)})`
}
