/**
 * Technological (blue circles) and social (vermillion squares, dashed whiskers) scores per row
 * with 95% CI whiskers, on the 1–5 maturity axis labelled with the scale's words. Draws only:
 * rows come prepared from the domain. A missing value shows as a hatched band with the reason.
 * Built on IntervalPlot (plain SVG), so the first view needs no chart library.
 */
import { PILLAR_COLOR, PILLAR_TEXT } from './colors'
import { IntervalPlot, type IntervalRow } from './IntervalPlot'

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

export function pillarRows(rows: readonly DotPlotRow[], pillarLabels: PillarDotPlotProps['pillarLabels']): IntervalRow[] {
  return rows.flatMap((r) =>
    (['technological', 'social'] as const).map((p, i) => {
      const v = r[p]
      return {
        id: `${r.id}-${p}`,
        label: pillarLabels[p],
        groupStart: i === 0 ? r.label : undefined,
        color: PILLAR_COLOR[p],
        textColor: PILLAR_TEXT[p],
        shape: p === 'technological' ? ('circle' as const) : ('square' as const),
        dashed: p === 'social',
        ...(v ? { value: v.value, ciLow: v.ciLow, ciHigh: v.ciHigh, text: v.text, lowReliability: v.lowReliability } : { missingText: r.missingText }),
      }
    }),
  )
}

export function PillarDotPlot({ rows, scaleLabels, pillarLabels }: PillarDotPlotProps) {
  return <IntervalPlot rows={pillarRows(rows, pillarLabels)} scaleLabels={scaleLabels} rowHeight={28} />
}
