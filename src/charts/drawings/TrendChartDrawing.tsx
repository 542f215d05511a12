/**
 * The trend chart drawn by Recharts: a composed chart on a linear year axis with, per series, an
 * `Area` for the 95% band (a range [low, high]) and a `Line` for the estimates, both with
 * `connectNulls={false}` so a year without a value is a gap; an `ErrorBar` stands in for the band
 * where a year has no neighbour to make an area with. Gap years are `ReferenceArea` columns.
 */
import { Area, CartesianGrid, ComposedChart, ErrorBar, Line, XAxis, YAxis, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'
import type { Lang } from '../../domain/framework'
import { yearRange } from '../axis'
import { PanelTitle, valueAxisProps } from './axis-props'
import { AXIS_TEXT, FONT, GRID, INK, MISSING, SERIES, SUPPRESSED, ZERO_LINE } from '../encoding'
import { spreadLabels } from '../label-placement'
import { textWidth } from '../text-layout'
import { endLabelSpace, trendGaps, type TrendChartProps, type TrendGap, type TrendPoint, type TrendSeries } from '../TrendChart'
import { pathThrough, runsOf, type LinePoint } from './runs'
import { Mark } from '../Mark'

export interface TrendChartDrawingProps extends TrendChartProps {
  width: number
  height: number
  lang: Lang
  missingWord: string
}

const LEFT = 44
const BOTTOM = 24

type Row = Record<string, number | [number, number] | boolean | string | null>

/** Neighbours on both sides without a value: a band cannot be an area there, so it is a whisker. */
function isolated(points: readonly TrendPoint[], year: number): boolean {
  const has = (y: number) => points.some((p) => p.year === y && p.value !== undefined && p.ciLow !== undefined && p.ciHigh !== undefined)
  return !has(year - 1) && !has(year + 1)
}

export function TrendChartDrawing({ years, series, axis, width, height, title, lang, missingWord }: TrendChartDrawingProps) {
  const full = yearRange([...years, ...series.flatMap((s) => s.points.map((p) => p.year))])
  const top = (title ? 24 : 0) + 10
  const right = endLabelSpace(series, width)
  const plotWidth = width - LEFT - right
  const gaps = trendGaps(years, series, missingWord)
  const columnWidth = full.length > 1 ? Math.min(0.6, 30 / (plotWidth / full.length)) : 0.6
  const yearEvery = plotWidth / Math.max(1, full.length) < textWidth('2024', FONT.tick) + 8 ? 2 : 1
  const lastYear = full[full.length - 1]
  const data: Row[] = full.map((year) => {
    const row: Row = { year }
    series.forEach((s, i) => {
      const p = s.points.find((q) => q.year === year)
      const v = p?.value
      row[`v${i}`] = v ?? null
      const band = v !== undefined && p?.ciLow !== undefined && p?.ciHigh !== undefined
      row[`b${i}`] = band ? [p!.ciLow!, p!.ciHigh!] : null
      row[`e${i}`] = band && s.band !== false && isolated(s.points, year) ? [v! - p!.ciLow!, p!.ciHigh! - v!] : null
      row[`t${i}`] = Boolean(p?.thin)
      row[`m${i}`] = p?.mark ?? null
    })
    return row
  })
  return (
    <ComposedChart width={width} height={height} data={data} margin={{ top, right, bottom: 2, left: 0 }} accessibilityLayer={false} className="trend-chart">
      <PanelTitle title={title} />
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis
        type="number"
        dataKey="year"
        domain={[full[0] - 0.5, lastYear + 0.5]}
        ticks={full}
        interval={0}
        allowDecimals={false}
        height={BOTTOM}
        stroke={AXIS_TEXT}
        tickLine={false}
        tick={{ fontSize: FONT.tick, fill: AXIS_TEXT }}
        tickFormatter={(y: number) => ((lastYear - y) % yearEvery === 0 ? String(y) : '')}
      />
      <YAxis {...valueAxisProps(axis, lang)} width={LEFT} axisLine={false} tickLine={false} />
      {axis.kind === 'difference' ? <ZeroLine /> : null}
      <Gaps gaps={gaps} columnWidth={columnWidth} />
      {series.map((s, i) =>
        s.band === false ? null : (
          <Area
            key={`band-${s.id}`}
            dataKey={`b${i}`}
            type="linear"
            stroke="none"
            fill={SERIES[s.series].color}
            fillOpacity={s.emphasis === false ? 0.08 : 0.14}
            connectNulls={false}
            isAnimationActive={false}
            activeDot={false}
            className="trend-band"
          />
        ),
      )}
      {series.map((s, i) => {
        const look = SERIES[s.series]
        return (
          <Line
            key={`line-${s.id}`}
            dataKey={`v${i}`}
            type="linear"
            stroke={look.color}
            strokeWidth={s.emphasis ? 3 : 2}
            strokeDasharray={look.dash}
            connectNulls={false}
            isAnimationActive={false}
            activeDot={false}
            shape={(c: { points?: readonly (LinePoint & { payload?: Row })[] }) => (
              <g className="trend-series" data-series={s.id}>
                {runsOf(c.points ?? [])
                  .filter((run) => run.length > 1)
                  .map((run) => (
                  <path
                    key={String(run[0].payload?.year)}
                    className="trend-line"
                    data-series={s.id}
                    data-years={`${run[0].payload?.year}-${run[run.length - 1].payload?.year}`}
                    d={pathThrough(run)}
                    fill="none"
                    stroke={look.color}
                    strokeWidth={s.emphasis ? 3 : 2}
                    strokeDasharray={look.dash}
                  />
                ))}
              </g>
            )}
            dot={(d: { cx?: number; cy?: number; payload?: Row; index?: number }) => {
              if (d.cx === undefined || d.cy === undefined || d.payload?.[`v${i}`] === null) return <g key={`d-${d.index}`} />
              const mark = d.payload?.[`m${i}`] as 'up' | 'down' | null
              return (
                <g key={`d-${d.index}`} className="trend-point" data-series={s.id} data-year={String(d.payload?.year)}>
                  <Mark shape={look.shape} cx={d.cx} cy={d.cy} color={look.color} open={Boolean(d.payload?.[`t${i}`])} size={s.emphasis ? 5 : 4} />
                  {mark ? <Arrow direction={mark} cx={d.cx} cy={d.cy} color={look.text} /> : null}
                </g>
              )
            }}
          >
            {s.band === false ? null : <ErrorBar dataKey={`e${i}`} direction="y" stroke={look.color} strokeOpacity={0.45} strokeWidth={6} width={0} isAnimationActive={false} />}
          </Line>
        )
      })}
      <EndLabels series={series} plotRight={width - right} />
    </ComposedChart>
  )
}

/**
 * Under the lines, in one layer on Recharts' scales (one store subscriber instead of a
 * ReferenceArea per year): the columns of years without a value.
 */
function Gaps({ gaps, columnWidth }: { gaps: readonly TrendGap[]; columnWidth: number }) {
  const x = useXAxisScale()
  const plot = usePlotArea()
  if (!x || !plot) return null
  return (
    <g className="gaps">
      {gaps.map((g) => {
        const x0 = x(g.year - columnWidth / 2) ?? 0
        const x1 = x(g.year + columnWidth / 2) ?? 0
        return <GapColumn key={g.year} gap={g} x={x0} y={plot.y} width={x1 - x0} height={plot.height} />
      })}
    </g>
  )
}

/** The zero line of a difference axis. */
function ZeroLine() {
  const y = useYAxisScale()
  const plot = usePlotArea()
  const at = y?.(0)
  if (at === undefined || !plot) return null
  return <line className="zero-line" x1={plot.x} x2={plot.x + plot.width} y1={at} y2={at} stroke={ZERO_LINE} strokeWidth={1.5} />
}

/** A year where a series has no value: a hatched (suppressed) or dotted (missing) column with the reason. */
function GapColumn({ gap, x, y, width, height }: { gap: TrendGap; x: number; y: number; width: number; height: number }) {
  const missing = gap.absent === 'missing'
  return (
    <g className={`trend-gap trend-gap-${gap.absent}`} data-year={gap.year}>
      <rect x={x} y={y} width={width} height={height} fill={missing ? MISSING.fill : SUPPRESSED.fill} stroke={missing ? MISSING.stroke : SUPPRESSED.stroke} strokeDasharray={missing ? MISSING.dash : undefined} />
      <text
        transform={`translate(${x + width / 2} ${y + height / 2}) rotate(-90)`}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={FONT.note}
        fill={INK}
        paintOrder="stroke"
        stroke="#fff"
        strokeWidth={4}
      >
        {gap.text}
      </text>
    </g>
  )
}

/** A clear change from the year before: a small triangle above (up) or below (down) the marker. */
function Arrow({ direction, cx, cy, color }: { direction: 'up' | 'down'; cx: number; cy: number; color: string }) {
  const y = direction === 'up' ? cy - 11 : cy + 11
  const d = direction === 'up' ? `M${cx - 4} ${y + 3}L${cx} ${y - 3}L${cx + 4} ${y + 3}Z` : `M${cx - 4} ${y - 3}L${cx} ${y + 3}L${cx + 4} ${y - 3}Z`
  return <path className={`trend-mark trend-mark-${direction}`} d={d} fill={color} />
}

/** "T 3,4" at the end of each line, spread so that no two overlap. */
function EndLabels({ series, plotRight }: { series: readonly TrendSeries[]; plotRight: number }) {
  const sy = useYAxisScale()
  const plot = usePlotArea()
  if (!sy || !plot) return null
  const ends = series.map((s) => [...s.points].reverse().find((p) => p.value !== undefined))
  const shown = ends.flatMap((p, i) => (p ? [i] : []))
  const ys = spreadLabels(
    shown.map((i) => sy(ends[i]!.value!) ?? 0),
    15,
    plot.y + 6,
    plot.y + plot.height - 6,
  )
  return (
    <g className="end-labels">
      {shown.map((i, k) => {
        const s = series[i]
        return (
          <text key={s.id} data-series={s.id} className="end-label" x={plotRight + 8} y={ys[k]} dominantBaseline="central" fontSize={FONT.value} fontWeight={s.emphasis ? 700 : 600} fill={SERIES[s.series].text}>
            {s.label} {ends[i]!.text}
          </text>
        )
      })}
    </g>
  )
}
