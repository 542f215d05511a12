/**
 * A dot plot: one row per item, a marker at the estimate and a whisker for its 95% interval, on a
 * score or difference axis (axis.ts). Rows without a value show a hatched (suppressed) or dotted
 * (missing) band with the reason in words. Names wrap; value labels never sit on a whisker.
 * Draws only: rows and axis come prepared (small multiples pass one shared axis).
 */
import { memo } from 'react'
import { useI18n } from '../i18n/i18n'
import { ChartBox } from './ChartBox'
import { dotPlotLayout, type DotPlotOptions, type DotRow } from './dot-plot-layout'
import { lazyDrawing } from './drawings/load'
import { sameData } from './same-data'

export type { DotRow } from './dot-plot-layout'

const Drawing = lazyDrawing('DotPlotDrawing')

export interface DotPlotProps extends DotPlotOptions {
  rows: readonly DotRow[]
}

function DotPlotChart({ rows, ...options }: DotPlotProps) {
  const { lang } = useI18n()
  return (
    <ChartBox height={(w) => dotPlotLayout(rows, w, options, lang).height}>
      {(w) => <Drawing layout={dotPlotLayout(rows, w, options, lang)} options={options} lang={lang} />}
    </ChartBox>
  )
}

/** Redraws only when its data change (a year change re-renders only what changed). */
export const DotPlot = memo(DotPlotChart, sameData)
