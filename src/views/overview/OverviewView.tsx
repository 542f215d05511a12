import { useQuery } from '@tanstack/react-query'
import { scoresQuery } from '../../api/queries'
import type { MetaResponse, ScoreRow } from '../../contract/v1'
import { DIMENSIONS, LEVELS, type Dimension, type Level } from '../../domain/framework'
import { levelPhrase } from '../../domain/findings'
import { csvEstimate, csvFigure } from '../../domain/csv-export'
import { formatInterval, formatNumber, formatScore, type FigureKind } from '../../domain/format'
import { lowestShown, coherence, summariseLevels, type Indicator, type LevelSummary } from '../../domain/indices'
import { BalanceMap } from '../../charts/BalanceMap'
import { ChartFrame } from '../../charts/ChartFrame'
import { IntervalPlot } from '../../charts/IntervalPlot'
import { PillarDotPlot } from '../../charts/PillarDotPlot'
import { PillarLegend } from '../../charts/PillarLegend'
import { EmptyState, ErrorState, LoadingState } from '../../components/ErrorState'
import { useI18n, type I18n } from '../../i18n/i18n'
import { navigate } from '../../app/location'
import { selectionWords, subjectWords } from '../../app/selection'
import { hrefOf, type ViewState } from '../../app/url-state'
import { YearComparison } from '../trends/YearComparison'
import { SelfscanInvite } from '../selfscan/SelfscanInvite'
import {
  balancePaths,
  balancePoints,
  dimensionPanels,
  hasAnyData,
  levelDotRows,
  levelSummaries,
  levelsTakeaway,
  nationalQuery,
  overviewFindings,
  perRegionQuery,
  readinessRows,
  subnationalQuery,
  SUBNATIONAL,
} from './overview-model'

interface Ctx {
  state: ViewState
  meta: MetaResponse
  i18n: I18n
  levels: LevelSummary[]
  levelLabel: (l: Level) => string
  dimLabel: (d: Dimension) => string
  missing: (reason: 'suppressed' | 'missing') => string
  filters: string
  source: string
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export default function OverviewView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const i18n = useI18n()
  const { t, lang, label } = i18n
  const sub = useQuery(scoresQuery(subnationalQuery(state)))
  const nat = useQuery(scoresQuery(nationalQuery()))
  const several = state.regions.length > 1
  const perRegion = useQuery({ ...scoresQuery(perRegionQuery(state)), enabled: several })

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

  const levels = levelSummaries(sub.data.rows, nat.data.rows, state.year)
  if (!hasAnyData(levels)) return <EmptyState />

  const ctx: Ctx = {
    state,
    meta,
    i18n,
    levels,
    levelLabel: (l) => label(meta.levels.find((x) => x.id === l)!.label),
    dimLabel: (d) => label(meta.dimensions.find((x) => x.id === d)!.label),
    missing: (reason) => t(reason === 'suppressed' ? 'status.suppressed' : 'status.missing'),
    filters: selectionWords(state, meta, lang),
    source: label(meta.dataset.source),
  }
  const findings = overviewFindings(subjectWords(state, meta, lang), levels, lang)
  const stale = sub.isPlaceholderData || nat.isPlaceholderData

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
      <SelfscanInvite state={state} />
      <FocusBar ctx={ctx} />
      <YearComparison state={state} meta={meta} />
      <div className="grid-2">
        <LadderFrame ctx={ctx} />
        <PillarFrame ctx={ctx} rows={[...sub.data.rows, ...nat.data.rows]} />
      </div>
      <BalanceFrame ctx={ctx} sub={sub.data.rows} nat={nat.data.rows} perRegion={several ? perRegion.data?.rows : undefined} />
      <ProfileFrame ctx={ctx} />
    </div>
  )
}

function FocusBar({ ctx }: { ctx: Ctx }) {
  const { state, i18n, levelLabel, dimLabel } = ctx
  const { t } = i18n
  const go = (patch: Partial<ViewState>) => navigate(hrefOf({ ...state, ...patch }), { replace: false })
  return (
    <div className="focus-bar">
      <div role="group" aria-labelledby="focus-level-label" className="focus-group">
        <span id="focus-level-label" className="focus-label">
          {t('focus.level')}:
        </span>
        {[undefined, ...LEVELS].map((l) => (
          <button
            key={l ?? 'all'}
            type="button"
            className="chip"
            aria-pressed={state.level === l}
            onClick={() => go({ level: l })}
          >
            {l ? levelLabel(l) : t('focus.all.levels')}
          </button>
        ))}
      </div>
      <label className="focus-group">
        <span className="focus-label">{t('focus.dimension')}:</span>
        <select value={state.dimension ?? ''} onChange={(e) => go({ dimension: (e.currentTarget.value || undefined) as Dimension | undefined })}>
          <option value="">{t('focus.all.dimensions')}</option>
          {DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {d} · {dimLabel(d)}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

const statusText = (i: Indicator, ctx: Ctx) =>
  i.kind === 'none' ? ctx.missing(i.reason) : i.status === 'low_reliability' ? ctx.i18n.t('status.lowReliability') : ''
const cell = (i: Indicator, f: (s: Extract<Indicator, { kind: 'score' }>) => string) => (i.kind === 'score' ? f(i) : '—')
/** value, CI low, CI high for a CSV row (empty when there is no value) */
const scoreCsv = (i: Indicator, kind: FigureKind = 'score') => csvEstimate(i, kind)
const ci = (s: Extract<Indicator, { kind: 'score' }>, lang: 'nl' | 'en', kind: FigureKind = 'score') => formatInterval(s, kind, lang)

function nRange(rows: readonly ScoreRow[], ctx: Ctx): string | undefined {
  const ns = rows.flatMap((r) => (r.status === 'suppressed' || (r.year !== undefined && r.year !== ctx.state.year) ? [] : [r.n]))
  if (ns.length === 0) return undefined
  return ctx.i18n.t('chart.nRange', { min: ctx.i18n.count(Math.min(...ns)), max: ctx.i18n.count(Math.max(...ns)) })
}

function LadderFrame({ ctx }: { ctx: Ctx }) {
  const { i18n, levels, levelLabel, state } = ctx
  const { t, lang } = i18n
  const c = coherence(levels)
  const title =
    c.weakestIsClear && c.weakest
      ? t('overview.ladder.title.weakest', { level: capitalise(levelPhrase(c.weakest, lang)) })
      : t('overview.ladder.title.none')
  const rows = readinessRows(levels, levelLabel, lang, ctx.missing)
  return (
    <ChartFrame
      title={title}
      subtitle={t('overview.ladder.subtitle', { filters: ctx.filters })}
      chartLabel={`${title}. ${rows.map((r) => `${r.label}: ${r.text ?? r.missingText}`).join('; ')}`}
      chart={<IntervalPlot rows={rows} scaleLabels={ctx.meta.scale.map((s) => i18n.label(s.label))} rowHeight={48} labelWidth={undefined} />}
      notes={
        <>
          <ul className="ladder-balance">
            {[...levels].reverse().map((l) => (
              <li key={l.level} className={state.level === l.level ? 'is-focus' : undefined}>
                <span className="ladder-level">{levelLabel(l.level)}</span>
                <span className={`balance-chip balance-${l.balance}`}>
                  {t(`balance.${l.balance}`)}
                  {l.gap.kind === 'score' ? ` (T − S ${i18n.diff(l.gap)})` : ''}
                </span>
              </li>
            ))}
          </ul>
          {c.spread !== undefined ? <p className="chart-note">{t('overview.ladder.spread', { spread: formatScore(c.spread, lang) })}</p> : null}
          {c.unavailable.length > 0 ? (
            <p className="chart-note">{t('overview.ladder.unavailable', { levels: c.unavailable.map(levelLabel).join(', ') })}</p>
          ) : null}
          <p className="chart-note">{t('overview.national.note')}</p>
        </>
      }
      source={ctx.source}
      csv={{
        columns: [
          { header: t('table.level') },
          { header: t('table.readiness'), digits: 1 },
          { header: `${t('table.readiness')} ${t('table.ciLow')}`, digits: 2 },
          { header: `${t('table.readiness')} ${t('table.ciHigh')}`, digits: 2 },
          { header: t('table.gap'), digits: 1 },
          { header: `${t('table.gap')} ${t('table.ciLow')}`, digits: 2 },
          { header: `${t('table.gap')} ${t('table.ciHigh')}`, digits: 2 },
          { header: t('table.balance') },
        ],
        rows: levels.map((l) => [
          levelLabel(l.level),
          ...scoreCsv(l.readiness),
          ...scoreCsv(l.gap, 'difference'),
          t(`balance.${l.balance}`),
        ]),
      }}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.level')}</th>
              <th scope="col">{t('table.readiness')}</th>
              <th scope="col">{t('table.ci')}</th>
              <th scope="col">{t('table.gap')}</th>
              <th scope="col">{t('table.ci')}</th>
              <th scope="col">{t('table.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {levels.map((l) => (
              <tr key={l.level}>
                <th scope="row">{levelLabel(l.level)}</th>
                <td className="num">{cell(l.readiness, (s) => i18n.score(s))}</td>
                <td className="num">{cell(l.readiness, (s) => ci(s, lang))}</td>
                <td className="num">{cell(l.gap, (s) => i18n.diff(s))}</td>
                <td className="num">{cell(l.gap, (s) => ci(s, lang, 'difference'))}</td>
                <td>{t(`balance.${l.balance}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

function PillarFrame({ ctx, rows: apiRows }: { ctx: Ctx; rows: ScoreRow[] }) {
  const { i18n, levels, levelLabel } = ctx
  const { t, lang, label } = i18n
  const take = levelsTakeaway(levels, lang)
  const title =
    take.key === 'gap'
      ? t('overview.levels.title.gap', { level: take.level, side: t(take.side === 'technology' ? 'side.technology' : 'side.social') })
      : t(take.key === 'balanced' ? 'overview.levels.title.balanced' : 'overview.levels.title.default')
  const rows = levelDotRows(levels, levelLabel, lang, ctx.missing)
  return (
    <ChartFrame
      title={title}
      subtitle={t('overview.levels.subtitle', { filters: ctx.filters })}
      chartLabel={`${title}. ${rows.map((r) => `${r.label}: T ${r.technological?.text ?? r.missingText}, S ${r.social?.text ?? r.missingText}`).join('; ')}`}
      chart={
        <PillarDotPlot
          rows={rows}
          scaleLabels={ctx.meta.scale.map((s) => label(s.label))}
          pillarLabels={{ technological: t('legend.technological'), social: t('legend.social') }}
        />
      }
      legend={<PillarLegend showSuppressed={rows.some((r) => r.missingText)} />}
      source={ctx.source}
      nNote={nRange(apiRows, ctx)}
      csv={{
        columns: [
          { header: t('table.level') },
          { header: t('table.pillar') },
          { header: t('table.score'), digits: 1 },
          { header: t('table.ciLow'), digits: 2 },
          { header: t('table.ciHigh'), digits: 2 },
          { header: t('table.n') },
          { header: t('table.status') },
        ],
        rows: levels.flatMap((l) =>
          (['technological', 'social'] as const).map((p) => [
            levelLabel(l.level),
            label(ctx.meta.pillars.find((x) => x.id === p)!.label),
            ...scoreCsv(l[p]),
            l[p].kind === 'score' ? (l[p] as { n: number }).n : null,
            statusText(l[p], ctx),
          ]),
        ),
      }}
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
                    <td>{label(ctx.meta.pillars.find((x) => x.id === p)!.label)}</td>
                    <td className="num">{cell(v, (s) => i18n.score(s))}</td>
                    <td className="num">{cell(v, (s) => ci(s, lang))}</td>
                    <td className="num">{cell(v, (s) => i18n.count(s.n))}</td>
                    <td>{statusText(v, ctx)}</td>
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

function BalanceFrame({ ctx, sub, nat, perRegion }: { ctx: Ctx; sub: ScoreRow[]; nat: ScoreRow[]; perRegion?: ScoreRow[] }) {
  const { i18n, levels, levelLabel, state, meta } = ctx
  const { t, lang } = i18n
  const tech = levels.filter((l) => l.balance === 'tech_led').length
  const social = levels.filter((l) => l.balance === 'social_led').length
  const total = levels.length
  const title =
    tech === 0 && social === 0
      ? t('overview.balance.title.none')
      : tech >= social
        ? t('overview.balance.title.tech', { count: tech, total })
        : t('overview.balance.title.social', { count: social, total })
  let points = balancePoints(levels, levelLabel, state.level)
  if (perRegion && state.level && SUBNATIONAL.includes(state.level)) {
    points = state.regions.flatMap((code) => {
      const name = meta.regions.find((r) => r.code === code)?.label[lang] ?? code
      const mine = perRegion.filter((r) => r.region === code)
      return balancePoints(summariseLevels(mine, [state.level!]), levelLabel, undefined, name)
    })
  }
  const paths = balancePaths(sub, nat, meta.years, state.year, state.level)
  const first = meta.years[0]
  return (
    <ChartFrame
      title={title}
      subtitle={t('overview.balance.subtitle', { year: state.year, first, filters: ctx.filters })}
      chartLabel={`${title}. ${points.map((p) => `${p.label}: T ${formatScore({ value: p.x, ciLow: p.x - p.errX[0], ciHigh: p.x + p.errX[1] }, lang)}, S ${formatScore({ value: p.y, ciLow: p.y - p.errY[0], ciHigh: p.y + p.errY[1] }, lang)}`).join('; ')}`}
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
      notes={<p className="chart-note">{t('overview.balance.diagonal')}</p>}
      source={ctx.source}
      csv={{
        columns: [{ header: t('table.level') }, { header: t('table.year') }, { header: 'T', digits: 2 }, { header: 'S', digits: 2 }],
        rows: paths.flatMap((p) => p.points.map((q) => [levelLabel(p.id as Level), q.year, csvFigure(q.t, 'score'), csvFigure(q.s, 'score')])),
      }}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.level')}</th>
              <th scope="col">{t('table.year')}</th>
              <th scope="col">T</th>
              <th scope="col">S</th>
            </tr>
          </thead>
          <tbody>
            {paths.flatMap((p) =>
              p.points.map((q) => (
                <tr key={`${p.id}-${q.year}`}>
                  <th scope="row">{levelLabel(p.id as Level)}</th>
                  <td>{q.year}</td>
                  <td className="num">{formatScore(q.t, lang)}</td>
                  <td className="num">{formatScore(q.s, lang)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      }
    />
  )
}

function ProfileFrame({ ctx }: { ctx: Ctx }) {
  const { i18n, levels, levelLabel, dimLabel, state } = ctx
  const { t, lang, label } = i18n
  const panels = dimensionPanels(
    levels,
    dimLabel,
    (p) => label(ctx.meta.pillars.find((x) => x.id === p)!.label),
    lang,
    ctx.missing,
    state.level,
    state.dimension,
  )
  const candidates = (state.level ? levels.filter((l) => l.level === state.level) : levels)
    .map((l) => ({ level: l.level, lowest: lowestShown(l.dimensions) }))
    .filter((x) => x.lowest)
  const title = candidates[0]
    ? t('overview.profile.title.clear', { level: levelPhrase(candidates[0].level, lang), dimension: dimLabel(candidates[0].lowest!) })
    : t('overview.profile.title.none')
  const dimensionNote = state.dimension
    ? t('overview.profile.dimension', {
        dimension: dimLabel(state.dimension),
        values: levels
          .map((l) => {
            const v = l.dimensions[state.dimension!]
            return `${levelLabel(l.level)} ${v && v.kind === 'score' ? i18n.score(v) : ctx.missing(v?.kind === 'none' ? v.reason : 'missing')}`
          })
          .join(' · '),
      })
    : undefined
  return (
    <ChartFrame
      title={title}
      subtitle={t('overview.profile.subtitle', { filters: ctx.filters })}
      chartLabel={title}
      chart={
        <div className={`small-multiples ${panels.length === 1 ? 'single' : ''}`}>
          {panels.map((p) => (
            <div key={p.level} className="small-multiple">
              <h4>{levelLabel(p.level)}</h4>
              <IntervalPlot rows={p.rows} rowHeight={26} />
            </div>
          ))}
        </div>
      }
      legend={<PillarLegend showSuppressed={panels.some((p) => p.rows.some((r) => r.value === undefined))} />}
      notes={dimensionNote ? <p className="chart-note dimension-note">{dimensionNote}</p> : undefined}
      source={ctx.source}
      csv={{
        columns: [
          { header: t('table.level') },
          { header: t('table.dimension') },
          { header: t('table.score'), digits: 1 },
          { header: t('table.ciLow'), digits: 2 },
          { header: t('table.ciHigh'), digits: 2 },
          { header: t('table.n') },
          { header: t('table.status') },
        ],
        rows: levels.flatMap((l) =>
          DIMENSIONS.map((d) => {
            const v = l.dimensions[d] ?? { kind: 'none' as const, reason: 'missing' as const }
            return [levelLabel(l.level), dimLabel(d), ...scoreCsv(v), v.kind === 'score' ? v.n : null, statusText(v, ctx)]
          }),
        ),
      }}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.level')}</th>
              <th scope="col">{t('table.dimension')}</th>
              <th scope="col">{t('table.score')}</th>
              <th scope="col">{t('table.ci')}</th>
              <th scope="col">{t('table.n')}</th>
              <th scope="col">{t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {levels.flatMap((l) =>
              DIMENSIONS.map((d) => {
                const v = l.dimensions[d] ?? { kind: 'none' as const, reason: 'missing' as const }
                return (
                  <tr key={`${l.level}-${d}`}>
                    <th scope="row">{levelLabel(l.level)}</th>
                    <td>{dimLabel(d)}</td>
                    <td className="num">{cell(v, (s) => i18n.score(s))}</td>
                    <td className="num">{cell(v, (s) => ci(s, lang))}</td>
                    <td className="num">{cell(v, (s) => i18n.count(s.n))}</td>
                    <td>{statusText(v, ctx)}</td>
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
