/** The overview's dimension profile: the nine dimensions per level (or the focused level), by pillar. */
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { IntervalPlot } from '../../charts/IntervalPlot'
import { DIMENSIONS, type Dimension } from '../../domain/framework'
import type { Indicator, LevelSummary } from '../../domain/indices'
import { lowestDimensionTitle } from '../../domain/headlines'
import { columnsFor } from '../../kit/columns'
import { SmallMultiples } from '../../kit/charts'
import { Legend, legendItems } from '../../kit/legend'
import type { Scope } from '../../kit/words'
import { dimensionPanels } from './overview-model'

const MISSING: Indicator = { kind: 'none', reason: 'missing' }

export function ProfileFigure({ scope, levels }: { scope: Scope; levels: readonly LevelSummary[] }) {
  const { w, state, filters } = scope
  const panels = dimensionPanels(levels, w.dimension, w.pillar, w.lang, w.missing, state.level, state.dimension)
  const title = lowestDimensionTitle(state.level ? levels.filter((l) => l.level === state.level) : levels, (d: string) => w.dimension(d as Dimension), w.lang)
  const focus = state.dimension
  const dimensionNote = focus
    ? w.t('overview.profile.dimension', {
        dimension: w.dimension(focus),
        values: levels
          .map((l) => {
            const v = l.dimensions[focus] ?? MISSING
            return `${w.level(l.level)} ${v.kind === 'score' ? w.score(v) : w.missing(v.reason)}`
          })
          .join(' · '),
      })
    : undefined
  const rows = levels.flatMap((l) => DIMENSIONS.map((d: Dimension) => ({ level: l.level, dimension: d, value: l.dimensions[d] ?? MISSING })))
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'overview.profile',
    title,
    subtitle: w.t('overview.profile.subtitle', { filters }),
    rows,
    rowKey: (r) => `${r.level}-${r.dimension}`,
    columns: [c.label('level', w.t('table.level'), (r) => w.level(r.level)), c.text('dimension', w.t('table.dimension'), (r) => w.dimension(r.dimension)), ...c.measured('score', w.t('table.score'), (r) => r.value)],
    summary: `${panels.map((p) => `${w.level(p.level)}: ${p.rows.map((r) => `${r.label} ${r.text ?? r.missingText}`).join(', ')}`).join('; ')}.`,
  })
  const li = legendItems(w)
  return (
    <ChartFrame
      figure={spec}
      chart={<SmallMultiples panels={panels.map((p) => ({ id: p.level, name: w.level(p.level), content: <IntervalPlot rows={p.rows} rowHeight={26} /> }))} />}
      legend={<Legend items={[li.technological, li.social, li.thin, panels.some((p) => p.rows.some((r) => r.value === undefined)) && li.suppressed, li.ci]} />}
      notes={dimensionNote ? <p className="chart-note dimension-note">{dimensionNote}</p> : undefined}
    />
  )
}
