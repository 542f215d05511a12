/**
 * The balance map: technological maturity (x) against social maturity (y) on one square score
 * axis, the diagonal of balance, 95% whiskers on both axes, the quadrant words, and each unit's
 * path over the years — broken where a year is missing, never bridged. Labels are placed clear of
 * every whisker, marker, path and other label (case N6). Draws only: points and paths come prepared.
 */
import { memo } from 'react'
import { useI18n } from '../i18n/i18n'
import { scoreAxis, type Axis } from './axis'
import { ChartBox } from './ChartBox'
import { lazyDrawing } from './drawings/load'
import { sameData } from './same-data'

export interface BalancePoint {
  id: string
  label: string
  /** T and S estimates */
  x: number
  y: number
  /** distances from the estimate to the lower and upper 95% bounds */
  errX: [number, number]
  errY: [number, number]
  /** the subject or the focus: a larger marker and a bold label */
  highlight?: boolean
  /** thin data: an open marker */
  thin?: boolean
}

export interface BalancePath {
  id: string
  /** points in time order; a missing year is simply absent (never interpolated) */
  points: { year: number; x: number; y: number; label?: string }[]
  highlight?: boolean
}

export interface BalanceMapProps {
  points: readonly BalancePoint[]
  paths: readonly BalancePath[]
  xLabel: string
  yLabel: string
  techAheadLabel: string
  socialAheadLabel: string
}

/** The square's side at a given width: the width, between 260 and 620 px. */
export function balanceSize(width: number): number {
  return Math.max(260, Math.min(width, 620))
}

/** One score axis for both T and S, holding every estimate, interval end and path point. */
export function balanceAxis(points: readonly BalancePoint[], paths: readonly BalancePath[]): Axis {
  return scoreAxis([
    ...points.flatMap((p) => [p.x - p.errX[0], p.x + p.errX[1], p.y - p.errY[0], p.y + p.errY[1]]),
    ...paths.flatMap((p) => p.points.flatMap((q) => [q.x, q.y])),
  ])
}

/** Consecutive runs of years: a missing year starts a new segment. */
export function pathSegments<T extends { year: number }>(points: readonly T[]): T[][] {
  const out: T[][] = []
  for (const p of points) {
    const last = out[out.length - 1]
    if (last && p.year - last[last.length - 1].year === 1) last.push(p)
    else out.push([p])
  }
  return out
}

const Drawing = lazyDrawing('BalanceMapDrawing')

function BalanceMapChart(props: BalanceMapProps) {
  const { lang } = useI18n()
  const axis = balanceAxis(props.points, props.paths)
  return (
    <ChartBox height={balanceSize} className="balance-map">
      {(w) => <Drawing {...props} size={balanceSize(w)} axis={axis} lang={lang} />}
    </ChartBox>
  )
}

export const BalanceMap = memo(BalanceMapChart, sameData)
