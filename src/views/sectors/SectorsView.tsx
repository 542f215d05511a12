import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { scoresQuery } from '../../api/queries'
import type { MetaResponse } from '../../contract/v1'
import { DIMENSIONS, type Dimension, type Level } from '../../domain/framework'
import { levelPhrase } from '../../domain/findings'
import { csvEstimate, csvFigure } from '../../domain/csv-export'
import { niceTicks } from '../../domain/ticks'
import { formatDiff, formatEstimate, formatInterval, formatList, formatNumber, formatTick, type FigureKind, type IntervalFigure } from '../../domain/format'
import { isMetric, metricOf, METRICS, type Metric } from '../../domain/groups'
import type { Indicator, Verdict } from '../../domain/indices'
import { BalanceMap } from '../../charts/BalanceMap'
import { ChartFrame } from '../../charts/ChartFrame'
import { DIVERGING_STEPS, MATURITY_STEPS, stepOf, type ColorStep } from '../../charts/color-scale'
import { PILLAR_TEXT } from '../../charts/colors'
import { Heatmap, type HeatCell } from '../../charts/Heatmap'
import { IntervalPlot, type IntervalRow } from '../../charts/IntervalPlot'
import { ErrorState, EmptyState, LoadingState } from '../../components/ErrorState'
import { useI18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import { navigate } from '../../app/location'
import { regionWords, sectorWords, selectionWords } from '../../app/selection'
import { hrefOf, withExtra, type ViewState } from '../../app/url-state'
import { sectorMessages } from './messages'
import {
  allSectorsQuery,
  commonLowest,
  compareSectors,
  matrixCells,
  matrixQuery,
  referenceUnit,
  SECTOR_LEVELS,
  sectorLevel,
  sectorNationalQuery,
  sectorsQuery,
  unitsBy,
  type MatrixCell,
} from './sectors-model'

type M = Parameters<typeof message<keyof (typeof sectorMessages)['nl']>>[2]

export default function SectorsView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const i18n = useI18n()
  const { t, lang, label } = i18n
  const m = (key: M, values?: Record<string, string | number>) => message(sectorMessages, lang, key, values)
  const level = sectorLevel(state)
  const metric: Metric = isMetric(state.extra.maat) ? state.extra.maat : 'R'
  const qs = useQuery(scoresQuery(sectorsQuery(state, level)))
  const qa = useQuery(scoresQuery(allSectorsQuery(state, level)))
  const qm = useQuery(scoresQuery(matrixQuery(state, level)))
  const qn = useQuery(scoresQuery(sectorNationalQuery(state, level)))
  const [sort, setSort] = useState<{ column: string; direction: 'ascending' | 'descending' }>({ column: 'label', direction: 'ascending' })

  const queries = [qs, qa, qm, qn]
  const error = queries.find((q) => q.error && !q.data)?.error
  if (error) return <ErrorState error={error} onRetry={() => queries.forEach((q) => void q.refetch())} />
  if (!qs.data || !qa.data || !qm.data || !qn.data) return <LoadingState lines={6} />

  const sectorCodes = (state.sectors.length > 0 ? state.sectors : meta.sectors.map((s) => s.code))
  const sectorName = (code: string) => label(meta.sectors.find((s) => s.code === code)?.label ?? { nl: code, en: code })
  const regionName = (code: string) => label(meta.regions.find((r) => r.code === code)?.label ?? { nl: code, en: code })
  const dimLabel = (d: Dimension) => label(meta.dimensions.find((x) => x.id === d)!.label)
  const levelLabel = (l: Level) => label(meta.levels.find((x) => x.id === l)!.label)
  const metricLabel = (x: Metric) => (x.length === 1 ? m(`metric.${x}` as M) : `${x} ${dimLabel(x as Dimension)}`)
  const units = unitsBy(qs.data.rows, ['sector'])
  const reference = referenceUnit(qa.data.rows)
  const comparisons = compareSectors(sectorCodes, units, reference, metric)
  if (comparisons.length === 0) return <EmptyState />
  const filters = selectionWords(state, meta, lang)
  const source = label(meta.dataset.source)
  const stale = queries.some((q) => q.isPlaceholderData)
  const go = (next: ViewState) => navigate(hrefOf(next))
  const fmt = (v: number | IntervalFigure) => (metric === 'G' ? i18n.diff(v) : i18n.score(v))
  const metricKind: FigureKind = metric === 'G' ? 'difference' : 'score'
  const detail = (v: Indicator, kind: FigureKind) =>
    v.kind === 'none'
      ? v.reason === 'suppressed'
        ? m('cell.suppressed.detail', { minN: meta.thresholds.minN })
        : m('cell.missing')
      : m(v.status === 'low_reliability' ? 'cell.detail.thin' : 'cell.detail', {
          low: formatEstimate(v, kind, lang).low,
          high: formatEstimate(v, kind, lang).high,
          n: i18n.count(v.n),
        })
  const heatCell = (v: Indicator, steps: readonly ColorStep[], format: (x: IntervalFigure) => string, mark = '', kind = metricKind): HeatCell => {
    if (v.kind === 'none') return { text: v.reason === 'suppressed' ? m('cell.suppressed') : '—', detail: detail(v, kind), suppressed: v.reason === 'suppressed' }
    const step = stepOf(v.value, steps)
    return { text: `${format(v)}${mark}`, fill: step.fill, textColor: step.text, detail: detail(v, kind), lowReliability: v.status === 'low_reliability' }
  }

  // findings
  const lower = comparisons.filter((c) => c.verdict === 'lower').map((c) => sectorName(c.sector))
  const higher = comparisons.filter((c) => c.verdict === 'higher').map((c) => sectorName(c.sector))
  const suppressed = comparisons.filter((c) => c.value.kind === 'none' && c.value.reason === 'suppressed').map((c) => sectorName(c.sector))
  const findings = [
    ...(lower.length > 0 ? [m('findings.lower', { metric: metricLabel(metric), sectors: formatList(lower, lang) })] : []),
    ...(higher.length > 0 ? [m('findings.higher', { metric: metricLabel(metric), sectors: formatList(higher, lang) })] : []),
    ...(lower.length === 0 && higher.length === 0 ? [m('findings.none', { metric: metricLabel(metric) })] : []),
    ...(suppressed.length > 0 ? [m('findings.suppressed', { sectors: formatList(suppressed, lang) })] : []),
  ]

  // difference chart
  const diffs = comparisons.flatMap((c) => (c.diff.kind === 'score' ? [Math.abs(c.diff.ciLow), Math.abs(c.diff.ciHigh)] : []))
  const diffAxis = niceTicks([...diffs, 0.5], { symmetric: true })
  const verdictColor: Record<Verdict, string> = { higher: '#0072B2', lower: '#D55E00', similar: '#595959', unknown: '#595959' }
  const verdictText: Record<Verdict, string> = { higher: PILLAR_TEXT.technological, lower: PILLAR_TEXT.social, similar: '#1a1a1a', unknown: '#1a1a1a' }
  const diffRows: IntervalRow[] = comparisons.map((c) => ({
    id: c.sector,
    label: sectorName(c.sector),
    color: verdictColor[c.verdict],
    textColor: verdictText[c.verdict],
    shape: c.verdict === 'lower' ? 'square' : c.verdict === 'higher' ? 'circle' : 'diamond',
    ...(c.diff.kind === 'score'
      ? {
          value: c.diff.value,
          ciLow: c.diff.ciLow,
          ciHigh: c.diff.ciHigh,
          lowReliability: c.diff.status === 'low_reliability',
          text: `${formatDiff(c.diff, lang)} · ${m(`verdict.${c.verdict}` as M)}`,
        }
      : { missingText: c.diff.reason === 'suppressed' ? m('cell.suppressed') : m('cell.missing') }),
  }))
  const differing = comparisons.filter((c) => c.verdict === 'higher' || c.verdict === 'lower').length
  const diffTitle = differing > 0 ? m('diff.title.some', { count: differing, total: comparisons.length }) : m('diff.title.none')
  const refValue = metricOf(reference, metric)

  // heatmap
  const lowest = commonLowest(units)
  const heatTitle = lowest ? m('heatmap.title.clear', { count: lowest.count, total: units.size, dimension: dimLabel(lowest.dimension) }) : m('heatmap.title')

  // balance map
  const points = comparisons.flatMap((c) => {
    const tt = c.unit.technological
    const ss = c.unit.social
    if (tt.kind === 'none' || ss.kind === 'none') return []
    return [
      {
        id: c.sector,
        label: c.sector,
        x: tt.value,
        y: ss.value,
        errX: [tt.value - tt.ciLow, tt.ciHigh - tt.value] as [number, number],
        errY: [ss.value - ss.ciLow, ss.ciHigh - ss.value] as [number, number],
        lowReliability: tt.status === 'low_reliability' || ss.status === 'low_reliability',
      },
    ]
  })

  // matrix
  const national = unitsBy(qn.data.rows, ['sector'])
  const cells = matrixCells(qm.data.rows, national, metric)
  const cellOf = new Map(cells.map((c) => [`${c.region}|${c.sector}`, c]))
  const provinces = meta.regions.filter((r) => r.kind === 'province').map((r) => r.code)
  const clearlyLower = cells.filter((c) => c.verdict === 'lower').length
  const matrixTitle = clearlyLower > 0 ? m('matrix.title.some', { count: clearlyLower }) : m('matrix.title.none')
  const valueFor = (c: MatrixCell | undefined) => (c && c.value.kind === 'score' ? c.value.value : undefined)
  const sortedProvinces = [...provinces].sort((a, b) => {
    const dir = sort.direction === 'ascending' ? 1 : -1
    if (sort.column === 'label') return regionName(a).localeCompare(regionName(b), lang) * dir
    const va = valueFor(cellOf.get(`${a}|${sort.column}`))
    const vb = valueFor(cellOf.get(`${b}|${sort.column}`))
    if (va === undefined) return 1
    if (vb === undefined) return -1
    return (va - vb) * dir
  })
  const steps = metric === 'G' ? DIVERGING_STEPS : MATURITY_STEPS

  return (
    <div className="view" aria-busy={stale}>
      <p className="lead">{m('lead')}</p>
      <div className="focus-bar">
        <div role="group" aria-labelledby="sector-level-label" className="focus-group">
          <span id="sector-level-label" className="focus-label">
            {m('level')}:
          </span>
          {SECTOR_LEVELS.map((l) => (
            <button key={l} type="button" className="chip" aria-pressed={level === l} onClick={() => go({ ...state, level: l })}>
              {levelLabel(l)}
            </button>
          ))}
        </div>
        <label className="focus-group">
          <span className="focus-label">{m('metric')}:</span>
          <select value={metric} onChange={(e) => go(withExtra(state, { maat: e.currentTarget.value === 'R' ? undefined : e.currentTarget.value }))}>
            {METRICS.map((x) => (
              <option key={x} value={x}>
                {metricLabel(x)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="chart-note">{m('nationalNote')}</p>

      <section className="findings" aria-labelledby="sector-findings">
        <h2 id="sector-findings">{m('findings.title')}</h2>
        <p>{m('findings.level', { level: levelPhrase(level, lang), year: state.year })}</p>
        <ul>
          {findings.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </section>

      <ChartFrame
        title={diffTitle}
        subtitle={m('diff.subtitle', { reference: refValue.kind === 'score' ? fmt(refValue) : '—', metric: metricLabel(metric), filters })}
        chartLabel={`${diffTitle}. ${diffRows.map((r) => `${r.label}: ${r.text ?? r.missingText}`).join('; ')}.`}
        chart={<IntervalPlot rows={diffRows} domain={diffAxis.domain} ticks={diffAxis.ticks} formatTick={(v) => formatTick(v, lang, diffAxis.digits, true)} reference={0} rowHeight={30} />}
        source={source}
        csv={{
          columns: [
            { header: m('table.sector') },
            { header: metricLabel(metric), digits: metric === 'G' ? 1 : 1 },
            { header: m('table.diff'), digits: 2 },
            { header: t('table.ciLow'), digits: 2 },
            { header: t('table.ciHigh'), digits: 2 },
            { header: t('table.n') },
            { header: m('table.verdict') },
          ],
          rows: comparisons.map((c) => [
            sectorName(c.sector),
            csvFigure(c.value, metricKind),
            ...csvEstimate(c.diff, 'difference'),
            c.value.kind === 'score' ? c.value.n : null,
            c.value.kind === 'none' ? detail(c.value, metricKind) : m(`verdict.${c.verdict}` as M),
          ]),
        }}
        table={
          <table>
            <caption>{diffTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m('table.sector')}</th>
                <th scope="col">{metricLabel(metric)}</th>
                <th scope="col">{m('table.diff')}</th>
                <th scope="col">{t('table.ci')}</th>
                <th scope="col">{t('table.n')}</th>
                <th scope="col">{m('table.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {comparisons.map((c) => (
                <tr key={c.sector}>
                  <th scope="row">{sectorName(c.sector)}</th>
                  <td className="num">{c.value.kind === 'score' ? fmt(c.value) : '—'}</td>
                  <td className="num">{c.diff.kind === 'score' ? formatDiff(c.diff, lang) : '—'}</td>
                  <td className="num">{c.diff.kind === 'score' ? formatInterval(c.diff, 'difference', lang) : '—'}</td>
                  <td className="num">{c.value.kind === 'score' ? i18n.count(c.value.n) : '—'}</td>
                  <td>{c.value.kind === 'none' ? detail(c.value, metricKind) : m(`verdict.${c.verdict}` as M)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFrame
        title={heatTitle}
        subtitle={m('heatmap.subtitle', { filters })}
        chartLabel={heatTitle}
        interactive
        chart={
          <Heatmap
            caption={m('heatmap.caption')}
            corner={m('heatmap.corner')}
            columns={DIMENSIONS.map((d) => ({ id: d, label: d, title: dimLabel(d) }))}
            rows={comparisons.map((c) => ({
              id: c.sector,
              label: sectorName(c.sector),
              cells: DIMENSIONS.map((d) => heatCell(c.unit.dimensions[d] ?? { kind: 'none', reason: 'missing' }, MATURITY_STEPS, i18n.score, '', 'score')),
            }))}
          />
        }
        legend={<ColorLegend steps={MATURITY_STEPS} format={i18n.score} extra={m('legend.thin')} suppressed={t('legend.suppressed')} />}
        source={source}
        csv={{
          columns: [{ header: m('table.sector') }, ...DIMENSIONS.map((d) => ({ header: `${d} ${dimLabel(d)}`, digits: 1 }))],
          rows: comparisons.map((c) => [sectorName(c.sector), ...DIMENSIONS.map((d) => {
            return csvFigure(c.unit.dimensions[d], 'score')
          })]),
        }}
        table={
          <table>
            <caption>{heatTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m('table.sector')}</th>
                {DIMENSIONS.map((d) => (
                  <th key={d} scope="col">
                    {d} {dimLabel(d)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparisons.map((c) => (
                <tr key={c.sector}>
                  <th scope="row">{sectorName(c.sector)}</th>
                  {DIMENSIONS.map((d) => {
                    const v = c.unit.dimensions[d] ?? { kind: 'none' as const, reason: 'missing' as const }
                    return (
                      <td key={d} className="num">
                        {v.kind === 'score' ? i18n.score(v) : '—'}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFrame
        title={m('balance.title')}
        subtitle={m('balance.subtitle', { level: levelLabel(level), year: state.year, filters })}
        chartLabel={`${m('balance.title')} ${points.map((p) => `${sectorName(p.id)}: T ${i18n.score(p.x)}, S ${i18n.score(p.y)}`).join('; ')}`}
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
        notes={<p className="chart-note">{t('overview.balance.diagonal')}</p>}
        source={source}
        table={
          <table>
            <caption>{m('balance.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{m('table.sector')}</th>
                <th scope="col">T</th>
                <th scope="col">S</th>
                <th scope="col">{t('table.balance')}</th>
              </tr>
            </thead>
            <tbody>
              {comparisons.map((c) => (
                <tr key={c.sector}>
                  <th scope="row">{sectorName(c.sector)}</th>
                  <td className="num">{c.unit.technological.kind === 'score' ? i18n.score(c.unit.technological) : '—'}</td>
                  <td className="num">{c.unit.social.kind === 'score' ? i18n.score(c.unit.social) : '—'}</td>
                  <td>{t(`balance.${c.unit.balance}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFrame
        title={matrixTitle}
        subtitle={m('matrix.subtitle', { metric: metricLabel(metric), level: levelLabel(level), year: state.year, sectors: sectorWords(state, meta, lang) })}
        chartLabel={matrixTitle}
        interactive
        chart={
          <Heatmap
            caption={m('matrix.caption', { metric: metricLabel(metric) })}
            corner={m('matrix.corner')}
            columns={sectorCodes.map((s) => ({ id: s, label: s, title: sectorName(s) }))}
            rows={sortedProvinces.map((p) => ({
              id: p,
              label: regionName(p),
              highlight: state.regions.includes(p),
              cells: sectorCodes.map((s) => {
                const c = cellOf.get(`${p}|${s}`)
                const mark = c?.verdict === 'lower' ? ' ▼' : c?.verdict === 'higher' ? ' ▲' : ''
                const cell = heatCell(c?.value ?? { kind: 'none', reason: 'missing' }, steps, fmt, mark)
                const verdictWords = c?.verdict === 'lower' ? `, ${m('matrix.lower')}` : c?.verdict === 'higher' ? `, ${m('matrix.higher')}` : ''
                return { ...cell, detail: `${regionName(p)}, ${sectorName(s)}: ${cell.detail}${verdictWords}` }
              }),
            }))}
            sort={sort}
            onSort={(column) =>
              setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }))
            }
            sortLabel={(column) => m('matrix.sortBy', { column: column === 'label' ? m('matrix.corner') : sectorName(column) })}
          />
        }
        legend={
          <>
            <ColorLegend steps={steps} format={fmt} extra={m('legend.thin')} suppressed={t('legend.suppressed')} />
            <p className="chart-note">{m('matrix.legend')}</p>
          </>
        }
        notes={state.regions.length > 0 ? <p className="chart-note">{regionWords(state, meta, lang)}</p> : undefined}
        source={source}
        csv={{
          columns: [{ header: m('matrix.corner') }, ...sectorCodes.map((sc) => ({ header: sectorName(sc), digits: 1 }))],
          rows: sortedProvinces.map((p) => [regionName(p), ...sectorCodes.map((sc) => {
            return csvFigure(cellOf.get(`${p}|${sc}`)?.value, metricKind)
          })]),
        }}
        table={
          <table>
            <caption>{matrixTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m('matrix.corner')}</th>
                {sectorCodes.map((s) => (
                  <th key={s} scope="col">
                    {sectorName(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sortedProvinces.map((p) => (
                <tr key={p}>
                  <th scope="row">{regionName(p)}</th>
                  {sectorCodes.map((s) => {
                    const v = cellOf.get(`${p}|${s}`)?.value
                    return (
                      <td key={s} className="num">
                        {v && v.kind === 'score' ? fmt(v) : v && v.reason === 'suppressed' ? m('cell.suppressed') : '—'}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  )
}

function ColorLegend({ steps, format, extra, suppressed }: { steps: readonly ColorStep[]; format: (v: number) => string; extra: string; suppressed: string }) {
  return (
    <ul className="color-legend">
      {steps.map((s, i) => (
        <li key={s.fill}>
          <span className="color-swatch" style={{ background: s.fill }} aria-hidden="true" />
          {i === 0 ? `< ${format(steps[1].from)}` : i === steps.length - 1 ? `≥ ${format(s.from)}` : `${format(s.from)}–${format(steps[i + 1].from)}`}
        </li>
      ))}
      <li>
        <span className="color-swatch heat-swatch-suppressed" aria-hidden="true" />
        {suppressed}
      </li>
      <li>{extra}</li>
    </ul>
  )
}
