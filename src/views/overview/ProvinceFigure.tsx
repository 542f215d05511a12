/**
 * "How is my province doing?" (issue #16, item 6): with one province chosen, R, T and S of that
 * province beside the Netherlands as a whole (same sector filter) at every level that has a
 * province figure, with the difference, its interval and the verdict. With several provinces the
 * view says they are pooled.
 */
import { hrefOf } from '../../app/url-state'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { formatList } from '../../domain/format'
import { LEVELS } from '../../domain/framework'
import { difference, verdictOf, type Indicator, type LevelSummary, type Verdict } from '../../domain/indices'
import { columnsFor } from '../../kit/columns'
import { Legend, legendItems } from '../../kit/legend'
import { byCounts, Dots } from '../../kit/charts'
import { dotRow, measureLook } from '../../kit/rows'
import type { Scope } from '../../kit/words'

type Measure = 'R' | 'T' | 'S'
const MEASURES: readonly Measure[] = ['R', 'T', 'S']
const MISSING: Indicator = { kind: 'none', reason: 'missing' }

function measureOf(l: LevelSummary | undefined, m: Measure): Indicator {
  if (!l) return MISSING
  return m === 'R' ? l.readiness : m === 'T' ? l.technological : l.social
}

/** One row per sub-national level and measure: the province, the country, the difference and its verdict. */
export interface ProvinceRow {
  level: LevelSummary['level']
  measure: Measure
  province: Indicator
  country: Indicator
  diff: Indicator
  verdict: Verdict
}

/** The province against the country, national on top as in the overview's other charts. */
export function provinceRows(province: readonly LevelSummary[], country: readonly LevelSummary[]): ProvinceRow[] {
  return [...LEVELS]
    .reverse()
    .filter((l) => l !== 'national')
    .flatMap((level) =>
      MEASURES.map((measure) => {
        const p = measureOf(province.find((x) => x.level === level), measure)
        const c = measureOf(country.find((x) => x.level === level), measure)
        const diff = difference(p, c)
        return { level, measure, province: p, country: c, diff, verdict: verdictOf(diff) }
      }),
    )
}

export function ProvinceFigure({ scope, levels, country }: { scope: Scope; levels: readonly LevelSummary[]; country: readonly LevelSummary[] }) {
  const { w, state } = scope
  const name = w.region(state.regions[0])
  const nl = w.region('NL')
  const rows = provinceRows(levels, country)
  const readiness = rows.filter((r) => r.measure === 'R')
  const higher = readiness.filter((r) => r.verdict === 'higher').length
  const lower = readiness.filter((r) => r.verdict === 'lower').length
  const total = readiness.length
  const title = byCounts(higher, lower, {
    both: w.t('overview.province.title.both', { name, higher, lower, total }),
    a: w.t('overview.province.title.higher', { name, count: higher, total }),
    b: w.t('overview.province.title.lower', { name, count: lower, total }),
    none: w.t('overview.province.title.none', { name }),
  })
  const measureName = (m: Measure) => (m === 'R' ? w.t('table.readiness') : `${w.pillar(m === 'T' ? 'technological' : 'social')} ${m}`)
  const dots = rows.map((r, i) =>
    dotRow(w, `${r.level}-${r.measure}`, measureName(r.measure), r.diff, measureLook(r.measure), { signed: true, groupStart: i % MEASURES.length === 0 ? w.level(r.level) : undefined }),
  )
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'overview.province',
    title,
    subtitle: w.t('overview.province.subtitle', { name, nl, sectors: scope.filters }),
    rows,
    rowKey: (r) => `${r.level}-${r.measure}`,
    rowData: (r) => ({ level: r.level, measure: r.measure }),
    columns: [
      c.label('level', w.t('table.level'), (r) => w.level(r.level)),
      c.text('measure', w.t('table.measure'), (r) => measureName(r.measure)),
      c.estimate('province', name, (r) => r.province),
      c.reference('country', nl, (r) => r.country),
      ...c.differences('diff', w.t('table.diff'), (r) => r.diff),
      c.text('verdict', w.t('table.verdict'), (r) => w.verdict(r.verdict)),
    ],
  })
  const li = legendItems(w)
  return (
    <ChartFrame
      figure={spec}
      chart={<Dots w={w} rows={dots} axis="difference" ends={[w.t('overview.province.lower', { nl }), w.t('overview.province.higher', { nl })]} />}
      legend={<Legend items={[li.readiness, li.technological, li.social, li.shown, li.notShown, dots.some((d) => d.value === undefined) && li.suppressed, li.ci]} />}
      notes={<p className="chart-note">{w.t('overview.province.national')}</p>}
    />
  )
}

/** With several provinces chosen, the figures are those provinces together: say so, and where to compare them. */
export function PooledNote({ scope }: { scope: Scope }) {
  const { w, state } = scope
  const names = formatList(state.regions.map(w.region), w.lang)
  return (
    <p className="notice pooled-note">
      {w.t('overview.pooled', { count: state.regions.length, names })}{' '}
      <a href={hrefOf({ ...state, view: 'compare', extra: {} })}>{w.t('overview.pooled.compare')}</a>
    </p>
  )
}
