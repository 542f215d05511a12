/**
 * The balance map: technological maturity (x) against social maturity (y), with the diagonal of
 * balance, CI whiskers on both axes, quadrant words, and each unit's path over the years.
 * Draws only: points and paths come prepared.
 */
import { CartesianGrid, ErrorBar, LabelList, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis, Label } from 'recharts'
import { AXIS_TEXT, GRID } from './colors'
import { useWidth } from './use-width'

export interface BalancePoint {
  id: string
  label: string
  x: number
  y: number
  errX: [number, number]
  errY: [number, number]
  highlight?: boolean
  lowReliability?: boolean
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
  formatTick: (v: number) => string
}

const INK = '#1a1a1a'
const HIGHLIGHT = '#154273'
const MUTED = '#6b6b6b'

export function balanceDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [1, 5]
  const lo = Math.max(1, Math.floor((Math.min(...values) - 0.25) * 2) / 2)
  const hi = Math.min(5, Math.ceil((Math.max(...values) + 0.25) * 2) / 2)
  return [lo, Math.max(hi, lo + 1)]
}

type DotProps = { cx?: number; cy?: number; payload?: BalancePoint }

function PointShape({ cx = 0, cy = 0, payload }: DotProps) {
  const color = payload?.highlight ? HIGHLIGHT : INK
  return <circle cx={cx} cy={cy} r={payload?.highlight ? 8 : 6.5} fill={payload?.lowReliability ? '#fff' : color} stroke={color} strokeWidth={2.5} />
}

/** Put a label on the left when another point sits just to the right of it at about the same height. */
export function labelSides<P extends { x: number; y: number }>(points: readonly P[], range: number): (P & { side: 'left' | 'right' })[] {
  return points.map((p) => {
    const crowded = points.some((q) => q !== p && Math.abs(q.y - p.y) < range * 0.06 && q.x >= p.x && q.x - p.x < range * 0.3)
    return { ...p, side: crowded ? 'left' : 'right' }
  })
}

export function BalanceMap({ points, paths, xLabel, yLabel, techAheadLabel, socialAheadLabel, formatTick: fmt }: BalanceMapProps) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const narrow = width < 520
  const all = [
    ...points.flatMap((p) => [p.x - p.errX[0], p.x + p.errX[1], p.y - p.errY[0], p.y + p.errY[1]]),
    ...paths.flatMap((p) => p.points.flatMap((q) => [q.x, q.y])),
  ]
  const [lo, hi] = balanceDomain(all)
  const size = Math.min(width, 620)
  const ticks = Array.from({ length: Math.round((hi - lo) * 2) + 1 }, (_, i) => lo + i / 2)
  const placed = labelSides(points, hi - lo)
  return (
    <div ref={ref} className="chart-canvas balance-map">
      <ScatterChart width={size} height={size} margin={{ top: 16, right: 24, bottom: 36, left: 16 }}>
        <CartesianGrid stroke={GRID} />
        <XAxis type="number" dataKey="x" domain={[lo, hi]} ticks={ticks} tickFormatter={fmt} stroke={AXIS_TEXT} tick={{ fill: AXIS_TEXT, fontSize: 12 }} allowDataOverflow>
          <Label value={xLabel} position="bottom" offset={14} fill={AXIS_TEXT} fontSize={13} />
        </XAxis>
        <YAxis type="number" dataKey="y" domain={[lo, hi]} ticks={ticks} tickFormatter={fmt} stroke={AXIS_TEXT} tick={{ fill: AXIS_TEXT, fontSize: 12 }} width={44} allowDataOverflow>
          <Label value={yLabel} angle={-90} position="insideLeft" offset={-4} fill={AXIS_TEXT} fontSize={13} style={{ textAnchor: 'middle' }} />
        </YAxis>
        <ReferenceLine
          segment={[
            { x: lo, y: lo },
            { x: hi, y: hi },
          ]}
          stroke={MUTED}
          strokeDasharray="6 4"
          ifOverflow="hidden"
        />
        <ReferenceLine segment={[{ x: hi - (hi - lo) * 0.02, y: lo + (hi - lo) * 0.04 }, { x: hi - (hi - lo) * 0.02, y: lo + (hi - lo) * 0.04 }]} stroke="none">
          <Label value={techAheadLabel} position="insideBottomRight" fill={AXIS_TEXT} fontSize={narrow ? 11 : 13} fontStyle="italic" />
        </ReferenceLine>
        <ReferenceLine segment={[{ x: lo + (hi - lo) * 0.02, y: hi - (hi - lo) * 0.04 }, { x: lo + (hi - lo) * 0.02, y: hi - (hi - lo) * 0.04 }]} stroke="none">
          <Label value={socialAheadLabel} position="insideTopLeft" fill={AXIS_TEXT} fontSize={narrow ? 11 : 13} fontStyle="italic" />
        </ReferenceLine>
        {paths.map((p) => (
          <Scatter
            key={`path-${p.id}`}
            data={p.points}
            line={{ stroke: p.highlight ? HIGHLIGHT : '#9a9a9a', strokeWidth: p.highlight ? 2 : 1.25 }}
            shape={(props: { cx?: number; cy?: number }) => <circle cx={props.cx} cy={props.cy} r={2.5} fill={p.highlight ? HIGHLIGHT : '#9a9a9a'} />}
            isAnimationActive={false}
          >
            <LabelList dataKey="label" position="left" fill={p.highlight ? HIGHLIGHT : MUTED} fontSize={11} />
          </Scatter>
        ))}
        {(['right', 'left'] as const).map((side) => (
          <Scatter key={side} data={placed.filter((p) => p.side === side)} shape={PointShape} isAnimationActive={false}>
            <ErrorBar dataKey="errX" direction="x" width={4} stroke={INK} strokeWidth={1.25} />
            <ErrorBar dataKey="errY" direction="y" width={4} stroke={INK} strokeWidth={1.25} />
            <LabelList dataKey="label" position={side} offset={10} fill={INK} fontSize={narrow ? 11 : 13} fontWeight={600} />
          </Scatter>
        ))}
      </ScatterChart>
    </div>
  )
}
