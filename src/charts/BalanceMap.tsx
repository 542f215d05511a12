/**
 * The balance map: technological maturity (x) against social maturity (y), with the diagonal of
 * balance, CI whiskers on both axes, quadrant words, and each unit's path over the years.
 * Draws only: points and paths come prepared. Plain SVG (no chart library), so the first view
 * stays light; a path is broken where a year is missing, never bridged.
 */
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
const PATH = '#8a8a8a'

export function balanceDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [1, 5]
  const lo = Math.max(1, Math.floor((Math.min(...values) - 0.25) * 2) / 2)
  const hi = Math.min(5, Math.ceil((Math.max(...values) + 0.25) * 2) / 2)
  return [lo, Math.max(hi, lo + 1)]
}

/** Put a label on the left when another point sits just to the right of it at about the same height. */
export function labelSides<P extends { x: number; y: number }>(points: readonly P[], range: number): (P & { side: 'left' | 'right' })[] {
  return points.map((p) => {
    const crowded = points.some((q) => q !== p && Math.abs(q.y - p.y) < range * 0.06 && q.x >= p.x && q.x - p.x < range * 0.3)
    return { ...p, side: crowded ? 'left' : 'right' }
  })
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

export function BalanceMap({ points, paths, xLabel, yLabel, techAheadLabel, socialAheadLabel, formatTick }: BalanceMapProps) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const narrow = width < 520
  const all = [
    ...points.flatMap((p) => [p.x - p.errX[0], p.x + p.errX[1], p.y - p.errY[0], p.y + p.errY[1]]),
    ...paths.flatMap((p) => p.points.flatMap((q) => [q.x, q.y])),
  ]
  const [lo, hi] = balanceDomain(all)
  const size = Math.max(260, Math.min(width, 620))
  const m = { top: 16, right: narrow ? 16 : 24, bottom: 48, left: 58 }
  const plot = size - m.left - m.right
  const plotH = size - m.top - m.bottom
  const sx = (v: number) => m.left + ((v - lo) / (hi - lo)) * plot
  const sy = (v: number) => m.top + (1 - (v - lo) / (hi - lo)) * plotH
  const ticks = Array.from({ length: Math.round((hi - lo) * 2) + 1 }, (_, i) => lo + i / 2)
  const placed = labelSides(points, hi - lo)
  const fs = narrow ? 11 : 13
  return (
    <div ref={ref} className="chart-canvas balance-map">
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false" fontFamily="inherit">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={sx(t)} x2={sx(t)} y1={m.top} y2={m.top + plotH} stroke={GRID} />
            <line x1={m.left} x2={m.left + plot} y1={sy(t)} y2={sy(t)} stroke={GRID} />
            <text x={sx(t)} y={m.top + plotH + 16} textAnchor="middle" fontSize={12} fill={AXIS_TEXT}>
              {formatTick(t)}
            </text>
            <text x={m.left - 6} y={sy(t)} dy="0.35em" textAnchor="end" fontSize={12} fill={AXIS_TEXT}>
              {formatTick(t)}
            </text>
          </g>
        ))}
        <line x1={m.left} x2={m.left + plot} y1={m.top + plotH} y2={m.top + plotH} stroke={AXIS_TEXT} />
        <line x1={m.left} x2={m.left} y1={m.top} y2={m.top + plotH} stroke={AXIS_TEXT} />
        <text x={m.left + plot / 2} y={size - 8} textAnchor="middle" fontSize={13} fill={AXIS_TEXT}>
          {xLabel}
        </text>
        <text transform={`translate(14 ${m.top + plotH / 2}) rotate(-90)`} textAnchor="middle" fontSize={13} fill={AXIS_TEXT}>
          {yLabel}
        </text>
        {/* the diagonal of balance: T = S */}
        <line x1={sx(lo)} y1={sy(lo)} x2={sx(hi)} y2={sy(hi)} stroke={MUTED} strokeDasharray="6 4" />
        <text x={m.left + plot - 8} y={m.top + plotH - 8} textAnchor="end" fontSize={fs} fontStyle="italic" fill={AXIS_TEXT}>
          {techAheadLabel}
        </text>
        <text x={m.left + 8} y={m.top + 16} fontSize={fs} fontStyle="italic" fill={AXIS_TEXT}>
          {socialAheadLabel}
        </text>
        {paths.map((p) => (
          <g key={`path-${p.id}`} stroke={p.highlight ? HIGHLIGHT : PATH} fill={p.highlight ? HIGHLIGHT : PATH}>
            {pathSegments(p.points).map((seg, i) => (
              <polyline key={i} points={seg.map((q) => `${sx(q.x)},${sy(q.y)}`).join(' ')} fill="none" strokeWidth={p.highlight ? 2 : 1.25} />
            ))}
            {p.points.map((q) => (
              <circle key={q.year} cx={sx(q.x)} cy={sy(q.y)} r={2.5} stroke="none" />
            ))}
            {p.points.map((q) =>
              q.label ? (
                <text key={`l-${q.year}`} x={sx(q.x) - 6} y={sy(q.y)} dy="0.35em" textAnchor="end" fontSize={11} stroke="none" fill={p.highlight ? HIGHLIGHT : MUTED}>
                  {q.label}
                </text>
              ) : null,
            )}
          </g>
        ))}
        {placed.map((p) => {
          const color = p.highlight ? HIGHLIGHT : INK
          const cx = sx(p.x)
          const cy = sy(p.y)
          const x0 = sx(p.x - p.errX[0])
          const x1 = sx(p.x + p.errX[1])
          const y0 = sy(p.y - p.errY[0])
          const y1 = sy(p.y + p.errY[1])
          return (
            <g key={p.id}>
              <g stroke={color} strokeWidth={1.25}>
                <line x1={x0} x2={x1} y1={cy} y2={cy} />
                <line x1={x0} x2={x0} y1={cy - 4} y2={cy + 4} />
                <line x1={x1} x2={x1} y1={cy - 4} y2={cy + 4} />
                <line x1={cx} x2={cx} y1={y0} y2={y1} />
                <line x1={cx - 4} x2={cx + 4} y1={y0} y2={y0} />
                <line x1={cx - 4} x2={cx + 4} y1={y1} y2={y1} />
              </g>
              <circle cx={cx} cy={cy} r={p.highlight ? 8 : 6.5} fill={p.lowReliability ? '#fff' : color} stroke={color} strokeWidth={2.5} />
              <text
                x={p.side === 'right' ? cx + 12 : cx - 12}
                y={cy}
                dy="0.35em"
                textAnchor={p.side === 'right' ? 'start' : 'end'}
                fontSize={fs}
                fontWeight={600}
                fill={INK}
                paintOrder="stroke"
                stroke="#fff"
                strokeWidth={3}
              >
                {p.label}
              </text>
            </g>
          )
        })}
      </svg>
    </div>
  )
}
