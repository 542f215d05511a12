/**
 * Compare two years on the overview (?vergelijkjaar=2019): a year picker and, when a year is
 * chosen, per level the change in R, T and S from that year to the chosen one, called a rise or a
 * fall only when clear. Self-contained: it reads its own parameter and asks for the same queries
 * as the overview (answered from the cache).
 */
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { scoresQuery } from '../../api/queries'
import type { MetaResponse } from '../../contract/v1'
import { LEVELS, type Level } from '../../domain/framework'
import { type FigureKind, formatInterval, formatTick } from '../../domain/format'
import { tickDigits } from '../../domain/ticks'
import type { Indicator } from '../../domain/indices'
import { changeWord } from '../../domain/trends'
import { ChartFrame } from '../../charts/ChartFrame'
import { DotIntervalPlot, paddedAxis } from '../../charts/DotIntervalPlot'
import { HatchSwatch } from '../../charts/patterns'
import { ErrorState, LoadingState } from '../../components/ErrorState'
import { useI18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import { navigate } from '../../app/location'
import { regionWords, sectorWords, selectionWords } from '../../app/selection'
import { hrefOf, withExtra, type ViewState } from '../../app/url-state'
import { levelSummaries, nationalQuery, subnationalQuery } from '../overview/overview-model'
import { compareYearOf, COMPARE_YEAR_PARAM, countOf, twoYearCsv, twoYearDots, twoYearRows, type YearMeasure } from './year-comparison'
import { yearMessages, type YearMessageKey } from './year-messages'

export function YearComparison({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const i18n = useI18n()
  const { t, lang, label } = i18n
  const m = (key: YearMessageKey, values?: Record<string, string | number>) => message(yearMessages, lang, key, values)
  const id = useId()
  const { from, invalid } = compareYearOf(state.extra[COMPARE_YEAR_PARAM], meta.years, state.year)
  const earlier = meta.years.filter((y) => y < state.year)
  const sub = useQuery({ ...scoresQuery(subnationalQuery(state)), enabled: from !== undefined })
  const nat = useQuery({ ...scoresQuery(nationalQuery()), enabled: from !== undefined })
  if (earlier.length === 0) return null

  const control = (
    <div className="year-compare-control">
      <label className="focus-group">
        <span className="focus-label">{m('control')}:</span>
        <select
          aria-describedby={`${id}-help`}
          value={from ?? ''}
          onChange={(e) => navigate(hrefOf(withExtra(state, { [COMPARE_YEAR_PARAM]: e.currentTarget.value || undefined })))}
        >
          <option value="">{m('control.off')}</option>
          {earlier.map((y) => (
            <option key={y} value={y}>
              {`${y} ↔ ${state.year}`}
            </option>
          ))}
        </select>
      </label>
      <p id={`${id}-help`} className="chart-note">
        {m('control.help', { year: state.year })}
      </p>
      {invalid !== undefined ? (
        <p className="notice" role="status">
          {m('invalid', { value: invalid, year: state.year })}
        </p>
      ) : null}
    </div>
  )
  if (from === undefined) return <section className="year-compare">{control}</section>

  let frame
  const error = sub.error ?? nat.error
  if (error && !(sub.data && nat.data)) frame = <ErrorState error={error} onRetry={() => void Promise.all([sub.refetch(), nat.refetch()])} />
  else if (!sub.data || !nat.data) frame = <LoadingState lines={4} />
  else {
    // national on top, as in the overview's charts
    const order: Level[] = [...LEVELS].reverse()
    const rows = twoYearRows(levelSummaries(sub.data.rows, nat.data.rows, from), levelSummaries(sub.data.rows, nat.data.rows, state.year), from, state.year, order)
    const levelLabel = (l: Level) => label(meta.levels.find((x) => x.id === l)!.label)
    const measureLabel = (x: YearMeasure) => m(`measure.${x}`)
    const missing = (reason: 'suppressed' | 'missing') => t(reason === 'suppressed' ? 'status.suppressed' : 'status.missing')
    const dots = twoYearDots(rows, lang, levelLabel, measureLabel, missing)
    const up = countOf(rows, 'R', 'increase')
    const down = countOf(rows, 'R', 'decrease')
    const n = order.length
    const title = up > 0 && down > 0 ? m('title.upDown', { from, up, down, n }) : up > 0 ? m('title.up', { from, up, n }) : down > 0 ? m('title.down', { from, down, n }) : m('title.none', { from, to: state.year })
    const axis = paddedAxis(rows.flatMap((r) => (r.change.diff.kind === 'score' ? [r.change.diff.ciLow, r.change.diff.ciHigh] : [])), true)
    const tick = (v: number) => formatTick(v, lang, tickDigits(axis.ticks), true)
    const where = `${regionWords(state, meta, lang)} · ${sectorWords(state, meta, lang)}`
    const netherlands = label(meta.regions.find((r) => r.code === 'NL')?.label ?? { nl: 'Nederland', en: 'Netherlands' })
    const ci = (i: Indicator, kind: FigureKind = 'score') => (i.kind === 'score' ? formatInterval(i, kind, lang) : '—')
    frame = (
      <ChartFrame
        title={title}
        subtitle={m('subtitle', { from, to: state.year, filters: selectionWords(state, meta, lang).replace(/ · \d{4}$/, '') })}
        chartLabel={`${title}. ${dots.map((d) => `${d.groupStart ? `${d.groupStart}: ` : ''}${d.label} ${d.text ?? d.missingText}`).join(', ')}`}
        chart={<DotIntervalPlot rows={dots} domain={axis.domain} ticks={axis.ticks} formatTick={tick} zero ends={[m('lower'), m('higher')]} rowHeight={26} />}
        legend={
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
            {dots.some((d) => d.value === undefined) ? (
              <li>
                <HatchSwatch />
                {t('legend.suppressed')}
              </li>
            ) : null}
            <li className="legend-ci">{t('chart.ci')}</li>
          </ul>
        }
        notes={<p className="chart-note">{t('overview.national.note')}</p>}
        source={label(meta.dataset.source)}
        csv={twoYearCsv(
          rows,
          { from, to: state.year },
          Object.fromEntries(
            (['selection', 'level', 'measure', 'fromYear', 'toYear', 'from', 'fromLow', 'fromHigh', 'to', 'toLow', 'toHigh', 'change', 'changeLow', 'changeHigh', 'verdict'] as const).map((k) => [k, m(`csv.${k}`)]),
          ) as unknown as Parameters<typeof twoYearCsv>[2],
          { selection: (l) => (l === 'national' ? netherlands : where), level: levelLabel, measure: measureLabel, verdict: (c) => changeWord(c, lang) },
        )}
        table={
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.level')}</th>
                <th scope="col">{m('table.measure')}</th>
                <th scope="col">{from}</th>
                <th scope="col">{t('table.ci')}</th>
                <th scope="col">{state.year}</th>
                <th scope="col">{t('table.ci')}</th>
                <th scope="col">{m('table.change')}</th>
                <th scope="col">{m('table.changeCi')}</th>
                <th scope="col">{m('table.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.level}-${r.measure}`} data-level={r.level} data-measure={r.measure}>
                  <td>{levelLabel(r.level)}</td>
                  <th scope="row">{measureLabel(r.measure)}</th>
                  <td className="num">{r.from.kind === 'score' ? i18n.score(r.from) : '—'}</td>
                  <td className="num">{ci(r.from)}</td>
                  <td className="num">{r.to.kind === 'score' ? i18n.score(r.to) : '—'}</td>
                  <td className="num">{ci(r.to)}</td>
                  <td className="num">{r.change.diff.kind === 'score' ? i18n.diff(r.change.diff) : '—'}</td>
                  <td className="num">{ci(r.change.diff, 'difference')}</td>
                  <td>{changeWord(r.change.change, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    )
  }
  return (
    <section className="year-compare">
      {control}
      {frame}
    </section>
  )
}
