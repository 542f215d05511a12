/**
 * A light SVG dot plot on any linear axis: one row per item, a marker at the value and a whisker
 * for the 95% CI, optional emphasised zero line (differences) and a dashed reference line
 * (e.g. the Netherlands in a ranking). A short prefix column can hold a rank range. Open markers
 * mean "not clearly different"; rows without a value show a hatched band with the reason.
 * Draws only: rows, domain and ticks come prepared, so small multiples can share one axis.
 */
import { AXIS_TEXT, GRID } from './colors'
import { Marker } from './IntervalPlot'
import { HATCH_ID } from './patterns'
import { useWidth } from './use-width'

export interface DotRow {
  id: string
  label: string
  /** short text before the label, e.g. a rank range "1–3" */
  prefix?: string
  value?: number
  ciLow?: number
  ciHigh?: number
  /** formatted value for the direct label */
  text?: string
  /** why there is no value */
  missingText?: string
  color: string
  /** a darker variant of color, for text */
  textColor: string
  shape: 'circle' | 'square' | 'diamond'
  dashed?: boolean
  /** open marker (e.g. the CI of a difference includes zero) */
  hollow?: boolean
  /** drawn lighter: thin data */
  faint?: boolean
  /** a light band behind the row and a bold label (e.g. a province in the comparison) */
  highlight?: boolean
  /** starts a new group (drawn with a gap and a heading above) */
  groupStart?: string
}

export interface DotIntervalPlotProps {
  rows: readonly DotRow[]
  domain: [number, number]
  ticks: readonly number[]
  formatTick: (v: number) => string
  /** an emphasised line at zero */
  zero?: boolean
  /** a dashed vertical line with a label at the top, e.g. the national value */
  reference?: { value: number; label: string }
  /** words under both ends of the axis, e.g. ["← lower", "higher →"] */
  ends?: [string, string]
  rowHeight?: number
  /** width of the label column; defaults by available width */
  labelWidth?: number
  /** width of the prefix column (0 = none) */
  prefixWidth?: number
}

export function DotIntervalPlot({ rows, domain, ticks, formatTick, zero, reference, ends, rowHeight = 28, labelWidth, prefixWidth = 0 }: DotIntervalPlotProps) {
  const [ref, width] = useWidth<HTMLDivElement>(480)
  const narrow = width < 420
  const lw = labelWidth ?? (narrow ? Math.min(130, width * 0.36) : width > 700 ? 220 : 170)
  const fontSize = narrow ? 12 : 13
  const maxChars = Math.max(6, Math.floor(lw / (fontSize * 0.6)))
  const groupGap = 22
  const groups = rows.filter((r) => r.groupStart).length
  const top = reference ? 24 : 8
  const textSpace = Math.max(30, Math.max(0, ...rows.map((r) => (r.text ?? '').length)) * 7 + 10)
  const plotLeft = prefixWidth + lw + 10
  const plotRight = Math.max(plotLeft + 60, width - textSpace)
  const axisH = ends ? 40 : 24
  const height = top + rows.length * rowHeight + groups * groupGap + axisH + 4
  const x = (v: number) => plotLeft + ((clamp(v, domain) - domain[0]) / (domain[1] - domain[0])) * (plotRight - plotLeft)
  const groupsUpTo = rows.map((_, i) => rows.slice(0, i + 1).filter((x) => x.groupStart).length)
  const placed = rows.map((r, i) => ({ r, cy: top + groupsUpTo[i] * groupGap + i * rowHeight + rowHeight / 2 }))
  const axisY = top + groups * groupGap + rows.length * rowHeight + 4
  // label every tick where they fit, else every second or third (keeping zero labelled)
  const widest = Math.max(...ticks.map((t) => formatTick(t).length)) * 7 + 8
  const spacing = ticks.length > 1 ? (plotRight - plotLeft) / (ticks.length - 1) : Infinity
  const labelEvery = Math.max(1, Math.ceil(widest / spacing))
  const zeroAt = ticks.indexOf(0)
  const labelPhase = zeroAt >= 0 ? zeroAt % labelEvery : 0
  return (
    <div ref={ref} className="chart-canvas">
      <svg width={width} height={height} aria-hidden="true" focusable="false" className="dot-interval-plot">
        {ticks.map((t) => (
          <line key={t} x1={x(t)} x2={x(t)} y1={top} y2={axisY} stroke={GRID} />
        ))}
        {zero && domain[0] < 0 && domain[1] > 0 ? <line x1={x(0)} x2={x(0)} y1={top - 4} y2={axisY} stroke={AXIS_TEXT} strokeWidth={1.5} /> : null}
        {reference ? (
          <g>
            <line x1={x(reference.value)} x2={x(reference.value)} y1={top - 6} y2={axisY} stroke={AXIS_TEXT} strokeWidth={1.5} strokeDasharray="5 4" />
            <text
              x={x(reference.value)}
              y={top - 10}
              textAnchor={x(reference.value) > width - 90 ? 'end' : x(reference.value) < plotLeft + 90 ? 'start' : 'middle'}
              fontSize={12}
              fill={AXIS_TEXT}
            >
              {reference.label}
            </text>
          </g>
        ) : null}
        {placed.map(({ r, cy }) =>
          r.groupStart ? (
            <text key={`g-${r.id}`} x={0} y={cy - rowHeight / 2 - 6} fontSize={12} fontWeight={700} fill={AXIS_TEXT}>
              {r.groupStart}
            </text>
          ) : null,
        )}
        {placed.map(({ r, cy }) => (
          <g key={r.id}>
            {r.highlight ? <rect x={0} y={cy - rowHeight / 2 + 1} width={width} height={rowHeight - 2} fill="#fff4ce" /> : null}
            {prefixWidth > 0 && r.prefix ? (
              <text x={prefixWidth - 8} y={cy} dy="0.35em" textAnchor="end" fontSize={fontSize} fill={AXIS_TEXT} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {r.prefix}
              </text>
            ) : null}
            <text x={prefixWidth + lw} y={cy} dy="0.35em" textAnchor="end" fontSize={fontSize} fill={AXIS_TEXT} fontWeight={r.highlight ? 700 : 400}>
              <title>{r.label}</title>
              {truncate(r.label, maxChars)}
            </text>
            {r.value === undefined ? (
              <g>
                <rect x={plotLeft} y={cy - 9} width={plotRight - plotLeft} height={18} fill={`url(#${HATCH_ID})`} stroke="#767676" />
                <text x={(plotLeft + plotRight) / 2} y={cy} dy="0.35em" textAnchor="middle" fontSize={12} fill="#1a1a1a" paintOrder="stroke" stroke="#fff" strokeWidth={4}>
                  {r.missingText}
                </text>
              </g>
            ) : (
              <g opacity={r.faint ? 0.6 : 1}>
                {r.ciLow !== undefined && r.ciHigh !== undefined ? (
                  <g stroke={r.color} strokeWidth={2}>
                    <line x1={x(r.ciLow)} x2={x(r.ciHigh)} y1={cy} y2={cy} strokeDasharray={r.dashed ? '4 2' : undefined} />
                    <line x1={x(r.ciLow)} x2={x(r.ciLow)} y1={cy - 5} y2={cy + 5} />
                    <line x1={x(r.ciHigh)} x2={x(r.ciHigh)} y1={cy - 5} y2={cy + 5} />
                  </g>
                ) : null}
                <Marker shape={r.shape} cx={x(r.value)} cy={cy} color={r.color} hollow={r.hollow} />
                <text x={x(r.ciHigh ?? r.value) + 7} y={cy} dy="0.35em" fontSize={12} fontWeight={r.hollow ? 400 : 700} fill={r.textColor}>
                  {r.text}
                </text>
              </g>
            )}
          </g>
        ))}
        <line x1={plotLeft} x2={plotRight} y1={axisY} y2={axisY} stroke={AXIS_TEXT} />
        {ticks.map((t, i) =>
          i % labelEvery === labelPhase ? (
            <text key={t} x={x(t)} y={axisY + 14} textAnchor="middle" fontSize={12} fill={AXIS_TEXT}>
              {formatTick(t)}
            </text>
          ) : null,
        )}
        {ends ? (
          <g fontSize={11} fill={AXIS_TEXT} fontStyle="italic">
            <text x={plotLeft} y={axisY + 32} textAnchor="start">
              {ends[0]}
            </text>
            <text x={plotRight} y={axisY + 32} textAnchor="end">
              {ends[1]}
            </text>
          </g>
        ) : null}
      </svg>
    </div>
  )
}

function clamp(v: number, [lo, hi]: [number, number]): number {
  return Math.min(hi, Math.max(lo, v))
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s
}

/** A symmetric domain around zero and nice ticks that hold every value (differences). */
export function symmetricAxis(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const reach = Math.max(0.1, ...values.map(Math.abs))
  const step = [0.05, 0.1, 0.2, 0.25, 0.5, 1].find((s) => reach / s <= 3) ?? 1
  const end = Math.ceil(reach / step - 1e-9) * step
  const ticks: number[] = []
  for (let v = -end; v <= end + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6)
  return { domain: [-end, end], ticks }
}

/** A padded domain and nice ticks that hold every value (rankings on the 1–5 scale or T − S). */
export function paddedAxis(values: readonly number[], includeZero = false): { domain: [number, number]; ticks: number[] } {
  const all = includeZero ? [...values, 0] : [...values]
  if (all.length === 0) return { domain: [1, 5], ticks: [1, 2, 3, 4, 5] }
  const lo = Math.min(...all)
  const hi = Math.max(...all)
  const step = [0.1, 0.2, 0.25, 0.5, 1].find((s) => (hi - lo) / s <= 6) ?? 1
  const start = Math.floor(lo / step + 1e-9) * step
  const end = Math.ceil(hi / step - 1e-9) * step
  const ticks: number[] = []
  for (let v = start; v <= end + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6)
  return { domain: [ticks[0], ticks[ticks.length - 1] > ticks[0] ? ticks[ticks.length - 1] : ticks[0] + step], ticks }
}
