/**
 * A light SVG dot plot: one row per item, a marker at the value and a whisker for the 95% CI,
 * on a shared 1–5 axis. Rows without a value show a hatched band with the reason in words.
 * Draws only; rows come prepared.
 */
import { AXIS_TEXT, GRID } from './colors'
import { HATCH_ID } from './patterns'
import { useWidth } from './use-width'

export interface IntervalRow {
  id: string
  label: string
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
  lowReliability?: boolean
  highlight?: boolean
  /** starts a new group (drawn with a gap and a rule above) */
  groupStart?: string
}

export interface IntervalPlotProps {
  rows: readonly IntervalRow[]
  scaleLabels?: readonly string[]
  domain?: [number, number]
  labelWidth?: number
  rowHeight?: number
  /** tick values; default every integer of the domain */
  ticks?: readonly number[]
  /** formats tick values (default: the number as is) */
  formatTick?: (v: number) => string
  /** draw a stronger reference line here (e.g. 0 for differences) */
  reference?: number
}

export function IntervalPlot({ rows, scaleLabels, domain = [1, 5], labelWidth, rowHeight: baseRowHeight = 30, ticks: tickValues, formatTick = String, reference }: IntervalPlotProps) {
  const [ref, measured] = useWidth<HTMLDivElement>(480)
  // a frame can be measured very narrow for a moment while the page lays out
  const width = Math.max(measured, 240)
  const narrow = width < 420
  const lwWanted = labelWidth ?? (narrow ? Math.min(125, width * 0.34) : width > 700 ? 260 : 210)
  // never leave the plot less than 80 px, however narrow the space
  const lw = Math.max(40, Math.min(lwWanted, width - 28 - 8 - 80))
  const groupGap = 22
  const groups = rows.filter((r) => r.groupStart).length
  const top = 8
  // room on the right for the direct labels after the whiskers; where that leaves too little
  // room for the plot (narrow screens), the labels go under the markers instead
  const wantedSpace = Math.max(28, Math.max(0, ...rows.map((r) => (r.text ?? '').length)) * 6.6 + 10)
  const labelsBelow = width - wantedSpace - (lw + 8) < 120
  const labelSpace = labelsBelow ? Math.min(28, Math.max(0, width - lw - 8 - 80)) : wantedSpace
  const rowHeight = labelsBelow ? baseRowHeight + 14 : baseRowHeight
  const plotWidth = width - labelSpace - (lw + 8)
  // scale words only where each tick has room for them
  const showWords = Boolean(scaleLabels) && plotWidth / (domain[1] - domain[0]) >= 105
  const axisH = showWords ? 40 : 26
  const fontSize = narrow ? 12 : 13
  const maxChars = Math.max(8, Math.floor(lw / (fontSize * 0.6)))
  const height = top + rows.length * rowHeight + groups * groupGap + axisH
  const plotLeft = lw + 8
  const plotRight = width - labelSpace
  const x = (v: number) => plotLeft + ((v - domain[0]) / (domain[1] - domain[0])) * (plotRight - plotLeft)
  const ticks = tickValues ?? Array.from({ length: Math.floor(domain[1] - domain[0]) + 1 }, (_, i) => domain[0] + i)
  const placed = rows.map((r, i) => {
    const groupsSoFar = rows.slice(0, i + 1).filter((x) => x.groupStart).length
    return { r, cy: top + groupsSoFar * groupGap + i * rowHeight + rowHeight / 2 }
  })
  const axisY = top + groups * groupGap + rows.length * rowHeight + 4
  return (
    <div ref={ref} className="chart-canvas">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="interval-plot">
        {ticks.map((t) => (
          <line key={t} x1={x(t)} x2={x(t)} y1={top} y2={axisY} stroke={GRID} />
        ))}
        {reference !== undefined ? <line x1={x(reference)} x2={x(reference)} y1={top} y2={axisY} stroke={AXIS_TEXT} strokeWidth={1.5} /> : null}
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
            <text x={lw} y={cy} dy="0.35em" textAnchor="end" fontSize={fontSize} fill={AXIS_TEXT} fontWeight={r.highlight ? 700 : 400}>
              <title>{r.label}</title>
              {truncate(r.label, maxChars)}
            </text>
            {r.value === undefined ? (
              <g>
                <rect x={x(domain[0])} y={cy - 9} width={x(domain[1]) - x(domain[0])} height={18} fill={`url(#${HATCH_ID})`} stroke="#767676" />
                <text x={(x(domain[0]) + x(domain[1])) / 2} y={cy} dy="0.35em" textAnchor="middle" fontSize={12} fill="#1a1a1a" paintOrder="stroke" stroke="#fff" strokeWidth={4}>
                  {r.missingText}
                </text>
              </g>
            ) : (
              <g opacity={r.lowReliability ? 0.55 : 1}>
                {r.ciLow !== undefined && r.ciHigh !== undefined ? (
                  <g stroke={r.color} strokeWidth={2} strokeDasharray={r.dashed ? '4 2' : undefined}>
                    <line x1={x(clamp(r.ciLow, domain))} x2={x(clamp(r.ciHigh, domain))} y1={cy} y2={cy} />
                    <line x1={x(clamp(r.ciLow, domain))} x2={x(clamp(r.ciLow, domain))} y1={cy - 5} y2={cy + 5} strokeDasharray={undefined} />
                    <line x1={x(clamp(r.ciHigh, domain))} x2={x(clamp(r.ciHigh, domain))} y1={cy - 5} y2={cy + 5} strokeDasharray={undefined} />
                  </g>
                ) : null}
                <Marker shape={r.shape} cx={x(r.value)} cy={cy} color={r.color} hollow={r.lowReliability} />
                <text
                  x={labelsBelow ? belowX(x(r.value), (r.text ?? '').length * 6.6, plotLeft, width) : x(clamp(r.ciHigh ?? r.value, domain)) + 6}
                  y={labelsBelow ? cy + 17 : cy}
                  dy="0.35em"
                  textAnchor={labelsBelow ? 'middle' : 'start'}
                  fontSize={12}
                  fontWeight={600}
                  fill={r.textColor}
                >
                  {r.text}
                </text>
              </g>
            )}
          </g>
        ))}
        <line x1={plotLeft} x2={plotRight} y1={axisY} y2={axisY} stroke={AXIS_TEXT} />
        {ticks.map((t) => (
          <g key={t}>
            <text x={x(t)} y={axisY + 14} textAnchor="middle" fontSize={12} fill={AXIS_TEXT}>
              {formatTick(t)}
            </text>
            {showWords && scaleLabels ? (
              <text x={x(t)} y={axisY + 29} textAnchor={t === domain[0] ? 'start' : t === domain[1] ? 'end' : 'middle'} fontSize={11} fill={AXIS_TEXT}>
                {Number.isInteger(t) ? scaleLabels[t - 1] : ''}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
    </div>
  )
}

/** Centre of a label under a marker, kept inside the plot. */
function belowX(at: number, textWidth: number, left: number, width: number): number {
  return Math.min(width - textWidth / 2 - 2, Math.max(left + textWidth / 2, at))
}

function clamp(v: number, [lo, hi]: [number, number]): number {
  return Math.min(hi, Math.max(lo, v))
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s
}

export function Marker({ shape, cx, cy, color, hollow, size = 6 }: { shape: IntervalRow['shape']; cx: number; cy: number; color: string; hollow?: boolean; size?: number }) {
  const fill = hollow ? '#fff' : color
  if (shape === 'square') return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} fill={fill} stroke={color} strokeWidth={2} />
  if (shape === 'diamond')
    return <path d={`M${cx} ${cy - size - 1}L${cx + size + 1} ${cy}L${cx} ${cy + size + 1}L${cx - size - 1} ${cy}Z`} fill={fill} stroke={color} strokeWidth={2} />
  return <circle cx={cx} cy={cy} r={size} fill={fill} stroke={color} strokeWidth={2} />
}
