/** The overview's two level figures: readiness per level (the ladder) and T and S per level. */
import type { ScoreRow } from '../../api/client'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { IntervalPlot } from '../../charts/IntervalPlot'
import { PillarDotPlot } from '../../charts/PillarDotPlot'
import { formatScore } from '../../domain/format'
import { coherence, type LevelSummary } from '../../domain/indices'
import { columnsFor } from '../../kit/columns'
import { Legend, legendItems } from '../../kit/legend'
import type { Scope } from '../../kit/words'
import { levelDotRows, readinessRows } from './overview-model'
import { levelsTitle, weakLinkTitle } from '../../domain/headlines'

/** "n per cijfer: 12 tot 340": the range of n behind the figures of the chosen year. */
export function nRange(scope: Scope, rows: readonly ScoreRow[]): string | undefined {
  const ns = rows.flatMap((r) => (r.status === 'suppressed' || (r.year !== undefined && r.year !== scope.state.year) ? [] : [r.n]))
  if (ns.length === 0) return undefined
  return scope.w.t('chart.nRange', { min: scope.w.count(Math.min(...ns)), max: scope.w.count(Math.max(...ns)) })
}

/** Readiness R per level, the weakest highlighted when the data show it is the weakest; the balance per level beside it. */
export function LadderFigure({ scope, levels }: { scope: Scope; levels: readonly LevelSummary[] }) {
  const { w, state, filters } = scope
  const coh = coherence(levels)
  const title = weakLinkTitle(levels, w.lang) ?? w.t('overview.ladder.title.none')
  const c = columnsFor(w, levels)
  const spec = figure({
    id: 'overview.ladder',
    title,
    subtitle: w.t('overview.ladder.subtitle', { filters }),
    rows: levels,
    rowKey: (l) => l.level,
    columns: [
      c.label('level', w.t('table.level'), (l) => w.level(l.level)),
      ...c.measured('readiness', w.t('table.readiness'), (l) => l.readiness, { n: false, status: false }),
      ...c.differences('gap', w.t('table.gap'), (l) => l.gap),
      c.text('balance', w.t('table.balance'), (l) => w.balance(l.balance)),
    ],
  })
  return (
    <ChartFrame
      figure={spec}
      chart={<IntervalPlot rows={readinessRows(levels, w.level, w.lang, w.missing)} scaleLabels={w.meta.scale.map((s) => w.label(s.label))} rowHeight={48} />}
      notes={
        <>
          <ul className="ladder-balance">
            {[...levels].reverse().map((l) => (
              <li key={l.level} className={state.level === l.level ? 'is-focus' : undefined}>
                <span className="ladder-level">{w.level(l.level)}</span>
                <span className={`balance-chip balance-${l.balance}`}>
                  {w.balance(l.balance)}
                  {l.gap.kind === 'score' ? ` (T − S ${w.diff(l.gap)})` : ''}
                </span>
              </li>
            ))}
          </ul>
          {coh.spread !== undefined ? <p className="chart-note">{w.t('overview.ladder.spread', { spread: formatScore(coh.spread, w.lang) })}</p> : null}
          {coh.unavailable.length > 0 ? <p className="chart-note">{w.t('overview.ladder.unavailable', { levels: coh.unavailable.map(w.level).join(', ') })}</p> : null}
          <p className="chart-note">{w.t('overview.national.note')}</p>
        </>
      }
    />
  )
}

/** T and S per level, national on top, with the largest clear gap as the takeaway. */
export function PillarsFigure({ scope, levels, rows }: { scope: Scope; levels: readonly LevelSummary[]; rows: readonly ScoreRow[] }) {
  const { w, filters } = scope
  const title = levelsTitle(levels, w.lang)
  const dots = levelDotRows(levels, w.level, w.lang, w.missing)
  const pillarRows = levels.flatMap((l) => (['technological', 'social'] as const).map((p) => ({ level: l.level, pillar: p, value: l[p] })))
  const c = columnsFor(w, pillarRows)
  const spec = figure({
    id: 'overview.pillars',
    title,
    subtitle: w.t('overview.levels.subtitle', { filters }),
    rows: pillarRows,
    rowKey: (r) => `${r.level}-${r.pillar}`,
    columns: [c.label('level', w.t('table.level'), (r) => w.level(r.level)), c.text('pillar', w.t('table.pillar'), (r) => w.pillar(r.pillar)), ...c.measured('score', w.t('table.score'), (r) => r.value)],
    // the rows are level × pillar: the default summary would read two unnamed values per level
    summary: `${dots.map((r) => `${r.label}: T ${r.technological?.text ?? r.missingText}, S ${r.social?.text ?? r.missingText}`).join('; ')}.`,
  })
  const li = legendItems(w)
  return (
    <ChartFrame
      figure={spec}
      chart={<PillarDotPlot rows={dots} scaleLabels={w.meta.scale.map((s) => w.label(s.label))} pillarLabels={{ technological: w.t('legend.technological'), social: w.t('legend.social') }} />}
      legend={<Legend items={[li.technological, li.social, li.thin, dots.some((r) => r.missingText) && li.suppressed, li.ci]} />}
      nNote={nRange(scope, rows)}
    />
  )
}
