/** The chosen provinces side by side: differences from the Netherlands, the profiles, the balance. */
import { BalanceMap } from '../../charts/BalanceMap'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure, type FigureColumn } from '../../charts/figure'
import { IntervalPlot } from '../../charts/IntervalPlot'
import type { ComparisonCell } from '../../domain/compare'
import { formatList } from '../../domain/format'
import { difference, verdictOf } from '../../domain/indices'
import { aheadHow, largestShownSize } from '../../domain/headlines'
import { comparative } from '../../domain/vocabulary'
import { columnsFor } from '../../kit/columns'
import { Legend, legendItems } from '../../kit/legend'
import { byCounts, Dots, SmallMultiples, type Panel } from '../../kit/charts'
import { balanceMapLabels } from '../../kit/rows'
import { balanceOf, balancePointsOf, differenceBounds, differencePanels, profileDomain, profilePanels, REFERENCE_ID, widestClearGap } from './compare-model'
import { cm, type CompareScope } from './scope'

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** The comparison cells as columns: the same table and CSV under the differences and the profiles. */
function cellColumns(scope: CompareScope, withDiff: boolean): FigureColumn<ComparisonCell>[] {
  const { w, state, names } = scope
  const c = columnsFor(w, scope.model.cells)
  return [
    ...c.csvOnly(c.code('year', w.t('table.year'), () => state.year), c.text('sectors', w.t('table.sector'), () => scope.sectors)),
    c.text('level', w.t('table.level'), (x) => w.level(x.level)),
    ...c.csvOnly(c.code('code', w.t('table.code'), (x) => x.unit)),
    c.label('unit', cm(w, 'table.unit'), (x) => names.unitName(x.unit)),
    c.text('measure', w.t('table.measure'), (x) => names.measureLabel(x.measure)),
    ...c.measured('score', w.t('table.score'), (x) => x.score, { status: false }),
    ...(withDiff ? [...c.differences('diff', cm(w, 'table.diff'), (x) => x.diff), c.text('verdict', w.t('table.verdict'), (x) => (x.verdict ? w.verdict(x.verdict) : ''))] : []),
    c.status((x) => x.score),
  ]
}

function cellSpec(scope: CompareScope, id: string, title: string, subtitle: string, withDiff: boolean, summary: string) {
  return figure({
    id,
    title,
    subtitle,
    rows: scope.model.cells,
    rowKey: (x) => `${x.level}-${x.measure}-${x.unit}`,
    rowData: (x) => ({ unit: x.unit, measure: x.measure, level: x.level }),
    columns: cellColumns(scope, withDiff),
    summary,
  })
}

/** One panel per unit (the Netherlands first, then the chosen provinces). */
function unitPanels<P extends { id: string; name: string }>(panels: readonly P[], part: (p: P) => Omit<Panel, 'id' | 'name'>) {
  return <SmallMultiples className="compare-multiples" panels={panels.map((p) => ({ id: p.id, name: p.name, ...part(p) }))} />
}

export function DifferenceFigure({ scope }: { scope: CompareScope }) {
  const { w, model, names } = scope
  const panels = differencePanels(model, names, w.pillar)
  const total = panels.reduce((a, p) => a + p.rows.length, 0)
  const higher = panels.reduce((a, p) => a + p.counts.higher, 0)
  const lower = panels.reduce((a, p) => a + p.counts.lower, 0)
  const title = higher + lower === 0 ? cm(w, 'diff.title.none') : cm(w, 'diff.title.some', { clear: higher + lower, total, higher, lower, size: largestShownSize(model.cells.map((c) => c.diff), w.lang) })
  const summary = `${panels.map((p) => `${p.name}: ${p.rows.map((r) => `${r.label} ${r.text ?? r.missingText}${r.value !== undefined ? ` (${w.verdict(r.hollow ? 'similar' : r.value > 0 ? 'higher' : 'lower')})` : ''}`).join(', ')}`).join('; ')}.`
  const li = legendItems(w)
  return (
    <ChartFrame
      figure={cellSpec(scope, 'compare.difference', title, cm(w, 'diff.subtitle', { levels: scope.levelsWords, filters: scope.filters }), true, summary)}
      chart={unitPanels(panels, (p) => ({
        note: cm(w, 'diff.panel', { higher: p.counts.higher, lower: p.counts.lower, similar: p.counts.similar }),
        content: <Dots w={w} rows={p.rows} axis="difference" also={differenceBounds(model)} ends={[cm(w, 'diff.lower'), cm(w, 'diff.higher')]} labelWidth={model.settings.levels.length > 1 ? 124 : 150} />,
      }))}
      legend={<Legend items={[li.readiness, li.technological, li.social, li.shown, li.notShown, li.thin, panels.some((p) => p.rows.some((r) => r.value === undefined)) && li.suppressed, li.ci]} />}
      notes={model.settings.levels.length > 1 ? <p className="chart-note">{cm(w, 'profile.dimsNote')}</p> : undefined}
    />
  )
}

export function ProfileFigure({ scope }: { scope: CompareScope }) {
  const { w, model, names } = scope
  const panels = profilePanels(model, names, w.pillar)
  const gap = widestClearGap(model, (a, b) => verdictOf(difference(a, b)) === 'higher')
  const title =
    model.selected.length === 1
      ? cm(w, 'profile.title.one', { name: w.region(model.selected[0].id) })
      : gap
        ? cm(w, 'profile.title.gap', {
            measure: `${lowerFirst(names.measureLabel(gap.measure))}${model.settings.levels.length > 1 ? ` (${lowerFirst(w.level(gap.level))})` : ''}`,
            high: w.region(gap.high),
            low: w.region(gap.low),
            how: comparative('higher', gap.band, w.lang),
          })
        : cm(w, 'profile.title.none')
  const summary = `${panels.map((p) => `${p.name}: ${p.rows.map((r) => `${r.label} ${r.text ?? r.missingText}`).join(', ')}`).join('; ')}.`
  const li = legendItems(w)
  return (
    <ChartFrame
      figure={cellSpec(scope, 'compare.profile', title, cm(w, 'profile.subtitle', { levels: scope.levelsWords, filters: scope.filters }), false, summary)}
      chart={unitPanels(panels, (p) => ({
        className: p.id === REFERENCE_ID ? 'is-reference' : undefined,
        content: <IntervalPlot rows={p.rows} domain={profileDomain(model)} scaleLabels={w.meta.scale.map((s) => w.label(s.label))} rowHeight={26} />,
      }))}
      legend={<Legend items={[li.readiness, li.technological, li.social, li.thin, panels.some((p) => p.rows.some((r) => r.value === undefined)) && li.suppressed, li.ci]} />}
      notes={model.settings.levels.length > 1 ? <p className="chart-note">{cm(w, 'profile.dimsNote')}</p> : undefined}
    />
  )
}

export function BalanceFigure({ scope }: { scope: CompareScope }) {
  const { w, state, model, names } = scope
  const verdicts = model.selected.map((u) => ({ id: u.id, ...balanceOf(u) }))
  const tech = verdicts.filter((v) => v.balance === 'tech_led').map((v) => w.region(v.id))
  const social = verdicts.filter((v) => v.balance === 'social_led').map((v) => w.region(v.id))
  const title = byCounts(tech.length, social.length, {
    both: cm(w, 'balance.title.both', { tech: formatList(tech, w.lang), social: formatList(social, w.lang) }),
    a: cm(w, 'balance.title.tech', { names: formatList(tech, w.lang), how: aheadHow(verdicts.map((v) => v.gap), w.lang) }),
    b: cm(w, 'balance.title.social', { names: formatList(social, w.lang), how: aheadHow(verdicts.map((v) => v.gap), w.lang) }),
    none: cm(w, 'balance.title.none'),
  })
  const units = [...(model.settings.reference ? [model.reference] : []), ...model.selected].map((u) => ({ id: u.id, ...balanceOf(u) }))
  const c = columnsFor(w, units)
  const spec = figure({
    id: 'compare.balance',
    title,
    subtitle: cm(w, 'balance.subtitle', { levels: scope.levelsMeanWords, year: state.year, filters: scope.filters }),
    rows: units,
    rowKey: (u) => u.id,
    columns: [
      c.label('unit', cm(w, 'table.unit'), (u) => names.unitName(u.id)),
      ...c.measured('t', 'T', (u) => u.t, { n: false, status: false }),
      ...c.measured('s', 'S', (u) => u.s, { n: false, status: false }),
      ...c.differences('gap', w.t('table.gap'), (u) => u.gap),
      c.text('balance', w.t('table.balance'), (u) => w.balance(u.balance)),
    ],
  })
  return <ChartFrame figure={spec} chart={<BalanceMap points={balancePointsOf(model, names)} paths={[]} {...balanceMapLabels(w)} />} notes={<p className="chart-note">{cm(w, 'balance.note')}</p>} />
}
