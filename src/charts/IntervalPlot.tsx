/**
 * The dot plot with the props it had before the Recharts rewrite (legacy rows, an optional domain
 * and ticks); it draws a `DotPlot`. Without a domain the axis follows the one rule (axis.ts).
 */
import { scoreAxis, type Axis } from './axis'
import { DotPlot } from './DotPlot'
import { fromIntervalRow, legacyAxis, type IntervalRow } from './legacy-rows'

export type { IntervalRow } from './legacy-rows'

export interface IntervalPlotProps {
  rows: readonly IntervalRow[]
  scaleLabels?: readonly string[]
  domain?: [number, number]
  rowHeight?: number
  /** the panel's name, drawn above the plot (small multiples) */
  title?: string
  /** tick values (with `domain`) */
  ticks?: readonly number[]
  /** a difference axis: a zero line and signed ticks (the legacy "reference = 0") */
  reference?: number
  /** a shared axis for small multiples (overrides domain and ticks) */
  axis?: Axis
}

export function IntervalPlot({ rows, scaleLabels, domain, rowHeight, ticks, reference, axis, title }: IntervalPlotProps) {
  const values = rows.flatMap((r) => (r.value === undefined ? [] : [r.ciLow ?? r.value, r.ciHigh ?? r.value]))
  const shown = axis ?? (domain ? legacyAxis(domain, ticks ?? integers(domain), reference === 0) : scoreAxis(values))
  return <DotPlot rows={rows.map(fromIntervalRow)} axis={shown} scaleLabels={scaleLabels} rowHeight={rowHeight} title={title} />
}

function integers([lo, hi]: [number, number]): number[] {
  return Array.from({ length: Math.floor(hi - lo) + 1 }, (_, i) => lo + i)
}
