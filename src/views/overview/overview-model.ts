/** From API answers to what the overview shows: level summaries, findings and chart rows. Pure. */
import type { ScoreRow } from '../../api/client'
import { DIMENSIONS, LEVELS, PILLAR_INFO, type Dimension, type Lang, type Level } from '../../domain/framework'
import { overviewFindings } from '../../domain/findings'
import { formatScore } from '../../domain/format'
import type { Indicator, LevelSummary, Score } from '../../domain/indices'
import { levelSummaries, readinessRows, rowsOfYear } from '../../kit/levels'
import type { DotPlotRow, DotPlotValue } from '../../charts/PillarDotPlot'
import type { BalancePath, BalancePoint } from '../../charts/BalanceMap'
import type { IntervalRow } from '../../charts/IntervalPlot'
import { PILLAR_COLOR, PILLAR_TEXT } from '../../charts/colors'

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

export { overviewFindings, levelSummaries, readinessRows, rowsOfYear }
