/** Every measure: the Netherlands against the EU average, and the change of the distance to the leader. */
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { columnsFor } from '../../kit/columns'
import { Legend, legendItems } from '../../kit/legend'
import { byCounts, Dots } from '../../kit/charts'
import { euRows, gapRows, rankText } from './international-model'
import { im, type IntlScope } from './scope'

function DiffLegend({ scope, missing }: { scope: IntlScope; missing: boolean }) {
  const li = legendItems(scope.w)
  return <Legend items={[li.readiness, li.technological, li.social, li.shown, li.notShown, missing && li.suppressed, li.ci]} />
}

export function EuFigure({ scope }: { scope: IntlScope }) {
  const { w, state, rows, names } = scope
  const dots = euRows(rows, names, im(w, 'group.composite'), w.pillar)
  const higher = rows.filter((r) => r.verdictEu === 'higher').length
  const lower = rows.filter((r) => r.verdictEu === 'lower').length
  const title = byCounts(higher, lower, {
    both: im(w, 'eu.title.some', { higher, lower, total: rows.length }),
    a: im(w, 'eu.title.higher', { higher, total: rows.length }),
    b: im(w, 'eu.title.lower', { lower, total: rows.length }),
    none: im(w, 'eu.title.none'),
  })
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'international.eu',
    title,
    subtitle: im(w, 'eu.subtitle', { year: state.year }),
    rows,
    rowKey: (r) => r.measure,
    rowData: (r) => ({ measure: r.measure }),
    columns: [
      ...c.csvOnly(c.code('year', w.t('table.year'), () => state.year)),
      c.label('measure', w.t('table.measure'), (r) => names.measureName(r.measure)),
      c.estimate('nl', im(w, 'table.nl'), (r) => r.nl),
      c.reference('eu', im(w, 'table.eu'), (r) => r.eu),
      ...c.differences('diff', im(w, 'table.diff'), (r) => r.diffEu),
      c.text('verdict', w.t('table.verdict'), (r) => w.verdict(r.verdictEu)),
      c.text('rank', im(w, 'table.nlRank'), (r) => rankText(r.rank)),
    ],
    summary: `${dots.map((r) => `${r.label} ${r.text ?? r.missingText}`).join(', ')}.`,
  })
  return (
    <ChartFrame
      figure={spec}
      chart={<Dots w={w} rows={dots} axis="difference" ends={[im(w, 'eu.lower'), im(w, 'eu.higher')]} />}
      legend={<DiffLegend scope={scope} missing={dots.some((d) => d.value === undefined)} />}
    />
  )
}

export function GapsFigure({ scope }: { scope: IntlScope }) {
  const { w, state, rows, names, fromYear } = scope
  const dots = gapRows(rows, names, im(w, 'group.composite'), w.pillar)
  const behind = rows.filter((r) => r.gap?.trend === 'falling_behind').length
  const catching = rows.filter((r) => r.gap?.trend === 'catching_up').length
  const title = byCounts(behind, catching, {
    both: im(w, 'gaps.title', { from: fromYear, behind, catching, total: rows.length }),
    a: im(w, 'gaps.title.behind', { from: fromYear, behind, total: rows.length }),
    b: im(w, 'gaps.title.catching', { from: fromYear, catching, total: rows.length }),
    none: im(w, 'gaps.title.none', { from: fromYear }),
  })
  const leads = rows.filter((r) => r.rival?.subjectLeads)
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'international.gaps',
    title,
    subtitle: im(w, 'gaps.subtitle', { from: fromYear, to: state.year }),
    rows,
    rowKey: (r) => r.measure,
    rowData: (r) => ({ measure: r.measure }),
    columns: [
      c.label('measure', w.t('table.measure'), (r) => names.measureName(r.measure)),
      c.text('rival', im(w, 'table.rival'), (r) => (r.rival ? w.region(r.rival.rival) : undefined)),
      c.difference('from', im(w, 'table.gapFrom', { year: fromYear }), (r) => r.gap?.gapFrom),
      c.difference('to', im(w, 'table.gapTo', { year: state.year }), (r) => r.gap?.gapTo),
      ...c.differences('change', w.t('table.change'), (r) => r.gap?.change),
      c.text('trend', im(w, 'table.trend'), (r) => names.trend(r.gap?.trend ?? 'unknown')),
    ],
    summary: `${dots.map((r) => `${r.label}: ${r.text ?? r.missingText}`).join('; ')}.`,
  })
  return (
    <ChartFrame
      figure={spec}
      chart={<Dots w={w} rows={dots} axis="difference" ends={[im(w, 'gaps.catching'), im(w, 'gaps.behind')]} />}
      legend={<DiffLegend scope={scope} missing={dots.some((d) => d.value === undefined)} />}
      notes={
        <>
          <p className="chart-note">{im(w, 'gap.note', { from: fromYear, to: state.year })}</p>
          {leads.length > 0 ? <p className="chart-note">{`${im(w, 'gaps.leads')}: ${leads.map((r) => names.measureName(r.measure)).join(', ')}.`}</p> : null}
        </>
      }
    />
  )
}
