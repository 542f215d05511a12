/**
 * The ranking and difference plot with the props it had before the Recharts rewrite; it draws a
 * `DotPlot`. `symmetricAxis` and `paddedAxis` are the one axis rule (axis.ts) under their old names.
 */
import { DotPlot } from './DotPlot'
import { fromLegacyDotRow, legacyAxis, type LegacyDotRow } from './legacy-rows'

export type DotRow = LegacyDotRow

export interface DotIntervalPlotProps {
  rows: readonly LegacyDotRow[]
  domain: [number, number]
  ticks: readonly number[]
  /** an emphasised line at zero: a difference axis */
  zero?: boolean
  /** a dashed vertical line with a label at the top, e.g. the national value */
  reference?: { value: number; label: string }
  /** words under both ends of the axis, e.g. ["← lower", "higher →"] */
  ends?: [string, string]
  rowHeight?: number
  /** the panel's name, drawn above the plot (small multiples) */
  title?: string
  /** show the prefix column (rank ranges) when > 0 */
  prefixWidth?: number
}

export function DotIntervalPlot({ rows, domain, ticks, zero, reference, ends, rowHeight, prefixWidth = 0, title }: DotIntervalPlotProps) {
  const against = zero ? 0 : (reference?.value ?? 0)
  return (
    <DotPlot
      rows={rows.map((r) => fromLegacyDotRow(r, against))}
      axis={legacyAxis(domain, ticks, Boolean(zero) || domain[0] < 0)}
      reference={reference}
      ends={ends}
      rowHeight={rowHeight}
      prefixes={prefixWidth > 0}
      title={title}
    />
  )
}
