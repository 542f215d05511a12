/**
 * Level summaries from the API's rows, shared by every view that shows the four levels: the rows
 * of one year, and the sub-national and national answers summarised together. Pure.
 */
import type { ScoreRow } from '../api/client'
import { LEVELS, type Lang, type Level } from '../domain/framework'
import { formatScore } from '../domain/format'
import { coherence, summariseLevels, type LevelSummary } from '../domain/indices'
import type { IntervalRow } from '../charts/IntervalPlot'

export function rowsOfYear(rows: readonly ScoreRow[], year: number): ScoreRow[] {
  return rows.filter((r) => r.year === year)
}

/** The four levels in one year: sub-national rows (under the filters) and national rows (the Netherlands). */
export function levelSummaries(subnational: readonly ScoreRow[], national: readonly ScoreRow[], year: number): LevelSummary[] {
  return summariseLevels([...rowsOfYear(subnational, year), ...rowsOfYear(national, year)], LEVELS)
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
