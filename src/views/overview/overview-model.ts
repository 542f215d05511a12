/** From API answers to what the overview shows: level summaries, findings and chart rows. Pure. */
import type { ScoresQuery, ScoreRow } from '../../contract/v1'
import { LEVELS, type Lang, type Level } from '../../domain/framework'
import { overviewFindings, levelPhrase } from '../../domain/findings'
import { formatScore } from '../../domain/format'
import { summariseLevels, type Indicator, type LevelSummary, type Score } from '../../domain/indices'
import type { DotPlotRow, DotPlotValue } from '../../charts/PillarDotPlot'
import type { ViewState } from '../../app/url-state'

export const SUBNATIONAL: Level[] = ['individual', 'organisational', 'regional_sectoral']

/** Sub-national levels under the region and sector filters. */
export function subnationalQuery(s: Pick<ViewState, 'regions' | 'sectors' | 'year'>): ScoresQuery {
  return {
    level: SUBNATIONAL,
    ...(s.regions.length > 0 ? { region: s.regions } : {}),
    ...(s.sectors.length > 0 ? { sector: s.sectors } : {}),
    year: [s.year],
    by: ['level', 'dimension'],
  }
}

/** The national level: always the Netherlands as a whole, no province or sector filter. */
export function nationalQuery(s: Pick<ViewState, 'year'>): ScoresQuery {
  return { level: ['national'], region: ['NL'], year: [s.year], by: ['level', 'dimension'] }
}

export function levelSummaries(subnational: readonly ScoreRow[], national: readonly ScoreRow[]): LevelSummary[] {
  return summariseLevels([...subnational, ...national], LEVELS)
}

export function hasAnyData(levels: readonly LevelSummary[]): boolean {
  return levels.some((l) => Object.values(l.dimensions).some((d) => d?.kind === 'score'))
}

function dotValue(i: Indicator, lang: Lang): DotPlotValue | undefined {
  if (i.kind === 'none') return undefined
  return { value: i.value, ciLow: i.ciLow, ciHigh: i.ciHigh, lowReliability: i.status === 'low_reliability', text: formatScore(i.value, lang) }
}

/** Rows top to bottom: national first, individual last (the ladder is read from the top). */
export function levelDotRows(
  levels: readonly LevelSummary[],
  labelOf: (l: Level) => string,
  lang: Lang,
  missingText: (reason: 'suppressed' | 'missing') => string,
): DotPlotRow[] {
  return [...levels].reverse().map((l) => {
    const t = dotValue(l.technological, lang)
    const s = dotValue(l.social, lang)
    const none = [l.technological, l.social].find((x) => x.kind === 'none')
    return {
      id: l.level,
      label: labelOf(l.level),
      technological: t,
      social: s,
      missingText: none && none.kind === 'none' ? missingText(none.reason) : undefined,
    }
  })
}

/** The chart's takeaway: the level with the largest clear gap, or balance everywhere. */
export function levelsTakeaway(levels: readonly LevelSummary[], lang: Lang): { key: 'gap'; level: string; side: 'technology' | 'social' } | { key: 'balanced' | 'default' } {
  const clear = levels.filter((l) => l.balance === 'tech_led' || l.balance === 'social_led')
  if (clear.length > 0) {
    const top = clear.reduce((a, b) => (Math.abs((b.gap as Score).value) > Math.abs((a.gap as Score).value) ? b : a))
    return { key: 'gap', level: levelPhrase(top.level, lang), side: top.balance === 'tech_led' ? 'technology' : 'social' }
  }
  if (levels.every((l) => l.balance === 'balanced')) return { key: 'balanced' }
  return { key: 'default' }
}

export { overviewFindings }
