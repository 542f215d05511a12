/**
 * Layout of a dot plot (one row per item, a marker at the estimate, a whisker for the 95%
 * interval): the label column, row heights with wrapped names, group headings, where the value
 * labels go, and the total height. Pure: `DotPlot` reserves the height from it before drawing,
 * and the Recharts drawing places everything with it. Units are px.
 */
import type { Lang } from '../domain/framework'
import { labelledTicks, tickText, type Axis } from './axis'
import { FONT, withVerdict, type Absence, type SeriesKind, type Verdict } from './encoding'
import { lineHeight, longestWordWidth, textWidth, wrapText } from './text-layout'

/** One row of a dot plot. */
export interface DotRow {
  id: string
  /** the full name (wraps; never cut, never a bare code) */
  label: string
  /** a short column before the name, e.g. a rank range "1–3" */
  prefix?: string
  /** how the marker and whisker look (encoding.ts) */
  series: SeriesKind
  value?: number
  ciLow?: number
  ciHigh?: number
  /** the formatted estimate for the direct label */
  text?: string
  /** for differences and changes: ▲ / ▼ in the label when the interval excludes zero */
  verdict?: Verdict
  /** thin data (n < 30 or a wide interval): an open marker */
  thin?: boolean
  /** why there is no value */
  absent?: Absence
  /** the reason in words, written in the hatched or dotted band */
  absentText?: string
  /** a light band behind the row and a bold name (the subject or the focus) */
  highlight?: boolean
  /** a heading above this row: it starts a group */
  group?: string
}

export interface DotPlotOptions {
  axis: Axis
  /** the scale's words under the integer ticks of a score axis (Initieel … Optimaliserend) */
  scaleLabels?: readonly string[]
  /** a dashed vertical line with its name at the top, e.g. the Netherlands in a ranking */
  reference?: { value: number; label: string }
  /** words under both ends of the axis, e.g. ["← lower", "higher →"] */
  ends?: readonly [string, string]
  /** the smallest row height (more when a name wraps) */
  rowHeight?: number
  /** the panel's name, drawn above the plot (small multiples; part of an image export) */
  title?: string
  /** show the prefix column (rank ranges) */
  prefixes?: boolean
}

export interface RowPlace {
  row: DotRow
  /** centre of the row, from the top of the plot area */
  y: number
  height: number
  /** the wrapped name */
  lines: string[]
  /** the value label with its verdict mark */
  valueText: string
  /** the reason for a missing value, wrapped to the plot's width */
  absentLines: string[]
  /** centre of the group heading above the row, from the top of the plot area */
  groupY?: number
}

export interface DotPlotLayout {
  width: number
  height: number
  fontSize: number
  /** x where the label column ends (names are right-aligned here) */
  labelRight: number
  prefixWidth: number
  plotLeft: number
  plotRight: number
  /** px from the top of the drawing to the top of the plot area */
  plotTop: number
  plotHeight: number
  axisHeight: number
  rows: RowPlace[]
  /** value labels under the markers (too little room on the right) */
  labelsBelow: boolean
  /** the scale's words fit under the ticks */
  showWords: boolean
  /** the ticks that carry a label */
  labelled: number[]
}

const GROUP_GAP = 22
const TITLE_H = 24
const REFERENCE_H = 18

/** Lays out a dot plot `width` px wide. */
export function dotPlotLayout(rows: readonly DotRow[], width: number, o: DotPlotOptions, lang: Lang): DotPlotLayout {
  const narrow = width < 420
  const fontSize = narrow ? FONT.labelNarrow : FONT.label
  const prefixWidth = o.prefixes ? Math.max(0, ...rows.map((r) => textWidth(r.prefix ?? '', fontSize))) + 10 : 0
  // the name column: as wide as the longest name up to ~36–40% of the width, never narrower than its longest word
  const widest = Math.max(0, ...rows.map((r) => textWidth(r.label, fontSize, r.highlight)))
  const longestWord = Math.max(0, ...rows.map((r) => longestWordWidth(r.label, fontSize, r.highlight)))
  const share = narrow ? 0.36 : 0.4
  const labelWidth = Math.ceil(Math.max(longestWord, Math.min(widest, width * share - prefixWidth)))
  const labelRight = prefixWidth + labelWidth
  const plotLeft = labelRight + 10
  const valueTexts = rows.map((r) => (r.value === undefined ? '' : withVerdict(r.text ?? '', r.verdict)))
  const valueSpace = Math.max(28, ...valueTexts.map((t) => textWidth(t, FONT.value, true) + 10))
  // value labels to the right of the whiskers, unless that leaves the plot under 120 px
  const labelsBelow = width - valueSpace - plotLeft < 120
  // the last tick's label is centred on the plot's right end: keep room for its right half
  const lastTick = o.axis.ticks[o.axis.ticks.length - 1] ?? o.axis.domain[1]
  const tickEdge = Math.ceil(textWidth(tickText(lastTick, o.axis, lang), FONT.tick) / 2) + 2
  const plotRight = labelsBelow ? width - Math.max(8, tickEdge) : width - Math.max(valueSpace, tickEdge)
  const minRow = (o.rowHeight ?? 28) + (labelsBelow ? 14 : 0)
  const lh = lineHeight(fontSize)
  let y = 0
  const placed: RowPlace[] = rows.map((row, i) => {
    let groupY: number | undefined
    if (row.group) {
      y += GROUP_GAP
      groupY = y - GROUP_GAP / 2
    }
    const lines = wrapText(row.label, labelWidth, fontSize, row.highlight)
    const absentLines = row.value === undefined && row.absentText ? wrapText(row.absentText, plotRight - plotLeft - 10, FONT.value) : []
    const height = Math.max(minRow, lines.length * lh + 8, absentLines.length * lineHeight(FONT.value) + 10)
    const place = { row, y: y + height / 2, height, lines, valueText: valueTexts[i], absentLines, groupY }
    y += height
    return place
  })
  const plotWidth = plotRight - plotLeft
  const showWords = Boolean(o.scaleLabels) && plotWidth / Math.max(1, o.axis.domain[1] - o.axis.domain[0]) >= 105
  const axisHeight = 24 + (showWords ? 16 : 0) + (o.ends ? 18 : 0)
  const plotTop = (o.title ? TITLE_H : 0) + (o.reference ? REFERENCE_H : 0) + 4
  return {
    width,
    height: Math.ceil(plotTop + y + axisHeight + 4),
    fontSize,
    labelRight,
    prefixWidth,
    plotLeft,
    plotRight,
    plotTop,
    plotHeight: y,
    axisHeight,
    rows: placed,
    labelsBelow,
    showWords,
    labelled: labelledTicks(o.axis, plotWidth, lang, FONT.tick),
  }
}
