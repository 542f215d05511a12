/**
 * Trends: technological and social maturity per level from the first year to the chosen one, with
 * 95% bands; year-on-year changes called an increase or a decrease only when clear; and the path
 * of the selection through the T × S plane. Missing years are gaps, never filled in.
 */
import { useQuery } from '@tanstack/react-query'
import { scoresQuery } from '../../api/queries'
import type { MetaResponse } from '../../contract/v1'
import { LEVELS, type Level } from '../../domain/framework'
import { levelPhrase } from '../../domain/findings'
import { formatDiff, formatInterval, formatNumber, type FigureKind } from '../../domain/format'
import type { Indicator } from '../../domain/indices'
import { changeSentence, changeWord } from '../../domain/trends'
import { BalanceMap } from '../../charts/BalanceMap'
import { ChangeGrid } from '../../charts/ChangeGrid'
import { ChartFrame } from '../../charts/ChartFrame'
import { PILLAR_COLOR, PILLAR_TEXT } from '../../charts/colors'
import { HatchSwatch } from '../../charts/patterns'
import { TrendChart, trendAxis } from '../../charts/TrendChart'
import { EmptyState, ErrorState, LoadingState } from '../../components/ErrorState'
import { useI18n, type I18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import { navigate } from '../../app/location'
import { regionWords, sectorWords, subjectWords } from '../../app/selection'
import { hrefOf, type ViewState } from '../../app/url-state'
import { nationalQuery, subnationalQuery } from '../overview/overview-model'
import { trendsMessages, type TrendsMessageKey } from './messages'
import {
  changeCounts,
  changeRows,
  changesCsv,
  changeText,
  firstMeasured,
  hasAnyValue,
  levelTrends,
  pathCsv,
  pathRows,
  periodVerdict,
  pillarCsv,
  pillarSeries,
  pillarYearRows,
  spanYears,
  trendBounds,
  trendPaths,
  trendPoints,
  type LevelTrend,
  type TrendCsvWords,
  type TrendWords,
} from './trends-model'

type M = (key: TrendsMessageKey, values?: Record<string, string | number>) => string

interface Ctx {
  state: ViewState
  meta: MetaResponse
  i18n: I18n
  m: M
  words: TrendWords
  /** every level (the path map shows them all) */
  all: LevelTrend[]
  /** the levels shown: all, or the focused one */
  shown: LevelTrend[]
  years: number[]
  first: number
  last: number
  /** "Groningen · Gemeenten" or, for the national level, the Netherlands */
  selection: (l: Level) => string
  filters: string
  subject: string
  source: string
  csvHeaders: TrendCsvWords
}

export default function TrendsView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const i18n = useI18n()
  const { t, lang, label } = i18n
  const m: M = (key, values) => message(trendsMessages, lang, key, values)
  const sub = useQuery(scoresQuery(subnationalQuery(state)))
  const nat = useQuery(scoresQuery(nationalQuery()))

  const error = sub.error ?? nat.error
  if (error && !(sub.data && nat.data)) {
    return (
      <ErrorState
        error={error}
        onRetry={() => {
          void sub.refetch()
          void nat.refetch()
        }}
      />
    )
  }
  if (!sub.data || !nat.data) return <LoadingState lines={6} />

  const years = spanYears(meta.years, state.year)
  const all = levelTrends(sub.data.rows, nat.data.rows, years)
  if (!hasAnyValue(all)) return <EmptyState />
  const shown = state.level ? all.filter((x) => x.level === state.level) : all
  const levelLabel = (l: Level) => label(meta.levels.find((x) => x.id === l)!.label)
  const netherlands = label(meta.regions.find((r) => r.code === 'NL')?.label ?? { nl: 'Nederland', en: 'Netherlands' })
  const where = `${regionWords(state, meta, lang)} · ${sectorWords(state, meta, lang)}`
  const ctx: Ctx = {
    state,
    meta,
    i18n,
    m,
    words: {
      lang,
      levelLabel,
      pillarLabel: (k) => (k === 'R' ? t('table.readiness') : m(k === 'T' ? 'pillar.T' : 'pillar.S')),
      missing: (reason) => t(reason === 'suppressed' ? 'status.suppressed' : 'status.missing'),
      short: (reason) => (reason === 'suppressed' ? m('short.suppressed') : t('status.missing')),
      verdict: (c) => changeWord(c, lang),
      thin: m('thin'),
      noPrevious: m('changes.noPrevious'),
    },
    all,
    shown,
    years,
    first: years[0],
    last: years[years.length - 1],
    selection: (l) => (l === 'national' ? netherlands : where),
    filters: `${where} · ${years[0]}–${years[years.length - 1]}`,
    subject: subjectWords(state, meta, lang),
    source: label(meta.dataset.source),
    csvHeaders: {
      selection: m('csv.selection'),
      level: m('csv.level'),
      pillar: m('csv.pillar'),
      year: m('csv.year'),
      from: m('csv.from'),
      to: m('csv.to'),
      score: m('csv.score'),
      ciLow: m('csv.ciLow'),
      ciHigh: m('csv.ciHigh'),
      n: m('csv.n'),
      change: m('csv.change'),
      changeLow: m('csv.changeLow'),
      changeHigh: m('csv.changeHigh'),
      verdict: m('csv.verdict'),
      note: m('csv.note'),
    },
  }
  const stale = sub.isPlaceholderData || nat.isPlaceholderData
  return (
    <div className="view trends-view" aria-busy={stale}>
      <div className="trends-intro">
        <p className="lead">{m('lead', { first: ctx.first, subject: ctx.subject })}</p>
        {shown.some((x) => x.level === 'national') ? <p className="chart-note">{m('nationalNote')}</p> : null}
      </div>
      {years.length < 2 ? <p className="notice">{m('oneYear', { year: state.year })}</p> : null}
      <Findings ctx={ctx} />
      <LevelBar ctx={ctx} />
      <PillarsFrame ctx={ctx} />
      {years.length > 1 ? <ChangesFrame ctx={ctx} /> : null}
      <PathFrame ctx={ctx} />
    </div>
  )
}

function Findings({ ctx }: { ctx: Ctx }) {
  const { m, shown, i18n, words } = ctx
  const { lang } = i18n
  const items = shown.map((tr) => {
    const Level = words.levelLabel(tr.level)
    const p = tr.period.R
    const firstYear = firstMeasured(tr)
    const late = firstYear !== undefined && firstYear > ctx.first ? ` ${m('finding.late', { Level, year: firstYear })}` : ''
    if (!p || p.diff.kind === 'none') return m('finding.none', { Level }) + late
    const from = tr.R.find((x) => x.year === p.from)!.value
    const to = tr.R.find((x) => x.year === p.to)!.value
    if (from.kind === 'none' || to.kind === 'none') return m('finding.none', { Level })
    const measure = m('finding.readiness', { level: levelPhrase(tr.level, lang) })
    return changeSentence(measure, { year: p.from, value: from }, { year: p.to, value: to }, lang) + late
  })
  return (
    <section className="findings" aria-labelledby="trends-findings">
      <h2 id="trends-findings">{m('findings', { first: ctx.first })}</h2>
      <ul>
        {items.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </section>
  )
}

function LevelBar({ ctx }: { ctx: Ctx }) {
  const { state, m, words } = ctx
  return (
    <div className="focus-bar">
      <div role="group" aria-labelledby="trends-level-label" className="focus-group">
        <span id="trends-level-label" className="focus-label">
          {m('level.label')}:
        </span>
        {[undefined, ...LEVELS].map((l) => (
          <button key={l ?? 'all'} type="button" className="chip" aria-pressed={state.level === l} onClick={() => navigate(hrefOf({ ...state, level: l }))}>
            {l ? words.levelLabel(l) : m('level.all')}
          </button>
        ))}
      </div>
    </div>
  )
}

const ci = (i: Indicator, lang: 'nl' | 'en', kind: FigureKind = 'score') => (i.kind === 'score' ? formatInterval(i, kind, lang) : '—')

function PillarsFrame({ ctx }: { ctx: Ctx }) {
  const { m, shown, words, i18n } = ctx
  const { t, lang } = i18n
  const axis = trendAxis(trendBounds(shown))
  const one = shown.length === 1
  const up = (k: 'T' | 'S') => shown.filter((x) => periodVerdict(x, k) === 'increase').length
  const down = shown.filter((x) => periodVerdict(x, 'T') === 'decrease' || periodVerdict(x, 'S') === 'decrease').length
  const title = one
    ? m('pillars.title.one', {
        Level: words.levelLabel(shown[0].level),
        t: m(`move.${periodVerdict(shown[0], 'T')}` as TrendsMessageKey),
        s: m(`move.${periodVerdict(shown[0], 'S')}` as TrendsMessageKey),
        first: firstMeasured(shown[0]) ?? ctx.first,
      })
    : up('T') + up('S') > 0
      ? m('pillars.title.count', { first: ctx.first, t: up('T'), s: up('S'), n: shown.length })
      : down > 0
        ? m('pillars.title.down', { first: ctx.first, d: down, n: shown.length })
        : m('pillars.title.none', { first: ctx.first })
  const panels = shown.map((tr) => ({ level: tr.level, series: pillarSeries(tr, words) }))
  const anyGap = panels.some((p) => p.series.some((s) => s.points.some((q) => q.value === undefined)))
  const anyThin = panels.some((p) => p.series.some((s) => s.points.some((q) => q.faint)))
  const anyMark = (mark: 'up' | 'down') => panels.some((p) => p.series.some((s) => s.points.some((q) => q.mark === mark)))
  const rows = pillarYearRows(shown)
  const chartLabel = `${title}. ${shown
    .map(
      (tr) =>
        `${words.levelLabel(tr.level)}: ${(['T', 'S'] as const)
          .map((k) => `${k} ${tr[k].map((p) => `${p.year} ${p.value.kind === 'score' ? i18n.score(p.value) : words.missing(p.value.reason)}`).join(', ')}`)
          .join('; ')}`,
    )
    .join('. ')}`
  return (
    <ChartFrame
      title={title}
      subtitle={m('pillars.subtitle', { first: ctx.first, last: ctx.last, filters: ctx.filters })}
      chartLabel={chartLabel}
      chart={
        <div className={`small-multiples trend-multiples${one ? ' single' : ''}`}>
          {panels.map((p) => (
            <div key={p.level} className="small-multiple" data-level={p.level}>
              <h4>{words.levelLabel(p.level)}</h4>
              <TrendChart years={ctx.years} series={p.series} domain={axis.domain} ticks={axis.ticks} formatTick={(v) => formatNumber(v, lang, 1)} height={one ? 300 : 230} />
            </div>
          ))}
        </div>
      }
      legend={<TrendLegend m={m} t={t} gap={anyGap} thin={anyThin} up={anyMark('up')} down={anyMark('down')} />}
      notes={
        <>
          <p className="chart-note">{m('pillars.note.marks')}</p>
          {anyGap ? <p className="chart-note">{m('pillars.note.gaps')}</p> : null}
        </>
      }
      source={ctx.source}
      csv={pillarCsv(shown, words, ctx.csvHeaders, ctx.selection)}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.level')}</th>
              <th scope="col">{t('table.pillar')}</th>
              <th scope="col">{m('table.year')}</th>
              <th scope="col">{t('table.score')}</th>
              <th scope="col">{t('table.ci')}</th>
              <th scope="col">{t('table.n')}</th>
              <th scope="col">{m('table.change')}</th>
              <th scope="col">{m('table.changeCi')}</th>
              <th scope="col">{m('table.verdict')}</th>
              <th scope="col">{t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const v = r.value
              const d = r.change?.diff
              return (
                <tr key={`${r.level}-${r.pillar}-${r.year}`} data-level={r.level} data-pillar={r.pillar} data-year={r.year}>
                  <td>{words.levelLabel(r.level)}</td>
                  <td>{words.pillarLabel(r.pillar)}</td>
                  <th scope="row">{r.year}</th>
                  <td className="num">{v.kind === 'score' ? i18n.score(v) : '—'}</td>
                  <td className="num">{ci(v, lang)}</td>
                  <td className="num">{v.kind === 'score' ? i18n.count(v.n) : '—'}</td>
                  <td className="num">{d && d.kind === 'score' ? formatDiff(d, lang) : '—'}</td>
                  <td className="num">{d ? ci(d, lang, 'difference') : '—'}</td>
                  <td>{changeText(r, words)}</td>
                  <td>{v.kind === 'none' ? words.missing(v.reason) : v.status === 'low_reliability' ? words.thin : ''}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      }
    />
  )
}

function TrendLegend({ m, t, gap, thin, up, down }: { m: M; t: I18n['t']; gap: boolean; thin: boolean; up: boolean; down: boolean }) {
  return (
    <ul className="legend">
      <li>
        <svg width="30" height="14" aria-hidden="true" focusable="false">
          <line x1="0" y1="7" x2="30" y2="7" stroke={PILLAR_COLOR.technological} strokeWidth="2.5" />
          <circle cx="15" cy="7" r="5" fill={PILLAR_COLOR.technological} />
        </svg>
        {t('legend.technological')} (T)
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true" focusable="false">
          <line x1="0" y1="7" x2="30" y2="7" stroke={PILLAR_COLOR.social} strokeWidth="2.5" strokeDasharray="6 3" />
          <rect x="10" y="2" width="10" height="10" fill={PILLAR_COLOR.social} />
        </svg>
        {t('legend.social')} (S)
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true" focusable="false">
          <rect x="0" y="2" width="30" height="10" fill={PILLAR_COLOR.technological} fillOpacity="0.14" />
          <line x1="0" y1="7" x2="30" y2="7" stroke={PILLAR_COLOR.technological} strokeWidth="2" />
        </svg>
        {m('legend.band')}
      </li>
      {up ? (
        <li>
          <svg width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M2 9L6 3L10 9Z" fill={PILLAR_TEXT.technological} />
          </svg>
          {m('legend.up')}
        </li>
      ) : null}
      {down ? (
        <li>
          <svg width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M2 3L6 9L10 3Z" fill={PILLAR_TEXT.technological} />
          </svg>
          {m('legend.down')}
        </li>
      ) : null}
      {thin ? (
        <li>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="5" fill="#fff" stroke={PILLAR_COLOR.technological} strokeWidth="2" />
          </svg>
          {m('legend.thin')}
        </li>
      ) : null}
      {gap ? (
        <li>
          <HatchSwatch />
          {m('legend.gap')}
        </li>
      ) : null}
    </ul>
  )
}

function ChangesFrame({ ctx }: { ctx: Ctx }) {
  const { m, shown, words, i18n } = ctx
  const { t } = i18n
  const counts = changeCounts(shown)
  const total = counts.increase + counts.decrease + counts.no_clear_change + counts.unknown
  const clear = counts.increase + counts.decrease
  const title = clear > 0 ? m('changes.title.some', { clear, total, up: counts.increase, down: counts.decrease }) : m('changes.title.none')
  const rows = changeRows(shown, words)
  const columns = ctx.years.slice(1).map(String)
  return (
    <ChartFrame
      title={title}
      subtitle={m('changes.subtitle', { filters: ctx.filters })}
      chartLabel={`${title}. ${shown
        .map(
          (tr) =>
            `${words.levelLabel(tr.level)}: ${(['T', 'S'] as const)
              .map((k) => `${k} ${tr.yoy[k].map((c) => `${c.to} ${c.diff.kind === 'score' ? formatDiff(c.diff, i18n.lang) : '—'} (${words.verdict(c.change)})`).join(', ')}`)
              .join('; ')}`,
        )
        .join('. ')}`}
      chart={<ChangeGrid columns={columns} rows={rows} />}
      legend={
        <ul className="legend">
          <li>{m('changes.legend.clear')}</li>
          <li>{m('changes.legend.similar')}</li>
          {counts.unknown > 0 ? (
            <li>
              <HatchSwatch />
              {m('changes.legend.unknown')}
            </li>
          ) : null}
        </ul>
      }
      source={ctx.source}
      csv={changesCsv(shown, words, ctx.csvHeaders, ctx.selection)}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.level')}</th>
              <th scope="col">{t('table.pillar')}</th>
              <th scope="col">{m('table.from')}</th>
              <th scope="col">{m('table.to')}</th>
              <th scope="col">{m('csv.change')}</th>
              <th scope="col">{m('table.changeCi')}</th>
              <th scope="col">{m('table.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((tr) =>
              (['T', 'S'] as const).flatMap((k) =>
                tr.yoy[k].map((c) => (
                  <tr key={`${tr.level}-${k}-${c.to}`}>
                    <td>{words.levelLabel(tr.level)}</td>
                    <td>{words.pillarLabel(k)}</td>
                    <td>{c.from}</td>
                    <th scope="row">{c.to}</th>
                    <td className="num">{c.diff.kind === 'score' ? formatDiff(c.diff, i18n.lang) : '—'}</td>
                    <td className="num">{ci(c.diff, i18n.lang, 'difference')}</td>
                    <td>{words.verdict(c.change)}</td>
                  </tr>
                )),
              ),
            )}
          </tbody>
        </table>
      }
    />
  )
}

function PathFrame({ ctx }: { ctx: Ctx }) {
  const { m, all, shown, words, i18n, state } = ctx
  const { t, lang } = i18n
  const focus = state.level
  const both = (tr: LevelTrend) => periodVerdict(tr, 'T') === 'increase' && periodVerdict(tr, 'S') === 'increase'
  let title: string
  if (focus) {
    const tr = shown[0]
    const Level = words.levelLabel(focus)
    const T = periodVerdict(tr, 'T') === 'increase'
    const S = periodVerdict(tr, 'S') === 'increase'
    title = m(T && S ? 'path.title.level.both' : T ? 'path.title.level.t' : S ? 'path.title.level.s' : 'path.title.level.none', {
      Level,
      first: firstMeasured(tr) ?? ctx.first,
    })
  } else {
    const count = all.filter(both).length
    title = count > 0 ? m('path.title.both', { subject: ctx.subject, count, n: all.length, first: ctx.first }) : m('path.title.none', { subject: ctx.subject, first: ctx.first })
  }
  const paths = trendPaths(all, focus)
  const points = trendPoints(all, words, focus)
  const rows = pathRows(focus ? shown : all)
  return (
    <ChartFrame
      title={title}
      subtitle={m('path.subtitle', { first: ctx.first, last: ctx.last, filters: ctx.filters })}
      chartLabel={`${title}. ${rows.map((r) => `${words.levelLabel(r.level)} ${r.year}: T ${i18n.score(r.t)}, S ${i18n.score(r.s)}`).join('; ')}`}
      chart={
        <BalanceMap
          points={points}
          paths={paths}
          xLabel={t('overview.balance.x')}
          yLabel={t('overview.balance.y')}
          techAheadLabel={t('overview.balance.techAhead')}
          socialAheadLabel={t('overview.balance.socialAhead')}
          formatTick={(v) => formatNumber(v, lang, 1)}
        />
      }
      notes={
        <>
          <p className="chart-note">{m('path.note', { first: ctx.first, last: ctx.last })}</p>
          {focus ? <p className="chart-note">{m('path.note.level', { level: levelPhrase(focus, lang) })}</p> : null}
        </>
      }
      source={ctx.source}
      csv={pathCsv(focus ? shown : all, words, ctx.csvHeaders, ctx.selection)}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.level')}</th>
              <th scope="col">{m('table.year')}</th>
              <th scope="col">T</th>
              <th scope="col">{t('table.ci')}</th>
              <th scope="col">S</th>
              <th scope="col">{t('table.ci')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.level}-${r.year}`}>
                <td>{words.levelLabel(r.level)}</td>
                <th scope="row">{r.year}</th>
                <td className="num">{i18n.score(r.t)}</td>
                <td className="num">{ci(r.t, lang)}</td>
                <td className="num">{i18n.score(r.s)}</td>
                <td className="num">{ci(r.s, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
