/**
 * International benchmark at the national level: the Netherlands against European peers and the
 * EU average on R, T, S and each dimension; the Dutch rank with rank ranges; the distance to the
 * leading country and its trend; a map of Europe (d3-geo, Natural Earth) with a country list as
 * the keyboard alternative. The province and sector filters do not apply here, and the view says so.
 */
import { useQuery } from '@tanstack/react-query'
import { useCleanAddress } from '../../app/use-clean-address'
import { useState, type ReactNode } from 'react'
import { scoresQuery } from '../../api/queries'
import type { MetaResponse } from '../../contract/v1'
import { possibleLeaders, type RankedUnit } from '../../domain/compare'
import type { Dimension } from '../../domain/framework'
import { type FigureKind, formatEstimate, formatInterval, formatList, formatNumber, formatTick } from '../../domain/format'
import { tickDigits } from '../../domain/ticks'
import type { Indicator, Verdict } from '../../domain/indices'
import { changeSentence, gapTrendSentence, gapTrendWord, type GapTrend } from '../../domain/trends'
import { ChartFrame } from '../../charts/ChartFrame'
import { DotIntervalPlot, paddedAxis, symmetricAxis } from '../../charts/DotIntervalPlot'
import { EuropeMap, type MapCountry } from '../../charts/EuropeMap'
import { loadCountryShapes } from '../../charts/europe-shapes'
import { HatchSwatch } from '../../charts/patterns'
import { classDigits, type ColorClass } from '../../charts/tile-scale'
import { TrendChart, trendAxis } from '../../charts/TrendChart'
import { EmptyState, ErrorState, LoadingState } from '../../components/ErrorState'
import { useI18n, type I18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import { navigate } from '../../app/location'
import { regionWords, sectorWords } from '../../app/selection'
import { hrefOf, withExtra, type ViewState } from '../../app/url-state'
import { internationalMessages, type InternationalMessageKey } from './messages'
import {
  countriesQuery,
  countryYears,
  EU_AVERAGE,
  euCsv,
  euRows,
  gapRows,
  gapsCsv,
  gapSeries,
  gapSeriesCsv,
  gapTrendSeries,
  intlSettings,
  INTL_MEASURES,
  mapClasses,
  mapCountries,
  MAX_EXTRA,
  measureRow,
  measureRows,
  rankedCountries,
  ranking,
  rankingCsv,
  rankRows,
  rankText,
  seriesBounds,
  SUBJECT,
  timeCsv,
  timeSeries,
  valueOf,
  type CountryYears,
  type IntlCsvWords,
  type IntlMeasure,
  type IntlSettings,
  type IntlWords,
  type MeasureRow,
} from './international-model'

type M = (key: InternationalMessageKey, values?: Record<string, string | number>) => string

interface Ctx {
  state: ViewState
  meta: MetaResponse
  i18n: I18n
  m: M
  settings: IntlSettings
  data: CountryYears
  words: IntlWords
  countries: string[]
  /** the years shown: the first to the chosen one */
  years: number[]
  year: number
  ranked: RankedUnit[]
  row: MeasureRow
  rows: MeasureRow[]
  metricName: string
  /** the metric inside a sentence (lower case for R, T, S) */
  metricInSentence: string
  source: string
  csvHeaders: IntlCsvWords
  go: (next: ViewState) => void
  toggle: (id: string) => void
  /** the countries in the chart over time */
  timeIds: string[]
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

export default function InternationalView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const i18n = useI18n()
  const { t, lang, label } = i18n
  const m: M = (key, values) => message(internationalMessages, lang, key, values)
  const settings = intlSettings(state, meta)
  const notices = useCleanAddress(settings)
  const [dismissed, setDismissed] = useState('')
  const [status, setStatus] = useState('')
  const q = useQuery(scoresQuery(countriesQuery()))

  const filtered = state.regions.length > 0 || state.sectors.length > 0
  const intro = (
    <div className="intl-intro">
      <p className="lead">{m('lead')}</p>
      <p className={filtered ? 'notice intl-filters' : 'chart-note'}>
        {filtered ? m('filters.set', { selection: `${regionWords(state, meta, lang)} · ${sectorWords(state, meta, lang)}` }) : m('filters.none')}
      </p>
    </div>
  )
  const noticeBox =
    notices.length > 0 && dismissed !== JSON.stringify(notices) ? (
      <div className="notice">
        <strong>{t('notice.title')}: </strong>
        {notices.map((n) => (
          <span key={n.key + JSON.stringify(n.values)}>{m(n.key, n.values)} </span>
        ))}
        <button type="button" className="button-link" onClick={() => setDismissed(JSON.stringify(notices))}>
          {t('notice.dismiss')}
        </button>
      </div>
    ) : null

  let body: ReactNode
  if (q.error && !q.data) body = <ErrorState error={q.error} onRetry={() => void q.refetch()} />
  else if (!q.data) body = <LoadingState lines={6} />
  else {
    const years = meta.years.filter((y) => y <= state.year)
    const data = countryYears(q.data.rows, years)
    const countries = rankedCountries(meta)
    const metric = settings.metric
    const ranked = ranking(data, countries, state.year, metric)
    if (!ranked.some((r) => r.score.kind === 'score')) body = <EmptyState />
    else {
      const countryName = (code: string) => label(meta.regions.find((r) => r.code === code)?.label ?? { nl: code, en: code })
      const dimLabel = (d: Dimension) => label(meta.dimensions.find((x) => x.id === d)!.label)
      const measureName = (x: IntlMeasure) => (x === 'R' || x === 'T' || x === 'S' ? m(`metric.${x}`) : dimLabel(x))
      const words: IntlWords = {
        lang,
        countryName,
        measureName,
        missing: (reason) => t(reason === 'suppressed' ? 'status.suppressed' : 'status.missing'),
        thin: m('detail.thin'),
        verdict: (v: Verdict) => m(`verdict.${v}` as InternationalMessageKey),
        trend: (x: GapTrend) => gapTrendWord(x, lang),
      }
      const row = measureRow(data, countries, metric, state.year, settings.fromYear)
      const rival = row.rival?.rival
      const timeIds = [SUBJECT, EU_AVERAGE, ...(rival && rival !== SUBJECT ? [rival] : []), ...settings.extra.filter((c) => c !== rival)]
      const ctx: Ctx = {
        state: settings.clean,
        meta,
        i18n,
        m,
        settings,
        data,
        words,
        countries,
        years,
        year: state.year,
        ranked,
        row,
        rows: measureRows(data, countries, state.year, settings.fromYear),
        metricName: measureName(metric),
        metricInSentence: metric.length === 1 ? lowerFirst(measureName(metric)) : measureName(metric),
        source: label(meta.dataset.source),
        csvHeaders: Object.fromEntries(
          (
            ['year', 'code', 'country', 'measure', 'value', 'ciLow', 'ciHigh', 'n', 'position', 'rankBest', 'rankWorst', 'class', 'note', 'nl', 'eu', 'diff', 'diffLow', 'diffHigh', 'verdict', 'rival', 'gapFrom', 'gapTo', 'fromYear', 'toYear', 'change', 'changeLow', 'changeHigh', 'trend', 'gap', 'gapLow', 'gapHigh'] as const
          ).map((k) => [k, m(`csv.${k}` as InternationalMessageKey)]),
        ) as unknown as IntlCsvWords,
        go: (next) => navigate(hrefOf(next)),
        toggle: (id) => {
          const on = settings.extra.includes(id)
          if (!on && settings.extra.length >= MAX_EXTRA) {
            setStatus(m('status.full', { max: MAX_EXTRA }))
            return
          }
          const extra = on ? settings.extra.filter((c) => c !== id) : [...settings.extra, id]
          setStatus(m(on ? 'status.removed' : 'status.added', { name: countryName(id) }))
          navigate(hrefOf(withExtra(settings.clean, { land: extra.length > 0 ? extra.join(',') : undefined })))
        },
        timeIds,
      }
      body = (
        <div className="intl-body" aria-busy={q.isPlaceholderData}>
          <Controls ctx={ctx} />
          <section className="intl-section" aria-labelledby="intl-metric">
            <h2 id="intl-metric">{m('section.metric', { metric: ctx.metricInSentence })}</h2>
            <MapFrame ctx={ctx} />
            <div className="grid-2">
              <RankFrame ctx={ctx} />
              <GapFrame ctx={ctx} />
            </div>
            <TimeFrame ctx={ctx} />
          </section>
          <section className="intl-section" aria-labelledby="intl-all">
            <h2 id="intl-all">{m('section.all')}</h2>
            <EuFrame ctx={ctx} />
            <GapsFrame ctx={ctx} />
          </section>
        </div>
      )
    }
  }

  return (
    <div className="view intl-view">
      <div role="status" aria-live="polite">
        {noticeBox}
      </div>
      {intro}
      {body}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}

function Controls({ ctx }: { ctx: Ctx }) {
  const { m, state, settings, meta, words } = ctx
  const earlier = meta.years.filter((y) => y < ctx.year)
  return (
    <div className="focus-bar intl-controls">
      <label className="focus-group">
        <span className="focus-label">{m('metric')}:</span>
        <select value={settings.metric} onChange={(e) => ctx.go(withExtra(state, { maat: e.currentTarget.value === 'R' ? undefined : e.currentTarget.value }))}>
          {INTL_MEASURES.map((x) => (
            <option key={x} value={x}>
              {x.length === 1 ? words.measureName(x) : `${x} · ${words.measureName(x)}`}
            </option>
          ))}
        </select>
      </label>
      {earlier.length > 0 ? (
        <label className="focus-group">
          <span className="focus-label">{m('fromYear')}:</span>
          <select
            value={settings.fromYear}
            onChange={(e) => ctx.go(withExtra(state, { vergelijkjaar: Number(e.currentTarget.value) === meta.years[0] ? undefined : e.currentTarget.value }))}
          >
            {earlier.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  )
}

function ciText(i: Indicator, lang: 'nl' | 'en', kind: FigureKind = 'score'): string {
  return i.kind === 'score' ? formatInterval(i, kind, lang) : '—'
}

function classText(c: ColorClass, i: number, classes: readonly ColorClass[], lang: 'nl' | 'en'): string {
  const digits = classDigits(classes)
  const f = (v: number) => formatNumber(v, lang, digits)
  if (i === 0) return `< ${f(c.to)}`
  if (i === classes.length - 1) return `≥ ${f(c.from)}`
  return `${f(c.from)} – ${f(c.to)}`
}

function statusWords(i: Indicator, ctx: Ctx): string {
  return i.kind === 'none' ? ctx.words.missing(i.reason) : i.status === 'low_reliability' ? ctx.words.thin : ''
}

function MapFrame({ ctx }: { ctx: Ctx }) {
  const { m, i18n, ranked, words, meta, settings } = ctx
  const { lang, t } = i18n
  const shapes = useQuery({ queryKey: ['shapes', 'countries-110m'], queryFn: loadCountryShapes, staleTime: Infinity, gcTime: Infinity })
  const classes = mapClasses(ranked)
  const classWords = classes.map((c, i) => classText(c, i, classes, lang))
  const classOfRow = (r: RankedUnit) => (r.score.kind === 'score' ? classWords[classes.indexOf(classes.reduce((a, c) => (r.score.kind === 'score' && r.score.value >= c.from ? c : a), classes[0]))] : words.missing(r.score.kind === 'none' ? r.score.reason : 'missing'))
  const always = new Set([SUBJECT, EU_AVERAGE, ...(ctx.row.rival ? [ctx.row.rival.rival] : [])])
  const chosen = new Set(ctx.timeIds)
  const details = (r: RankedUnit): string[] =>
    r.score.kind === 'none'
      ? [r.score.reason === 'suppressed' ? m('map.suppressed', { minN: meta.thresholds.minN }) : t('status.missing')]
      : [
          i18n.score(r.score),
          m('detail.ci', { low: formatEstimate(r.score, 'score', lang).low, high: formatEstimate(r.score, 'score', lang).high }),
          t('chart.n', { n: i18n.count(r.score.n) }),
          m('detail.rank', { rank: rankText(r) }),
          ...(r.score.status === 'low_reliability' ? [m('detail.thin')] : []),
        ]
  const countries: MapCountry[] = mapCountries(ranked, classes, words, details, chosen)
  const full = settings.extra.length >= MAX_EXTRA
  const action = (c: MapCountry) => (always.has(c.id) ? m('map.always') : c.selected ? m('map.remove') : full ? m('map.full') : m('map.add'))
  const scored = ranked.filter((r) => r.score.kind === 'score')
  const top = scored[0]
  const nl = ranked.find((r) => r.id === SUBJECT)
  const title =
    top && top.score.kind === 'score'
      ? top.id === SUBJECT
        ? m('map.title.leads', { metric: ctx.metricInSentence, value: i18n.score(top.score) })
        : m('map.title', {
            leader: words.countryName(top.id),
            metric: ctx.metricInSentence,
            value: i18n.score(top.score),
            nl: nl && nl.score.kind === 'score' ? i18n.score(nl.score) : t('status.missing'),
          })
      : m('map.title.none', { metric: ctx.metricName })
  const eu = valueOf(ctx.data, EU_AVERAGE, ctx.year, settings.metric)
  const byName = [...ranked].sort((a, b) => words.countryName(a.id).localeCompare(words.countryName(b.id), lang))
  const anyMissing = ranked.some((r) => r.score.kind === 'none')
  return (
    <ChartFrame
      title={title}
      subtitle={m('map.subtitle', { metric: ctx.metricName, year: ctx.year, count: ranked.length })}
      chartLabel={`${title}. ${byName.map((r) => `${words.countryName(r.id)}: ${r.score.kind === 'score' ? i18n.score(r.score) : words.missing(r.score.reason)}`).join('; ')}.`}
      chart={
        shapes.data ? (
          <EuropeMap shapes={shapes.data} countries={countries} actionText={action} onToggle={(id) => (always.has(id) ? undefined : ctx.toggle(id))} />
        ) : shapes.error ? (
          <ErrorState error={shapes.error} onRetry={() => void shapes.refetch()} />
        ) : (
          <div className="map-loading" aria-busy="true">
            {m('map.loading')}
          </div>
        )
      }
      legend={
        <div className="intl-map-side">
          <div className="color-ramp-wrap">
            <span className="color-ramp-title">{m('map.legend', { metric: ctx.metricName })}</span>
            <ul className="color-ramp">
              {classes.map((c, i) => (
                <li key={c.fill}>
                  <span className="color-ramp-swatch" style={{ background: c.fill }} />
                  {classWords[i]}
                </li>
              ))}
              {anyMissing ? (
                <li>
                  <HatchSwatch />
                  {m('map.suppressed', { minN: meta.thresholds.minN })}
                </li>
              ) : null}
              <li>
                <span className="color-ramp-swatch map-other-swatch" />
                {m('map.other')}
              </li>
              <li>
                <span className="color-ramp-swatch map-subject-swatch" />
                {m('map.subject')}
              </li>
              <li>
                <span className="color-ramp-swatch map-selected-swatch" />
                {m('map.selected')}
              </li>
            </ul>
          </div>
          {eu.kind === 'score' ? <p className="chart-note">{m('map.eu', { value: i18n.score(eu) })}</p> : null}
          <div className="tilemap-list table-scroll" role="region" aria-label={m('map.list')} tabIndex={0}>
            <table>
              <caption>{m('map.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{m('table.country')}</th>
                  <th scope="col">{ctx.metricName}</th>
                  <th scope="col" className="col-ci">
                    {t('table.ci')}
                  </th>
                  <th scope="col">{m('table.rank')}</th>
                  <th scope="col">{m('table.inChart')}</th>
                </tr>
              </thead>
              <tbody>
                {byName.map((r) => {
                  const name = words.countryName(r.id)
                  const on = chosen.has(r.id)
                  return (
                    <tr key={r.id} className={on ? 'is-chosen' : undefined} data-country={r.id}>
                      <th scope="row">{name}</th>
                      <td className="num">{r.score.kind === 'score' ? i18n.score(r.score) : '—'}</td>
                      <td className="num col-ci">{r.score.kind === 'score' ? ciText(r.score, lang) : words.missing(r.score.reason)}</td>
                      <td className="num">{rankText(r)}</td>
                      <td>
                        {always.has(r.id) ? (
                          m('action.always')
                        ) : (
                          <button type="button" className="button-link" aria-pressed={on} aria-label={m(on ? 'action.label.remove' : 'action.label.add', { name })} onClick={() => ctx.toggle(r.id)}>
                            {m(on ? 'action.remove' : 'action.add')}
                          </button>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </div>
      }
      notes={<p className="chart-note">{m('map.note')}</p>}
      source={ctx.source}
      csv={rankingCsv(ranked, settings.metric, ctx.year, words, ctx.csvHeaders, classOfRow)}
      table={
        <table>
          <caption>{m('map.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('table.country')}</th>
              <th scope="col">{ctx.metricName}</th>
              <th scope="col">{m('map.class')}</th>
            </tr>
          </thead>
          <tbody>
            {byName.map((r) => (
              <tr key={r.id}>
                <th scope="row">{words.countryName(r.id)}</th>
                <td className="num">{r.score.kind === 'score' ? i18n.score(r.score) : '—'}</td>
                <td>{classOfRow(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

function RankFrame({ ctx }: { ctx: Ctx }) {
  const { m, i18n, ranked, words, settings } = ctx
  const { t, lang } = i18n
  const nl = ranked.find((r) => r.id === SUBJECT)
  const count = ranked.filter((r) => r.score.kind === 'score').length
  const title =
    !nl || nl.position === undefined
      ? m('rank.title.none', { metric: ctx.metricInSentence })
      : nl.best === nl.worst
        ? m('rank.title.exact', { position: nl.position, count, metric: ctx.metricInSentence })
        : m('rank.title', { position: nl.position, count, metric: ctx.metricInSentence, range: rankText(nl) })
  const rows = rankRows(ranked, settings.metric, words)
  const eu = valueOf(ctx.data, EU_AVERAGE, ctx.year, settings.metric)
  const bounds = ranked.flatMap((r) => (r.score.kind === 'score' ? [r.score.ciLow, r.score.ciHigh] : []))
  const axis = paddedAxis(eu.kind === 'score' ? [...bounds, eu.value] : bounds)
  const fmtTick = (v: number) => formatTick(v, lang, tickDigits(axis.ticks))
  return (
    <ChartFrame
      title={title}
      subtitle={m('rank.subtitle', { metric: ctx.metricName, year: ctx.year })}
      chartLabel={`${title}. ${rows.map((r) => `${r.prefix} ${r.label}: ${r.text ?? r.missingText}`).join('; ')}`}
      chart={
        <DotIntervalPlot
          rows={rows}
          domain={axis.domain}
          ticks={axis.ticks}
          formatTick={fmtTick}
          reference={eu.kind === 'score' ? { value: eu.value, label: m('rank.reference', { value: i18n.score(eu) }) } : undefined}
          prefixWidth={48}
          labelWidth={104}
          rowHeight={26}
        />
      }
      notes={<p className="chart-note">{m('rank.note')}</p>}
      source={ctx.source}
      csv={rankingCsv(ranked, settings.metric, ctx.year, words, ctx.csvHeaders)}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{m('table.position')}</th>
              <th scope="col">{m('table.country')}</th>
              <th scope="col">{m('table.rank')}</th>
              <th scope="col">{ctx.metricName}</th>
              <th scope="col">{t('table.ci')}</th>
              <th scope="col">{t('table.n')}</th>
              <th scope="col">{t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((r) => (
              <tr key={r.id} data-country={r.id}>
                <td className="num">{r.position ?? '—'}</td>
                <th scope="row">{words.countryName(r.id)}</th>
                <td className="num">{rankText(r)}</td>
                <td className="num">{r.score.kind === 'score' ? i18n.score(r.score) : '—'}</td>
                <td className="num">{ciText(r.score, lang)}</td>
                <td className="num">{r.score.kind === 'score' ? i18n.count(r.score.n) : '—'}</td>
                <td>{statusWords(r.score, ctx)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

function DiffLegend({ ctx, missing }: { ctx: Ctx; missing: boolean }) {
  const { m, i18n } = ctx
  return (
    <ul className="legend">
      <li>
        <svg width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6" fill="#1a1a1a" />
        </svg>
        {m('legend.clear')}
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6" fill="#fff" stroke="#1a1a1a" strokeWidth="2" />
        </svg>
        {m('legend.similar')}
      </li>
      {missing ? (
        <li>
          <HatchSwatch />
          {i18n.t('legend.suppressed')}
        </li>
      ) : null}
      <li className="legend-ci">{i18n.t('chart.ci')}</li>
    </ul>
  )
}

function EuFrame({ ctx }: { ctx: Ctx }) {
  const { m, i18n, rows, words, meta } = ctx
  const { lang, label } = i18n
  const pillarLabel = (p: 'technological' | 'social') => label(meta.pillars.find((x) => x.id === p)!.label)
  const dots = euRows(rows, words, m('group.composite'), pillarLabel)
  const higher = rows.filter((r) => r.verdictEu === 'higher').length
  const lower = rows.filter((r) => r.verdictEu === 'lower').length
  const title =
    higher > 0 && lower > 0
      ? m('eu.title.some', { higher, lower, total: rows.length })
      : higher > 0
        ? m('eu.title.higher', { higher, total: rows.length })
        : lower > 0
          ? m('eu.title.lower', { lower, total: rows.length })
          : m('eu.title.none')
  const axis = symmetricAxis(rows.flatMap((r) => (r.diffEu.kind === 'score' ? [r.diffEu.ciLow, r.diffEu.ciHigh] : [])))
  const tickFmt = (v: number) => formatTick(v, lang, tickDigits(axis.ticks), true)
  return (
    <ChartFrame
      title={title}
      subtitle={m('eu.subtitle', { year: ctx.year })}
      chartLabel={`${title}. ${dots.map((r) => `${r.label} ${r.text ?? r.missingText}`).join(', ')}`}
      chart={<DotIntervalPlot rows={dots} domain={axis.domain} ticks={axis.ticks} formatTick={tickFmt} zero ends={[m('eu.lower'), m('eu.higher')]} rowHeight={26} />}
      legend={<DiffLegend ctx={ctx} missing={dots.some((d) => d.value === undefined)} />}
      source={ctx.source}
      csv={euCsv(rows, ctx.year, words, ctx.csvHeaders)}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{m('table.measure')}</th>
              <th scope="col">{m('table.nl')}</th>
              <th scope="col">{m('table.eu')}</th>
              <th scope="col">{m('table.diff')}</th>
              <th scope="col">{m('table.diffCi')}</th>
              <th scope="col">{m('table.verdict')}</th>
              <th scope="col">{m('table.nlRank')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.measure} data-measure={r.measure}>
                <th scope="row">{words.measureName(r.measure)}</th>
                <td className="num">{r.nl.kind === 'score' ? i18n.score(r.nl) : '—'}</td>
                <td className="num">{r.eu.kind === 'score' ? i18n.score(r.eu) : '—'}</td>
                <td className="num">{r.diffEu.kind === 'score' ? i18n.diff(r.diffEu) : '—'}</td>
                <td className="num">{ciText(r.diffEu, lang, 'difference')}</td>
                <td>{words.verdict(r.verdictEu)}</td>
                <td className="num">{rankText(r.rank)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

function GapFrame({ ctx }: { ctx: Ctx }) {
  const { m, i18n, row, words, settings, data } = ctx
  const { lang } = i18n
  if (!row.rival || !row.gap) {
    return (
      <ChartFrame
        title={m('gap.title.none')}
        subtitle={m('map.subtitle', { metric: ctx.metricName, year: ctx.year, count: ctx.ranked.length })}
        chartLabel={m('gap.title.none')}
        chart={<p className="state state-empty">{i18n.t('state.empty')}</p>}
        source={ctx.source}
        table={<p>{i18n.t('state.empty')}</p>}
      />
    )
  }
  const rivalName = words.countryName(row.rival.rival)
  const title = gapTrendSentence(
    // in English the country needs its article: "the Netherlands"
    { subject: lang === 'en' ? 'the Netherlands' : words.countryName(SUBJECT), rival: rivalName, measure: ctx.metricInSentence },
    { from: settings.fromYear, to: ctx.year },
    row.gap,
    lang,
  )
  const series = gapSeries(data, row.rival.rival, ctx.years, settings.metric)
  const trend = gapTrendSeries(series, m('gap.series'), words)
  const axis = trendAxis(seriesBounds([trend]), true)
  const others = possibleLeaders(ctx.ranked)
    .filter((r) => r.id !== row.rival!.leader)
    .map((r) => words.countryName(r.id))
  return (
    <ChartFrame
      title={title}
      subtitle={m(row.rival.subjectLeads ? 'gap.subtitle.leads' : 'gap.subtitle', { rival: rivalName, role: m('gap.role'), year: ctx.year, metric: ctx.metricName })}
      chartLabel={`${title}. ${series.map((p) => `${p.year}: ${p.value.kind === 'score' ? i18n.diff(p.value) : words.missing(p.value.reason)}`).join('; ')}`}
      chart={<TrendChart years={ctx.years} series={[trend]} domain={axis.domain} ticks={axis.ticks} formatTick={(v) => formatTick(v, lang, tickDigits(axis.ticks), true)} zero height={240} />}
      legend={
        <ul className="legend">
          <li>{m('legend.band')}</li>
          {series.some((p) => p.value.kind === 'none') ? (
            <li>
              <HatchSwatch />
              {m('legend.gap')}
            </li>
          ) : null}
        </ul>
      }
      notes={
        <>
          <p className="chart-note">{m('gap.note', { from: settings.fromYear, to: ctx.year })}</p>
          {others.length > 0 ? <p className="chart-note">{m('gap.leaderNote', { others: formatList(others, lang) })}</p> : null}
        </>
      }
      source={ctx.source}
      csv={gapSeriesCsv(series, data, row.rival.rival, settings.metric, words, ctx.csvHeaders)}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{m('table.year')}</th>
              <th scope="col">{m('table.nl')}</th>
              <th scope="col">{rivalName}</th>
              <th scope="col">{m('table.gap')}</th>
              <th scope="col">{i18n.t('table.ci')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => {
              const a = valueOf(data, SUBJECT, p.year, settings.metric)
              const b = valueOf(data, row.rival!.rival, p.year, settings.metric)
              return (
                <tr key={p.year}>
                  <th scope="row">{p.year}</th>
                  <td className="num">{a.kind === 'score' ? i18n.score(a) : '—'}</td>
                  <td className="num">{b.kind === 'score' ? i18n.score(b) : '—'}</td>
                  <td className="num">{p.value.kind === 'score' ? i18n.diff(p.value) : words.missing(p.value.reason)}</td>
                  <td className="num">{ciText(p.value, lang, 'difference')}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      }
    />
  )
}

function GapsFrame({ ctx }: { ctx: Ctx }) {
  const { m, i18n, rows, words, meta, settings } = ctx
  const { lang, label } = i18n
  const pillarLabel = (p: 'technological' | 'social') => label(meta.pillars.find((x) => x.id === p)!.label)
  const dots = gapRows(rows, words, m('group.composite'), pillarLabel)
  const behind = rows.filter((r) => r.gap?.trend === 'falling_behind').length
  const catching = rows.filter((r) => r.gap?.trend === 'catching_up').length
  const title =
    behind > 0 && catching > 0
      ? m('gaps.title', { from: settings.fromYear, behind, catching, total: rows.length })
      : behind > 0
        ? m('gaps.title.behind', { from: settings.fromYear, behind, total: rows.length })
        : catching > 0
          ? m('gaps.title.catching', { from: settings.fromYear, catching, total: rows.length })
          : m('gaps.title.none', { from: settings.fromYear })
  const axis = symmetricAxis(rows.flatMap((r) => (r.gap && r.gap.change.kind === 'score' ? [r.gap.change.ciLow, r.gap.change.ciHigh] : [])))
  const tickFmt = (v: number) => formatTick(v, lang, tickDigits(axis.ticks), true)
  const leads = rows.filter((r) => r.rival?.subjectLeads)
  return (
    <ChartFrame
      title={title}
      subtitle={m('gaps.subtitle', { from: settings.fromYear, to: ctx.year })}
      chartLabel={`${title}. ${dots.map((r) => `${r.label}: ${r.text ?? r.missingText}`).join('; ')}`}
      chart={<DotIntervalPlot rows={dots} domain={axis.domain} ticks={axis.ticks} formatTick={tickFmt} zero ends={[m('gaps.catching'), m('gaps.behind')]} rowHeight={26} />}
      legend={<DiffLegend ctx={ctx} missing={dots.some((d) => d.value === undefined)} />}
      notes={
        <>
          <p className="chart-note">{m('gap.note', { from: settings.fromYear, to: ctx.year })}</p>
          {leads.length > 0 ? <p className="chart-note">{`${m('gaps.leads')}: ${leads.map((r) => words.measureName(r.measure)).join(', ')}.`}</p> : null}
        </>
      }
      source={ctx.source}
      csv={gapsCsv(rows, settings.fromYear, ctx.year, words, ctx.csvHeaders)}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{m('table.measure')}</th>
              <th scope="col">{m('table.rival')}</th>
              <th scope="col">{m('table.gapFrom', { year: settings.fromYear })}</th>
              <th scope="col">{m('table.gapTo', { year: ctx.year })}</th>
              <th scope="col">{m('table.change')}</th>
              <th scope="col">{m('table.changeCi')}</th>
              <th scope="col">{m('table.trend')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.measure} data-measure={r.measure}>
                <th scope="row">{words.measureName(r.measure)}</th>
                <td>{r.rival ? words.countryName(r.rival.rival) : '—'}</td>
                <td className="num">{r.gap && r.gap.gapFrom.kind === 'score' ? i18n.diff(r.gap.gapFrom) : '—'}</td>
                <td className="num">{r.gap && r.gap.gapTo.kind === 'score' ? i18n.diff(r.gap.gapTo) : '—'}</td>
                <td className="num">{r.gap && r.gap.change.kind === 'score' ? i18n.diff(r.gap.change) : '—'}</td>
                <td className="num">{r.gap ? ciText(r.gap.change, lang, 'difference') : '—'}</td>
                <td>{words.trend(r.gap?.trend ?? 'unknown')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

function TimeFrame({ ctx }: { ctx: Ctx }) {
  const { m, i18n, words, settings, data, timeIds } = ctx
  const { lang } = i18n
  const series = timeSeries(data, ctx.years, settings.metric, timeIds, words)
  const axis = trendAxis(seriesBounds(series))
  const nlFrom = valueOf(data, SUBJECT, settings.fromYear, settings.metric)
  const nlTo = valueOf(data, SUBJECT, ctx.year, settings.metric)
  const nlName = words.countryName(SUBJECT)
  const title =
    nlFrom.kind === 'score' && nlTo.kind === 'score'
      ? changeSentence(`${ctx.metricName} (${nlName})`, { year: settings.fromYear, value: nlFrom }, { year: ctx.year, value: nlTo }, lang)
      : m('time.title.none', { metric: ctx.metricName, from: ctx.years[0], to: ctx.year })
  const rival = ctx.row.rival && ctx.row.rival.rival !== SUBJECT ? ctx.row.rival.rival : undefined
  const peers = ctx.countries.filter((c) => c !== SUBJECT && c !== rival)
  return (
    <ChartFrame
      title={title}
      subtitle={m('time.subtitle', { metric: ctx.metricName, from: ctx.years[0], to: ctx.year, rival: rival ? words.countryName(rival) : '—' })}
      chartLabel={`${title}. ${series.map((s) => `${s.label}: ${s.points.map((p) => `${p.year} ${p.text ?? p.missingText}`).join(', ')}`).join('; ')}`}
      chart={<TrendChart years={ctx.years} series={series} domain={axis.domain} ticks={axis.ticks} formatTick={(v) => formatNumber(v, lang, 1)} height={300} />}
      legend={
        <>
          <div role="group" aria-labelledby="intl-time-choose" className="focus-group intl-choose">
            <span id="intl-time-choose" className="focus-label">
              {m('time.choose')}:
            </span>
            {peers.map((c) => (
              <button key={c} type="button" className="chip" aria-pressed={settings.extra.includes(c)} onClick={() => ctx.toggle(c)}>
                {words.countryName(c)}
              </button>
            ))}
          </div>
          <p className="chart-note">{m('time.chosen', { count: settings.extra.length, max: MAX_EXTRA })}</p>
          <ul className="legend">
            {series.map((s) => (
              <li key={s.id}>
                <svg width="30" height="14" aria-hidden="true" focusable="false">
                  <line x1="0" y1="7" x2="30" y2="7" stroke={s.color} strokeWidth={s.emphasis ? 3 : 2} strokeDasharray={s.dashed ? '6 3' : undefined} />
                </svg>
                {words.countryName(s.id)}
              </li>
            ))}
            <li>{m('legend.band')}</li>
          </ul>
        </>
      }
      notes={<p className="chart-note">{m('time.note')}</p>}
      source={ctx.source}
      csv={timeCsv(data, ctx.years, settings.metric, timeIds, words, ctx.csvHeaders)}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{m('table.country')}</th>
              <th scope="col">{m('table.year')}</th>
              <th scope="col">{ctx.metricName}</th>
              <th scope="col">{i18n.t('table.ci')}</th>
              <th scope="col">{i18n.t('table.n')}</th>
              <th scope="col">{i18n.t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {timeIds.flatMap((id) =>
              ctx.years.map((y) => {
                const v = valueOf(data, id, y, settings.metric)
                return (
                  <tr key={`${id}-${y}`}>
                    <td>{words.countryName(id)}</td>
                    <th scope="row">{y}</th>
                    <td className="num">{v.kind === 'score' ? i18n.score(v) : '—'}</td>
                    <td className="num">{ciText(v, lang)}</td>
                    <td className="num">{v.kind === 'score' ? i18n.count(v.n) : '—'}</td>
                    <td>{statusWords(v, ctx)}</td>
                  </tr>
                )
              }),
            )}
          </tbody>
        </table>
      }
    />
  )
}

