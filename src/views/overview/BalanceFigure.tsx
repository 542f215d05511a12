/** The overview's balance map: T against S per level this year, with each level's path since the first year. */
import type { ScoreRow } from '../../api/client'
import { SUBNATIONAL } from '../../api/score-queries'
import { BalanceMap } from '../../charts/BalanceMap'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { summariseLevels, type Indicator, type LevelSummary } from '../../domain/indices'
import { balanceTitle } from '../../domain/headlines'
import type { Level } from '../../domain/framework'
import { columnsFor } from '../../kit/columns'
import { balanceMapLabels } from '../../kit/rows'
import type { Scope } from '../../kit/words'
import { balancePaths, balancePoints } from './overview-model'

export function BalanceFigure({ scope, levels, sub, nat, perRegion }: { scope: Scope; levels: readonly LevelSummary[]; sub: readonly ScoreRow[]; nat: readonly ScoreRow[]; perRegion?: readonly ScoreRow[] }) {
  const { w, state, filters } = scope
  const title = balanceTitle(levels, w.lang)
  let points = balancePoints(levels, w.level, state.level)
  // what the map shows this year, named: each level (or each chosen province at the focused level) with T, S and its balance
  let shown = levels.map((l) => ({ name: w.level(l.level), l }))
  if (perRegion && state.level && SUBNATIONAL.includes(state.level)) {
    const level = state.level
    const perUnit = state.regions.map((code) => ({ code, l: summariseLevels(perRegion.filter((r) => r.region === code), [level]) }))
    points = perUnit.flatMap(({ code, l }) => balancePoints(l, w.level, undefined, w.region(code)))
    shown = perUnit.flatMap(({ code, l }) => l.map((x) => ({ name: `${w.region(code)}, ${w.level(x.level)}`, l: x })))
  }
  const value = (i: Indicator) => (i.kind === 'score' ? w.score(i) : w.missing(i.reason))
  const paths = balancePaths(sub, nat, w.meta.years, state.year, state.level)
  const rows = paths.flatMap((p) => p.points.map((q) => ({ level: p.id as Level, year: q.year, t: q.x, s: q.y })))
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'overview.balance',
    title,
    subtitle: w.t('overview.balance.subtitle', { year: state.year, first: w.meta.years[0], filters }),
    rows,
    rowKey: (r) => `${r.level}-${r.year}`,
    columns: [c.label('level', w.t('table.level'), (r) => w.level(r.level)), c.code('year', w.t('table.year'), (r) => r.year), c.estimate('t', 'T', (r) => r.t), c.estimate('s', 'S', (r) => r.s)],
    // the rows are the paths over the years: the default summary would read unnamed pairs without the year
    summary: `${state.year}: ${shown.map(({ name, l }) => `${name}: T ${value(l.technological)}, S ${value(l.social)}, ${w.balance(l.balance)}`).join('; ')}.`,
  })
  return <ChartFrame figure={spec} chart={<BalanceMap points={points} paths={paths} {...balanceMapLabels(w)} />} notes={<p className="chart-note">{w.t('overview.balance.diagonal')}</p>} />
}
