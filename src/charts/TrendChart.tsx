/**
 * Values over the years: one line per series with a light 95% CI band, markers at each year,
 * a small arrow where the change from the previous year is clear, and a direct label at the end.
 * A year without a value is a gap: the line and the band stop and start again, and a hatched
 * column with the reason marks the year. Nothing is interpolated. Draws only: series come prepared.
 */
import { AXIS_TEXT, GRID } from './colors'
import { Marker } from './IntervalPlot'
import { HATCH_ID } from './patterns'
import { useWidth } from './use-width'

export interface TrendPoint {
  year: number
  /** undefined: no value this year (a gap) */
  value?: number
  ciLow?: number
  ciHigh?: number
  /** formatted value, for the direct label at the end */
  text?: string
  /** thin data: an open marker */
  faint?: boolean
  /** why there is no value, in words */
  missingText?: string
  /** a clear change from the previous year: an arrow above (up) or below (down) the marker */
  mark?: 'up' | 'down'
}

export interface TrendSeries {
  id: string
  /** short direct label, e.g. "T" or "Nederland" */
  label: string
  color: string
  /** a darker variant of color, for text (≥ 4.5:1 on white) */
  textColor: string
  shape: 'circle' | 'square' | 'diamond'
  dashed?: boolean
  /** drawn heavier, with a bold label (the subject) */
  emphasis?: boolean
  /** draw the CI band (default true) */
  band?: boolean
  points: readonly TrendPoint[]
}

export interface TrendChartProps {
  years: readonly number[]
  series: readonly TrendSeries[]
  domain: [number, number]
  ticks: readonly number[]
  formatTick: (v: number) => string
  /** an emphasised line at zero (gaps, differences) */
  zero?: boolean
  height?: number
}

const TOP = 16
const BOTTOM = 26
const LEFT = 38

/** Vertical positions for end labels: in value order, at least `gap` pixels apart, inside [lo, hi]. */
export function spreadLabels(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y)
  const placed: number[] = []
  for (const [k, o] of order.entries()) placed[k] = Math.max(o.y, k === 0 ? lo : placed[k - 1] + gap)
  // push back up when the last label runs past the bottom
  for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k], k === placed.length - 1 ? hi : placed[k + 1] - gap)
  const out: number[] = []
  order.forEach((o, k) => (out[o.i] = placed[k]))
  return out
}

export function TrendChart({ years, series, domain, ticks, formatTick, zero, height = 220 }: TrendChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>(480)
  const longest = Math.max(0, ...series.map((s) => `${s.label} ${lastValued(s)?.text ?? ''}`.length))
  const right = Math.min(Math.max(48, longest * 7.4 + 16), Math.max(48, width * 0.4))
  const plotLeft = LEFT
  const plotRight = Math.max(plotLeft + 80, width - right)
  const columnWidth = years.length > 1 ? Math.max(10, Math.min(((plotRight - plotLeft) / years.length) * 0.6, 30)) : 30
  // room at both ends for a marker or a hatched column
  const pad = columnWidth / 2 + 3
  const step = years.length > 1 ? (plotRight - plotLeft - 2 * pad) / (years.length - 1) : 0
  const x = (year: number) => {
    const i = years.indexOf(year)
    return years.length > 1 ? plotLeft + pad + i * step : (plotLeft + plotRight) / 2
  }
  const plotTop = TOP
  const plotBottom = height - BOTTOM
  const y = (v: number) => plotBottom - ((clamp(v, domain) - domain[0]) / (domain[1] - domain[0])) * (plotBottom - plotTop)
  const yearEvery = step > 0 && step < 34 ? 2 : 1

  // years where some series has no value: a hatched column with the reasons
  const gaps = years.flatMap((year) => {
    const missing = series.filter((s) => {
      const p = s.points.find((q) => q.year === year)
      return !p || p.value === undefined
    })
    if (missing.length === 0) return []
    const reasons = [...new Set(missing.map((s) => s.points.find((q) => q.year === year)?.missingText ?? ''))].filter(Boolean)
    const text = missing.length === series.length ? reasons.join(' / ') : missing.map((s) => `${s.label}: ${s.points.find((q) => q.year === year)?.missingText ?? ''}`).join(' / ')
    return [{ year, text }]
  })

  const ends = series.map((s) => {
    const p = lastValued(s)
    return p && p.value !== undefined ? y(p.value) : undefined
  })
  const endIdx = ends.flatMap((e, i) => (e === undefined ? [] : [i]))
  const spread = spreadLabels(
    endIdx.map((i) => ends[i]!),
    15,
    plotTop + 4,
    plotBottom - 4,
  )
  const labelY = new Map(endIdx.map((i, k) => [i, spread[k]]))

  return (
    <div ref={ref} className="chart-canvas trend-chart">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={plotLeft} x2={plotRight} y1={y(t)} y2={y(t)} stroke={GRID} />
            <text x={plotLeft - 6} y={y(t)} dy="0.35em" textAnchor="end" fontSize={12} fill={AXIS_TEXT}>
              {formatTick(t)}
            </text>
          </g>
        ))}
        {zero && domain[0] < 0 && domain[1] > 0 ? <line x1={plotLeft} x2={plotRight} y1={y(0)} y2={y(0)} stroke={AXIS_TEXT} strokeWidth={1.5} /> : null}
        {gaps.map((g) => (
          <g key={`gap-${g.year}`} className="trend-gap" data-year={g.year}>
            <rect x={x(g.year) - columnWidth / 2} y={plotTop} width={columnWidth} height={plotBottom - plotTop} fill={`url(#${HATCH_ID})`} stroke="#767676" />
            <text
              transform={`translate(${x(g.year)} ${(plotTop + plotBottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              dy="0.35em"
              fontSize={11}
              fill="#1a1a1a"
              paintOrder="stroke"
              stroke="#fff"
              strokeWidth={4}
            >
              {truncate(g.text, Math.floor((plotBottom - plotTop) / 6))}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <g key={s.id} className="trend-series" data-series={s.id}>
            {bandRuns(s).map((run) =>
              s.band === false ? null : run.length === 1 ? (
                <line
                  key={`w-${run[0].year}`}
                  x1={x(run[0].year)}
                  x2={x(run[0].year)}
                  y1={y(run[0].ciLow!)}
                  y2={y(run[0].ciHigh!)}
                  stroke={s.color}
                  strokeOpacity={0.45}
                  strokeWidth={6}
                />
              ) : (
                <path
                  key={`b-${run[0].year}`}
                  className="trend-band"
                  d={bandPath(run, x, y)}
                  fill={s.color}
                  fillOpacity={s.emphasis === false ? 0.08 : 0.14}
                  stroke="none"
                />
              ),
            )}
            {valueRuns(s).map((run) =>
              run.length > 1 ? (
                <path
                  key={`l-${run[0].year}`}
                  className="trend-line"
                  data-years={`${run[0].year}-${run[run.length - 1].year}`}
                  d={run.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year)},${y(p.value!)}`).join('')}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={s.emphasis ? 3 : 2}
                  strokeDasharray={s.dashed ? '6 3' : undefined}
                />
              ) : null,
            )}
            {s.points.map((p) =>
              p.value === undefined ? null : (
                <g key={p.year} opacity={p.faint ? 0.7 : 1}>
                  <Marker shape={s.shape} cx={x(p.year)} cy={y(p.value)} color={s.color} hollow={p.faint} size={s.emphasis ? 5 : 4} />
                  {p.mark ? <Arrow direction={p.mark} cx={x(p.year)} cy={p.mark === 'up' ? y(p.ciHigh ?? p.value) - 7 : y(p.ciLow ?? p.value) + 7} color={s.textColor} /> : null}
                </g>
              ),
            )}
          </g>
        ))}
        {series.map((s, i) => {
          const p = lastValued(s)
          const ly = labelY.get(i)
          if (!p || ly === undefined) return null
          return (
            <text key={`label-${s.id}`} x={plotRight + 8} y={ly} dy="0.35em" fontSize={12} fontWeight={s.emphasis ? 700 : 600} fill={s.textColor}>
              {s.label} {p.text}
            </text>
          )
        })}
        <line x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} stroke={AXIS_TEXT} />
        {years.map((yr, i) =>
          i % yearEvery === (years.length - 1) % yearEvery ? (
            <text key={yr} x={x(yr)} y={plotBottom + 16} textAnchor="middle" fontSize={12} fill={AXIS_TEXT}>
              {yr}
            </text>
          ) : null,
        )}
      </svg>
    </div>
  )
}

function Arrow({ direction, cx, cy, color }: { direction: 'up' | 'down'; cx: number; cy: number; color: string }) {
  const d = direction === 'up' ? `M${cx - 4} ${cy + 2}L${cx} ${cy - 4}L${cx + 4} ${cy + 2}Z` : `M${cx - 4} ${cy - 2}L${cx} ${cy + 4}L${cx + 4} ${cy - 2}Z`
  return <path className={`trend-mark trend-mark-${direction}`} d={d} fill={color} />
}

function lastValued(s: TrendSeries): TrendPoint | undefined {
  for (let i = s.points.length - 1; i >= 0; i--) if (s.points[i].value !== undefined) return s.points[i]
  return undefined
}

/** Runs of consecutive points with a value: a line never crosses a year without one. */
function valueRuns(s: TrendSeries): TrendPoint[][] {
  const out: TrendPoint[][] = []
  let run: TrendPoint[] = []
  for (const p of s.points) {
    if (p.value !== undefined) run.push(p)
    else if (run.length > 0) {
      out.push(run)
      run = []
    }
  }
  if (run.length > 0) out.push(run)
  return out
}

function bandRuns(s: TrendSeries): TrendPoint[][] {
  return valueRuns(s)
    .flatMap((r) => splitWhere(r, (p) => p.ciLow === undefined || p.ciHigh === undefined))
    .filter((r) => r.length > 0)
}

function splitWhere(run: TrendPoint[], cut: (p: TrendPoint) => boolean): TrendPoint[][] {
  const out: TrendPoint[][] = [[]]
  for (const p of run) {
    if (cut(p)) out.push([])
    else out[out.length - 1].push(p)
  }
  return out
}

function bandPath(run: readonly TrendPoint[], x: (year: number) => number, y: (v: number) => number): string {
  const top = run.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year)},${y(p.ciHigh!)}`).join('')
  const bottom = [...run].reverse().map((p) => `L${x(p.year)},${y(p.ciLow!)}`).join('')
  return `${top}${bottom}Z`
}

function clamp(v: number, [lo, hi]: [number, number]): number {
  return Math.min(hi, Math.max(lo, v))
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, Math.max(1, n - 1))}…` : s
}

/** A domain on nice steps holding every value and CI bound, and its ticks (about five). */
export function trendAxis(values: readonly number[], includeZero = false): { domain: [number, number]; ticks: number[] } {
  const all = includeZero ? [...values, 0] : [...values]
  if (all.length === 0) return { domain: [1, 5], ticks: [1, 2, 3, 4, 5] }
  const lo = Math.min(...all)
  const hi = Math.max(...all)
  const step = [0.1, 0.2, 0.5, 1].find((s) => (hi - lo) / s <= 5) ?? 1
  const start = Math.floor(lo / step + 1e-9) * step
  let end = Math.ceil(hi / step - 1e-9) * step
  if (end <= start) end = start + step
  const ticks: number[] = []
  for (let v = start; v <= end + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6)
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks }
}
