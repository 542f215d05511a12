/** The map of Europe in five colour classes, with every country in a list beside it (the keyboard way to choose). */
import { useQuery } from '@tanstack/react-query'
import { apiKeys } from '../../api/queries'
import { ChartFrame } from '../../charts/ChartFrame'
import { loadCountryShapes } from '../../charts/europe-shapes'
import { EuropeMap, type MapCountry } from '../../charts/EuropeMap'
import { figure } from '../../charts/figure'
import type { RankedUnit } from '../../domain/compare'
import { Loaded, MapList } from '../../kit/charts'
import { classOfScore, classWords, details } from '../../kit/classes'
import { columnsFor } from '../../kit/columns'
import { ClassLegend } from '../../kit/legend'
import { EU_AVERAGE, mapClasses, mapCountries, MAX_EXTRA, rankText, SUBJECT, valueOf } from './international-model'
import { im, type IntlScope } from './scope'

export function EuropeFigure({ scope, toggle }: { scope: IntlScope; toggle: (id: string) => void }) {
  const { w, state, ranked, names } = scope
  const shapes = useQuery({ queryKey: apiKeys.shapes('countries-110m'), queryFn: loadCountryShapes, staleTime: Infinity, gcTime: Infinity })
  const classes = mapClasses(ranked)
  const always = new Set([SUBJECT, EU_AVERAGE, ...(scope.row.rival ? [scope.row.rival.rival] : [])])
  const chosen = new Set(scope.timeIds)
  const countries: MapCountry[] = mapCountries(ranked, classes, names, (r) => details(w, r.score, w.score, [im(w, 'detail.rank', { rank: rankText(r) })]), chosen)
  const full = scope.extra.length >= MAX_EXTRA
  const action = (c: MapCountry) => (always.has(c.id) ? im(w, 'map.always') : c.selected ? im(w, 'map.remove') : full ? im(w, 'map.full') : im(w, 'map.add'))
  const top = ranked.find((r) => r.score.kind === 'score')
  const nl = ranked.find((r) => r.id === SUBJECT)
  const title =
    top && top.score.kind === 'score'
      ? top.id === SUBJECT
        ? im(w, 'map.title.leads', { metric: scope.metricInSentence, value: w.score(top.score) })
        : im(w, 'map.title', { leader: w.region(top.id), metric: scope.metricInSentence, value: w.score(top.score), nl: nl && nl.score.kind === 'score' ? w.score(nl.score) : w.t('status.missing') })
      : im(w, 'map.title.none', { metric: scope.metricName })
  const eu = valueOf(scope.data, EU_AVERAGE, state.year, scope.metric)
  const byName = [...ranked].sort((a, b) => w.region(a.id).localeCompare(w.region(b.id), w.lang))
  const c = columnsFor(w, byName)
  const spec = figure({
    id: 'international.map',
    title,
    subtitle: im(w, 'map.subtitle', { metric: scope.metricName, year: state.year, count: ranked.length }),
    rows: byName,
    rowKey: (r) => r.id,
    rowData: (r) => ({ country: r.id }),
    columns: [
      c.label('country', w.t('table.country'), (r) => w.region(r.id)),
      c.code('code', w.t('table.code'), (r) => r.id),
      ...c.measured('value', scope.metricName, (r) => r.score),
      c.text('rank', w.t('table.rank'), (r) => rankText(r)),
      c.text('class', im(w, 'map.class'), (r) => classOfScore(w, r.score, classes)),
    ],
    summary: `${byName.map((r) => `${w.region(r.id)}: ${r.score.kind === 'score' ? w.score(r.score) : w.missing(r.score.reason)}`).join('; ')}.`,
  })
  return (
    <ChartFrame
      figure={spec}
      interactive
      chart={
        <Loaded query={shapes} loading={im(w, 'map.loading')}>
          {(data) => <EuropeMap shapes={data} countries={countries} actionText={action} onToggle={(id) => (always.has(id) ? undefined : toggle(id))} />}
        </Loaded>
      }
      legend={
        <div className="intl-map-side">
          <ClassLegend
            title={im(w, 'map.legend', { metric: scope.metricName })}
            classes={classes.map((cl, i) => ({ fill: cl.fill, text: classWords(classes, w.lang)[i] }))}
            suppressed={ranked.some((r) => r.score.kind === 'none') ? w.t('legend.suppressed', { minN: w.thresholds.minN }) : undefined}
            extra={[
              <>
                <span className="color-ramp-swatch map-other-swatch" />
                {im(w, 'map.other')}
              </>,
              <>
                <span className="color-ramp-swatch map-subject-swatch" />
                {im(w, 'map.subject')}
              </>,
              <>
                <span className="color-ramp-swatch map-selected-swatch" />
                {im(w, 'map.selected')}
              </>,
            ]}
          />
          {eu.kind === 'score' ? <p className="chart-note">{im(w, 'map.eu', { value: w.score(eu) })}</p> : null}
          <CountryList scope={scope} rows={byName} always={always} chosen={chosen} toggle={toggle} />
        </div>
      }
      notes={<p className="chart-note">{im(w, 'map.note')}</p>}
    />
  )
}

function CountryList({ scope, rows, always, chosen, toggle }: { scope: IntlScope; rows: readonly RankedUnit[]; always: ReadonlySet<string>; chosen: ReadonlySet<string>; toggle: (id: string) => void }) {
  const { w } = scope
  return (
    <MapList
      label={im(w, 'map.list')}
      head={[w.t('table.country'), scope.metricName, w.t('table.ci'), w.t('table.rank'), im(w, 'table.inChart')]}
      numeric={[true, true, true, false]}
      rows={rows.map((r) => {
        const name = w.region(r.id)
        const on = chosen.has(r.id)
        return {
          id: r.id,
          name,
          chosen: on,
          data: { country: r.id },
          cells: [
            r.score.kind === 'score' ? w.score(r.score) : '—',
            r.score.kind === 'score' ? w.interval(r.score) : w.missing(r.score.reason),
            rankText(r),
            always.has(r.id) ? (
              im(w, 'action.always')
            ) : (
              <button type="button" className="button-link" aria-pressed={on} aria-label={im(w, on ? 'action.label.remove' : 'action.label.add', { name })} onClick={() => toggle(r.id)}>
                {im(w, on ? 'action.remove' : 'action.add')}
              </button>
            ),
          ],
        }
      })}
    />
  )
}
