import { useQuery } from '@tanstack/react-query'
import { scoresQuery } from '../../api/queries'
import type { MetaResponse } from '../../contract/v1'
import type { Level } from '../../domain/framework'
import { formatNumber } from '../../domain/format'
import type { Indicator } from '../../domain/indices'
import { ChartFrame } from '../../charts/ChartFrame'
import { PillarDotPlot } from '../../charts/PillarDotPlot'
import { PillarLegend } from '../../charts/PillarLegend'
import { EmptyState, ErrorState, LoadingState } from '../../components/ErrorState'
import { useI18n } from '../../i18n/i18n'
import { selectionWords, subjectWords } from '../../app/selection'
import type { ViewState } from '../../app/url-state'
import { hasAnyData, levelDotRows, levelSummaries, levelsTakeaway, nationalQuery, overviewFindings, subnationalQuery } from './overview-model'

export default function OverviewView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const i18n = useI18n()
  const { t, lang, label } = i18n
  const sub = useQuery(scoresQuery(subnationalQuery(state)))
  const nat = useQuery(scoresQuery(nationalQuery(state)))

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
  if (!sub.data || !nat.data) return <LoadingState lines={5} />

  const levels = levelSummaries(sub.data.rows, nat.data.rows)
  if (!hasAnyData(levels)) return <EmptyState />

  const levelLabel = (l: Level) => label(meta.levels.find((x) => x.id === l)!.label)
  const subject = subjectWords(state, meta, lang)
  const findings = overviewFindings(subject, levels, lang)
  const take = levelsTakeaway(levels, lang)
  const title =
    take.key === 'gap'
      ? t('overview.levels.title.gap', { level: take.level, side: t(take.side === 'technology' ? 'side.technology' : 'side.social') })
      : t(take.key === 'balanced' ? 'overview.levels.title.balanced' : 'overview.levels.title.default')
  const rows = levelDotRows(levels, levelLabel, lang, (reason) => t(reason === 'suppressed' ? 'status.suppressed' : 'status.missing'))
  const scaleLabels = meta.scale.map((s) => label(s.label))
  const ns = [...sub.data.rows, ...nat.data.rows].flatMap((r) => (r.status === 'suppressed' ? [] : [r.n]))
  const stale = sub.isPlaceholderData || nat.isPlaceholderData

  const statusText = (i: Indicator) =>
    i.kind === 'none' ? t(i.reason === 'suppressed' ? 'status.suppressed' : 'status.missing') : i.status === 'low_reliability' ? t('status.lowReliability') : ''
  const cell = (i: Indicator, f: (s: Extract<Indicator, { kind: 'score' }>) => string) => (i.kind === 'score' ? f(i) : '—')

  return (
    <div className="view" aria-busy={stale}>
      <section className="findings" aria-labelledby="findings-title">
        <h2 id="findings-title">{t('overview.findings')}</h2>
        <ul>
          {findings.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </section>
      <ChartFrame
        title={title}
        subtitle={t('overview.levels.subtitle', { filters: selectionWords(state, meta, lang) })}
        chartLabel={`${title}. ${findings.join(' ')}`}
        chart={<PillarDotPlot rows={rows} scaleLabels={scaleLabels} />}
        legend={<PillarLegend showSuppressed={rows.some((r) => r.missingText)} />}
        notes={<p className="chart-note">{t('overview.national.note')}</p>}
        source={label(meta.dataset.source)}
        nNote={ns.length > 0 ? t('chart.nRange', { min: i18n.count(Math.min(...ns)), max: i18n.count(Math.max(...ns)) }) : undefined}
        table={
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.level')}</th>
                <th scope="col">{t('table.pillar')}</th>
                <th scope="col">{t('table.score')}</th>
                <th scope="col">{t('table.ci')}</th>
                <th scope="col">{t('table.n')}</th>
                <th scope="col">{t('table.status')}</th>
              </tr>
            </thead>
            <tbody>
              {levels.flatMap((l) =>
                (['technological', 'social'] as const).map((p) => {
                  const v = l[p]
                  return (
                    <tr key={`${l.level}-${p}`}>
                      <th scope="row">{levelLabel(l.level)}</th>
                      <td>{label(meta.pillars.find((x) => x.id === p)!.label)}</td>
                      <td className="num">{cell(v, (s) => i18n.score(s.value))}</td>
                      <td className="num">{cell(v, (s) => `${formatNumber(s.ciLow, lang, 2)} – ${formatNumber(s.ciHigh, lang, 2)}`)}</td>
                      <td className="num">{cell(v, (s) => i18n.count(s.n))}</td>
                      <td>{statusText(v)}</td>
                    </tr>
                  )
                }),
              )}
            </tbody>
          </table>
        }
      />
    </div>
  )
}
