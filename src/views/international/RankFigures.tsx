/** The chosen measure: the ranking of the countries, the distance to the leader over time, and the countries over time. */
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { TrendChart, trendAxis } from '../../charts/TrendChart'
import { possibleLeaders } from '../../domain/compare'
import { formatList } from '../../domain/format'
import { changeSentence, gapTrendSentence } from '../../domain/trends'
import { columnsFor } from '../../kit/columns'
import { Legend, legendItems } from '../../kit/legend'
import { Dots } from '../../kit/charts'
import { tickFormat } from '../../kit/rows'
import { EU_AVERAGE, gapSeries, gapTrendSeries, MAX_EXTRA, rankRows, rankText, seriesBounds, SUBJECT, timeSeries, valueOf } from './international-model'
import { im, type IntlScope } from './scope'

export function RankFigure({ scope }: { scope: IntlScope }) {
  const { w, state, ranked, names } = scope
  const nl = ranked.find((r) => r.id === SUBJECT)
  const count = ranked.filter((r) => r.score.kind === 'score').length
  const title =
    !nl || nl.position === undefined
      ? im(w, 'rank.title.none', { metric: scope.metricInSentence })
      : nl.best === nl.worst
        ? im(w, 'rank.title.exact', { position: nl.position, count, metric: scope.metricInSentence })
        : im(w, 'rank.title', { position: nl.position, count, metric: scope.metricInSentence, range: rankText(nl) })
  const rows = rankRows(ranked, scope.metric, names)
  const eu = valueOf(scope.data, EU_AVERAGE, state.year, scope.metric)
  const c = columnsFor(w, ranked)
  const spec = figure({
    id: 'international.ranking',
    title,
    subtitle: im(w, 'rank.subtitle', { metric: scope.metricName, year: state.year }),
    rows: ranked,
    rowKey: (r) => r.id,
    rowData: (r) => ({ country: r.id }),
    columns: [
      ...c.csvOnly(c.code('year', w.t('table.year'), () => state.year), c.text('measure', w.t('table.measure'), () => scope.metricName)),
      c.code('position', w.t('table.position'), (r) => r.position),
      c.label('country', w.t('table.country'), (r) => w.region(r.id)),
      c.text('rank', w.t('table.rank'), (r) => rankText(r)),
      ...c.csvOnly(c.code('code', w.t('table.code'), (r) => r.id)),
      ...c.measured('value', scope.metricName, (r) => r.score),
    ],
    summary: `${rows.map((r) => `${r.prefix} ${r.label}: ${r.text ?? r.missingText}`).join('; ')}.`,
  })
  return (
    <ChartFrame
      figure={spec}
      chart={<Dots w={w} rows={rows} axis="scale" reference={eu.kind === 'score' ? { value: eu.value, label: im(w, 'rank.reference', { value: w.score(eu) }) } : undefined} prefixWidth={48} labelWidth={104} />}
      notes={<p className="chart-note">{im(w, 'rank.note')}</p>}
    />
  )
}

export function GapFigure({ scope }: { scope: IntlScope }) {
  const { w, state, row, names } = scope
  const rival = row.rival
  const series = rival ? gapSeries(scope.data, rival.rival, scope.years, scope.metric) : []
  const rivalName = rival ? w.region(rival.rival) : '—'
  const title =
    rival && row.gap
      ? gapTrendSentence(
          // in English the country needs its article: "the Netherlands"
          { subject: w.lang === 'en' ? 'the Netherlands' : w.region(SUBJECT), rival: rivalName, measure: scope.metricInSentence },
          { from: scope.fromYear, to: state.year },
          row.gap,
          w.lang,
        )
      : im(w, 'gap.title.none')
  const c = columnsFor(w, series)
  const spec = figure({
    id: 'international.gap',
    title,
    subtitle: rival
      ? im(w, rival.subjectLeads ? 'gap.subtitle.leads' : 'gap.subtitle', { rival: rivalName, role: im(w, 'gap.role'), year: state.year, metric: scope.metricName })
      : im(w, 'map.subtitle', { metric: scope.metricName, year: state.year, count: scope.ranked.length }),
    rows: series,
    rowKey: (p) => String(p.year),
    columns: [
      c.label('year', w.t('table.year'), (p) => String(p.year)),
      c.estimate('nl', w.region(SUBJECT), (p) => valueOf(scope.data, SUBJECT, p.year, scope.metric)),
      c.estimate('rival', rivalName, (p) => (rival ? valueOf(scope.data, rival.rival, p.year, scope.metric) : undefined)),
      ...c.differences('gap', im(w, 'table.gap'), (p) => p.value),
    ],
  })
  if (!rival || !row.gap) return <ChartFrame figure={spec} chart={<p className="state state-empty">{w.t('state.empty')}</p>} />
  const trend = gapTrendSeries(series, im(w, 'gap.series'), names)
  const axis = trendAxis(seriesBounds([trend]), true)
  const others = possibleLeaders(scope.ranked)
    .filter((r) => r.id !== rival.leader)
    .map((r) => w.region(r.id))
  const li = legendItems(w)
  return (
    <ChartFrame
      figure={spec}
      chart={<TrendChart years={scope.years} series={[trend]} domain={axis.domain} ticks={axis.ticks} formatTick={tickFormat(axis.ticks, w.lang, true)} zero height={240} />}
      legend={<Legend items={[li.band, series.some((p) => p.value.kind === 'none') && li.gap]} />}
      notes={
        <>
          <p className="chart-note">{im(w, 'gap.note', { from: scope.fromYear, to: state.year })}</p>
          {others.length > 0 ? <p className="chart-note">{im(w, 'gap.leaderNote', { others: formatList(others, w.lang) })}</p> : null}
        </>
      }
    />
  )
}

export function TimeFigure({ scope, toggle }: { scope: IntlScope; toggle: (id: string) => void }) {
  const { w, state, names, data, metric } = scope
  const series = timeSeries(data, scope.years, metric, scope.timeIds, names)
  const axis = trendAxis(seriesBounds(series))
  const nlFrom = valueOf(data, SUBJECT, scope.fromYear, metric)
  const nlTo = valueOf(data, SUBJECT, state.year, metric)
  const title =
    nlFrom.kind === 'score' && nlTo.kind === 'score'
      ? changeSentence(`${scope.metricName} (${w.region(SUBJECT)})`, { year: scope.fromYear, value: nlFrom }, { year: state.year, value: nlTo }, w.lang)
      : im(w, 'time.title.none', { metric: scope.metricName, from: scope.years[0], to: state.year })
  const rival = scope.row.rival && scope.row.rival.rival !== SUBJECT ? scope.row.rival.rival : undefined
  const peers = scope.countries.filter((c) => c !== SUBJECT && c !== rival)
  const rows = scope.timeIds.flatMap((id) => scope.years.map((year) => ({ id, year, value: valueOf(data, id, year, metric) })))
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'international.time',
    title,
    subtitle: im(w, 'time.subtitle', { metric: scope.metricName, from: scope.years[0], to: state.year, rival: rival ? w.region(rival) : '—' }),
    rows,
    rowKey: (r) => `${r.id}-${r.year}`,
    columns: [c.text('country', w.t('table.country'), (r) => w.region(r.id)), ...c.csvOnly(c.code('code', w.t('table.code'), (r) => r.id)), c.label('year', w.t('table.year'), (r) => String(r.year)), ...c.measured('value', scope.metricName, (r) => r.value)],
    summary: `${series.map((s) => `${s.label}: ${s.points.map((p) => `${p.year} ${p.text ?? p.missingText}`).join(', ')}`).join('; ')}.`,
  })
  return (
    <ChartFrame
      figure={spec}
      chart={<TrendChart years={scope.years} series={series} domain={axis.domain} ticks={axis.ticks} formatTick={tickFormat(axis.ticks, w.lang)} height={300} />}
      legend={
        <>
          <div role="group" aria-labelledby="intl-time-choose" className="focus-group intl-choose" data-export="skip">
            <span id="intl-time-choose" className="focus-label">
              {im(w, 'time.choose')}:
            </span>
            {peers.map((p) => (
              <button key={p} type="button" className="chip" aria-pressed={scope.extra.includes(p)} onClick={() => toggle(p)}>
                {w.region(p)}
              </button>
            ))}
          </div>
          <p className="chart-note" data-export="skip">
            {im(w, 'time.chosen', { count: scope.extra.length, max: MAX_EXTRA })}
          </p>
          <Legend
            items={[
              ...series.map((s) => ({
                id: s.id,
                marker: (
                  <svg width="30" height="14" aria-hidden="true" focusable="false">
                    <line x1="0" y1="7" x2="30" y2="7" stroke={s.color} strokeWidth={s.emphasis ? 3 : 2} strokeDasharray={s.dashed ? '6 3' : undefined} />
                  </svg>
                ),
                text: w.region(s.id),
              })),
              legendItems(w).band,
            ]}
          />
        </>
      }
      notes={<p className="chart-note">{im(w, 'time.note')}</p>}
    />
  )
}
