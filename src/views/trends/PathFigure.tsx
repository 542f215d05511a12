/** The trends view's path through the T × S plane: each level (or every year of the focused level). */
import { BalanceMap } from '../../charts/BalanceMap'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { levelPhrase } from '../../domain/findings'
import { columnsFor } from '../../kit/columns'
import { balanceMapLabels } from '../../kit/rows'
import { firstMeasured, pathRows, periodVerdict, trendPaths, trendPoints, type LevelTrend } from './trends-model'
import { tm, type TrendScope } from './words'

export function PathFigure({ scope, all, shown }: { scope: TrendScope; all: readonly LevelTrend[]; shown: readonly LevelTrend[] }) {
  const { w, state, words } = scope
  const focus = state.level
  const subject = scope.subject
  let title: string
  if (focus) {
    const tr = shown[0]
    const T = periodVerdict(tr, 'T') === 'increase'
    const S = periodVerdict(tr, 'S') === 'increase'
    title = tm(w, T && S ? 'path.title.level.both' : T ? 'path.title.level.t' : S ? 'path.title.level.s' : 'path.title.level.none', { Level: w.level(focus), first: firstMeasured(tr) ?? scope.first })
  } else {
    const count = all.filter((tr) => periodVerdict(tr, 'T') === 'increase' && periodVerdict(tr, 'S') === 'increase').length
    title = count > 0 ? tm(w, 'path.title.both', { subject, count, n: all.length, first: scope.first }) : tm(w, 'path.title.none', { subject, first: scope.first })
  }
  const rows = pathRows(focus ? shown : all)
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'trends.path',
    title,
    subtitle: tm(w, 'path.subtitle', { first: scope.first, last: scope.last, filters: scope.filters }),
    rows,
    rowKey: (r) => `${r.level}-${r.year}`,
    columns: [
      ...c.csvOnly(c.text('selection', w.t('csv.filters'), (r) => scope.where(r.level))),
      c.text('level', w.t('table.level'), (r) => w.level(r.level)),
      c.label('year', w.t('table.year'), (r) => String(r.year)),
      ...c.measured('t', 'T', (r) => r.t, { n: false, status: false }),
      ...c.measured('s', 'S', (r) => r.s, { n: false, status: false }),
    ],
  })
  return (
    <ChartFrame
      figure={spec}
      chart={<BalanceMap points={trendPoints(all, words, focus)} paths={trendPaths(all, focus)} {...balanceMapLabels(w)} />}
      notes={
        <>
          <p className="chart-note">{tm(w, 'path.note', { first: scope.first, last: scope.last })}</p>
          {focus ? <p className="chart-note">{tm(w, 'path.note.level', { level: levelPhrase(focus, w.lang) })}</p> : null}
        </>
      }
    />
  )
}
