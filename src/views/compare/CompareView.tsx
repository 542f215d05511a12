/**
 * Compare regions: 2–6 provinces side by side and against the Netherlands as a whole, a ranking
 * of all twelve with rank ranges, a tile map to pick from, similar provinces, and a CSV of
 * exactly the numbers shown. Wires queries to the model (compare-model.ts) and the charts.
 */
import { useQuery } from '@tanstack/react-query'
import { useCleanAddress } from '../../app/use-clean-address'
import { useMemo, useState, type ReactNode } from 'react'
import { scoresQuery } from '../../api/queries'
import type { MetaResponse } from '../../contract/v1'
import { possibleLeaders, type ComparisonCell, type Measure } from '../../domain/compare'
import { DIMENSIONS, type Dimension, type Level } from '../../domain/framework'
import { type FigureKind, formatEstimate, formatInterval, formatList, formatNumber, formatTick } from '../../domain/format'
import { tickDigits } from '../../domain/ticks'
import type { Metric } from '../../domain/groups'
import { difference, verdictOf, type Indicator } from '../../domain/indices'
import { BalanceMap } from '../../charts/BalanceMap'
import { ChartFrame } from '../../charts/ChartFrame'
import { DotIntervalPlot, paddedAxis, symmetricAxis } from '../../charts/DotIntervalPlot'
import { IntervalPlot } from '../../charts/IntervalPlot'
import { PILLAR_COLOR } from '../../charts/colors'
import { HatchSwatch } from '../../charts/patterns'
import { classDigits, type ColorClass } from '../../charts/tile-scale'
import { TileMap, type Tile } from '../../charts/TileMap'
import { ProvinceMap } from '../../charts/ProvinceMap'
import { provinceShapes } from '../../charts/province-shapes'
import { api } from '../../api/client'
import { EmptyState, ErrorState, LoadingState } from '../../components/ErrorState'
import { useI18n, type I18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import { navigate } from '../../app/location'
import { sectorWords, selectionWords } from '../../app/selection'
import { hrefOf, withExtra, type ViewState } from '../../app/url-state'
import {
  balanceOf,
  balancePointsOf,
  buildModel,
  changeCsv,
  changeDots,
  unitChanges,
  compareSettings,
  comparisonCsv,
  differenceBounds,
  differencePanels,
  kindOfMetric,
  formatMetric,
  hasAnyScore,
  mapClasses,
  MAX_REGIONS,
  profileDomain,
  profilePanels,
  provincesQuery,
  rankRows,
  rankText,
  REFERENCE_ID,
  rankingCsv,
  referenceQuery,
  tiles as tilesOf,
  widestClearGap,
  type CompareModel,
  type CsvWords,
  type Words,
} from './compare-model'
import { compareMessages, type CompareMessageKey } from './messages'
import { COMPARE_YEAR_PARAM } from '../trends/year-comparison'
import { changeWord } from '../../domain/trends'

type M = (key: CompareMessageKey, values?: Record<string, string | number>) => string

interface Ctx {
  state: ViewState
  meta: MetaResponse
  i18n: I18n
  m: M
  model: CompareModel
  words: Words
  go: (next: ViewState) => void
  toggle: (id: string) => void
  metricName: (x: Metric) => string
  metricInSentence: (x: Metric) => string
  /** "three levels" or the one level */
  levelsWords: string
  /** "mean of the three levels" or the one level */
  levelsMeanWords: string
  filters: string
  source: string
  details: (i: Indicator, metric?: Metric) => string[]
  csvHeaders: CsvWords
  sectors: string
  /** two-year mode: the model of the earlier year (undefined while it loads or when off) */
  then?: CompareModel
  thenStatus: 'off' | 'loading' | 'error' | 'ready'
  retryThen: () => void
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

export default function CompareView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const i18n = useI18n()
  const { t, lang, label } = i18n
  const m: M = (key, values) => message(compareMessages, lang, key, values)
  const provinces = useMemo(() => meta.regions.filter((r) => r.kind === 'province').map((r) => r.code), [meta])
  const settings = useMemo(() => compareSettings(state, meta), [state, meta])
  const notices = useCleanAddress(settings)
  const [dismissed, setDismissed] = useState('')
  const [status, setStatus] = useState('')
  const prov = useQuery(scoresQuery(provincesQuery(state, provinces)))
  const ref = useQuery(scoresQuery(referenceQuery(state)))
  // two-year mode: the same provinces in the earlier year
  const then = useQuery({ ...scoresQuery(provincesQuery({ sectors: state.sectors, year: settings.fromYear ?? state.year }, provinces)), enabled: settings.fromYear !== undefined })

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

  const error = prov.error ?? ref.error
  let body: ReactNode
  if (error && !(prov.data && ref.data)) {
    body = (
      <ErrorState
        error={error}
        onRetry={() => {
          void prov.refetch()
          void ref.refetch()
        }}
      />
    )
  } else if (!prov.data || !ref.data) {
    body = <LoadingState lines={6} />
  } else {
    const model = buildModel(prov.data.rows, ref.data.rows, settings, provinces, state.year)
    if (!hasAnyScore(model)) {
      body = <EmptyState />
    } else {
      const dimLabel = (d: Dimension) => label(meta.dimensions.find((x) => x.id === d)!.label)
      const levelLabel = (l: Level) => label(meta.levels.find((x) => x.id === l)!.label)
      const unitName = (id: string) => (id === REFERENCE_ID ? m('reference.name') : label(meta.regions.find((r) => r.code === id)?.label ?? { nl: id, en: id }))
      const words: Words = {
        lang,
        unitName,
        levelLabel,
        measureLabel: (x: Measure) => (x.length === 1 ? m(`metric.${x}` as CompareMessageKey) : dimLabel(x as Dimension)),
        missing: (reason) => t(reason === 'suppressed' ? 'status.suppressed' : 'status.missing'),
        thin: m('detail.thin'),
        verdict: (v) => m(`verdict.${v}` as CompareMessageKey),
      }
      const metricName = (x: Metric) => (x.length === 1 ? m(`metric.${x}` as CompareMessageKey) : dimLabel(x as Dimension))
      const one = settings.levels.length === 1
      const ctx: Ctx = {
        state: settings.clean,
        meta,
        i18n,
        m,
        model,
        words,
        go: (next) => navigate(hrefOf(next)),
        toggle: (id) => {
          const on = settings.regions.includes(id)
          if (!on && settings.regions.length >= MAX_REGIONS) {
            setStatus(m('status.full', { max: MAX_REGIONS }))
            return
          }
          const regions = on ? settings.regions.filter((c) => c !== id) : [...settings.regions, id]
          let next: ViewState = { ...settings.clean, regions }
          if (on && next.extra.focus === id) next = withExtra(next, { focus: undefined })
          setStatus(m(on ? 'status.removed' : 'status.added', { name: unitName(id) }))
          navigate(hrefOf(next))
        },
        metricName,
        metricInSentence: (x) => (x.length === 1 ? lowerFirst(metricName(x)) : metricName(x)),
        levelsWords: one ? levelLabel(settings.levels[0]) : m('levels.all'),
        levelsMeanWords: one ? levelLabel(settings.levels[0]) : m('levels.mean'),
        filters: selectionWords(settings.clean, meta, lang),
        source: label(meta.dataset.source),
        csvHeaders: {
          position: m('csv.position'),
          rankBest: m('csv.rankBest'),
          rankWorst: m('csv.rankWorst'),
          year: m('csv.year'),
          sectors: m('csv.sectors'),
          level: m('csv.level'),
          code: m('csv.code'),
          region: m('csv.unit'),
          measure: m('csv.measure'),
          score: m('csv.score'),
          ciLow: m('csv.ciLow'),
          ciHigh: m('csv.ciHigh'),
          n: m('csv.n'),
          diff: m('csv.diff'),
          diffLow: m('csv.diffLow'),
          diffHigh: m('csv.diffHigh'),
          verdict: m('csv.verdict'),
          note: m('csv.note'),
        },
        sectors: sectorWords(settings.clean, meta, lang),
        then: settings.fromYear !== undefined && then.data ? buildModel(then.data.rows, ref.data.rows, settings, provinces, settings.fromYear) : undefined,
        thenStatus: settings.fromYear === undefined ? 'off' : then.data ? 'ready' : then.error ? 'error' : 'loading',
        retryThen: () => void then.refetch(),
        details: (i, metric = settings.metric) =>
          i.kind === 'none'
            ? [i.reason === 'suppressed' ? m('map.suppressed', { minN: meta.thresholds.minN }) : t('status.missing')]
            : [
                formatMetric(metric, i, lang),
                m('detail.ci', { low: formatEstimate(i, kindOfMetric(metric), lang).low, high: formatEstimate(i, kindOfMetric(metric), lang).high }),
                t('chart.n', { n: i18n.count(i.n) }),
                ...(i.status === 'low_reliability' ? [m('detail.thin')] : []),
              ],
      }
      const stale = prov.isPlaceholderData || ref.isPlaceholderData
      body = (
        <div className="compare-body" aria-busy={stale}>
          <Controls ctx={ctx} />
          <section aria-labelledby="compare-where" className="compare-section">
            <h2 id="compare-where">{m('section.where')}</h2>
            <MetricPicker ctx={ctx} />
            <MapFrame ctx={ctx} />
            <RankFrame ctx={ctx} />
            {ctx.thenStatus === 'ready' ? (
              <ChangeFrame ctx={ctx} />
            ) : ctx.thenStatus === 'loading' ? (
              <LoadingState lines={4} />
            ) : ctx.thenStatus === 'error' ? (
              <ErrorState error={then.error} onRetry={ctx.retryThen} />
            ) : null}
          </section>
          {settings.regions.length > 0 ? (
            <section aria-labelledby="compare-side" className="compare-section">
              <h2 id="compare-side">{m('section.compare')}</h2>
              {settings.regions.length === 1 ? <p className="notice">{m('choose.one')}</p> : null}
              {settings.reference ? <DifferenceFrame ctx={ctx} /> : <p className="state state-empty">{m('diff.off')}</p>}
              <ProfileFrame ctx={ctx} />
              <div className="grid-2">
                <BalanceFrame ctx={ctx} />
                <Peers ctx={ctx} />
              </div>
            </section>
          ) : null}
        </div>
      )
    }
  }

  return (
    <div className="view compare-view">
      <div role="status" aria-live="polite">
        {noticeBox}
      </div>
      <div className="compare-intro">
        <p className="lead">{m('lead')}</p>
        <p className="chart-note">{m('nationalNote')}</p>
      </div>
      {body}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}

function Controls({ ctx }: { ctx: Ctx }) {
  const { model, m, words, i18n, state, meta } = ctx
  const { settings } = model
  const provinces = meta.regions.filter((r) => r.kind === 'province')
  const free = provinces.filter((p) => !settings.regions.includes(p.code))
  const levelChoices: (Level | undefined)[] = [undefined, 'individual', 'organisational', 'regional_sectoral']
  return (
    <section className="compare-controls" aria-labelledby="compare-choose">
      <h2 id="compare-choose">{m('choose.title')}</h2>
      <div className="compare-chosen">
        <p className="focus-label">{m('choose.count', { count: settings.regions.length, max: MAX_REGIONS })}</p>
        {settings.regions.length === 0 ? <p className="chart-note">{m('choose.none')}</p> : null}
        <ul className="chip-list">
          {settings.regions.map((code) => (
            <li key={code}>
              <button type="button" className="chip chip-remove" aria-label={m('choose.remove', { name: words.unitName(code) })} onClick={() => ctx.toggle(code)}>
                {words.unitName(code)} <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
        {free.length > 0 && settings.regions.length < MAX_REGIONS ? (
          <label className="focus-group">
            <span className="focus-label">{m('choose.add')}:</span>
            <select
              value=""
              onChange={(e) => {
                if (e.currentTarget.value) ctx.toggle(e.currentTarget.value)
              }}
            >
              <option value="">{m('choose.add.placeholder')}</option>
              {free.map((p) => (
                <option key={p.code} value={p.code}>
                  {i18n.label(p.label)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <div className="compare-options">
        <label className="check">
          <input
            type="checkbox"
            checked={settings.reference}
            onChange={(e) => ctx.go(withExtra(state, { ref: e.currentTarget.checked ? undefined : '0' }))}
          />
          {m('reference')}
        </label>
        {meta.years.some((y) => y < state.year) ? (
          <label className="focus-group">
            <span className="focus-label">{m('years.label')}:</span>
            <select value={settings.fromYear ?? ''} onChange={(e) => ctx.go(withExtra(state, { [COMPARE_YEAR_PARAM]: e.currentTarget.value || undefined }))}>
              <option value="">{m('years.off')}</option>
              {meta.years
                .filter((y) => y < state.year)
                .map((y) => (
                  <option key={y} value={y}>
                    {`${y} ↔ ${state.year}`}
                  </option>
                ))}
            </select>
          </label>
        ) : null}
        <div role="group" aria-labelledby="compare-level-label" className="focus-group">
          <span id="compare-level-label" className="focus-label">
            {m('level')}:
          </span>
          {levelChoices.map((l) => (
            <button
              key={l ?? 'all'}
              type="button"
              className="chip"
              aria-pressed={l === undefined ? settings.levels.length > 1 : settings.levels.length === 1 && settings.levels[0] === l}
              onClick={() => ctx.go({ ...state, level: l })}
            >
              {l ? words.levelLabel(l) : m('level.all')}
            </button>
          ))}
        </div>
      </div>
    </section>
  )
}

function MetricPicker({ ctx }: { ctx: Ctx }) {
  const { model, m, state, metricName } = ctx
  return (
    <label className="focus-group metric-picker">
      <span className="focus-label">{m('metric')}:</span>
      <select value={model.settings.metric} onChange={(e) => ctx.go(withExtra(state, { maat: e.currentTarget.value === 'R' ? undefined : e.currentTarget.value }))}>
        {(['R', 'T', 'S', 'G', ...DIMENSIONS] as Metric[]).map((x) => (
          <option key={x} value={x}>
            {x.length === 1 ? metricName(x) : `${x} · ${metricName(x)}`}
          </option>
        ))}
      </select>
    </label>
  )
}

function classText(c: ColorClass, i: number, classes: readonly ColorClass[], lang: 'nl' | 'en'): string {
  const digits = classDigits(classes)
  const f = (v: number) => formatNumber(v, lang, digits)
  if (i === 0) return `< ${f(c.to)}`
  if (i === classes.length - 1) return `≥ ${f(c.from)}`
  return `${f(c.from)} – ${f(c.to)}`
}

function MapFrame({ ctx }: { ctx: Ctx }) {
  const { model, m, words, i18n, state, meta } = ctx
  const { lang, t } = i18n
  const metric = model.settings.metric
  const classes = mapClasses(model)
  const tiles: Tile[] = tilesOf(model, classes, words, (i) => ctx.details(i))
  const scored = model.ranking.filter((r) => r.score.kind === 'score')
  const top = scored[0]
  const bottom = scored[scored.length - 1]
  const title =
    top && bottom && top !== bottom && top.score.kind === 'score' && bottom.score.kind === 'score'
      ? m('map.title', {
          metric: ctx.metricName(metric),
          min: formatMetric(metric, bottom.score, lang),
          low: words.unitName(bottom.id),
          max: formatMetric(metric, top.score, lang),
          high: words.unitName(top.id),
        })
      : m('map.title.none', { metric: ctx.metricName(metric) })
  const full = model.settings.regions.length >= MAX_REGIONS
  const action = (tile: Tile) => (tile.selected ? m('map.remove') : full ? m('map.full') : m('map.add'))
  const anyMissing = tiles.some((x) => !x.fill)
  const classWords = classes.map((c, i) => classText(c, i, classes, lang))
  const byName = [...model.ranking].sort((a, b) => words.unitName(a.id).localeCompare(words.unitName(b.id), lang))
  // the geographic map, when the server has a boundary file; the tiles stay the default
  const [view, setView] = useState<'tiles' | 'map'>('tiles')
  const geo = meta.boundaries === true && view === 'map'
  const provinceCodes = meta.regions.filter((r) => r.kind === 'province').map((r) => r.code)
  const shapes = useQuery({
    queryKey: ['boundaries', meta.dataset.version],
    queryFn: async ({ signal }) => provinceShapes(await api.boundaries(signal), provinceCodes),
    enabled: geo,
    staleTime: Infinity,
  })
  return (
    <ChartFrame
      title={title}
      subtitle={m('map.subtitle', { metric: ctx.metricName(metric), levels: ctx.levelsMeanWords, year: state.year, sectors: sectorWords(state, meta, lang) })}
      chartLabel={`${title}. ${m('map.chartLabel', { classes: classWords.join('; ') })}`}
      chart={null}
      legend={
        <>
        <div className="color-ramp-wrap">
          <span className="color-ramp-title">{m('map.legend', { metric: ctx.metricName(metric) })}</span>
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
          </ul>
        </div>
        {meta.boundaries ? (
          <fieldset className="map-view-choice">
            <legend>{m('map.view')}</legend>
            {(['tiles', 'map'] as const).map((v) => (
              <label key={v} className="check">
                <input type="radio" name="compare-map-view" value={v} checked={view === v} onChange={() => setView(v)} />
                {m(v === 'tiles' ? 'map.view.tiles' : 'map.view.map')}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="tilemap-layout">
          {!geo ? (
            <TileMap tiles={tiles} label={m('map.label')} actionText={action} onToggle={ctx.toggle} />
          ) : shapes.data ? (
            <ProvinceMap shapes={shapes.data} tiles={tiles} label={m('map.geo.label')} actionText={action} onToggle={ctx.toggle} />
          ) : shapes.error ? (
            <ErrorState error={shapes.error} onRetry={() => void shapes.refetch()} />
          ) : (
            <div className="map-loading" aria-busy="true">
              {m('map.geo.loading')}
            </div>
          )}
          <div className="tilemap-list table-scroll" role="region" aria-label={m('map.list')} tabIndex={0}>
            <table>
              <caption>{m('map.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.region')}</th>
                  <th scope="col">{m('table.inComparison')}</th>
                  <th scope="col">{ctx.metricName(metric)}</th>
                  <th scope="col">{t('table.ci')}</th>
                  <th scope="col">{t('table.n')}</th>
                </tr>
              </thead>
              <tbody>
                {byName.map((r) => {
                  const chosen = model.settings.regions.includes(r.id)
                  const name = words.unitName(r.id)
                  return (
                    <tr key={r.id} className={chosen ? 'is-chosen' : undefined}>
                      <th scope="row">{name}</th>
                      <td>
                        <button
                          type="button"
                          className="button-link"
                          aria-label={m(chosen ? 'action.label.remove' : 'action.label.add', { name })}
                          onClick={() => ctx.toggle(r.id)}
                        >
                          {m(chosen ? 'action.remove' : 'action.add')}
                        </button>
                      </td>
                      <td className="num">{r.score.kind === 'score' ? formatMetric(metric, r.score, lang) : '—'}</td>
                      <td className="num">
                        {r.score.kind === 'score' ? formatInterval(r.score, kindOfMetric(metric), lang) : words.missing(r.score.reason)}
                      </td>
                      <td className="num">{r.score.kind === 'score' ? i18n.count(r.score.n) : '—'}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </div>
        </>
      }
      notes={<p className="chart-note">{m(geo ? 'map.geo.note' : 'map.note')}</p>}
      source={ctx.source}
      table={
        <table>
          <caption>{m('map.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.region')}</th>
              <th scope="col">{ctx.metricName(metric)}</th>
              <th scope="col">{m('map.class')}</th>
            </tr>
          </thead>
          <tbody>
            {byName.map((r) => {
              const i = r.score.kind === 'score' ? classes.indexOf(classes.reduce((a, c) => (r.score.kind === 'score' && r.score.value >= c.from ? c : a), classes[0])) : -1
              return (
                <tr key={r.id}>
                  <th scope="row">{words.unitName(r.id)}</th>
                  <td className="num">{r.score.kind === 'score' ? formatMetric(metric, r.score, lang) : '—'}</td>
                  <td>{i >= 0 ? classWords[i] : words.missing(r.score.kind === 'none' ? r.score.reason : 'missing')}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      }
    />
  )
}

function RankFrame({ ctx }: { ctx: Ctx }) {
  const { model, m, words, i18n, state, meta } = ctx
  const { lang, t } = i18n
  const metric = model.settings.metric
  const rows = rankRows(model, words)
  const leaders = possibleLeaders(model.ranking)
  const title =
    leaders.length === 0
      ? m('rank.title.none')
      : leaders.length === 1
        ? m('rank.title.one', { name: words.unitName(leaders[0].id), metric: ctx.metricInSentence(metric) })
        : m('rank.title.some', { count: leaders.length, metric: ctx.metricInSentence(metric) })
  const refScore = model.referenceMetric
  const bounds = model.ranking.flatMap((r) => (r.score.kind === 'score' ? [r.score.ciLow, r.score.ciHigh] : []))
  const axis = paddedAxis(refScore.kind === 'score' ? [...bounds, refScore.value] : bounds, metric === 'G')
  const fmtTick = (v: number) => formatTick(v, lang, tickDigits(axis.ticks))
  return (
    <ChartFrame
      title={title}
      subtitle={m('rank.subtitle', { levels: ctx.levelsMeanWords, year: state.year, sectors: sectorWords(state, meta, lang) })}
      chartLabel={`${title}. ${rows.map((r) => `${r.prefix} ${r.label}: ${r.text ?? r.missingText}`).join('; ')}`}
      chart={
        <DotIntervalPlot
          rows={rows}
          domain={axis.domain}
          ticks={axis.ticks}
          formatTick={fmtTick}
          zero={metric === 'G'}
          reference={model.settings.reference && refScore.kind === 'score' ? { value: refScore.value, label: m('rank.reference', { value: formatMetric(metric, refScore, lang) }) } : undefined}
          prefixWidth={54}
          labelWidth={112}
          rowHeight={26}
        />
      }
      notes={<p className="chart-note">{m('rank.note')}</p>}
      source={ctx.source}
      csv={rankingCsv(model, words, ctx.csvHeaders, state.year, ctx.sectors, ctx.levelsMeanWords, ctx.metricName(metric))}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{m('table.position')}</th>
              <th scope="col">{t('table.region')}</th>
              <th scope="col">{m('table.rank')}</th>
              <th scope="col">{ctx.metricName(metric)}</th>
              <th scope="col">{t('table.ci')}</th>
              <th scope="col">{t('table.n')}</th>
              <th scope="col">{t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {model.ranking.map((r) => (
              <tr key={r.id}>
                <td className="num">{r.position ?? '—'}</td>
                <th scope="row">{words.unitName(r.id)}</th>
                <td className="num">{rankText(r)}</td>
                <td className="num">{r.score.kind === 'score' ? formatMetric(metric, r.score, lang) : '—'}</td>
                <td className="num">{r.score.kind === 'score' ? formatInterval(r.score, kindOfMetric(metric), lang) : '—'}</td>
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

function statusWords(i: Indicator, ctx: Ctx): string {
  return i.kind === 'none' ? ctx.words.missing(i.reason) : i.status === 'low_reliability' ? ctx.m('detail.thin') : ''
}

/** The comparison as a table: exactly the cells (and digits) the CSV holds. */
function ComparisonTable({ ctx, caption, withDiff }: { ctx: Ctx; caption: string; withDiff: boolean }) {
  const { model, m, words, i18n } = ctx
  const { t, lang } = i18n
  const ci = (i: Indicator, kind: FigureKind = 'score') => (i.kind === 'score' ? formatInterval(i, kind, lang) : '—')
  const cells: readonly ComparisonCell[] = model.cells
  return (
    <table className="comparison-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.level')}</th>
          <th scope="col">{m('table.unit')}</th>
          <th scope="col">{m('table.measure')}</th>
          <th scope="col">{t('table.score')}</th>
          <th scope="col">{t('table.ci')}</th>
          <th scope="col">{t('table.n')}</th>
          {withDiff ? (
            <>
              <th scope="col">{m('table.diff')}</th>
              <th scope="col">{m('table.diffCi')}</th>
              <th scope="col">{m('table.verdict')}</th>
            </>
          ) : null}
          <th scope="col">{t('table.status')}</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c) => (
          <tr key={`${c.level}-${c.measure}-${c.unit}`} data-unit={c.unit} data-measure={c.measure} data-level={c.level}>
            <td>{words.levelLabel(c.level)}</td>
            <th scope="row">{words.unitName(c.unit)}</th>
            <td>{words.measureLabel(c.measure)}</td>
            <td className="num">{c.score.kind === 'score' ? i18n.score(c.score) : '—'}</td>
            <td className="num">{ci(c.score)}</td>
            <td className="num">{c.score.kind === 'score' ? i18n.count(c.score.n) : '—'}</td>
            {withDiff ? (
              <>
                <td className="num">{c.diff && c.diff.kind === 'score' ? i18n.diff(c.diff) : '—'}</td>
                <td className="num">{c.diff ? ci(c.diff, 'difference') : '—'}</td>
                <td>{c.verdict ? words.verdict(c.verdict) : ''}</td>
              </>
            ) : null}
            <td>{statusWords(c.score, ctx)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function DifferenceFrame({ ctx }: { ctx: Ctx }) {
  const { model, m, words, i18n } = ctx
  const { lang, label } = i18n
  const pillarLabel = (p: 'technological' | 'social') => label(ctx.meta.pillars.find((x) => x.id === p)!.label)
  const panels = differencePanels(model, words, pillarLabel)
  const axis = symmetricAxis(differenceBounds(model))
  const total = panels.reduce((a, p) => a + p.rows.length, 0)
  const higher = panels.reduce((a, p) => a + p.counts.higher, 0)
  const lower = panels.reduce((a, p) => a + p.counts.lower, 0)
  const title = higher + lower === 0 ? m('diff.title.none') : m('diff.title.some', { clear: higher + lower, total, higher, lower })
  const tickFmt = (v: number) => formatTick(v, lang, tickDigits(axis.ticks), true)
  return (
    <ChartFrame
      title={title}
      subtitle={m('diff.subtitle', { levels: ctx.levelsWords, filters: ctx.filters })}
      chartLabel={`${title}. ${panels
        .map((p) => `${p.name}: ${p.rows.map((r) => `${r.label} ${r.text ?? r.missingText}${r.value !== undefined ? ` (${words.verdict(r.hollow ? 'similar' : r.value > 0 ? 'higher' : 'lower')})` : ''}`).join(', ')}`)
        .join('; ')}`}
      chart={
        <div className="small-multiples compare-multiples">
          {panels.map((p) => (
            <div key={p.id} className="small-multiple">
              <h4>{p.name}</h4>
              <p className="panel-counts">{m('diff.panel', { higher: p.counts.higher, lower: p.counts.lower, similar: p.counts.similar })}</p>
              <DotIntervalPlot rows={p.rows} domain={axis.domain} ticks={axis.ticks} formatTick={tickFmt} zero ends={[m('diff.lower'), m('diff.higher')]} rowHeight={26} labelWidth={model.settings.levels.length > 1 ? 124 : 150} />
            </div>
          ))}
        </div>
      }
      legend={<CompareLegend ctx={ctx} differences suppressed={panels.some((p) => p.rows.some((r) => r.value === undefined))} />}
      notes={model.settings.levels.length > 1 ? <p className="chart-note">{m('profile.dimsNote')}</p> : undefined}
      source={ctx.source}
      table={<ComparisonTable ctx={ctx} caption={title} withDiff />}
      csv={comparisonCsv(model, words, ctx.csvHeaders, ctx.state.year, ctx.sectors, true)}
    />
  )
}

function ProfileFrame({ ctx }: { ctx: Ctx }) {
  const { model, m, words, i18n, meta } = ctx
  const { label } = i18n
  const pillarLabel = (p: 'technological' | 'social') => label(meta.pillars.find((x) => x.id === p)!.label)
  const panels = profilePanels(model, words, pillarLabel)
  const domain = profileDomain(model)
  const gap = widestClearGap(model, (a, b) => verdictOf(difference(a, b)) === 'higher')
  const title =
    model.selected.length === 1
      ? m('profile.title.one', { name: words.unitName(model.selected[0].id) })
      : gap
        ? m('profile.title.gap', {
            measure: `${lowerFirst(words.measureLabel(gap.measure))}${model.settings.levels.length > 1 ? ` (${lowerFirst(words.levelLabel(gap.level))})` : ''}`,
            high: words.unitName(gap.high),
            low: words.unitName(gap.low),
          })
        : m('profile.title.none')
  return (
    <ChartFrame
      title={title}
      subtitle={m('profile.subtitle', { levels: ctx.levelsWords, filters: ctx.filters })}
      chartLabel={`${title}. ${panels.map((p) => `${p.name}: ${p.rows.map((r) => `${r.label} ${r.text ?? r.missingText}`).join(', ')}`).join('; ')}`}
      chart={
        <div className="small-multiples compare-multiples">
          {panels.map((p) => (
            <div key={p.id} className={`small-multiple${p.id === REFERENCE_ID ? ' is-reference' : ''}`}>
              <h4>{p.name}</h4>
              <IntervalPlot rows={p.rows} domain={domain} scaleLabels={meta.scale.map((s) => label(s.label))} rowHeight={26} />
            </div>
          ))}
        </div>
      }
      legend={<CompareLegend ctx={ctx} suppressed={panels.some((p) => p.rows.some((r) => r.value === undefined))} />}
      notes={model.settings.levels.length > 1 ? <p className="chart-note">{m('profile.dimsNote')}</p> : undefined}
      source={ctx.source}
      table={<ComparisonTable ctx={ctx} caption={title} withDiff={false} />}
      csv={comparisonCsv(model, words, ctx.csvHeaders, ctx.state.year, ctx.sectors, false)}
    />
  )
}

function ChangeFrame({ ctx }: { ctx: Ctx }) {
  const { model, then, m, words, i18n, state, meta } = ctx
  const { lang, t } = i18n
  const from = model.settings.fromYear!
  const metric = model.settings.metric
  const { units, reference } = unitChanges(then!, model, from, state.year)
  const rows = changeDots(units, new Set(model.settings.regions), words)
  const up = units.filter((u) => u.change.change === 'increase').length
  const down = units.filter((u) => u.change.change === 'decrease').length
  const n = units.length
  const metricWords = ctx.metricInSentence(metric)
  const title =
    up > 0 && down > 0
      ? m('change.title.upDown', { from, metric: metricWords, up, down, n })
      : up > 0
        ? m('change.title.up', { from, metric: metricWords, up, n })
        : down > 0
          ? m('change.title.down', { from, metric: metricWords, down, n })
          : m('change.title.none', { from, to: state.year, metric: metricWords })
  const refDiff = reference.change.diff
  const bounds = units.flatMap((u) => (u.change.diff.kind === 'score' ? [u.change.diff.ciLow, u.change.diff.ciHigh] : []))
  const axis = paddedAxis(refDiff.kind === 'score' ? [...bounds, refDiff.value] : bounds, true)
  const tickFmt = (v: number) => formatTick(v, lang, tickDigits(axis.ticks), true)
  const verdict = (c: Parameters<typeof changeWord>[0]) => changeWord(c, lang)
  const all = [...(model.settings.reference ? [reference] : []), ...units]
  const ci = (i: Indicator, kind: FigureKind = 'score') => (i.kind === 'score' ? formatInterval(i, kind, lang) : '—')
  return (
    <ChartFrame
      title={title}
      subtitle={m('change.subtitle', { metric: ctx.metricName(metric), from, to: state.year, levels: ctx.levelsMeanWords, sectors: sectorWords(state, meta, lang) })}
      chartLabel={`${title}. ${rows.map((r) => `${r.label}: ${r.text ?? r.missingText}`).join('; ')}`}
      chart={
        <DotIntervalPlot
          rows={rows}
          domain={axis.domain}
          ticks={axis.ticks}
          formatTick={tickFmt}
          zero
          reference={model.settings.reference && refDiff.kind === 'score' ? { value: refDiff.value, label: m('change.reference', { value: i18n.diff(refDiff) }) } : undefined}
          ends={[m('change.lower'), m('change.higher')]}
          labelWidth={112}
          rowHeight={26}
        />
      }
      legend={<CompareLegend ctx={ctx} differences suppressed={units.some((u) => u.change.diff.kind === 'none' && u.change.diff.reason === 'suppressed')} />}
      notes={<p className="chart-note">{m('change.note')}</p>}
      source={ctx.source}
      csv={changeCsv(
        all,
        words,
        {
          ...ctx.csvHeaders,
          fromYear: m('csv.fromYear'),
          toYear: m('csv.toYear'),
          from: m('csv.from'),
          to: m('csv.to'),
          change: m('csv.change'),
          changeLow: m('csv.changeLow'),
          changeHigh: m('csv.changeHigh'),
        },
        { from, to: state.year },
        ctx.sectors,
        ctx.levelsMeanWords,
        ctx.metricName(metric),
        verdict,
        kindOfMetric(metric),
      )}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.region')}</th>
              <th scope="col">{m('table.from', { year: from })}</th>
              <th scope="col">{m('table.to', { year: state.year })}</th>
              <th scope="col">{m('table.change')}</th>
              <th scope="col">{m('table.changeCi')}</th>
              <th scope="col">{m('table.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {all.map((u) => (
              <tr key={u.id} data-unit={u.id}>
                <th scope="row">{words.unitName(u.id)}</th>
                <td className="num">{u.from.kind === 'score' ? formatMetric(metric, u.from, lang) : words.missing(u.from.reason)}</td>
                <td className="num">{u.to.kind === 'score' ? formatMetric(metric, u.to, lang) : words.missing(u.to.reason)}</td>
                <td className="num">{u.change.diff.kind === 'score' ? i18n.diff(u.change.diff) : '—'}</td>
                <td className="num">{ci(u.change.diff, 'difference')}</td>
                <td>{verdict(u.change.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

function BalanceFrame({ ctx }: { ctx: Ctx }) {
  const { model, m, words, i18n, state } = ctx
  const { t, lang } = i18n
  const points = balancePointsOf(model, words)
  const verdicts = model.selected.map((u) => ({ id: u.id, ...balanceOf(u) }))
  const tech = verdicts.filter((v) => v.balance === 'tech_led').map((v) => words.unitName(v.id))
  const social = verdicts.filter((v) => v.balance === 'social_led').map((v) => words.unitName(v.id))
  const title =
    tech.length > 0 && social.length > 0
      ? m('balance.title.both', { tech: formatList(tech, lang), social: formatList(social, lang) })
      : tech.length > 0
        ? m('balance.title.tech', { names: formatList(tech, lang) })
        : social.length > 0
          ? m('balance.title.social', { names: formatList(social, lang) })
          : m('balance.title.none')
  const units = [...(model.settings.reference ? [model.reference] : []), ...model.selected]
  return (
    <ChartFrame
      title={title}
      subtitle={m('balance.subtitle', { levels: ctx.levelsMeanWords, year: state.year, filters: ctx.filters })}
      chartLabel={`${title}. ${points.map((p) => `${p.label}: T ${i18n.score(p.x)}, S ${i18n.score(p.y)}`).join('; ')}`}
      chart={
        <BalanceMap
          points={points}
          paths={[]}
          xLabel={t('overview.balance.x')}
          yLabel={t('overview.balance.y')}
          techAheadLabel={t('overview.balance.techAhead')}
          socialAheadLabel={t('overview.balance.socialAhead')}
          formatTick={(v) => formatNumber(v, lang, 1)}
        />
      }
      notes={<p className="chart-note">{m('balance.note')}</p>}
      source={ctx.source}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{m('table.unit')}</th>
              <th scope="col">T</th>
              <th scope="col">S</th>
              <th scope="col">{t('table.gap')}</th>
              <th scope="col">{t('table.ci')}</th>
              <th scope="col">{t('table.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => {
              const b = balanceOf(u)
              return (
                <tr key={u.id}>
                  <th scope="row">{words.unitName(u.id)}</th>
                  <td className="num">{b.t.kind === 'score' ? i18n.score(b.t) : '—'}</td>
                  <td className="num">{b.s.kind === 'score' ? i18n.score(b.s) : '—'}</td>
                  <td className="num">{b.gap.kind === 'score' ? i18n.diff(b.gap) : '—'}</td>
                  <td className="num">{b.gap.kind === 'score' ? formatInterval(b.gap, 'difference', lang) : '—'}</td>
                  <td>{t(`balance.${b.balance}`)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      }
    />
  )
}

function Peers({ ctx }: { ctx: Ctx }) {
  const { model, m, words, i18n, state } = ctx
  const { lang } = i18n
  const focus = model.settings.focus
  if (!focus) return null
  const name = words.unitName(focus)
  return (
    <section className="peers" aria-labelledby="compare-peers">
      <h3 id="compare-peers">{m('peers.title', { name })}</h3>
      {model.settings.regions.length > 1 ? (
        <label className="focus-group">
          <span className="focus-label">{m('peers.focus')}:</span>
          <select value={focus} onChange={(e) => ctx.go(withExtra(state, { focus: e.currentTarget.value === model.settings.regions[0] ? undefined : e.currentTarget.value }))}>
            {model.settings.regions.map((c) => (
              <option key={c} value={c}>
                {words.unitName(c)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {model.peers.length === 0 ? (
        <p>{m('peers.none', { name })}</p>
      ) : (
        <>
          <p className="chart-note">{m('peers.intro', { levels: ctx.levelsWords })}</p>
          <ol className="peer-list">
            {model.peers.map((p) => (
              <li key={p.id}>
                <strong>{words.unitName(p.id)}</strong> — {m('peers.distance', { d: formatNumber(p.distance, lang, 2) })}
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              const next: ViewState = withExtra({ ...state, regions: [focus, ...model.peers.map((p) => p.id)] }, { focus: undefined })
              navigate(hrefOf(next))
            }}
          >
            {m('peers.compare', { name })}
          </button>
          <p className="chart-note">{m('peers.note')}</p>
        </>
      )}
    </section>
  )
}

/** Shapes and fills in words: R diamond, T circle, S square; open or light markers explained. */
function CompareLegend({ ctx, differences, suppressed }: { ctx: Ctx; differences?: boolean; suppressed: boolean }) {
  const { m, i18n } = ctx
  const { t } = i18n
  return (
    <ul className="legend">
      <li>
        <svg width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8 1L15 8L8 15L1 8Z" fill="#1a1a1a" />
        </svg>
        {m('metric.R')}
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true" focusable="false">
          <line x1="0" y1="7" x2="30" y2="7" stroke={PILLAR_COLOR.technological} strokeWidth="2" />
          <circle cx="15" cy="7" r="6" fill={PILLAR_COLOR.technological} />
        </svg>
        {t('legend.technological')}
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true" focusable="false">
          <line x1="0" y1="7" x2="30" y2="7" stroke={PILLAR_COLOR.social} strokeWidth="2" strokeDasharray="4 2" />
          <rect x="9" y="1" width="12" height="12" fill={PILLAR_COLOR.social} />
        </svg>
        {t('legend.social')}
      </li>
      {differences ? (
        <>
          <li>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="6" fill="#1a1a1a" />
            </svg>
            {m('diff.legend.clear')}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="6" fill="#fff" stroke="#1a1a1a" strokeWidth="2" />
            </svg>
            {m('diff.legend.similar')}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="6" fill="#1a1a1a" opacity="0.6" />
            </svg>
            {m('legend.faint')}
          </li>
        </>
      ) : (
        <li>
          <svg width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="6" fill="#fff" stroke="#1a1a1a" strokeWidth="2" opacity="0.55" />
          </svg>
          {m('legend.open')}
        </li>
      )}
      {suppressed ? (
        <li>
          <HatchSwatch />
          {t('legend.suppressed')}
        </li>
      ) : null}
      <li className="legend-ci">{t('chart.ci')}</li>
    </ul>
  )
}
