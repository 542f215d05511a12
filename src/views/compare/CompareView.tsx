/**
 * Compare regions: 2–6 provinces side by side and against the Netherlands as a whole, a ranking
 * of all twelve with rank ranges, a map to pick from, the change since an earlier year, similar
 * provinces. Every choice lives in the address.
 */
import { useState } from 'react'
import type { MetaResponse } from '../../api/client'
import { perRegionQuery, SUBNATIONAL, subnationalQuery } from '../../api/score-queries'
import type { ViewState } from '../../app/url-state'
import { NoticeBox } from '../../components/NoticeBox'
import { Gate } from '../../kit/Gate'
import { Isolated, LiveStatus } from '../../kit/sections'
import { useScores } from '../../kit/use-scores'
import { useViewParams } from '../../kit/use-view-params'
import { useWords } from '../../kit/words'
import { buildModel, hasAnyScore, type CompareSettings } from './compare-model'
import { Controls, MetricPicker } from './CompareControls'
import { MapFigure } from './MapFigure'
import { COMPARE_PARAMS, compareRules, MAX_REGIONS, provinceCodes } from './params'
import { Peers } from './Peers'
import { ChangeSection, RankFigure } from './RankFigures'
import { cm, compareScope } from './scope'
import { BalanceFigure, DifferenceFigure, ProfileFigure } from './SideFigures'

export default function CompareView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const w = useWords(meta)
  const params = useViewParams(state, meta, COMPARE_PARAMS, compareRules)
  const clean = params.state
  const { metric, reference, focus, from, map } = params.values
  const provinces = provinceCodes(meta)
  const settings: CompareSettings = { regions: clean.regions, metric, reference, levels: clean.level ? [clean.level] : [...SUBNATIONAL], focus, fromYear: from }
  const scores = useScores(meta, { provinces: perRegionQuery({ ...clean, regions: provinces }), reference: subnationalQuery({ regions: [], sectors: clean.sectors }) }, { pillars: ['provinces', 'reference'] })
  const [status, setStatus] = useState('')
  const toggle = (id: string) => {
    const on = clean.regions.includes(id)
    if (!on && clean.regions.length >= MAX_REGIONS) return setStatus(cm(w, 'status.full', { max: MAX_REGIONS }))
    setStatus(cm(w, on ? 'status.removed' : 'status.added', { name: w.region(id) }))
    params.set(on && focus === id ? { focus: undefined } : {}, { regions: on ? clean.regions.filter((c) => c !== id) : [...clean.regions, id] })
  }
  const modelOf = (year: number, rows = scores.rows.provinces) => buildModel(rows, scores.rows.reference, settings, provinces, year)
  return (
    <div className="view compare-view">
      <NoticeBox notices={params.notices} />
      <div className="compare-intro">
        <p className="lead">{cm(w, 'lead')}</p>
        <p className="chart-note">{cm(w, 'nationalNote')}</p>
      </div>
      <Gate scores={scores} isEmpty={() => !hasAnyScore(modelOf(clean.year))}>
        {() => {
          const scope = compareScope(clean, w, modelOf(clean.year))
          const key = params.hrefWith({})
          return (
            <div className="compare-body" aria-busy={scores.stale}>
              <Controls scope={scope} toggle={toggle} set={params.set} />
              <section aria-labelledby="compare-where" className="compare-section">
                <h2 id="compare-where">{cm(w, 'section.where')}</h2>
                <MetricPicker scope={scope} onChoose={(x) => params.set({ metric: x })} />
                <Isolated resetKey={key}>
                  <MapFigure scope={scope} view={map} onView={(v) => params.set({ map: v })} toggle={toggle} />
                  <RankFigure scope={scope} />
                  {from !== undefined ? <ChangeSection scope={scope} from={from} then={(rows) => modelOf(from, rows)} /> : null}
                </Isolated>
              </section>
              {clean.regions.length > 0 ? (
                <section aria-labelledby="compare-side" className="compare-section">
                  <h2 id="compare-side">{cm(w, 'section.compare')}</h2>
                  {clean.regions.length === 1 ? <p className="notice">{cm(w, 'choose.one')}</p> : null}
                  <Isolated resetKey={key}>
                    {reference ? <DifferenceFigure scope={scope} /> : <p className="state state-empty">{cm(w, 'diff.off')}</p>}
                    <ProfileFigure scope={scope} />
                  </Isolated>
                  <div className="grid-2">
                    <Isolated resetKey={key}>
                      <BalanceFigure scope={scope} />
                    </Isolated>
                    <Peers scope={scope} onFocus={(id) => params.set({ focus: id })} compareHref={(ids) => params.hrefWith({ focus: undefined }, { regions: ids })} />
                  </div>
                </section>
              ) : null}
            </div>
          )
        }}
      </Gate>
      <LiveStatus text={status} />
    </div>
  )
}
