/**
 * Technological (blue circles) and social (vermillion squares, dashed whiskers) scores per row
 * with 95% whiskers, grouped under each row's name, on a score axis labelled with the scale's
 * words. A missing value shows as a hatched band with the reason. Draws a `DotPlot`.
 */
import { scoreAxis } from './axis'
import { DotPlot, type DotRow } from './DotPlot'

export interface DotPlotValue {
  value: number
  ciLow: number
  ciHigh: number
  lowReliability: boolean
  /** formatted value for the direct label */
  text: string
}

export interface DotPlotRow {
  id: string
  label: string
  technological?: DotPlotValue
  social?: DotPlotValue
  /** why a pillar has no value, shown as a hatched band */
  missingText?: string
}

export interface PillarDotPlotProps {
  rows: readonly DotPlotRow[]
  /** scale labels 1..5, for the axis */
  scaleLabels: readonly string[]
  /** the pillars' names, as row labels */
  pillarLabels: { technological: string; social: string }
}

/** Two rows per item (T, S) under a heading with the item's name. */
export function pillarRows(rows: readonly DotPlotRow[], pillarLabels: PillarDotPlotProps['pillarLabels']): DotRow[] {
  return rows.flatMap((r) =>
    (['technological', 'social'] as const).map((p, i) => {
      const v = r[p]
      return {
        id: `${r.id}-${p}`,
        label: pillarLabels[p],
        group: i === 0 ? r.label : undefined,
        series: p,
        ...(v ? { value: v.value, ciLow: v.ciLow, ciHigh: v.ciHigh, text: v.text, thin: v.lowReliability } : { absent: 'suppressed' as const, absentText: r.missingText }),
      }
    }),
  )
}

export function PillarDotPlot({ rows, scaleLabels, pillarLabels }: PillarDotPlotProps) {
  const dots = pillarRows(rows, pillarLabels)
  const axis = scoreAxis(dots.flatMap((r) => (r.value === undefined ? [] : [r.ciLow ?? r.value, r.ciHigh ?? r.value])))
  return <DotPlot rows={dots} axis={axis} scaleLabels={scaleLabels} rowHeight={28} />
}
