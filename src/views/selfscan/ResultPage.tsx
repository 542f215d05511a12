/**
 * The result: the organisation's T, S, R and gap, its nine dimension scores, placed against the
 * organisational-level benchmark of its sector in its province, its sector nationwide and all
 * organisations, with findings in honest words. Printable on one A4 page; both charts can be
 * exported and pinned like every chart.
 */
import { useQueries } from '@tanstack/react-query'
import { useState } from 'react'
import { hasPillarCells, scoresQuery } from '../../api/queries'
import { pillarQuery } from '../../api/score-queries'
import { addSlide, loadLocalDeck, saveLocalDeck, slideHref } from '../../app/deck'
import type { ViewState } from '../../app/url-state'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure, type Measured as FigureMeasured } from '../../charts/figure'
import { columnsFor } from '../../kit/columns'
import { Legend, legendItems } from '../../kit/legend'
import { HIGHLIGHT_BAND, SERIES } from '../../charts/encoding'
import { useFrameContext } from '../../charts/frame-context'
import { useWords } from '../../kit/words'
import { IntervalPlot, type IntervalRow } from '../../charts/IntervalPlot'
import { ErrorState, LoadingState } from '../../components/ErrorState'
import type { MetaResponse, ScoreRow } from '../../contract/v1'
import { DIMENSIONS, DIMENSION_INFO, type Dimension } from '../../domain/framework'
import { formatEstimate, type FigureKind } from '../../domain/format'
import type { Indicator, LevelSummary } from '../../domain/indices'
import { figureOf, furthestBehind, placeAgainst, selfscanFindings, type Measure, type Measured, type Placement } from '../../domain/selfscan-placement'
import { orgResult, type OrgScore } from '../../domain/selfscan-score'
import { useI18n } from '../../i18n/i18n'
import {
  benchmarkNRange,
  benchmarkQuery,
  benchmarkSummary,
  orgRow,
  organisationOf,
  referenceRow,
  REFERENCES,
  SUMMARY_CHART_MEASURES,
  teamSheets,
  type ReferenceId,
  type Step,
} from './selfscan-model'
import type { StoredScan } from './storage'
import type { SelfscanT } from './use-messages'

const REF_KEY = { 'sector-provincie': 'sp', sector: 'sector', nederland: 'nl' } as const

export function ResultPage({
  scan,
  state,
  meta,
  m,
  refId,
  setRef,
  hrefOf,
  children,
}: {
  scan: StoredScan
  state: ViewState
  meta: MetaResponse
  m: SelfscanT
  refId: ReferenceId
  setRef: (ref: ReferenceId) => void
  hrefOf: (step: Step) => string
  /** the team and sharing panels, under the result */
  children?: React.ReactNode
}) {
  const i18n = useI18n()
  const w = useWords(meta)
  const frame = useFrameContext()
  const { t, lang, label } = i18n
  const org = organisationOf(scan)
  const sheets = teamSheets(scan)
  const ready = sheets.length > 0 && org.region !== '' && org.sector !== ''
  // each benchmark's dimension rows and, when the dataset has them, its pillar rows (exact T, S, G: ADR 0007)
  const withPillars = hasPillarCells(meta)
  const questions = REFERENCES.flatMap((ref) => {
    const q = benchmarkQuery(ref, org, state.year)
    return withPillars ? [q, pillarQuery(q)] : [q]
  })
  const results = useQueries({ queries: questions.map((q) => ({ ...scoresQuery(q), enabled: ready })) })
  const per = withPillars ? 2 : 1
  const [pinned, setPinned] = useState('')

  const sectorName = label(meta.sectors.find((s) => s.code === org.sector)?.label ?? { nl: org.sector, en: org.sector })
  const regionName = label(meta.regions.find((r) => r.code === org.region)?.label ?? { nl: org.region, en: org.region })
  const orgName = m('result.org', { sector: sectorName, region: regionName })

  if (sheets.length === 0 || !ready) {
    return (
      <section className="sc-result" aria-labelledby="selfscan-step-heading">
        <h2 id="selfscan-step-heading" tabIndex={-1}>
          {m('result.title', { org: ready ? orgName : m('org.legend') })}
        </h2>
        <p className="state state-empty">{sheets.length === 0 ? m('result.empty') : m('result.noOrg')}</p>
        <p>
          <a href={hrefOf({ kind: 'intro' })}>{m('nav.intro')}</a>
        </p>
        {children}
      </section>
    )
  }

  const error = results.find((r) => r.error && !r.data)?.error
  const header = (
    <header className="sc-result-header">
      <h2 id="selfscan-step-heading" tabIndex={-1}>
        {m('result.title', { org: orgName })}
      </h2>
      <p className="chart-subtitle">
        {m('result.subtitle', {
          respondents: sheets.length === 1 ? m('result.one') : m('result.many', { count: sheets.length }),
          year: state.year,
        })}
      </p>
    </header>
  )
  if (error)
    return (
      <section className="sc-result" aria-labelledby="selfscan-step-heading">
        {header}
        <ErrorState error={error} onRetry={() => results.forEach((r) => void r.refetch())} />
        {children}
      </section>
    )
  if (results.some((r) => !r.data))
    return (
      <section className="sc-result" aria-labelledby="selfscan-step-heading">
        {header}
        <LoadingState lines={6} />
      </section>
    )

  const rowsOf = Object.fromEntries(REFERENCES.map((ref, i) => [ref, results.slice(i * per, (i + 1) * per).flatMap((r) => r.data!.rows)])) as Record<ReferenceId, ScoreRow[]>
  const bench = Object.fromEntries(REFERENCES.map((ref) => [ref, benchmarkSummary(rowsOf[ref])])) as Record<ReferenceId, LevelSummary>
  const result = orgResult(sheets)
  const placementsOf = Object.fromEntries(REFERENCES.map((ref) => [ref, placeAgainst(result, bench[ref])])) as Record<ReferenceId, Placement[]>
  const placements = placementsOf[refId]
  const refLabel = (ref: ReferenceId) => m(`ref.${REF_KEY[ref]}`, { sector: sectorName, region: regionName })
  const refName = (ref: ReferenceId) => m(`refName.${REF_KEY[ref]}`, { sector: sectorName, region: regionName })
  const findings = selfscanFindings({ org: result, placements, referenceName: refName(refId), reference: bench[refId] }, lang)
  const single = result.respondents === 1
  const missing = (reason: 'suppressed' | 'missing') => t(reason === 'suppressed' ? 'status.suppressed' : 'status.missing')
  const dimLabel = (d: Dimension) => label(DIMENSION_INFO.find((x) => x.id === d)!.label)
  const measureLabel = (x: Measure) => (x === 'R' || x === 'T' || x === 'S' || x === 'G' ? m(`measure.${x}`) : `${x} ${dimLabel(x)}`)
  const respondents = single ? m('result.one') : m('result.many', { count: result.respondents })
  const nr = benchmarkNRange(REFERENCES.flatMap((r) => rowsOf[r]))
  const nNote = nr ? m('chart.n', { respondents, min: i18n.count(nr.min), max: i18n.count(nr.max) }) : undefined
  const source = m('chart.source', { source: label(meta.dataset.source) })
  const scaleLabels = meta.scale.map((s) => label(s.label))

  // chart 1: R, T, S of the organisation, then of each benchmark (group headings carry the long names)
  const summaryRows: IntervalRow[] = [
    ...SUMMARY_CHART_MEASURES.map((x, i) => orgRow(`org-${x}`, measureLabel(x), placementsOf.nederland.find((q) => q.measure === x)!.org, lang, m('missing.org'), i === 0 ? m('row.org') : undefined)),
    ...REFERENCES.flatMap((ref) =>
      SUMMARY_CHART_MEASURES.map((x, i) => referenceRow(`${ref}-${x}`, measureLabel(x), x, placementsOf[ref].find((q) => q.measure === x)!.reference, lang, missing, i === 0 ? refLabel(ref) : undefined)),
    ),
  ]
  const r = placements.find((p) => p.measure === 'R')!
  const summaryTitle = m(`summary.title.${r.verdict}`, { ref: refName(refId) })

  // chart 2: the nine dimensions against the chosen benchmark
  const verdictSuffix = (p: Placement) => (p.verdict === 'higher' || p.verdict === 'lower' ? ` · ${m(`verdict.${p.verdict}`)}` : '')
  const dimRows: IntervalRow[] = DIMENSIONS.flatMap((d) => {
    const p = placements.find((q) => q.measure === d)!
    return [orgRow(`${d}-org`, m('row.org'), p.org, lang, m('missing.org'), measureLabel(d), verdictSuffix(p)), referenceRow(`${d}-ref`, m('row.benchmark'), d, p.reference, lang, missing)]
  })
  const behind = furthestBehind(placements)
  const clear = behind.filter((p) => p.verdict === 'lower')
  const names = (ps: readonly Placement[]) => ps.map((p) => dimLabel(p.measure as Dimension)).join(', ')
  const dimsTitle =
    behind.length === 0
      ? m('dims.title.none', { ref: refName(refId) })
      : single
        ? m('dims.title.single', { ref: refName(refId), dims: names(behind) })
        : clear.length > 0
          ? m('dims.title.behind', { ref: refName(refId), dims: names(clear) })
          : m('dims.title.notClear', { ref: refName(refId) })

  // every figure by the one rounding rule (ADR 0008); the gap and the differences are signed
  const kindOf = (x: Measure): FigureKind => (x === 'G' ? 'difference' : 'score')
  const fmtMeasured = (v: Measured, kind: FigureKind) => {
    const f = figureOf(v)
    return typeof f === 'number' ? { value: kind === 'difference' ? i18n.diff(f) : i18n.score(f), interval: '—' } : formatEstimate(f, kind, lang)
  }
  const fmtOrg = (s: OrgScore, x: Measure) => (s.kind === 'score' ? fmtMeasured(s, kindOf(x)) : { value: '—', interval: '—' })
  const fmtRef = (i: Indicator, x: Measure) => (i.kind === 'score' ? formatEstimate(i, kindOf(x), lang) : { value: missing(i.reason), interval: '—' })
  /**
   * A self-assessment figure as the figure spec reads it: with its t interval, or without one (one
   * respondent); `n` (respondents) rides along for the n column, also when there is no interval.
   */
  const asMeasured = (v: Measured | undefined, n?: number): FigureMeasured => {
    if (!v) return undefined
    const f = figureOf(v)
    if (typeof f === 'number') return n === undefined ? f : { kind: 'score', value: f, ciLow: NaN, ciHigh: NaN, se: NaN, n, status: 'ok' }
    return { kind: 'score', value: f.value, ciLow: f.ciLow, ciHigh: f.ciHigh, se: NaN, n: n ?? NaN, status: 'ok' }
  }
  type Line = { ref: ReferenceId; p: Placement }
  /** one spec per chart: the table, both CSVs and the summary come from it (ADR 0011) */
  const spec = (id: string, title: string, subtitle: string, list: Line[], summary: string) => {
    const c = columnsFor(w, list)
    const org = (l: Line) => (l.p.org.kind === 'score' ? asMeasured(l.p.org, l.p.org.n) : undefined)
    return figure({
      id,
      title,
      subtitle,
      rows: list,
      rowKey: (l) => `${l.p.measure}-${l.ref}`,
      summary,
      columns: [
        c.label('measure', m('table.measure'), (l) => measureLabel(l.p.measure)),
        c.text('reference', m('table.reference'), (l) => refLabel(l.ref)),
        c.estimate('org', m('table.org'), org),
        c.interval('org-ci', m('table.org'), (l) => org(l), 'score'),
        c.n(org),
        c.reference('bench', m('table.bench'), (l) => l.p.reference),
        c.interval('bench-ci', m('table.bench'), (l) => l.p.reference, 'score'),
        c.code('bench-n', m('table.benchN'), (l) => (l.p.reference.kind === 'score' ? w.count(l.p.reference.n) : '—')),
        ...c.differences('diff', m('table.diff'), (l) => asMeasured(l.p.diff)),
        c.text('verdict', m('table.verdict'), (l) => m(`verdict.${l.p.verdict}`)),
      ],
    })
  }
  const summaryList = (['R', 'T', 'S', 'G'] as const).flatMap((x) => REFERENCES.map((ref) => ({ ref, p: placementsOf[ref].find((q) => q.measure === x)! })))
  const dimList = DIMENSIONS.map((d) => ({ ref: refId, p: placements.find((q) => q.measure === d)! }))
  const anySuppressed = [...summaryRows, ...dimRows].some((row) => row.value === undefined)
  const anyThin = [...summaryRows, ...dimRows].some((row) => row.lowReliability)
  // the kit's legend entries (the charts' own markers), with the organisation's highlighted diamond first
  const li = legendItems(w)
  const orgItem = {
    id: 'org',
    marker: (
      <svg width="30" height="14" aria-hidden="true" focusable="false">
        <rect x="0" y="0" width="30" height="14" fill={HIGHLIGHT_BAND} />
        <path d="M15 1L21 7L15 13L9 7Z" fill={SERIES.composite.color} />
      </svg>
    ),
    text: m('row.org'),
  }
  const legend = <Legend items={[orgItem, li.technological, li.social, anyThin && li.thin, anySuppressed && li.suppressed, { id: 'ci', text: single ? `${t('chart.ci')} ${m('chart.single')}` : t('chart.ci') }]} />

  const pinAll = () => {
    const figures = [...document.querySelectorAll<HTMLElement>('#main figure.chart-frame[data-figure]')]
    let deck = loadLocalDeck()
    figures.forEach((f, i) => {
      const title = f.querySelector('.chart-title')?.textContent ?? orgName
      deck = addSlide(deck, { href: slideHref(window.location.pathname, window.location.search), figure: f.dataset.figure!, title, notes: i === 0 ? findings.join('\n') : '' })
    })
    saveLocalDeck(deck)
    setPinned(m('result.pinned', { count: figures.length }))
  }

  return (
    <section className="sc-result" aria-labelledby="selfscan-step-heading">
      {header}
      <div className="deck-actions sc-result-actions">
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {m('result.print')}
        </button>
        <button type="button" className="button-secondary" onClick={pinAll}>
          {m('result.pin')}
        </button>
        <a className="button-secondary" href={hrefOf({ kind: 'question', index: 1 })}>
          {m('result.edit')}
        </a>
      </div>
      <p role="status" aria-live="polite" className="deck-status sc-result-status">
        {pinned ? `${pinned} ${m('result.pinNote')}` : ''}
      </p>
      <fieldset className="sc-ref">
        <legend>{m('ref.legend')}</legend>
        {REFERENCES.map((ref) => (
          <label key={ref} className="check">
            <input type="radio" name="sc-ref" value={ref} checked={refId === ref} onChange={() => setRef(ref)} />
            {refLabel(ref)}
          </label>
        ))}
      </fieldset>
      <section className="findings sc-findings" aria-labelledby="sc-findings-title">
        <h2 id="sc-findings-title">{m('findings')}</h2>
        <ul>
          {findings.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </section>
      <div className="sc-charts">
        <ChartFrame
          figure={spec('selfscan.summary', summaryTitle, m('summary.subtitle', { year: state.year }), summaryList, `${summaryTitle}. ${summaryRows.map((row) => `${row.groupStart ? `${row.groupStart}, ` : ''}${row.label}: ${row.text ?? row.missingText}`).join('; ')}`)}
          chart={<IntervalPlot rows={summaryRows} scaleLabels={scaleLabels} rowHeight={24} />}
          legend={legend}
          nNote={nNote}
        />
        <ChartFrame
          figure={spec(
            'selfscan.dimensions',
            dimsTitle,
            m('dims.subtitle', { ref: refLabel(refId), year: state.year }),
            dimList,
            `${dimsTitle}. ${DIMENSIONS.map((d) => {
              const p = placements.find((q) => q.measure === d)!
              return `${dimLabel(d)}: ${fmtOrg(p.org, d).value} (${fmtRef(p.reference, d).value}; ${m(`verdict.${p.verdict}`)})`
            }).join('; ')}`,
          )}
          chart={<IntervalPlot rows={dimRows} scaleLabels={scaleLabels} rowHeight={22} />}
          legend={legend}
          nNote={nNote}
        />
      </div>
      <section className="sc-distribution" aria-labelledby="sc-distribution-title">
        <h2 id="sc-distribution-title">{m('distribution.title')}</h2>
        <p>{m('distribution.text')}</p>
      </section>
      <p className="sc-print-source">
        {t('chart.source', { source })} {nNote ? `${nNote}.` : ''} {t('export.date', { date: frame.date })}
        {frame.syntheticNotice ? ` ${frame.syntheticNotice}` : ''}
      </p>
      {children}
    </section>
  )
}
