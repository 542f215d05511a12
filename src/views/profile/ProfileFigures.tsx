/** The profile's figures: the ladder, differences from the reference (per level, per dimension, per part), readiness per year. */
import type { ScoreRow } from '../../api/client'
import { SUBNATIONAL } from '../../api/score-queries'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { IntervalPlot } from '../../charts/IntervalPlot'
import type { Dimension } from '../../domain/framework'
import type { LevelSummary } from '../../domain/indices'
import { largestShownSize, weakLinkTitle } from '../../domain/headlines'
import { columnsFor } from '../../kit/columns'
import { readinessRows } from '../../kit/levels'
import { intervalRow, verdictLook } from '../../kit/rows'
import { clearCount, readinessByYear, type Difference } from './profile-model'
import { pm, type ProfileScope } from './scope'

export function LadderFigure({ scope, levels }: { scope: ProfileScope; levels: readonly LevelSummary[] }) {
  const { w, filters, unit } = scope
  const ladder = readinessRows(levels, w.level, w.lang, w.missing)
  const c = columnsFor(w, levels)
  const spec = figure({
    id: 'profile.ladder',
    title: weakLinkTitle(levels, w.lang) ?? w.t('overview.ladder.title.none'),
    subtitle: pm(w, 'ladder.subtitle', { filters }),
    rows: levels,
    rowKey: (l) => l.level,
    columns: [c.label('level', w.t('table.level'), (l) => w.level(l.level)), ...c.measured('readiness', w.t('table.readiness'), (l) => l.readiness, { n: false }), c.text('balance', w.t('table.balance'), (l) => w.balance(l.balance))],
  })
  return (
    <ChartFrame
      figure={spec}
      chart={<IntervalPlot rows={ladder} scaleLabels={w.meta.scale.map((s) => w.label(s.label))} rowHeight={40} />}
      notes={unit.isProvince ? <p className="chart-note">{w.t('overview.national.note')}</p> : undefined}
    />
  )
}

/** A symmetric axis around zero that holds every interval, at least ±0,5, in quarter points. */
function span(ds: readonly Difference[]) {
  const b = ds.flatMap((d) => (d.diff.kind === 'score' ? [Math.abs(d.diff.ciLow), Math.abs(d.diff.ciHigh)] : []))
  const s = Math.max(0.5, Math.ceil(Math.max(0, ...b) * 4) / 4)
  return { domain: [-s, s] as [number, number], ticks: [-s, -s / 2, 0, s / 2, s] }
}

/** Differences from the reference, one row each, coloured and shaped by their verdict. */
function DifferenceFigure({ scope, id, ds, title, subtitle, first, labelOf, groupOf }: {
  scope: ProfileScope
  id: string
  ds: readonly Difference[]
  title: string
  subtitle: string
  first: string
  labelOf: (d: Difference) => string
  groupOf?: (d: Difference, i: number) => string | undefined
}) {
  const { w, unit } = scope
  const rows = ds.map((d, i) =>
    intervalRow(w, d.id, labelOf(d), d.diff, verdictLook(d.verdict), { signed: true, suffix: ` · ${w.verdict(d.verdict)}`, groupStart: groupOf?.(d, i) }),
  )
  const c = columnsFor(w, ds)
  const spec = figure({
    id,
    title,
    subtitle,
    rows: ds,
    rowKey: (d) => d.id,
    columns: [
      c.label('label', first, labelOf),
      c.estimate('unit', unit.name, (d) => d.unit),
      c.reference('reference', unit.referenceName, (d) => d.reference),
      ...c.differences('diff', w.t('table.diff'), (d) => d.diff),
      c.text('verdict', w.t('table.verdict'), (d) => w.verdict(d.verdict)),
    ],
  })
  return <ChartFrame figure={spec} chart={<IntervalPlot rows={rows} {...span(ds)} formatTick={(v) => w.diff(v)} reference={0} rowHeight={23} />} />
}

/** R, T and S per level against the reference; or each dimension (mean of the levels) against it. */
export function VersusFigure({ scope, id, ds }: { scope: ProfileScope; id: 'profile.versus' | 'profile.dimensions'; ds: readonly Difference[] }) {
  const { w, filters, unit } = scope
  const reference = unit.referenceName
  const verdictTitle = clearCount(ds) > 0 ? pm(w, 'versus.title.some', { reference, count: clearCount(ds), total: ds.length, size: largestShownSize(ds.map((d) => d.diff), w.lang) }) : pm(w, 'versus.title.none', { reference })
  const measure = (d: Difference) => `${d.metric} ${d.metric === 'R' ? w.t('table.readiness').replace(/ R$/, '') : d.metric === 'T' ? w.t('legend.technological') : w.t('legend.social')}`
  if (id === 'profile.versus') {
    return (
      <DifferenceFigure
        scope={scope}
        id={id}
        ds={ds}
        title={verdictTitle}
        subtitle={pm(w, 'versus.subtitle', { reference, filters })}
        first={w.t('table.level')}
        labelOf={(d) => `${w.level(d.level!)} · ${measure(d)}`}
        groupOf={(d, i) => (i % 3 === 0 && d.level ? w.level(d.level) : undefined)}
      />
    )
  }
  return (
    <DifferenceFigure
      scope={scope}
      id={id}
      ds={ds}
      title={`${pm(w, 'dims.title', { reference })}: ${verdictTitle.replace(/^[^:]*: /, '')}`}
      subtitle={pm(w, 'dims.subtitle', { filters })}
      first={w.t('table.dimension')}
      labelOf={(d) => w.dimension(d.id as Dimension)}
    />
  )
}

/** The parts of the unit (its sectors, or the provinces of a sector) against the same part in the reference. */
export function PartsFigure({ scope, ds }: { scope: ProfileScope; ds: readonly Difference[] }) {
  const { w, state, unit } = scope
  return (
    <DifferenceFigure
      scope={scope}
      id="profile.parts"
      ds={ds}
      title={unit.isProvince ? pm(w, 'parts.title.sectors', { name: unit.name }) : pm(w, 'parts.title.provinces', { name: unit.name })}
      subtitle={pm(w, 'parts.subtitle', { year: state.year })}
      first={unit.isProvince ? w.t('filter.sector') : w.t('table.region')}
      labelOf={(d) => unit.partName(d.id)}
    />
  )
}

/** Readiness per year and level; a year without data stays a gap. */
export function TrendFigure({ scope, rows }: { scope: ProfileScope; rows: readonly ScoreRow[] }) {
  const { w, filters, years, firstYear } = scope
  const points = SUBNATIONAL.flatMap((level) => readinessByYear(rows, years, level).map((p) => ({ level, ...p })))
  const bars = points.map((p, i) => intervalRow(w, `${p.level}-${p.year}`, String(p.year), p.value, { color: '#1a1a1a', textColor: '#1a1a1a', shape: 'diamond' }, { groupStart: i % years.length === 0 ? w.level(p.level) : undefined }))
  const c = columnsFor(w, points)
  const spec = figure({
    id: 'profile.trend',
    title: pm(w, 'trend.title', { first: firstYear }),
    subtitle: pm(w, 'trend.subtitle', { filters }),
    rows: points,
    rowKey: (p) => `${p.level}-${p.year}`,
    rowData: (p) => ({ level: p.level, year: String(p.year) }),
    columns: [c.text('level', w.t('table.level'), (p) => w.level(p.level)), c.label('year', w.t('table.year'), (p) => String(p.year)), ...c.measured('readiness', w.t('table.readiness'), (p) => p.value, { n: false })],
  })
  return <ChartFrame figure={spec} chart={<IntervalPlot rows={bars} scaleLabels={w.meta.scale.map((s) => w.label(s.label))} rowHeight={20} />} />
}
