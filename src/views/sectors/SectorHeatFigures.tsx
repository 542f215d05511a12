/**
 * The sector view's heatmaps (HTML tables): score per sector and dimension, and the chosen measure
 * per province × sector against the same sector in the whole country. Sorting lives in the address.
 */
import type { ReactNode } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import { DIVERGING_STEPS, MATURITY_STEPS, stepOf, type ColorStep } from '../../charts/color-scale'
import { figure, type FigureSpec } from '../../charts/figure'
import { Heatmap, type HeatCell, type HeatmapProps } from '../../charts/Heatmap'
import { DIMENSIONS, type Level } from '../../domain/framework'
import type { Metric, UnitSummary } from '../../domain/groups'
import type { Indicator } from '../../domain/indices'
import { columnsFor } from '../../kit/columns'
import { ClassLegend } from '../../kit/legend'
import type { Scope, Words } from '../../kit/words'
import { commonLowest, type MatrixCell, type SectorComparison } from './sectors-model'
import { metricName, sm } from './words'

const MISSING: Indicator = { kind: 'none', reason: 'missing' }

/** A cell's interval, n and state in words (read on focus and by screen readers). */
function detail(w: Words, v: Indicator): string {
  if (v.kind === 'none') return v.reason === 'suppressed' ? sm(w, 'cell.suppressed.detail', { minN: w.thresholds.minN }) : sm(w, 'cell.missing')
  const ci = w.interval(v)
  const [low, high] = ci.split(' – ')
  return sm(w, v.status === 'low_reliability' ? 'cell.detail.thin' : 'cell.detail', { low, high, n: w.count(v.n) })
}

/** A heatmap cell: its value printed by the rounding rule (as in the table and the CSV), its colour step, its details. */
function heatCell(w: Words, v: Indicator, steps: readonly ColorStep[], signed: boolean, mark = ''): HeatCell {
  if (v.kind === 'none') return { text: v.reason === 'suppressed' ? `n < ${w.thresholds.minN}` : '—', detail: detail(w, v), suppressed: v.reason === 'suppressed' }
  const step = stepOf(v.value, steps)
  return { text: `${signed ? w.diff(v) : w.score(v)}${mark}`, fill: step.fill, textColor: step.text, detail: detail(w, v), lowReliability: v.status === 'low_reliability' }
}

/** The colour steps in words, with the hatching for suppressed cells and the mark for thin data. */
function StepLegend({ w, steps, format }: { w: Words; steps: readonly ColorStep[]; format: (v: number) => string }) {
  const classes = steps.map((s, i) => ({
    fill: s.fill,
    text: i === 0 ? `< ${format(steps[1].from)}` : i === steps.length - 1 ? `≥ ${format(s.from)}` : `${format(s.from)}–${format(steps[i + 1].from)}`,
  }))
  return <ClassLegend classes={classes} suppressed={w.t('legend.suppressed', { minN: w.thresholds.minN })} extra={[sm(w, 'legend.thin')]} />
}

/** A heatmap figure: an HTML table the reader can move through (its export draws the same table). */
function HeatFrame<R>({ spec, heatmap, legend, notes }: { spec: FigureSpec<R>; heatmap: HeatmapProps; legend: ReactNode; notes?: ReactNode }) {
  return <ChartFrame figure={spec} interactive chart={<Heatmap {...heatmap} />} legend={legend} notes={notes} />
}

export function SectorHeatmapFigure({ scope, comparisons, units }: { scope: Scope; comparisons: readonly SectorComparison[]; units: Map<string, UnitSummary> }) {
  const { w, filters } = scope
  const lowest = commonLowest(units)
  const c = columnsFor(w, comparisons)
  const spec = figure({
    id: 'sectors.heatmap',
    title: lowest ? sm(w, 'heatmap.title.clear', { count: lowest.count, total: units.size, dimension: w.dimension(lowest.dimension) }) : sm(w, 'heatmap.title'),
    subtitle: sm(w, 'heatmap.subtitle', { filters }),
    rows: comparisons,
    rowKey: (r) => r.sector,
    columns: [c.label('sector', w.t('table.sector'), (r) => w.sector(r.sector)), ...DIMENSIONS.map((d) => c.estimate(d, `${d} ${w.dimension(d)}`, (r) => r.unit.dimensions[d] ?? MISSING))],
  })
  return (
    <HeatFrame
      spec={spec}
      heatmap={{
        caption: sm(w, 'heatmap.caption'),
        corner: sm(w, 'heatmap.corner'),
        columns: DIMENSIONS.map((d) => ({ id: d, label: d, title: w.dimension(d) })),
        rows: comparisons.map((r) => ({ id: r.sector, label: w.sector(r.sector), cells: DIMENSIONS.map((d) => heatCell(w, r.unit.dimensions[d] ?? MISSING, MATURITY_STEPS, false)) })),
      }}
      legend={<StepLegend w={w} steps={MATURITY_STEPS} format={w.score} />}
    />
  )
}

export interface MatrixSort {
  column: string
  direction: 'ascending' | 'descending'
}

export function MatrixFigure({
  scope,
  cells,
  sectors,
  metric,
  level,
  sort,
  onSort,
}: {
  scope: Scope
  cells: readonly MatrixCell[]
  sectors: readonly string[]
  metric: Metric
  level: Level
  sort: MatrixSort
  onSort: (column: string) => void
}) {
  const { w, state } = scope
  const cellOf = new Map(cells.map((x) => [`${x.region}|${x.sector}`, x]))
  const valueOf = (p: string, s: string) => cellOf.get(`${p}|${s}`)?.value ?? MISSING
  const number = (i: Indicator) => (i.kind === 'score' ? i.value : undefined)
  const provinces = w.meta.regions
    .filter((r) => r.kind === 'province')
    .map((r) => r.code)
    .sort((a, b) => {
      const dir = sort.direction === 'ascending' ? 1 : -1
      if (sort.column === 'label') return w.region(a).localeCompare(w.region(b), w.lang) * dir
      const va = number(valueOf(a, sort.column))
      const vb = number(valueOf(b, sort.column))
      if (va === undefined) return 1
      if (vb === undefined) return -1
      return (va - vb) * dir
    })
  const steps = metric === 'G' ? DIVERGING_STEPS : MATURITY_STEPS
  const fmt = (v: number) => (metric === 'G' ? w.diff(v) : w.score(v))
  const lower = cells.filter((x) => x.verdict === 'lower').length
  const c = columnsFor(w, provinces)
  const spec = figure({
    id: 'sectors.matrix',
    title: lower > 0 ? sm(w, 'matrix.title.some', { count: lower }) : sm(w, 'matrix.title.none'),
    subtitle: sm(w, 'matrix.subtitle', { metric: metricName(w, metric), level: w.level(level), year: state.year, sectors: scope.filters }),
    rows: provinces,
    rowKey: (p) => p,
    columns: [c.label('province', sm(w, 'matrix.corner'), (p) => w.region(p)), ...sectors.map((s) => (metric === 'G' ? c.difference : c.estimate)(s, w.sector(s), (p) => valueOf(p, s)))],
  })
  return (
    <HeatFrame
      spec={spec}
      heatmap={{
        caption: sm(w, 'matrix.caption', { metric: metricName(w, metric) }),
        corner: sm(w, 'matrix.corner'),
        columns: sectors.map((s) => ({ id: s, label: s, title: w.sector(s) })),
        rows: provinces.map((p) => ({
          id: p,
          label: w.region(p),
          highlight: state.regions.includes(p),
          cells: sectors.map((s) => {
            const m = cellOf.get(`${p}|${s}`)
            const mark = m?.verdict === 'lower' ? ' ▼' : m?.verdict === 'higher' ? ' ▲' : ''
            const cell = heatCell(w, m?.value ?? MISSING, steps, metric === 'G', mark)
            const verdictWords = m?.verdict === 'lower' ? `, ${sm(w, 'matrix.lower')}` : m?.verdict === 'higher' ? `, ${sm(w, 'matrix.higher')}` : ''
            return { ...cell, detail: `${w.region(p)}, ${w.sector(s)}: ${cell.detail}${verdictWords}` }
          }),
        })),
        sort,
        onSort,
        sortLabel: (column) => sm(w, 'matrix.sortBy', { column: column === 'label' ? sm(w, 'matrix.corner') : w.sector(column) }),
      }}
      legend={
        <>
          <StepLegend w={w} steps={steps} format={fmt} />
          <p className="chart-note">{sm(w, 'matrix.legend')}</p>
        </>
      }
      notes={state.regions.length > 0 ? <p className="chart-note">{state.regions.map(w.region).join(', ')}</p> : undefined}
    />
  )
}
