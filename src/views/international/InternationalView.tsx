/**
 * International benchmark at the national level: the Netherlands against European peers and the
 * EU average on R, T, S and each dimension; the Dutch rank with rank ranges; the distance to the
 * leading country and its trend; a map of Europe with a country list as the keyboard alternative.
 * The province and sector filters do not apply here, and the view says so.
 */
import { useState } from 'react'
import type { MetaResponse } from '../../api/client'
import { countriesQuery } from '../../api/score-queries'
import type { ViewState } from '../../app/url-state'
import { NoticeBox } from '../../components/NoticeBox'
import { Gate } from '../../kit/Gate'
import { ControlBar, Isolated, LiveStatus, SelectField } from '../../kit/sections'
import { useScores } from '../../kit/use-scores'
import { useViewParams } from '../../kit/use-view-params'
import { selection, useWords } from '../../kit/words'
import { EuropeFigure } from './EuropeFigure'
import { countryYears, INTL_MEASURES, MAX_EXTRA, rankedCountries, ranking, type IntlMeasure } from './international-model'
import { EuFigure, GapsFigure } from './MeasureFigures'
import { INTL_PARAMS, nationalOnly } from './params'
import { GapFigure, RankFigure, TimeFigure } from './RankFigures'
import { im, intlScope } from './scope'

export default function InternationalView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const w = useWords(meta)
  const params = useViewParams(state, meta, INTL_PARAMS, nationalOnly)
  const clean = params.state
  const { metric, from, countries: extra } = params.values
  const scores = useScores(meta, { countries: countriesQuery() })
  const [status, setStatus] = useState('')
  const years = meta.years.filter((y) => y <= clean.year)
  const dataOf = () => countryYears(scores.rows.countries, years)
  const toggle = (id: string) => {
    const on = extra.includes(id)
    if (!on && extra.length >= MAX_EXTRA) return setStatus(im(w, 'status.full', { max: MAX_EXTRA }))
    setStatus(im(w, on ? 'status.removed' : 'status.added', { name: w.region(id) }))
    params.set({ countries: on ? extra.filter((c) => c !== id) : [...extra, id] })
  }
  const filtered = state.regions.length > 0 || state.sectors.length > 0
  const sel = selection(state, w)
  const earlier = meta.years.filter((y) => y < clean.year)
  return (
    <div className="view intl-view">
      <NoticeBox notices={params.notices} />
      <div className="intl-intro">
        <p className="lead">{im(w, 'lead')}</p>
        <p className={filtered ? 'notice intl-filters' : 'chart-note'}>{filtered ? im(w, 'filters.set', { selection: `${sel.regions} · ${sel.sectors}` }) : im(w, 'filters.none')}</p>
      </div>
      <Gate scores={scores} isEmpty={() => !ranking(dataOf(), rankedCountries(meta), clean.year, metric).some((r) => r.score.kind === 'score')}>
        {() => {
          const scope = intlScope(clean, w, dataOf(), rankedCountries(meta), { metric, fromYear: from ?? clean.year, extra })
          const key = params.hrefWith({})
          return (
            <div className="intl-body" aria-busy={scores.stale}>
              <ControlBar className="intl-controls">
                <SelectField label={im(w, 'metric')} value={metric} choices={INTL_MEASURES.map((x) => ({ value: x, text: x.length === 1 ? scope.names.measureName(x) : `${x} · ${scope.names.measureName(x)}` }))} onChoose={(v) => params.set({ metric: v as IntlMeasure })} />
                {earlier.length > 0 ? <SelectField label={im(w, 'fromYear')} value={String(from)} choices={earlier.map((y) => ({ value: String(y), text: String(y) }))} onChoose={(v) => params.set({ from: Number(v) })} /> : null}
              </ControlBar>
              <section className="intl-section" aria-labelledby="intl-metric">
                <h2 id="intl-metric">{im(w, 'section.metric', { metric: scope.metricInSentence })}</h2>
                <Isolated resetKey={key}>
                  <EuropeFigure scope={scope} toggle={toggle} />
                </Isolated>
                <div className="grid-2">
                  <Isolated resetKey={key}>
                    <RankFigure scope={scope} />
                    <GapFigure scope={scope} />
                  </Isolated>
                </div>
                <Isolated resetKey={key}>
                  <TimeFigure scope={scope} toggle={toggle} />
                </Isolated>
              </section>
              <section className="intl-section" aria-labelledby="intl-all">
                <h2 id="intl-all">{im(w, 'section.all')}</h2>
                <Isolated resetKey={key}>
                  <EuFigure scope={scope} />
                  <GapsFigure scope={scope} />
                </Isolated>
              </section>
            </div>
          )
        }}
      </Gate>
      <LiveStatus text={status} />
    </div>
  )
}
