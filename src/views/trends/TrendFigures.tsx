/** The trends view's two year figures: T and S per year per level, and the year-on-year grid. */
import { ChangeGrid } from '../../charts/ChangeGrid'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { TrendChart, trendAxis } from '../../charts/TrendChart'
import { columnsFor } from '../../kit/columns'
import { SmallMultiples } from '../../kit/charts'
import { Legend, legendItems } from '../../kit/legend'
import { tickFormat } from '../../kit/rows'
import type { TrendsMessageKey } from './messages'
import { changeCounts, changeRows, changeText, firstMeasured, periodVerdict, pillarSeries, pillarYearRows, trendBounds, type LevelTrend } from './trends-model'
import { tm, type TrendScope } from './words'

export function PillarsFigure({ scope, shown }: { scope: TrendScope; shown: readonly LevelTrend[] }) {
  const { w, words } = scope
  const axis = trendAxis(trendBounds(shown))
  const one = shown.length === 1
  const up = (k: 'T' | 'S') => shown.filter((x) => periodVerdict(x, k) === 'increase').length
  const down = shown.filter((x) => periodVerdict(x, 'T') === 'decrease' || periodVerdict(x, 'S') === 'decrease').length
  const title = one
    ? tm(w, 'pillars.title.one', {
        Level: w.level(shown[0].level),
        t: tm(w, `move.${periodVerdict(shown[0], 'T')}` as TrendsMessageKey),
        s: tm(w, `move.${periodVerdict(shown[0], 'S')}` as TrendsMessageKey),
        first: firstMeasured(shown[0]) ?? scope.first,
      })
    : up('T') + up('S') > 0
      ? tm(w, 'pillars.title.count', { first: scope.first, t: up('T'), s: up('S'), n: shown.length })
      : down > 0
        ? tm(w, 'pillars.title.down', { first: scope.first, d: down, n: shown.length })
        : tm(w, 'pillars.title.none', { first: scope.first })
  const panels = shown.map((tr) => ({ level: tr.level, series: pillarSeries(tr, words) }))
  const points = panels.flatMap((p) => p.series.flatMap((s) => s.points))
  const rows = pillarYearRows(shown)
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'trends.pillars',
    title,
    subtitle: tm(w, 'pillars.subtitle', { first: scope.first, last: scope.last, filters: scope.filters }),
    rows,
    rowKey: (r) => `${r.level}-${r.pillar}-${r.year}`,
    rowData: (r) => ({ level: r.level, pillar: r.pillar, year: String(r.year) }),
    columns: [
      ...c.csvOnly(c.text('selection', w.t('csv.filters'), (r) => scope.where(r.level))),
      c.text('level', w.t('table.level'), (r) => w.level(r.level)),
      c.text('pillar', w.t('table.pillar'), (r) => words.pillarLabel(r.pillar)),
      c.label('year', w.t('table.year'), (r) => String(r.year)),
      ...c.measured('score', w.t('table.score'), (r) => r.value, { status: false }),
      ...c.differences('change', tm(w, 'table.change'), (r) => r.change?.diff),
      c.text('verdict', tm(w, 'table.verdict'), (r) => changeText(r, words)),
      c.status((r) => r.value),
    ],
    summary: `${shown.map((tr) => `${w.level(tr.level)}: ${(['T', 'S'] as const).map((k) => `${k} ${tr[k].map((p) => `${p.year} ${p.value.kind === 'score' ? w.score(p.value) : w.missing(p.value.reason)}`).join(', ')}`).join('; ')}`).join('. ')}.`,
  })
  const li = legendItems(w)
  const anyGap = points.some((q) => q.value === undefined)
  return (
    <ChartFrame
      figure={spec}
      chart={
        <SmallMultiples
          className="trend-multiples"
          panels={panels.map((p) => ({
            id: p.level,
            name: w.level(p.level),
            content: <TrendChart years={scope.years} series={p.series} domain={axis.domain} ticks={axis.ticks} formatTick={tickFormat(axis.ticks, w.lang)} height={one ? 300 : 230} />,
          }))}
        />
      }
      legend={
        <Legend
          items={[li.technological, li.social, li.band, points.some((q) => q.mark === 'up') && li.up, points.some((q) => q.mark === 'down') && li.down, points.some((q) => q.faint) && li.thin, anyGap && li.gap]}
        />
      }
      notes={
        <>
          <p className="chart-note">{tm(w, 'pillars.note.marks')}</p>
          {anyGap ? <p className="chart-note">{tm(w, 'pillars.note.gaps')}</p> : null}
        </>
      }
    />
  )
}

export function ChangesFigure({ scope, shown }: { scope: TrendScope; shown: readonly LevelTrend[] }) {
  const { w, words } = scope
  const counts = changeCounts(shown)
  const total = counts.increase + counts.decrease + counts.no_clear_change + counts.unknown
  const clear = counts.increase + counts.decrease
  const rows = shown.flatMap((tr) => (['T', 'S'] as const).flatMap((k) => tr.yoy[k].map((change) => ({ level: tr.level, pillar: k, change }))))
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'trends.changes',
    title: clear > 0 ? tm(w, 'changes.title.some', { clear, total, up: counts.increase, down: counts.decrease }) : tm(w, 'changes.title.none'),
    subtitle: tm(w, 'changes.subtitle', { filters: scope.filters }),
    rows,
    rowKey: (r) => `${r.level}-${r.pillar}-${r.change.to}`,
    columns: [
      ...c.csvOnly(c.text('selection', w.t('csv.filters'), (r) => scope.where(r.level))),
      c.text('level', w.t('table.level'), (r) => w.level(r.level)),
      c.text('pillar', w.t('table.pillar'), (r) => words.pillarLabel(r.pillar)),
      c.code('from', tm(w, 'table.from'), (r) => r.change.from),
      c.label('to', tm(w, 'table.to'), (r) => String(r.change.to)),
      ...c.differences('change', tm(w, 'csv.change'), (r) => r.change.diff),
      c.text('verdict', tm(w, 'table.verdict'), (r) => words.verdict(r.change.change)),
    ],
    summary: `${shown.map((tr) => `${w.level(tr.level)}: ${(['T', 'S'] as const).map((k) => `${k} ${tr.yoy[k].map((x) => `${x.to} ${x.diff.kind === 'score' ? w.diff(x.diff) : '—'} (${words.verdict(x.change)})`).join(', ')}`).join('; ')}`).join('. ')}.`,
  })
  return (
    <ChartFrame
      figure={spec}
      chart={<ChangeGrid columns={scope.years.slice(1).map(String)} rows={changeRows(shown, words)} />}
      legend={<Legend items={[{ id: 'clear', text: tm(w, 'changes.legend.clear') }, { id: 'similar', text: tm(w, 'changes.legend.similar') }, counts.unknown > 0 && { ...legendItems(w).gap, text: tm(w, 'changes.legend.unknown') }]} />}
    />
  )
}
