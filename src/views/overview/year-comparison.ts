/**
 * Comparing two years (?vergelijkjaar, read by the kit's compareYearParam): per level and
 * measure the value in both years and the change, called an increase or a decrease only when its
 * 95% CI excludes zero (src/domain/trends.ts). Pure.
 */
import type { Lang, Level } from '../../domain/framework'
import { formatDiff } from '../../domain/format'
import type { Indicator, LevelSummary } from '../../domain/indices'
import { changeBetween, type Change, type YearChange } from '../../domain/trends'
import type { DotRow } from '../../charts/DotIntervalPlot'
import { PILLAR_COLOR, PILLAR_TEXT } from '../../charts/colors'

export type YearMeasure = 'R' | 'T' | 'S'
export const YEAR_MEASURES: readonly YearMeasure[] = ['R', 'T', 'S']

export function measureOf(l: LevelSummary, m: YearMeasure): Indicator {
  return m === 'R' ? l.readiness : m === 'T' ? l.technological : l.social
}

export interface TwoYearRow {
  level: Level
  measure: YearMeasure
  from: Indicator
  to: Indicator
  change: YearChange
}

/** R, T and S per level in both years, levels in the order given (the overview reads national first). */
export function twoYearRows(fromLevels: readonly LevelSummary[], toLevels: readonly LevelSummary[], fromYear: number, toYear: number, order: readonly Level[]): TwoYearRow[] {
  return order.flatMap((level) => {
    const a = fromLevels.find((l) => l.level === level)
    const b = toLevels.find((l) => l.level === level)
    return YEAR_MEASURES.map((measure) => {
      const from = a ? measureOf(a, measure) : ({ kind: 'none', reason: 'missing' } as const)
      const to = b ? measureOf(b, measure) : ({ kind: 'none', reason: 'missing' } as const)
      return { level, measure, from, to, change: changeBetween({ year: fromYear, value: from }, { year: toYear, value: to }) }
    })
  })
}

export function countOf(rows: readonly TwoYearRow[], measure: YearMeasure, change: Change): number {
  return rows.filter((r) => r.measure === measure && r.change.change === change).length
}

function style(m: YearMeasure): Pick<DotRow, 'color' | 'textColor' | 'shape' | 'dashed'> {
  if (m === 'R') return { color: '#1a1a1a', textColor: '#1a1a1a', shape: 'diamond' }
  const p = m === 'T' ? 'technological' : 'social'
  return { color: PILLAR_COLOR[p], textColor: PILLAR_TEXT[p], shape: m === 'T' ? 'circle' : 'square', dashed: m === 'S' }
}

/** The changes as dot rows grouped by level; open markers where the change is within the margin. */
export function twoYearDots(rows: readonly TwoYearRow[], lang: Lang, levelLabel: (l: Level) => string, measureLabel: (m: YearMeasure) => string, missing: (reason: 'suppressed' | 'missing') => string): DotRow[] {
  return rows.map((r) => {
    const d = r.change.diff
    return {
      id: `${r.level}-${r.measure}`,
      label: measureLabel(r.measure),
      groupStart: r.measure === 'R' ? levelLabel(r.level) : undefined,
      ...style(r.measure),
      ...(d.kind === 'score'
        ? { value: d.value, ciLow: d.ciLow, ciHigh: d.ciHigh, text: formatDiff(d, lang), hollow: r.change.change === 'no_clear_change', faint: d.status === 'low_reliability' }
        : { missingText: missing(d.reason) }),
    }
  })
}

