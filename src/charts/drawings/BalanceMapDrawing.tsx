/**
 * The balance map drawn by Recharts: a scatter chart with `ErrorBar`s in both directions, the
 * diagonal as a reference segment, each path segment as a scatter with a line, and a label layer
 * that asks `placeLabels` for positions clear of all data on Recharts' own scales.
 */
import {
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts'
import type { Lang } from '../../domain/framework'
import type { Axis } from '../axis'
import { valueAxisProps } from './axis-props'
import { pathSegments, type BalanceMapProps, type BalancePath, type BalancePoint } from '../BalanceMap'
import { AXIS_TEXT, FONT, GRID, INK, SERIES, ZERO_LINE } from '../encoding'
import { placeLabels, type Box, type LabelRequest, type Segment } from '../label-placement'
import { lineHeight, textWidth } from '../text-layout'
import { Mark } from '../Mark'
import { pathThrough, type LinePoint } from './runs'

export interface BalanceMapDrawingProps extends BalanceMapProps {
  size: number
  axis: Axis
  lang: Lang
}

interface PathPoint {
  x: number
  y: number
  highlight: boolean
}

const PATH = '#767676'
const PATH_HIGHLIGHT = '#1a1a1a'
const LEFT = 58
const BOTTOM = 44

export function BalanceMapDrawing({ points, paths, xLabel, yLabel, techAheadLabel, socialAheadLabel, size, axis, lang }: BalanceMapDrawingProps) {
  const narrow = size < 420
  const look = SERIES.composite
  const data = points.map((p) => ({ ...p, err: p.errX, errS: p.errY }))
  // all paths in one scatter (one graphical item for Recharts), drawn as one line per run of years
  const pathPoints: PathPoint[] = []
  const segments: { key: string; path: BalancePath; from: number; to: number; first: number; last: number }[] = []
  for (const p of paths)
    for (const seg of pathSegments(p.points)) {
      const from = pathPoints.length
      for (const q of seg) pathPoints.push({ x: q.x, y: q.y, highlight: Boolean(p.highlight) })
      if (seg.length > 1) segments.push({ key: `${p.id}-${seg[0].year}`, path: p, from, to: pathPoints.length, first: seg[0].year, last: seg[seg.length - 1].year })
    }
  return (
    <ScatterChart width={size} height={size} margin={{ top: 12, right: narrow ? 12 : 20, bottom: 4, left: 4 }} accessibilityLayer={false} className="balance-map-drawing">
      <CartesianGrid stroke={GRID} />
      <XAxis
        {...valueAxisProps(axis, lang)}
        dataKey="x"
        height={BOTTOM}
        label={{ value: xLabel, position: 'insideBottom', offset: 2, fontSize: FONT.label, fill: AXIS_TEXT }}
      />
      <YAxis
        {...valueAxisProps(axis, lang)}
        dataKey="y"
        width={LEFT}
        label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 10, fontSize: FONT.label, fill: AXIS_TEXT, style: { textAnchor: 'middle' } }}
      />
      {/* the diagonal of balance: T = S */}
      <ReferenceLine
        segment={[
          { x: axis.domain[0], y: axis.domain[0] },
          { x: axis.domain[1], y: axis.domain[1] },
        ]}
        stroke={ZERO_LINE}
        strokeOpacity={0.6}
        strokeDasharray="6 4"
      />
      <Scatter
        data={pathPoints}
        isAnimationActive={false}
        className="balance-paths"
        line={(l: { points?: readonly LinePoint[] }) => (
          <g>
            {segments.map((seg) => (
              <path
                key={seg.key}
                className="balance-path-line"
                data-path={seg.path.id}
                data-years={`${seg.first}-${seg.last}`}
                d={pathThrough((l.points ?? []).slice(seg.from, seg.to))}
                fill="none"
                stroke={seg.path.highlight ? PATH_HIGHLIGHT : PATH}
                strokeWidth={seg.path.highlight ? 2 : 1.25}
              />
            ))}
          </g>
        )}
        shape={(s: { cx?: number; cy?: number; payload?: PathPoint }) =>
          s.cx === undefined || s.cy === undefined ? <g /> : <circle cx={s.cx} cy={s.cy} r={2.5} fill={s.payload?.highlight ? PATH_HIGHLIGHT : PATH} />
        }
      />
      <Scatter
        data={data}
        isAnimationActive={false}
        className="balance-points"
        shape={(s: { cx?: number; cy?: number; payload?: BalancePoint }) =>
          s.cx === undefined || s.cy === undefined || !s.payload ? (
            <g />
          ) : (
            <g className="balance-point" data-point={s.payload.id}>
              <Mark shape={look.shape} cx={s.cx} cy={s.cy} color={look.color} open={s.payload.thin} size={s.payload.highlight ? 8 : 6.5} />
            </g>
          )
        }
      >
        <ErrorBar dataKey="err" direction="x" stroke={look.color} strokeWidth={1.25} width={4} isAnimationActive={false} />
        <ErrorBar dataKey="errS" direction="y" stroke={look.color} strokeWidth={1.25} width={4} isAnimationActive={false} />
      </Scatter>
      <Labels points={points} paths={paths} techAhead={techAheadLabel} socialAhead={socialAheadLabel} fontSize={narrow ? FONT.note : FONT.label} />
    </ScatterChart>
  )
}

/** Quadrant words, point labels and path year labels, each placed clear of the data. */
function Labels({ points, paths, techAhead, socialAhead, fontSize }: { points: readonly BalancePoint[]; paths: readonly BalancePath[]; techAhead: string; socialAhead: string; fontSize: number }) {
  const sx = useXAxisScale()
  const sy = useYAxisScale()
  const plot = usePlotArea()
  if (!sx || !sy || !plot) return null
  const X = (v: number) => sx(v) ?? 0
  const Y = (v: number) => sy(v) ?? 0
  const bounds: Box = { x: plot.x, y: plot.y, w: plot.width, h: plot.height }
  const h = lineHeight(fontSize)
  const noteH = lineHeight(FONT.note)
  // the quadrant words sit in two corners; labels keep clear of them
  const corners = [
    { text: socialAhead, x: plot.x + 8, y: plot.y + 6, anchor: 'start' as const },
    { text: techAhead, x: plot.x + plot.width - 8, y: plot.y + plot.height - 6 - noteH, anchor: 'end' as const },
  ].map((c) => ({ ...c, w: textWidth(c.text, FONT.note) }))
  const segments: Segment[] = []
  const boxes: Box[] = corners.map((c) => ({ x: c.anchor === 'start' ? c.x : c.x - c.w, y: c.y, w: c.w, h: noteH }))
  for (const p of points) {
    const cx = X(p.x)
    const cy = Y(p.y)
    segments.push({ x1: X(p.x - p.errX[0]), y1: cy, x2: X(p.x + p.errX[1]), y2: cy })
    segments.push({ x1: cx, y1: Y(p.y - p.errY[0]), x2: cx, y2: Y(p.y + p.errY[1]) })
    const r = p.highlight ? 9 : 7.5
    boxes.push({ x: cx - r, y: cy - r, w: 2 * r, h: 2 * r })
  }
  for (const p of paths)
    for (const seg of pathSegments(p.points)) {
      for (let i = 1; i < seg.length; i++) segments.push({ x1: X(seg[i - 1].x), y1: Y(seg[i - 1].y), x2: X(seg[i].x), y2: Y(seg[i].y) })
      for (const q of seg) boxes.push({ x: X(q.x) - 3, y: Y(q.y) - 3, w: 6, h: 6 })
    }
  const ordered = [...points].sort((a, b) => Number(Boolean(b.highlight)) - Number(Boolean(a.highlight)))
  const requests: LabelRequest[] = [
    ...ordered.map((p) => ({ id: `p:${p.id}`, x: X(p.x), y: Y(p.y), w: textWidth(p.label, fontSize, true) + 4, h, r: p.highlight ? 9 : 7.5 })),
    ...paths.flatMap((p) => p.points.filter((q) => q.label).map((q) => ({ id: `y:${p.id}:${q.year}`, x: X(q.x), y: Y(q.y), w: textWidth(q.label!, FONT.note) + 2, h: noteH, r: 3 }))),
  ]
  const placed = placeLabels(requests, { boxes, segments }, bounds)
  const textOf = new Map<string, { text: string; bold: boolean; size: number; highlight: boolean }>([
    ...points.map((p) => [`p:${p.id}`, { text: p.label, bold: true, size: fontSize, highlight: Boolean(p.highlight) }] as const),
    ...paths.flatMap((p) => p.points.filter((q) => q.label).map((q) => [`y:${p.id}:${q.year}`, { text: q.label!, bold: false, size: FONT.note, highlight: Boolean(p.highlight) }] as const)),
  ])
  return (
    <g className="balance-labels">
      {corners.map((c) => (
        <text key={c.text} x={c.x} y={c.y + noteH / 2} dominantBaseline="central" textAnchor={c.anchor} fontSize={FONT.note} fontStyle="italic" fill={AXIS_TEXT} className="quadrant-word">
          {c.text}
        </text>
      ))}
      {placed.map((l) => {
        const t = textOf.get(l.id)!
        return (
          <text
            key={l.id}
            x={l.textX}
            y={l.textY}
            dominantBaseline="central"
            textAnchor={l.anchor}
            fontSize={t.size}
            fontWeight={t.bold ? (t.highlight ? 800 : 600) : 400}
            fill={t.bold ? INK : AXIS_TEXT}
            paintOrder="stroke"
            stroke="#fff"
            strokeWidth={3}
            className={t.bold ? 'point-label' : 'year-label'}
            data-covers={l.covers ? 'true' : undefined}
          >
            {t.text}
          </text>
        )
      })}
    </g>
  )
}
