/** The sector view's dot figures: each sector against all sectors, and T against S per sector. */
import { BalanceMap } from '../../charts/BalanceMap'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { IntervalPlot } from '../../charts/IntervalPlot'
import type { Level } from '../../domain/framework'
import { metricOf, type Metric, type UnitSummary } from '../../domain/groups'
import type { Score } from '../../domain/indices'
import { largestShownSize } from '../../domain/headlines'
import { columnsFor } from '../../kit/columns'
import { balanceMapLabels, intervalRow, verdictLook } from '../../kit/rows'
import type { Scope } from '../../kit/words'
import type { SectorComparison } from './sectors-model'
import { metricName, sm } from './words'

/** Every sector's difference from all sectors together, on the chosen measure. */
export function SectorDifferenceFigure({ scope, comparisons, reference, metric }: { scope: Scope; comparisons: readonly SectorComparison[]; reference: UnitSummary; metric: Metric }) {
  const { w, filters } = scope
  const diffs = comparisons.flatMap((c) => (c.diff.kind === 'score' ? [Math.abs(c.diff.ciLow), Math.abs(c.diff.ciHigh)] : []))
  const span = Math.max(0.5, Math.ceil(Math.max(0, ...diffs) * 4) / 4)
  const rows = comparisons.map((c) =>
    intervalRow(w, c.sector, w.sector(c.sector), c.diff, verdictLook(c.verdict), { signed: true, suffix: ` · ${w.verdict(c.verdict)}` }),
  )
  const differing = comparisons.filter((c) => c.verdict === 'higher' || c.verdict === 'lower').length
  const refValue = metricOf(reference, metric)
  const fmt = (v: Score) => (metric === 'G' ? w.diff(v) : w.score(v))
  const c = columnsFor(w, comparisons)
  const spec = figure({
    id: 'sectors.difference',
    title: differing > 0 ? sm(w, 'diff.title.some', { count: differing, total: comparisons.length, size: largestShownSize(comparisons.map((c) => c.diff), w.lang) }) : sm(w, 'diff.title.none'),
    subtitle: sm(w, 'diff.subtitle', { reference: refValue.kind === 'score' ? fmt(refValue) : '—', metric: metricName(w, metric), filters }),
    rows: comparisons,
    rowKey: (r) => r.sector,
    columns: [
      c.label('sector', w.t('table.sector'), (r) => w.sector(r.sector)),
      c.estimate('value', metricName(w, metric), (r) => r.value),
      ...c.differences('diff', w.t('table.diff'), (r) => r.diff),
      c.n((r) => r.value),
      c.text('verdict', w.t('table.verdict'), (r) => (r.value.kind === 'none' ? w.status(r.value) : w.verdict(r.verdict))),
    ],
  })
  return <ChartFrame figure={spec} chart={<IntervalPlot rows={rows} domain={[-span, span]} ticks={[-span, -span / 2, 0, span / 2, span]} formatTick={(v) => w.diff(v)} reference={0} rowHeight={30} />} />
}

/** Technological against social maturity, one point per sector. */
export function SectorBalanceFigure({ scope, comparisons, level }: { scope: Scope; comparisons: readonly SectorComparison[]; level: Level }) {
  const { w, state, filters } = scope
  const points = comparisons.flatMap((c) => {
    const t = c.unit.technological
    const s = c.unit.social
    if (t.kind === 'none' || s.kind === 'none') return []
    return [
      {
        id: c.sector,
        label: c.sector,
        x: t.value,
        y: s.value,
        errX: [t.value - t.ciLow, t.ciHigh - t.value] as [number, number],
        errY: [s.value - s.ciLow, s.ciHigh - s.value] as [number, number],
        lowReliability: t.status === 'low_reliability' || s.status === 'low_reliability',
      },
    ]
  })
  const c = columnsFor(w, comparisons)
  const spec = figure({
    id: 'sectors.balance',
    title: sm(w, 'balance.title'),
    subtitle: sm(w, 'balance.subtitle', { level: w.level(level), year: state.year, filters }),
    rows: comparisons,
    rowKey: (r) => r.sector,
    columns: [
      c.label('sector', w.t('table.sector'), (r) => w.sector(r.sector)),
      c.code('code', w.t('table.code'), (r) => r.sector),
      ...c.measured('t', 'T', (r) => r.unit.technological, { n: false, status: false }),
      ...c.measured('s', 'S', (r) => r.unit.social, { n: false, status: false }),
      c.text('balance', w.t('table.balance'), (r) => w.balance(r.unit.balance)),
    ],
  })
  return <ChartFrame figure={spec} chart={<BalanceMap points={points} paths={[]} {...balanceMapLabels(w)} />} notes={<p className="chart-note">{w.t('overview.balance.diagonal')}</p>} />
}
