/**
 * Trends: technological and social maturity per level from the first year to the chosen one, with
 * 95% bands; year-on-year changes called an increase or a decrease only when clear; and the path
 * of the selection through the T × S plane. Missing years are gaps, never filled in.
 */
import type { MetaResponse } from '../../api/client'
import { nationalQuery, subnationalQuery } from '../../api/score-queries'
import { navigate } from '../../app/location'
import { hrefOf, type ViewState } from '../../app/url-state'
import { levelPhrase } from '../../domain/findings'
import { LEVELS, type Level } from '../../domain/framework'
import { changeSentence } from '../../domain/trends'
import { Gate } from '../../kit/Gate'
import { ChoiceChips, ControlBar, Findings, Isolated } from '../../kit/sections'
import { useScores } from '../../kit/use-scores'
import { useWords } from '../../kit/words'
import { PathFigure } from './PathFigure'
import { ChangesFigure, PillarsFigure } from './TrendFigures'
import { firstMeasured, hasAnyValue, levelTrends, spanYears, type LevelTrend } from './trends-model'
import { trendScope, tm, type TrendScope } from './words'

export default function TrendsView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const w = useWords(meta)
  const scores = useScores(meta, { sub: subnationalQuery(state), nat: nationalQuery() }, { pillars: ['sub', 'nat'] })
  const years = spanYears(meta.years, state.year)
  const trendsOf = () => levelTrends(scores.rows.sub, scores.rows.nat, years)
  return (
    <div className="view trends-view" aria-busy={scores.stale}>
      <Gate scores={scores} isEmpty={() => !hasAnyValue(trendsOf())}>
        {() => {
          const all = trendsOf()
          const shown = state.level ? all.filter((x) => x.level === state.level) : all
          const scope = trendScope(state, w, years)
          const key = hrefOf(state)
          return (
            <>
              <div className="trends-intro">
                <p className="lead">{tm(w, 'lead', { first: scope.first, subject: scope.subject })}</p>
                {shown.some((x) => x.level === 'national') ? <p className="chart-note">{tm(w, 'nationalNote')}</p> : null}
              </div>
              {years.length < 2 ? <p className="notice">{tm(w, 'oneYear', { year: state.year })}</p> : null}
              <Findings title={tm(w, 'findings', { first: scope.first })} items={trendFindings(scope, shown)} />
              <ControlBar>
                <ChoiceChips<Level | undefined>
                  label={tm(w, 'level.label')}
                  value={state.level}
                  choices={[{ value: undefined, text: tm(w, 'level.all') }, ...LEVELS.map((l) => ({ value: l, text: w.level(l) }))]}
                  onChoose={(level) => navigate(hrefOf({ ...state, level }))}
                />
              </ControlBar>
              <Isolated resetKey={key}>
                <PillarsFigure scope={scope} shown={shown} />
                {years.length > 1 ? <ChangesFigure scope={scope} shown={shown} /> : null}
                <PathFigure scope={scope} all={all} shown={shown} />
              </Isolated>
            </>
          )
        }}
      </Gate>
    </div>
  )
}

/** Per shown level: how readiness changed over the period, or why that cannot be said. */
function trendFindings(scope: TrendScope, shown: readonly LevelTrend[]): string[] {
  const { w } = scope
  return shown.map((tr) => {
    const Level = w.level(tr.level)
    const p = tr.period.R
    const firstYear = firstMeasured(tr)
    const late = firstYear !== undefined && firstYear > scope.first ? ` ${tm(w, 'finding.late', { Level, year: firstYear })}` : ''
    if (!p || p.diff.kind === 'none') return tm(w, 'finding.none', { Level }) + late
    const from = tr.R.find((x) => x.year === p.from)!.value
    const to = tr.R.find((x) => x.year === p.to)!.value
    if (from.kind === 'none' || to.kind === 'none') return tm(w, 'finding.none', { Level })
    const measure = tm(w, 'finding.readiness', { level: levelPhrase(tr.level, w.lang) })
    return changeSentence(measure, { year: p.from, value: from }, { year: p.to, value: to }, w.lang) + late
  })
}
