/**
 * Overview: the four levels for the selection — findings, the focus controls, two years, the
 * province beside the Netherlands, readiness per level, T and S per level, the balance map and
 * the dimension profile.
 */
import { SelfscanInvite } from '../../components/SelfscanInvite'
import type { MetaResponse } from '../../api/client'
import { nationalQuery, perRegionQuery, subnationalQuery } from '../../api/score-queries'
import { navigate } from '../../app/location'
import { hrefOf, type ViewState } from '../../app/url-state'
import { DIMENSIONS, LEVELS, type Dimension, type Level } from '../../domain/framework'
import { Gate } from '../../kit/Gate'
import { ChoiceChips, ControlBar, Findings, Isolated, SelectField } from '../../kit/sections'
import { useScores } from '../../kit/use-scores'
import { scopeOf, selection, useWords, type Scope } from '../../kit/words'
import { BalanceFigure } from './BalanceFigure'
import { LadderFigure, PillarsFigure } from './LevelFigures'
import { hasAnyData, levelSummaries, overviewFindings } from './overview-model'
import { versusLevels } from '../../domain/findings'
import { ProfileFigure } from './ProfileFigure'
import { PooledNote, ProvinceFigure } from './ProvinceFigure'
import { YearComparison } from './YearComparison'

export default function OverviewView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const w = useWords(meta)
  const one = state.regions.length === 1
  const several = state.regions.length > 1
  const scores = useScores(
    meta,
    {
      sub: subnationalQuery(state),
      nat: nationalQuery(),
      // the Netherlands under the same sector filter: what one province is set beside
      country: one ? subnationalQuery({ regions: [], sectors: state.sectors }) : undefined,
      perRegion: several ? perRegionQuery(state) : undefined,
    },
    { pillars: ['sub', 'nat', 'country'] },
  )
  return (
    <div className="view" aria-busy={scores.stale}>
      <Gate scores={scores} lines={5} isEmpty={() => !hasAnyData(levelSummaries(scores.rows.sub, scores.rows.nat, state.year))}>
        {() => {
          const scope = scopeOf(state, w)
          const levels = levelSummaries(scores.rows.sub, scores.rows.nat, state.year)
          const country = one ? levelSummaries(scores.rows.country, scores.rows.nat, state.year) : undefined
          // one province: the findings also say how each level compares with the Netherlands
          const against = country ? { reference: w.region('NL'), versus: versusLevels(levels.filter((l) => l.level !== 'national'), country) } : undefined
          const key = hrefOf(state)
          return (
            <>
              <Findings title={w.t('overview.findings')} items={overviewFindings(selection(state, w).subject, levels, w.lang, against)} />
              <SelfscanInvite state={state} />
              {several ? <PooledNote scope={scope} /> : null}
              <FocusBar scope={scope} />
              <Isolated resetKey={key}>
                <YearComparison state={state} meta={meta} />
                {country ? <ProvinceFigure scope={scope} levels={levels} country={country} /> : null}
              </Isolated>
              <div className="grid-2">
                <Isolated resetKey={key}>
                  <LadderFigure scope={scope} levels={levels} />
                  <PillarsFigure scope={scope} levels={levels} rows={[...scores.rows.sub, ...scores.rows.nat]} />
                </Isolated>
              </div>
              <Isolated resetKey={key}>
                <BalanceFigure scope={scope} levels={levels} sub={scores.rows.sub} nat={scores.rows.nat} perRegion={several ? scores.rows.perRegion : undefined} />
                <ProfileFigure scope={scope} levels={levels} />
              </Isolated>
            </>
          )
        }}
      </Gate>
    </div>
  )
}

/** Zoom in on one level (chips) and one dimension (select); both live in the address. */
function FocusBar({ scope }: { scope: Scope }) {
  const { state, w } = scope
  const go = (patch: Partial<ViewState>) => navigate(hrefOf({ ...state, ...patch }))
  return (
    <ControlBar>
      <ChoiceChips<Level | undefined>
        label={w.t('focus.level')}
        value={state.level}
        choices={[{ value: undefined, text: w.t('focus.all.levels') }, ...LEVELS.map((l) => ({ value: l, text: w.level(l) }))]}
        onChoose={(level) => go({ level })}
      />
      <SelectField
        label={w.t('focus.dimension')}
        value={state.dimension ?? ''}
        choices={[{ value: '', text: w.t('focus.all.dimensions') }, ...DIMENSIONS.map((d) => ({ value: d, text: w.dimensionWithCode(d) }))]}
        onChoose={(v) => go({ dimension: (v || undefined) as Dimension | undefined })}
      />
    </ControlBar>
  )
}
