/**
 * Technological (blue circles) and social (vermillion squares) scores per row with 95% CI
 * whiskers, on the 1–5 maturity axis labelled with the scale's words. Draws only: the rows
 * come prepared from the domain. Suppressed values appear as a hatched band, never as a point.
 */
import { ErrorBar, LabelList, ReferenceArea, Scatter, ScatterChart, XAxis, YAxis, CartesianGrid } from 'recharts'
import type { Pillar } from '../domain/framework'
import { AXIS_TEXT, GRID, PILLAR_COLOR, PILLAR_TEXT } from './colors'
import { HATCH_ID } from './patterns'
import { useWidth } from './use-width'

export interface DotPlotValue {
  value: number
  ciLow: number
  ciHigh: number
  lowReliability: boolean
  /** formatted value for the direct label */
  text: string
}

export interface DotPlotRow {
  id: string
  label: string
  technological?: DotPlotValue
  social?: DotPlotValue
  /** why a pillar has no value, shown as a hatched band */
  missingText?: string
  focused?: boolean
}

export interface PillarDotPlotProps {
  rows: readonly DotPlotRow[]
  /** scale labels 1..5, for the axis */
  scaleLabels: readonly string[]
  narrow?: boolean
}

interface Point {
  x: number
  y: number
  err: [number, number]
  low: boolean
  text: string
}

function points(rows: readonly DotPlotRow[], pillar: Pillar, offset: number): Point[] {
  const out: Point[] = []
  rows.forEach((r, i) => {
    const v = r[pillar]
    if (!v) return
    out.push({ x: v.value, y: rows.length - 1 - i + offset, err: [v.value - v.ciLow, v.ciHigh - v.value], low: v.lowReliability, text: v.text })
  })
  return out
}

type ShapeProps = { cx?: number; cy?: number; payload?: Point }

function Circle({ cx = 0, cy = 0, payload }: ShapeProps) {
  return <circle cx={cx} cy={cy} r={7} fill={PILLAR_COLOR.technological} fillOpacity={payload?.low ? 0.35 : 1} stroke={PILLAR_COLOR.technological} strokeWidth={2} />
}
function Square({ cx = 0, cy = 0, payload }: ShapeProps) {
  return <rect x={cx - 6.5} y={cy - 6.5} width={13} height={13} fill={PILLAR_COLOR.social} fillOpacity={payload?.low ? 0.35 : 1} stroke={PILLAR_COLOR.social} strokeWidth={2} />
}

export function PillarDotPlot({ rows, scaleLabels }: PillarDotPlotProps) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const narrow = width < 560
  const rowHeight = 74
  const height = rows.length * rowHeight + 60
  const yAxisWidth = narrow ? 122 : 150
  const tech = points(rows, 'technological', 0.17)
  const social = points(rows, 'social', -0.17)
  const labelOf = (y: number) => rows[rows.length - 1 - Math.round(y)]?.label ?? ''
  const ticks = rows.map((_, i) => i)
  return (
    <div ref={ref} className="chart-canvas">
      <ScatterChart width={width} height={height} margin={{ top: 12, right: 24, bottom: 28, left: 4 }}>
        <CartesianGrid stroke={GRID} horizontal={false} />
        {rows.map((r, i) =>
          r.missingText && (!r.technological || !r.social) ? (
            <ReferenceArea
              key={r.id}
              x1={1}
              x2={5}
              y1={rows.length - 1 - i - 0.32}
              y2={rows.length - 1 - i + 0.32}
              fill={`url(#${HATCH_ID})`}
              fillOpacity={0.7}
              stroke="#767676"
              ifOverflow="hidden"
              label={{ value: r.missingText, fill: '#1a1a1a', fontSize: 14 }}
            />
          ) : null,
        )}
        <XAxis
          type="number"
          dataKey="x"
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          tickFormatter={(v: number) => (narrow ? String(v) : `${v} ${scaleLabels[v - 1] ?? ''}`)}
          tick={{ fill: AXIS_TEXT, fontSize: 13 }}
          stroke={AXIS_TEXT}
          allowDataOverflow
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, rows.length - 0.5]}
          ticks={ticks}
          tickFormatter={labelOf}
          width={yAxisWidth}
          tick={{ fill: AXIS_TEXT, fontSize: narrow ? 12 : 14 }}
          stroke={AXIS_TEXT}
        />
        <Scatter data={tech} shape={Circle} isAnimationActive={false} name="technological">
          <ErrorBar dataKey="err" direction="x" width={6} stroke={PILLAR_COLOR.technological} strokeWidth={2} />
          <LabelList dataKey="text" position="top" offset={10} fill={PILLAR_TEXT.technological} fontSize={13} fontWeight={600} />
        </Scatter>
        <Scatter data={social} shape={Square} isAnimationActive={false} name="social">
          <ErrorBar dataKey="err" direction="x" width={6} stroke={PILLAR_COLOR.social} strokeWidth={2} strokeDasharray="4 2" />
          <LabelList dataKey="text" position="bottom" offset={10} fill={PILLAR_TEXT.social} fontSize={13} fontWeight={600} />
        </Scatter>
      </ScatterChart>
    </div>
  )
}
