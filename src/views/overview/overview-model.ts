/** From API answers to what the overview shows: level summaries, findings and chart rows. Pure. */
import type { ScoresQuery, ScoreRow } from '../../contract/v1'
import { DIMENSIONS, LEVELS, PILLAR_INFO, type Dimension, type Lang, type Level } from '../../domain/framework'
import { overviewFindings, levelPhrase } from '../../domain/findings'
import { formatScore } from '../../domain/format'
import { coherence, summariseLevels, type Indicator, type LevelSummary, type Score } from '../../domain/indices'
import type { DotPlotRow, DotPlotValue } from '../../charts/PillarDotPlot'
import type { BalancePath, BalancePoint } from '../../charts/BalanceMap'
import type { IntervalRow } from '../../charts/IntervalPlot'
import { PILLAR_COLOR, PILLAR_TEXT } from '../../charts/colors'
import type { ViewState } from '../../app/url-state'

export const SUBNATIONAL: Level[] = ['individual', 'organisational', 'regional_sectoral']

/** Sub-national levels under the region and sector filters, every year (the year is picked locally). */
export function subnationalQuery(s: Pick<ViewState, 'regions' | 'sectors'>): ScoresQuery {
  return {
    level: SUBNATIONAL,
    ...(s.regions.length > 0 ? { region: s.regions } : {}),
    ...(s.sectors.length > 0 ? { sector: s.sectors } : {}),
    by: ['level', 'dimension', 'year'],
  }
}

/** The national level: always the Netherlands as a whole, no province or sector filter. */
export function nationalQuery(): ScoresQuery {
  return { level: ['national'], region: ['NL'], by: ['level', 'dimension', 'year'] }
}

/** Per selected province, for the balance map when several are selected. */
export function perRegionQuery(s: Pick<ViewState, 'regions' | 'sectors' | 'year'>): ScoresQuery {
  return {
    level: SUBNATIONAL,
    region: s.regions,
    ...(s.sectors.length > 0 ? { sector: s.sectors } : {}),
    year: [s.year],
    by: ['level', 'dimension', 'region'],
  }
}

export function rowsOfYear(rows: readonly ScoreRow[], year: number): ScoreRow[] {
  return rows.filter((r) => r.year === year)
}

export function levelSummaries(subnational: readonly ScoreRow[], national: readonly ScoreRow[], year: number): LevelSummary[] {
  return summariseLevels([...rowsOfYear(subnational, year), ...rowsOfYear(national, year)], LEVELS)
}

export function hasAnyData(levels: readonly LevelSummary[]): boolean {
  return levels.some((l) => Object.values(l.dimensions).some((d) => d?.kind === 'score'))
}

function dotValue(i: Indicator, lang: Lang): DotPlotValue | undefined {
  if (i.kind === 'none') return undefined
  return { value: i.value, ciLow: i.ciLow, ciHigh: i.ciHigh, lowReliability: i.status === 'low_reliability', text: formatScore(i, lang) }
}

/** Rows top to bottom: national first, individual last (the ladder is read from the top). */
export function levelDotRows(
  levels: readonly LevelSummary[],
  labelOf: (l: Level) => string,
  lang: Lang,
  missingText: (reason: 'suppressed' | 'missing') => string,
): DotPlotRow[] {
  return [...levels].reverse().map((l) => {
    const none = [l.technological, l.social].find((x) => x.kind === 'none')
    return {
      id: l.level,
      label: labelOf(l.level),
      technological: dotValue(l.technological, lang),
      social: dotValue(l.social, lang),
      missingText: none && none.kind === 'none' ? missingText(none.reason) : undefined,
    }
  })
}

/** The pillar chart's takeaway: the level with the largest clear gap, or balance everywhere. */
export function levelsTakeaway(
  levels: readonly LevelSummary[],
  lang: Lang,
): { key: 'gap'; level: string; side: 'technology' | 'social' } | { key: 'balanced' | 'default' } {
  const clear = levels.filter((l) => l.balance === 'tech_led' || l.balance === 'social_led')
  if (clear.length > 0) {
    const top = clear.reduce((a, b) => (Math.abs((b.gap as Score).value) > Math.abs((a.gap as Score).value) ? b : a))
    return { key: 'gap', level: levelPhrase(top.level, lang), side: top.balance === 'tech_led' ? 'technology' : 'social' }
  }
  if (levels.every((l) => l.balance === 'balanced')) return { key: 'balanced' }
  return { key: 'default' }
}

/** Readiness per level (national on top), the weakest highlighted when it is clearly the weakest. */
export function readinessRows(
  levels: readonly LevelSummary[],
  labelOf: (l: Level) => string,
  lang: Lang,
  missingText: (reason: 'suppressed' | 'missing') => string,
): IntervalRow[] {
  const c = coherence(levels)
  return [...levels].reverse().map((l) => {
    const r = l.readiness
    return {
      id: l.level,
      label: labelOf(l.level),
      color: '#1a1a1a',
      textColor: '#1a1a1a',
      shape: 'diamond' as const,
      highlight: c.weakestIsClear && c.weakest === l.level,
      ...(r.kind === 'score'
        ? { value: r.value, ciLow: r.ciLow, ciHigh: r.ciHigh, text: formatScore(r, lang), lowReliability: r.status === 'low_reliability' }
        : { missingText: missingText(r.reason) }),
    }
  })
}

/** T × S points, one per level, with CI whiskers. */
export function balancePoints(levels: readonly LevelSummary[], labelOf: (l: Level) => string, focus?: Level, prefix = ''): BalancePoint[] {
  return levels.flatMap((l) => {
    const t = l.technological
    const s = l.social
    if (t.kind === 'none' || s.kind === 'none') return []
    return [
      {
        id: `${prefix}${l.level}`,
        label: `${prefix ? `${prefix} · ` : ''}${labelOf(l.level)}`,
        x: t.value,
        y: s.value,
        errX: [t.value - t.ciLow, t.ciHigh - t.value] as [number, number],
        errY: [s.value - s.ciLow, s.ciHigh - s.value] as [number, number],
        highlight: focus === l.level,
        lowReliability: t.status === 'low_reliability' || s.status === 'low_reliability',
      },
    ]
  })
}

/** A path point with the two scores it stands for (printed by the rounding rule in its table and CSV). */
export type ScoredPathPoint = BalancePath['points'][number] & { t: Score; s: Score }
export type ScoredBalancePath = Omit<BalancePath, 'points'> & { points: ScoredPathPoint[] }

/** The path of each level through the T × S plane, first year to the chosen year. Missing years stay gaps. */
export function balancePaths(
  subnational: readonly ScoreRow[],
  national: readonly ScoreRow[],
  years: readonly number[],
  upTo: number,
  focus?: Level,
): ScoredBalancePath[] {
  const span = years.filter((y) => y <= upTo)
  const byYear = span.map((y) => ({ year: y, levels: levelSummaries(subnational, national, y) }))
  const levels = focus ? [focus] : LEVELS
  return levels.map((level) => {
    const pts = byYear.flatMap(({ year, levels: ls }) => {
      const l = ls.find((x) => x.level === level)!
      if (l.technological.kind === 'none' || l.social.kind === 'none') return []
      return [{ year, x: l.technological.value, y: l.social.value, t: l.technological, s: l.social }]
    })
    return {
      id: level,
      highlight: focus === level,
      points: pts.map((p, i) => ({ ...p, label: i === 0 && pts.length > 1 ? String(p.year) : undefined })),
    }
  })
}

/** One panel per level (or only the focused level): the nine dimensions grouped by pillar. */
export function dimensionPanels(
  levels: readonly LevelSummary[],
  dimLabel: (d: Dimension) => string,
  pillarLabel: (p: 'technological' | 'social') => string,
  lang: Lang,
  missingText: (reason: 'suppressed' | 'missing') => string,
  focusLevel?: Level,
  focusDimension?: Dimension,
): { level: Level; rows: IntervalRow[] }[] {
  const shown = focusLevel ? levels.filter((l) => l.level === focusLevel) : levels
  return shown.map((l) => ({
    level: l.level,
    rows: DIMENSIONS.map((d) => {
      const pillar = d.startsWith('T') ? ('technological' as const) : ('social' as const)
      const v = l.dimensions[d] ?? { kind: 'none' as const, reason: 'missing' as const }
      return {
        id: d,
        label: dimLabel(d),
        color: PILLAR_COLOR[pillar],
        textColor: PILLAR_TEXT[pillar],
        shape: pillar === 'technological' ? ('circle' as const) : ('square' as const),
        dashed: pillar === 'social',
        highlight: focusDimension === d,
        groupStart: PILLAR_INFO[pillar].dimensions[0] === d ? pillarLabel(pillar) : undefined,
        ...(v.kind === 'score'
          ? { value: v.value, ciLow: v.ciLow, ciHigh: v.ciHigh, text: formatScore(v, lang), lowReliability: v.status === 'low_reliability' }
          : { missingText: missingText(v.reason) }),
      }
    }),
  }))
}

export { overviewFindings }
