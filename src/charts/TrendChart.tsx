/**
 * Values over the years: one line per series with a light 95% band, a marker at each year, a small
 * arrow where the change from the year before is clear, and a direct label at the end. The time
 * axis is linear in years (axis.ts, rule 5): a year without a value is a gap — the line and the band
 * stop and start again, and a column marks the year, hatched when suppressed and dotted when there
 * are no data at all (case I5), with the reason in words. Nothing is interpolated or bridged.
 * Draws only: series and the (shared) value axis come prepared.
 */
import { memo } from 'react'
import { useI18n } from '../i18n/i18n'
import { yearRange, type Axis } from './axis'
import { ChartBox } from './ChartBox'
import { lazyDrawing } from './drawings/load'
import type { Absence, SeriesKind } from './encoding'
import { sameData } from './same-data'
import { textWidth } from './text-layout'

export interface TrendPoint {
  year: number
  /** undefined: no value this year (a gap) */
  value?: number
  ciLow?: number
  ciHigh?: number
  /** formatted value, for the direct label at the end */
  text?: string
  /** thin data: an open marker */
  thin?: boolean
  /** why there is no value (default: missing) */
  absent?: Absence
  /** the reason in words, short enough for a column */
  absentText?: string
  /** a clear change from the previous year: an arrow above (up) or below (down) the marker */
  mark?: 'up' | 'down'
}

export interface TrendSeries {
  id: string
  /** short direct label, e.g. "T" or "Nederland" */
  label: string
  /** how the line looks (encoding.ts) */
  series: SeriesKind
  /** drawn heavier, with a bold label (the subject); false: lighter (a comparison) */
  emphasis?: boolean
  /** draw the 95% band (default true) */
  band?: boolean
  points: readonly TrendPoint[]
}

export interface TrendChartProps {
  /** the years of the data; years between them without data become gaps */
  years: readonly number[]
  series: readonly TrendSeries[]
  /** the value axis (shared by the panels of a small multiple) */
  axis: Axis
  height?: number
  /** the panel's name, drawn above the plot (part of an image export) */
  title?: string
  /** the word for a year without any data (a dotted column); default "geen gegevens" / "no data" */
  missingWord?: string
}

/** A year where at least one series has no value: where the column goes and what it says. */
export interface TrendGap {
  year: number
  absent: Absence
  text: string
}

/** The gap columns of a trend chart: every year of the linear range where some series has no value. */
export function trendGaps(years: readonly number[], series: readonly TrendSeries[], missingWord = ''): TrendGap[] {
  const all = yearRange([...years, ...series.flatMap((s) => s.points.map((p) => p.year))])
  return all.flatMap((year) => {
    const missing = series.flatMap((s) => {
      const p = s.points.find((q) => q.year === year)
      return !p || p.value === undefined ? [{ s, absent: p?.absent ?? ('missing' as const), text: p?.absentText ?? missingWord }] : []
    })
    if (missing.length === 0) return []
    const absent: Absence = missing.some((m) => m.absent === 'suppressed') ? 'suppressed' : 'missing'
    const reasons = [...new Set(missing.map((m) => m.text))].filter(Boolean)
    const text = missing.length === series.length ? reasons.join(' / ') : missing.map((m) => `${m.s.label}: ${m.text}`).join(' / ')
    return [{ year, absent, text }]
  })
}

/** Room on the right for the end labels ("T 3,4"), at most 40% of the width. */
export function endLabelSpace(series: readonly TrendSeries[], width: number): number {
  const texts = series.map((s) => {
    const last = [...s.points].reverse().find((p) => p.value !== undefined)
    return `${s.label} ${last?.text ?? ''}`
  })
  const widest = Math.max(0, ...texts.map((t) => textWidth(t, 12, true)))
  return Math.min(Math.max(40, widest + 14), Math.max(40, width * 0.4))
}

const Drawing = lazyDrawing('TrendChartDrawing')

function TrendChartPanel({ height = 220, ...props }: TrendChartProps) {
  const { lang, t } = useI18n()
  const full = height + (props.title ? 24 : 0)
  const missingWord = props.missingWord ?? t('status.missing')
  return <ChartBox height={() => full}>{(w) => <Drawing {...props} missingWord={missingWord} width={w} height={full} lang={lang} />}</ChartBox>
}

export const TrendChart = memo(TrendChartPanel, sameData)
