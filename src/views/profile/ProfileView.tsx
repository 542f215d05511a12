import { useQueries, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { scoresQuery } from '../../api/queries'
import type { MetaResponse, ScoreRow } from '../../contract/v1'
import { addSlide, loadLocalDeck, saveLocalDeck, slideHref } from '../../app/deck'
import { selectionWords } from '../../app/selection'
import { hrefOf, type ViewState } from '../../app/url-state'
import { ChartFrame } from '../../charts/ChartFrame'
import { PILLAR_TEXT } from '../../charts/colors'
import { IntervalPlot, type IntervalRow } from '../../charts/IntervalPlot'
import { ErrorState, EmptyState, LoadingState } from '../../components/ErrorState'
import type { Dimension, Level } from '../../domain/framework'
import { csvEstimate, csvFigure } from '../../domain/csv-export'
import { formatDiff, formatInterval, formatNumber, formatTick } from '../../domain/format'
import { niceTicks } from '../../domain/ticks'
import type { Indicator, Verdict } from '../../domain/indices'
import { profileFindings } from '../../domain/profile'
import { useI18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import { nationalQuery } from '../overview/overview-model'
import { readinessRows } from '../overview/overview-model'
import { profileMessages } from './messages'
import { SelfscanInvite } from '../selfscan/SelfscanInvite'
import {
  changes,
  clearCount,
  dimensionsVersus,
  levelsInYear,
  partsVersus,
  profileKind,
  profileQueries,
  readinessByYear,
  similarPeers,
  SUB,
  toComparisons,
  versusReference,
  type Difference,
} from './profile-model'

type K = keyof (typeof profileMessages)['nl']
const VERDICT_COLOR: Record<Verdict, string> = { higher: '#0072B2', lower: '#D55E00', similar: '#595959', unknown: '#595959' }
const VERDICT_TEXT: Record<Verdict, string> = { higher: PILLAR_TEXT.technological, lower: PILLAR_TEXT.social, similar: '#1a1a1a', unknown: '#1a1a1a' }

export default function ProfileView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const kind = profileKind(state)
  if (kind.kind === 'choose') return <Chooser state={state} meta={meta} />
  return <Profile key={`${kind.kind}-${kind.code}`} kind={kind} state={state} meta={meta} />
}

function Chooser({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const { lang, label } = useI18n()
  const m = (k: K) => message(profileMessages, lang, k)
  const link = (patch: Partial<ViewState>) => hrefOf({ ...state, regions: [], sectors: [], extra: {}, ...patch })
  return (
    <div className="view profile-chooser">
      <p className="lead">{state.regions.length + state.sectors.length > 0 ? m('ambiguous') : m('choose')}</p>
      <div className="grid-2">
        <section aria-labelledby="profile-provinces">
          <h2 id="profile-provinces">{m('provinces')}</h2>
          <ul className="link-list">
            {meta.regions
              .filter((r) => r.kind === 'province')
              .map((r) => (
                <li key={r.code}>
                  <a href={link({ regions: [r.code] })}>{label(r.label)}</a>
                </li>
              ))}
          </ul>
        </section>
        <section aria-labelledby="profile-sectors">
          <h2 id="profile-sectors">{m('sectors')}</h2>
          <ul className="link-list">
            {meta.sectors.map((s) => (
              <li key={s.code}>
                <a href={link({ sectors: [s.code] })}>{label(s.label)}</a>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  )
}

function Profile({ kind, state, meta }: { kind: { kind: 'province' | 'sector'; code: string }; state: ViewState; meta: MetaResponse }) {
  const i18n = useI18n()
  const { t, lang, label } = i18n
  const m = (k: K, v?: Record<string, string | number>) => message(profileMessages, lang, k, v)
  const q = profileQueries(kind, state)
  const list = [q.unit, q.reference, q.parts, q.peers, ...(q.partsReference ? [q.partsReference] : [])]
  const results = useQueries({ queries: list.map((x) => scoresQuery(x)) })
  const nat = useQuery({ ...scoresQuery(nationalQuery()), enabled: kind.kind === 'province' })
  const [pinned, setPinned] = useState('')
  const error = results.find((r) => r.error && !r.data)?.error ?? (kind.kind === 'province' ? nat.error : null)
  if (error) return <ErrorState error={error} onRetry={() => results.forEach((r) => void r.refetch())} />
  if (results.some((r) => !r.data) || (kind.kind === 'province' && !nat.data)) return <LoadingState lines={8} />
  const [unitRows, refRows, partRows, peerRows, partRefRows] = results.map((r) => r.data!.rows)

  const isProvince = kind.kind === 'province'
  const name = isProvince
    ? label(meta.regions.find((r) => r.code === kind.code)?.label ?? { nl: kind.code, en: kind.code })
    : label(meta.sectors.find((s) => s.code === kind.code)?.label ?? { nl: kind.code, en: kind.code })
  const referenceName = isProvince ? m('reference') : m('referenceSectors')
  const levelLabel = (l: Level) => label(meta.levels.find((x) => x.id === l)!.label)
  const dimLabel = (d: Dimension) => label(meta.dimensions.find((x) => x.id === d)!.label)
  const missing = (reason: 'suppressed' | 'missing') => t(reason === 'suppressed' ? 'status.suppressed' : 'status.missing')
  const years = meta.years.filter((y) => y <= state.year)
  const firstYear = years[0] ?? state.year
  const filters = selectionWords(state, meta, lang)
  const source = label(meta.dataset.source)

  const unitLevels = levelsInYear(unitRows, state.year)
  const withNational = isProvince ? [...unitLevels, ...levelsInYear(nat.data!.rows, state.year, ['national'])] : unitLevels
  if (!unitLevels.some((l) => Object.values(l.dimensions).some((d) => d?.kind === 'score'))) return <EmptyState />
  const refLevels = levelsInYear(refRows, state.year)
  const versus = versusReference(unitLevels, refLevels)
  const dims = dimensionsVersus(unitLevels, refLevels)
  const partIds = isProvince ? meta.sectors.map((s) => s.code).filter((c) => state.sectors.length === 0 || state.sectors.includes(c)) : meta.regions.filter((r) => r.kind === 'province').map((r) => r.code)
  const partName = (id: string) =>
    isProvince ? label(meta.sectors.find((s) => s.code === id)?.label ?? { nl: id, en: id }) : label(meta.regions.find((r) => r.code === id)?.label ?? { nl: id, en: id })
  const parts = isProvince
    ? partsVersus(partRows, 'sector', partIds, (id) => levelsInYear(partRefRows.filter((r) => r.sector === id).map((r) => ({ ...r, year: state.year })), state.year))
    : partsVersus(partRows, 'region', partIds, () => unitLevels)
  const peerName = (id: string) =>
    isProvince ? label(meta.regions.find((r) => r.code === id)?.label ?? { nl: id, en: id }) : label(meta.sectors.find((x) => x.code === id)?.label ?? { nl: id, en: id })
  const peerIds = isProvince ? meta.regions.filter((r) => r.kind === 'province').map((r) => r.code) : meta.sectors.map((s) => s.code)
  const similar = similarPeers(peerRows, isProvince ? 'region' : 'sector', peerIds, kind.code)
  const findings = profileFindings(
    {
      subject: name,
      reference: referenceName,
      levels: withNational,
      versus: toComparisons(versus),
      changes: changes(unitRows, firstYear, state.year),
      firstYear,
      year: state.year,
      lagging: parts.filter((p) => p.verdict === 'lower').map((p) => partName(p.id)),
      leading: parts.filter((p) => p.verdict === 'higher').map((p) => partName(p.id)),
      parts: isProvince ? 'sectors' : 'provinces',
    },
    lang,
  )

  const diffRows = (ds: readonly Difference[], labelOf: (d: Difference) => string, groupOf?: (d: Difference, i: number) => string | undefined): IntervalRow[] =>
    ds.map((d, i) => ({
      id: d.id,
      label: labelOf(d),
      color: VERDICT_COLOR[d.verdict],
      textColor: VERDICT_TEXT[d.verdict],
      shape: d.verdict === 'lower' ? 'square' : d.verdict === 'higher' ? 'circle' : 'diamond',
      groupStart: groupOf?.(d, i),
      ...(d.diff.kind === 'score'
        ? { value: d.diff.value, ciLow: d.diff.ciLow, ciHigh: d.diff.ciHigh, lowReliability: d.diff.status === 'low_reliability', text: `${formatDiff(d.diff, lang)} · ${m(`verdict.${d.verdict}` as K)}` }
        : { missingText: d.diff.reason === 'suppressed' ? m('no.value') : m('missing.value') }),
    }))
  const span = (ds: readonly Difference[]) => {
    const b = ds.flatMap((d) => (d.diff.kind === 'score' ? [Math.abs(d.diff.ciLow), Math.abs(d.diff.ciHigh)] : []))
    const a = niceTicks([...b, 0.5], { symmetric: true })
    return { domain: a.domain, ticks: a.ticks, formatTick: (v: number) => formatTick(v, lang, a.digits, true) }
  }
  const diffCsv = (ds: readonly Difference[], first: string, labelOf: (d: Difference) => string) => ({
    columns: [
      { header: first },
      { header: t('table.score'), digits: 1 },
      { header: referenceName, digits: 1 },
      { header: 'Δ', digits: 2 },
      { header: t('table.ciLow'), digits: 2 },
      { header: t('table.ciHigh'), digits: 2 },
      { header: t('table.status') },
    ],
    rows: ds.map((d) => [
      labelOf(d),
      csvFigure(d.unit, 'score'),
      csvFigure(d.reference, 'score'),
      ...csvEstimate(d.diff, 'difference'),
      m(`verdict.${d.verdict}` as K),
    ]),
  })
  const diffTable = (ds: readonly Difference[], caption: string, first: string, labelOf: (d: Difference) => string) => (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">{t('table.score')}</th>
          <th scope="col">{referenceName}</th>
          <th scope="col">Δ</th>
          <th scope="col">{t('table.ci')}</th>
          <th scope="col">{t('table.status')}</th>
        </tr>
      </thead>
      <tbody>
        {ds.map((d) => (
          <tr key={d.id}>
            <th scope="row">{labelOf(d)}</th>
            <td className="num">{d.unit.kind === 'score' ? i18n.score(d.unit) : '—'}</td>
            <td className="num">{d.reference.kind === 'score' ? i18n.score(d.reference) : '—'}</td>
            <td className="num">{d.diff.kind === 'score' ? formatDiff(d.diff, lang) : '—'}</td>
            <td className="num">{d.diff.kind === 'score' ? formatInterval(d.diff, 'difference', lang) : '—'}</td>
            <td>{m(`verdict.${d.verdict}` as K)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  const versusLabel = (d: Difference) => `${d.metric} ${d.metric === 'R' ? t('table.readiness').replace(/ R$/, '') : d.metric === 'T' ? t('legend.technological') : t('legend.social')}`
  const ladder = readinessRows(withNational, levelLabel, lang, missing)
  const versusTitle = clearCount(versus) > 0 ? m('versus.title.some', { reference: referenceName, count: clearCount(versus), total: versus.length }) : m('versus.title.none', { reference: referenceName })
  const dimsTitle = `${m('dims.title', { reference: referenceName })}: ${clearCount(dims) > 0 ? m('versus.title.some', { reference: referenceName, count: clearCount(dims), total: dims.length }).replace(/^[^:]*: /, '') : m('versus.title.none', { reference: referenceName }).replace(/^[^:]*: /, '')}`
  const partsTitle = isProvince ? m('parts.title.sectors', { name }) : m('parts.title.provinces', { name })
  const trendRows: IntervalRow[] = SUB.flatMap((level) =>
    readinessByYear(unitRows, years, level).map(({ year, value }, i) => ({
      id: `${level}-${year}`,
      label: String(year),
      color: '#1a1a1a',
      textColor: '#1a1a1a',
      shape: 'diamond' as const,
      groupStart: i === 0 ? levelLabel(level) : undefined,
      ...(value.kind === 'score'
        ? { value: value.value, ciLow: value.ciLow, ciHigh: value.ciHigh, text: i18n.score(value), lowReliability: value.status === 'low_reliability' }
        : { missingText: missing(value.reason) }),
    })),
  )
  const ns = unitRows.filter((r) => r.year === state.year).flatMap((r: ScoreRow) => (r.status === 'suppressed' ? [] : [r.n]))
  const pinAll = () => {
    const figures = document.querySelectorAll('#main figure.chart-frame')
    let deck = loadLocalDeck()
    figures.forEach((f, i) => {
      const title = f.querySelector('.chart-title')?.textContent ?? name
      deck = addSlide(deck, { href: slideHref(window.location.pathname, window.location.search), chart: i, title: `${name}: ${title}`, notes: i === 0 ? findings.join('\n') : '' })
    })
    saveLocalDeck(deck)
    setPinned(m('pinned', { count: figures.length }))
  }
  const scaleLabels = meta.scale.map((s) => label(s.label))
  const indicatorText = (i: Indicator) => (i.kind === 'score' ? i18n.score(i) : missing(i.reason))

  return (
    <div className="view profile">
      <header className="profile-header">
        <h2>{isProvince ? m('title.province', { name }) : m('title.sector', { name })}</h2>
        <p className="chart-subtitle">{m('subtitle', { year: state.year, filters })}</p>
        <div className="deck-actions profile-actions">
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            {m('print')}
          </button>
          <button type="button" className="button-secondary" onClick={pinAll}>
            {m('pinAll')}
          </button>
        </div>
        <p role="status" aria-live="polite" className="deck-status">
          {pinned}
        </p>
      </header>
      <section className="findings" aria-labelledby="profile-findings">
        <h2 id="profile-findings">{m('findings')}</h2>
        <ul>
          {findings.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </section>
      {isProvince ? null : <SelfscanInvite state={state} />}
      <div className="grid-2">
        <ChartFrame
          title={ladder.find((r) => r.highlight) ? t('overview.ladder.title.weakest', { level: ladder.find((r) => r.highlight)!.label }) : t('overview.ladder.title.none')}
          subtitle={m('ladder.subtitle', { filters })}
          chartLabel={ladder.map((r) => `${r.label}: ${r.text ?? r.missingText}`).join('; ')}
          chart={<IntervalPlot rows={ladder} scaleLabels={scaleLabels} rowHeight={40} />}
          notes={isProvince ? <p className="chart-note">{t('overview.national.note')}</p> : undefined}
          source={source}
          csv={{
            columns: [{ header: t('table.level') }, { header: t('table.readiness'), digits: 1 }, { header: t('table.ciLow'), digits: 2 }, { header: t('table.ciHigh'), digits: 2 }],
            rows: withNational.map((l) => [levelLabel(l.level), ...csvEstimate(l.readiness, 'score')]),
          }}
          table={
            <table>
              <caption>{t('table.readiness')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.level')}</th>
                  <th scope="col">{t('table.readiness')}</th>
                  <th scope="col">{t('table.balance')}</th>
                </tr>
              </thead>
              <tbody>
                {withNational.map((l) => (
                  <tr key={l.level}>
                    <th scope="row">{levelLabel(l.level)}</th>
                    <td className="num">{indicatorText(l.readiness)}</td>
                    <td>{t(`balance.${l.balance}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartFrame
          title={versusTitle}
          subtitle={m('versus.subtitle', { reference: referenceName, filters })}
          chartLabel={versusTitle}
          chart={<IntervalPlot rows={diffRows(versus, versusLabel, (d, i) => (i % 3 === 0 && d.level ? levelLabel(d.level) : undefined))} {...span(versus)} reference={0} rowHeight={23} />}
          source={source}
          csv={diffCsv(versus, t('table.level'), (d) => `${levelLabel(d.level!)} ${d.metric}`)}
          table={diffTable(versus, versusTitle, t('table.level'), (d) => `${levelLabel(d.level!)} · ${versusLabel(d)}`)}
        />
      </div>
      <div className="grid-3">
        <ChartFrame
          title={dimsTitle}
          subtitle={m('dims.subtitle', { filters })}
          chartLabel={dimsTitle}
          chart={<IntervalPlot rows={diffRows(dims, (d) => dimLabel(d.id as Dimension))} {...span(dims)} reference={0} rowHeight={23} />}
          source={source}
          csv={diffCsv(dims, t('table.dimension'), (d) => dimLabel(d.id as Dimension))}
          table={diffTable(dims, dimsTitle, t('table.dimension'), (d) => dimLabel(d.id as Dimension))}
        />
        <ChartFrame
          title={m('trend.title', { first: firstYear })}
          subtitle={m('trend.subtitle', { filters })}
          chartLabel={m('trend.title', { first: firstYear })}
          chart={<IntervalPlot rows={trendRows} scaleLabels={scaleLabels} rowHeight={20} />}
          source={source}
          csv={{
            columns: [{ header: t('table.level') }, { header: t('table.year') }, { header: t('table.readiness'), digits: 1 }, { header: t('table.ciLow'), digits: 2 }, { header: t('table.ciHigh'), digits: 2 }],
            rows: SUB.flatMap((level) =>
              readinessByYear(unitRows, years, level).map(({ year, value }) => [levelLabel(level), year, ...csvEstimate(value, 'score')]),
            ),
          }}
          table={
            <table>
              <caption>{m('trend.title', { first: firstYear })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.level')}</th>
                  {years.map((y) => (
                    <th key={y} scope="col">
                      {y}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {SUB.map((level) => (
                  <tr key={level}>
                    <th scope="row">{levelLabel(level)}</th>
                    {readinessByYear(unitRows, years, level).map(({ year, value }) => (
                      <td key={year} className="num">
                        {value.kind === 'score' ? i18n.score(value) : '—'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartFrame
        title={partsTitle}
        subtitle={m('parts.subtitle', { year: state.year })}
        chartLabel={partsTitle}
        chart={<IntervalPlot rows={diffRows(parts, (d) => partName(d.id))} {...span(parts)} reference={0} rowHeight={23} />}
        source={source}
        csv={diffCsv(parts, isProvince ? t('filter.sector') : t('table.region'), (d) => partName(d.id))}
        table={diffTable(parts, partsTitle, isProvince ? t('filter.sector') : t('table.region'), (d) => partName(d.id))}
      />
      </div>
      <div className="grid-2">
        <section className="profile-box" aria-labelledby="profile-similar">
          <h2 id="profile-similar">{m('similar.title')}</h2>
          <p className="chart-note">{m('similar.text')}</p>
          {similar.length === 0 ? (
            <p>{m('similar.none')}</p>
          ) : (
            <ol>
              {similar.map((s) => (
                <li key={s.id}>
                  <a href={hrefOf({ ...state, regions: isProvince ? [s.id] : [], sectors: isProvince ? state.sectors : [s.id], extra: {} })}>{peerName(s.id)}</a>{' '}
                  — {m('similar.distance', { d: formatNumber(s.distance, lang, 2) })}
                </li>
              ))}
            </ol>
          )}
          {isProvince && similar.length > 0 ? (
            <a className="button-secondary" href={hrefOf({ ...state, view: 'compare', regions: [kind.code, ...similar.map((s) => s.id)], extra: {} })}>
              {m('similar.compare')}
            </a>
          ) : null}
        </section>
        <section className="profile-box" aria-labelledby="profile-notes">
          <h2 id="profile-notes">{m('notes.title')}</h2>
          {ns.length > 0 ? <p>{m('notes.n', { min: i18n.count(Math.min(...ns)), max: i18n.count(Math.max(...ns)) })}</p> : null}
          <p>{m('notes.rule', { minN: meta.thresholds.minN, lowN: meta.thresholds.lowReliabilityN })}</p>
          <p>
            {label(meta.dataset.title)}: {source}.
          </p>
          {meta.dataset.synthetic ? <p className="notice">{t('badge.synthetic.explain')}</p> : null}
        </section>
      </div>
      <p className="print-footer">
        {m('printed', { date: new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date()) })} · {filters} · {source}
      </p>
    </div>
  )
}
