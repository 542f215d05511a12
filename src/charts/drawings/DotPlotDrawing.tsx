/**
 * The dot plot drawn by Recharts: a scatter of estimates on a numeric x axis with `ErrorBar`
 * whiskers, one series per look (technological, social, composite, reference), on rows placed by
 * `dotPlotLayout`. Recharts draws the axes, grid, reference lines and bands; the row names are the
 * y axis's ticks (wrapped), and the value labels a layer on the x scale.
 */
import { CartesianGrid, ErrorBar, Scatter, ScatterChart, XAxis, YAxis, useXAxisScale, type XAxisTickContentProps, type YAxisTickContentProps } from 'recharts'
import type { Lang } from '../../domain/framework'
import { tickText, type Axis } from '../axis'
import type { DotPlotLayout, DotPlotOptions, RowPlace } from '../dot-plot-layout'
import { AXIS_TEXT, FONT, GRID, HIGHLIGHT_BAND, INK, MISSING, SERIES, SUPPRESSED, ZERO_LINE, type SeriesKind } from '../encoding'
import { lineHeight, textWidth } from '../text-layout'
import { Mark } from '../Mark'
import { PanelTitle, valueAxisProps } from './axis-props'

export interface DotPlotDrawingProps {
  layout: DotPlotLayout
  options: DotPlotOptions
  lang: Lang
}

interface Point {
  x: number
  y: number
  err: [number, number]
  place: RowPlace
}

const KINDS: readonly SeriesKind[] = ['reference', 'composite', 'social', 'technological']

export function DotPlotDrawing({ layout: L, options: o, lang }: DotPlotDrawingProps) {
  const axis = o.axis
  const byY = new Map(L.rows.map((p) => [p.y, p]))
  const groups = new Map(L.rows.filter((p) => p.groupY !== undefined).map((p) => [p.groupY!, p]))
  const yTicks = [...L.rows.map((p) => p.y), ...groups.keys()]
  const points = (kind: SeriesKind): Point[] =>
    L.rows.flatMap((p) =>
      p.row.series === kind && p.row.value !== undefined
        ? [{ x: p.row.value, y: p.y, err: [p.row.value - (p.row.ciLow ?? p.row.value), (p.row.ciHigh ?? p.row.value) - p.row.value] as [number, number], place: p }]
        : [],
    )
  const labelled = new Set(L.labelled)
  return (
    <ScatterChart
      width={L.width}
      height={L.height}
      margin={{ top: L.plotTop, right: L.width - L.plotRight, bottom: 4, left: 0 }}
      className="dot-plot"
      accessibilityLayer={false}
    >
      <PanelTitle title={o.title} />
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        {...valueAxisProps(axis, lang)}
        dataKey="x"
        height={L.axisHeight}
        tickLine={false}
        tick={(t: XAxisTickContentProps) => (
          <AxisTick x={Number(t.x)} y={Number(t.y)} value={Number(t.payload.value)} axis={axis} lang={lang} label={labelled.has(Number(t.payload.value))} words={L.showWords ? o.scaleLabels : undefined} />
        )}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={[0, L.plotHeight]}
        reversed
        allowDataOverflow
        width={L.plotLeft}
        ticks={yTicks}
        interval={0}
        axisLine={false}
        tickLine={false}
        tick={(t: YAxisTickContentProps) => {
          // a tick is either a group heading (above its first row) or a row's name
          const v = Number(t.payload.value)
          const group = groups.get(v)
          if (group) return <GroupHeading y={Number(t.y)} text={group.row.group!} />
          const place = byY.get(v)
          return place ? <RowName y={Number(t.y)} place={place} layout={L} /> : <g />
        }}
      />
      <Bands layout={L} axis={axis} reference={o.reference} />
      {KINDS.map((kind) => {
        const data = points(kind)
        if (data.length === 0) return null
        const look = SERIES[kind]
        return (
          <Scatter
            key={kind}
            data={data}
            isAnimationActive={false}
            className={`series series-${kind}`}
            shape={(s: { cx?: number; cy?: number; payload?: Point }) =>
              s.cx === undefined || s.cy === undefined ? (
                <g />
              ) : (
                <g className="dot" data-row={s.payload?.place.row.id}>
                  <Mark shape={look.shape} cx={s.cx} cy={s.cy} color={look.color} open={s.payload?.place.row.thin} />
                </g>
              )
            }
          >
            <ErrorBar dataKey="err" direction="x" stroke={look.color} strokeWidth={2} strokeDasharray={look.dash} width={4} isAnimationActive={false} />
          </Scatter>
        )
      })}
      <ValueLabels layout={L} />
      {o.ends ? (
        <g fontSize={FONT.note} fill={AXIS_TEXT} fontStyle="italic" className="axis-ends">
          <text x={L.plotLeft} y={L.height - 6} textAnchor="start">
            {o.ends[0]}
          </text>
          <text x={L.plotRight} y={L.height - 6} textAnchor="end">
            {o.ends[1]}
          </text>
        </g>
      ) : null}
    </ScatterChart>
  )
}

/**
 * What lies under the data, drawn on Recharts' x scale in one layer (one store subscriber instead
 * of a ReferenceArea or ReferenceLine each): highlight bands, bands for rows without a value, the
 * zero line of a difference axis and a reference line with its name.
 */
function Bands({ layout: L, axis, reference }: { layout: DotPlotLayout; axis: Axis; reference?: { value: number; label: string } }) {
  const x = useXAxisScale()
  if (!x) return null
  const X = (v: number) => x(v) ?? 0
  const left = X(axis.domain[0])
  const right = X(axis.domain[1])
  const top = L.plotTop
  const bottom = L.plotTop + L.plotHeight
  const refX = reference ? X(reference.value) : 0
  return (
    <g className="bands">
      {L.rows.map((p) =>
        p.row.highlight ? <rect key={`h-${p.row.id}`} className="highlight" x={left} y={top + p.y - p.height / 2 + 1} width={right - left} height={p.height - 2} fill={HIGHLIGHT_BAND} /> : null,
      )}
      {L.rows.map((p) =>
        p.row.value === undefined ? <AbsentBand key={`a-${p.row.id}`} place={p} x={left} y={top + p.y - absentHalf(p)} width={right - left} height={2 * absentHalf(p)} /> : null,
      )}
      {axis.kind === 'difference' && axis.domain[0] < 0 && axis.domain[1] > 0 ? <line className="zero-line" x1={X(0)} x2={X(0)} y1={top} y2={bottom} stroke={ZERO_LINE} strokeWidth={1.5} /> : null}
      {reference ? (
        <g className="reference">
          <line x1={refX} x2={refX} y1={top - 4} y2={bottom} stroke={SERIES.reference.color} strokeWidth={1.5} strokeDasharray="5 4" />
          <text x={refX} y={top - 8} textAnchor={refX > L.width - 90 ? 'end' : refX < L.plotLeft + 90 ? 'start' : 'middle'} fontSize={FONT.tick} fill={SERIES.reference.text} className="reference-name">
            {reference.label}
          </text>
        </g>
      ) : null}
    </g>
  )
}

/** Half the height of a row's band for a missing value (it grows with the wrapped reason). */
function absentHalf(p: RowPlace): number {
  return (Math.max(1, p.absentLines.length) * lineHeight(FONT.value) + 6) / 2
}

/** A row without a value: a hatched (suppressed) or dotted (missing) band with the reason in words. */
function AbsentBand({ place: p, x, y, width, height }: { place: RowPlace; x: number; y: number; width: number; height: number }) {
  const missing = p.row.absent === 'missing'
  const lh = lineHeight(FONT.value)
  const first = y + height / 2 - ((p.absentLines.length - 1) * lh) / 2
  return (
    <g className={`absent absent-${p.row.absent ?? 'suppressed'}`} data-row={p.row.id}>
      <rect x={x} y={y} width={width} height={height} fill={missing ? MISSING.fill : SUPPRESSED.fill} stroke={missing ? MISSING.stroke : SUPPRESSED.stroke} strokeDasharray={missing ? MISSING.dash : undefined} />
      <text x={x + width / 2} y={first} dominantBaseline="central" textAnchor="middle" fontSize={FONT.value} fill={INK} paintOrder="stroke" stroke="#fff" strokeWidth={4}>
        {p.absentLines.map((line, i) => (
          <tspan key={i} x={x + width / 2} dy={i === 0 ? 0 : lh}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  )
}

function AxisTick({ x, y, value, axis, lang, label, words }: { x: number; y: number; value: number; axis: Axis; lang: Lang; label: boolean; words?: readonly string[] }) {
  if (!label) return <g />
  const word = words && Number.isInteger(value) ? words[value - 1] : undefined
  const anchor = words && value === axis.domain[0] ? 'start' : words && value === axis.domain[1] ? 'end' : 'middle'
  return (
    <g className="tick">
      <text x={x} y={y + 12} textAnchor="middle" fontSize={FONT.tick} fill={AXIS_TEXT}>
        {tickText(value, axis, lang)}
      </text>
      {word ? (
        <text x={x} y={y + 27} textAnchor={anchor} fontSize={FONT.note} fill={AXIS_TEXT}>
          {word}
        </text>
      ) : null}
    </g>
  )
}

function RowName({ y, place, layout: L }: { y: number; place: RowPlace; layout: DotPlotLayout }) {
  const lh = lineHeight(L.fontSize)
  const top = y - ((place.lines.length - 1) * lh) / 2
  return (
    <g className="row-name">
      {place.row.prefix && L.prefixWidth > 0 ? (
        <text x={L.prefixWidth - 10} y={top} dominantBaseline="central" textAnchor="end" fontSize={L.fontSize} fill={AXIS_TEXT} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {place.row.prefix}
        </text>
      ) : null}
      <text x={L.labelRight} y={top} dominantBaseline="central" textAnchor="end" fontSize={L.fontSize} fill={INK} fontWeight={place.row.highlight ? 700 : 400}>
        {place.lines.map((line, i) => (
          <tspan key={i} x={L.labelRight} dy={i === 0 ? 0 : lh}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  )
}

function GroupHeading({ y, text }: { y: number; text: string }) {
  return (
    <text x={0} y={y} dominantBaseline="central" fontSize={FONT.tick} fontWeight={700} fill={AXIS_TEXT} className="group-heading">
      {text}
    </text>
  )
}

/** The estimate next to each whisker (or under the marker on narrow charts), in the series' text colour. */
function ValueLabels({ layout: L }: { layout: DotPlotLayout }) {
  const x = useXAxisScale()
  if (!x) return null
  return (
    <g className="value-labels">
      {L.rows.map((p) => {
        const r = p.row
        if (r.value === undefined || !p.valueText) return null
        const look = SERIES[r.series]
        const at = x(r.value) ?? 0
        const end = x(r.ciHigh ?? r.value) ?? at
        const cy = L.plotTop + p.y
        const bold = r.verdict === undefined || r.verdict !== 'similar'
        // below the marker, centred on it but kept whole inside the drawing (a label is never cut)
        const half = textWidth(p.valueText, FONT.value, bold) / 2
        const below = Math.max(L.plotLeft + half, Math.min(L.width - 4 - half, at))
        return L.labelsBelow ? (
          <text key={r.id} className="value-label" data-row={r.id} x={below} y={cy + 15} dominantBaseline="central" textAnchor="middle" fontSize={FONT.value} fontWeight={bold ? 700 : 400} fill={look.text}>
            {p.valueText}
          </text>
        ) : (
          <text key={r.id} className="value-label" data-row={r.id} x={end + 7} y={cy} dominantBaseline="central" fontSize={FONT.value} fontWeight={bold ? 700 : 400} fill={look.text}>
            {p.valueText}
          </text>
        )
      })}
    </g>
  )
}
