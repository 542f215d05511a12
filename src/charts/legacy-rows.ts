/**
 * Row shapes of the dot plots before the Recharts rewrite (IntervalPlot, DotIntervalPlot), and
 * their translation to `DotRow`. The look of a row now follows from its series (encoding.ts); the
 * old fields that named a colour or shape are read only to find that series. Kept while views
 * still build these rows; new code builds `DotRow`s directly.
 */
import type { Axis } from './axis'
import type { DotRow } from './dot-plot-layout'
import type { SeriesKind } from './encoding'

/** The series a legacy row meant, from its marker shape (circle T, square S, diamond R). */
function seriesOf(shape: 'circle' | 'square' | 'diamond'): SeriesKind {
  return shape === 'circle' ? 'technological' : shape === 'square' ? 'social' : 'composite'
}

/** A legacy IntervalPlot row. */
export interface IntervalRow {
  id: string
  label: string
  value?: number
  ciLow?: number
  ciHigh?: number
  text?: string
  missingText?: string
  color: string
  textColor: string
  shape: 'circle' | 'square' | 'diamond'
  dashed?: boolean
  lowReliability?: boolean
  highlight?: boolean
  groupStart?: string
}

export function fromIntervalRow(r: IntervalRow): DotRow {
  return {
    id: r.id,
    label: r.label,
    series: seriesOf(r.shape),
    value: r.value,
    ciLow: r.ciLow,
    ciHigh: r.ciHigh,
    text: r.text,
    thin: r.lowReliability,
    absent: r.value === undefined ? 'suppressed' : undefined,
    absentText: r.missingText,
    highlight: r.highlight,
    group: r.groupStart,
  }
}

/** A legacy DotIntervalPlot row: `hollow` meant "no difference shown", `faint` thin data. */
export interface LegacyDotRow extends Omit<IntervalRow, 'lowReliability'> {
  prefix?: string
  hollow?: boolean
  faint?: boolean
}

/** `hollow` becomes the verdict (no mark) and `faint` the open marker: one meaning per marker. */
export function fromLegacyDotRow(r: LegacyDotRow, against: number): DotRow {
  const verdict = r.value === undefined ? undefined : r.hollow ? 'similar' : r.value >= against ? 'higher' : 'lower'
  return { ...fromIntervalRow({ ...r, lowReliability: r.faint }), prefix: r.prefix, verdict }
}

/** An axis from a legacy domain and ticks: decimals from the ticks, signed when it spans zero. */
export function legacyAxis(domain: [number, number], ticks: readonly number[], difference: boolean): Axis {
  const digits = Math.max(0, ...ticks.map((t) => (String(t).split('.')[1] ?? '').length))
  return { domain, ticks: [...ticks], digits, kind: difference ? 'difference' : 'score' }
}
