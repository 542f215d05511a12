/**
 * From the API answers to what the trends view shows: per level, T, S and R for every year up to
 * the chosen one, the year-on-year changes and the change over the period (src/domain/trends.ts),
 * and the prepared series, grid rows, paths and CSV tables. Pure: no React, no fetching.
 */
import type { ScoreRow } from '../../contract/v1'
import { LEVELS, type Lang, type Level } from '../../domain/framework'
import { formatDiff, formatScore } from '../../domain/format'
import type { Indicator, Score } from '../../domain/indices'
import { calendarYears, countChanges, periodChange, runs, yearOnYear, yearSeries, type Change, type YearChange, type YearValue } from '../../domain/trends'
import type { BalancePath, BalancePoint } from '../../charts/BalanceMap'
import type { ChangeGridRow } from '../../charts/ChangeGrid'
import { PILLAR_COLOR, PILLAR_TEXT } from '../../charts/colors'
import type { TrendPoint, TrendSeries } from '../../charts/TrendChart'
import { levelSummaries } from '../../kit/levels'

export type PillarKey = 'T' | 'S'
export type MeasureKey = PillarKey | 'R'

/** One level over the years. */
export interface LevelTrend {
  level: Level
  T: YearValue[]
  S: YearValue[]
  R: YearValue[]
  /** change from the year before, for each year after the first */
  yoy: Record<PillarKey, YearChange[]>
  /** first to last year with a value; undefined with fewer than two */
  period: Partial<Record<MeasureKey, YearChange>>
}

/**
 * The years shown: every calendar year from the first in the data up to the chosen one. A year
 * the data skip entirely stays on the axis as a gap (case I5), so the axis is linear in years and
 * no change is computed across it.
 */
export function spanYears(years: readonly number[], upTo: number): number[] {
  return calendarYears(years.filter((y) => y <= upTo))
}

/** T, S and R per level and year from rows grouped by level, dimension and year. */
export function levelTrends(subnational: readonly ScoreRow[], national: readonly ScoreRow[], years: readonly number[], levels: readonly Level[] = LEVELS): LevelTrend[] {
  const byYear = new Map(years.map((y) => [y, levelSummaries(subnational, national, y)]))
  return levels.map((level) => {
    const at = (year: number, k: MeasureKey): Indicator => {
      const l = byYear.get(year)?.find((x) => x.level === level)
      if (!l) return { kind: 'none', reason: 'missing' }
      return k === 'T' ? l.technological : k === 'S' ? l.social : l.readiness
    }
    const T = yearSeries(years, (y) => at(y, 'T'))
    const S = yearSeries(years, (y) => at(y, 'S'))
    const R = yearSeries(years, (y) => at(y, 'R'))
    return {
      level,
      T,
      S,
      R,
      yoy: { T: yearOnYear(T), S: yearOnYear(S) },
      period: { T: periodChange(T), S: periodChange(S), R: periodChange(R) },
    }
  })
}

export function hasAnyValue(trends: readonly LevelTrend[]): boolean {
  return trends.some((t) => [...t.T, ...t.S].some((p) => p.value.kind === 'score'))
}

/** The first year with a value for this level (T or S), or undefined. */
export function firstMeasured(t: LevelTrend): number | undefined {
  return [...t.T, ...t.S].filter((p) => p.value.kind === 'score').reduce<number | undefined>((a, p) => (a === undefined || p.year < a ? p.year : a), undefined)
}

/** Words the model builders need, in the reader's language. */
export interface TrendWords {
  lang: Lang
  levelLabel: (l: Level) => string
  pillarLabel: (k: MeasureKey) => string
  /** why there is no value, in full (tables, CSV) */
  missing: (reason: 'suppressed' | 'missing') => string
  /** the same, short enough for a chart column */
  short: (reason: 'suppressed' | 'missing') => string
  verdict: (c: Change) => string
  thin: string
  noPrevious: string
}

const PILLAR = { T: 'technological', S: 'social' } as const

function pointOf(p: YearValue, change: YearChange | undefined, w: TrendWords): TrendPoint {
  if (p.value.kind === 'none') return { year: p.year, missingText: w.short(p.value.reason) }
  const v = p.value
  return {
    year: p.year,
    value: v.value,
    ciLow: v.ciLow,
    ciHigh: v.ciHigh,
    text: formatScore(v, w.lang),
    faint: v.status === 'low_reliability',
    mark: change?.change === 'increase' ? 'up' : change?.change === 'decrease' ? 'down' : undefined,
  }
}

/** T and S of one level as chart series; an arrow where the change from the year before is clear. */
export function pillarSeries(t: LevelTrend, w: TrendWords): TrendSeries[] {
  return (['T', 'S'] as const).map((k) => {
    const pillar = PILLAR[k]
    return {
      id: `${t.level}-${k}`,
      label: k,
      color: PILLAR_COLOR[pillar],
      textColor: PILLAR_TEXT[pillar],
      shape: k === 'T' ? ('circle' as const) : ('square' as const),
      dashed: k === 'S',
      emphasis: true,
      points: t[k].map((p, i) => pointOf(p, i > 0 ? t.yoy[k][i - 1] : undefined, w)),
    }
  })
}

/** Every value and CI bound in the trends (for one shared axis). */
export function trendBounds(trends: readonly LevelTrend[]): number[] {
  return trends.flatMap((t) => [...t.T, ...t.S].flatMap((p) => (p.value.kind === 'score' ? [p.value.ciLow, p.value.ciHigh] : [])))
}

/** Year-on-year changes: a row per level and pillar, a column per year after the first. */
export function changeRows(trends: readonly LevelTrend[], w: TrendWords): ChangeGridRow[] {
  const several = trends.length > 1
  return trends.flatMap((t) =>
    (['T', 'S'] as const).map((k) => ({
      id: `${t.level}-${k}`,
      label: k,
      labelColor: PILLAR_TEXT[PILLAR[k]],
      groupStart: several && k === 'T' ? w.levelLabel(t.level) : undefined,
      cells: t.yoy[k].map((c) => (c.diff.kind === 'score' ? { kind: c.change, text: formatDiff(c.diff, w.lang) } : { kind: 'unknown' as const, text: '—' })),
    })),
  )
}

/** Counts of clear and unclear year-on-year changes over the shown levels. */
export function changeCounts(trends: readonly LevelTrend[]): Record<Change, number> {
  return countChanges(trends.flatMap((t) => [...t.yoy.T, ...t.yoy.S]))
}

/** The period change of a measure, as a verdict (unknown when it cannot be computed). */
export function periodVerdict(t: LevelTrend, k: MeasureKey): Change {
  return t.period[k]?.change ?? 'unknown'
}

/**
 * Each level's path through the T × S plane: one path per run of consecutive years in which both T
 * and S have a value, so a missing year breaks the line instead of joining its neighbours.
 */
export function trendPaths(trends: readonly LevelTrend[], focus?: Level): BalancePath[] {
  return trends.flatMap((t) => {
    const both = t.T.map((p, i) => ({ year: p.year, value: p.value.kind === 'score' && t.S[i].value.kind === 'score' ? p.value : ({ kind: 'none', reason: 'missing' } as const) }))
    return runs(both).map((run) => ({
      id: `${t.level}-${run[0].year}`,
      highlight: focus === t.level,
      points: run.map((p) => {
        const s = t.S.find((x) => x.year === p.year)!.value as Score
        return { year: p.year, x: p.value.value, y: s.value }
      }),
    }))
  })
}

function pointFrom(id: string, label: string, t: Score, s: Score, highlight: boolean): BalancePoint {
  return {
    id,
    label,
    x: t.value,
    y: s.value,
    errX: [t.value - t.ciLow, t.ciHigh - t.value],
    errY: [s.value - s.ciLow, s.ciHigh - s.value],
    highlight,
    lowReliability: t.status === 'low_reliability' || s.status === 'low_reliability',
  }
}

/**
 * Points on the balance map: for a focused level, every year with both T and S (labelled with the
 * year at the start and end of each run); otherwise each level's last year with a value.
 */
export function trendPoints(trends: readonly LevelTrend[], w: TrendWords, focus?: Level): BalancePoint[] {
  if (focus) {
    const t = trends.find((x) => x.level === focus)
    if (!t) return []
    const both = t.T.map((p, i) => ({ year: p.year, value: p.value.kind === 'score' && t.S[i].value.kind === 'score' ? p.value : ({ kind: 'none', reason: 'missing' } as const) }))
    return runs(both).flatMap((run) =>
      run.map((p, i) => {
        const s = t.S.find((x) => x.year === p.year)!.value as Score
        const edge = i === 0 || i === run.length - 1
        return pointFrom(`${focus}-${p.year}`, edge ? String(p.year) : '', p.value, s, i === run.length - 1)
      }),
    )
  }
  return trends.flatMap((t) => {
    for (let i = t.T.length - 1; i >= 0; i--) {
      const a = t.T[i].value
      const b = t.S[i].value
      if (a.kind === 'score' && b.kind === 'score') return [pointFrom(t.level, w.levelLabel(t.level), a, b, false)]
    }
    return []
  })
}

/** One line per level, pillar and year: the value, its CI and n, and the change from the year before. */
export interface PillarYearRow {
  level: Level
  pillar: PillarKey
  year: number
  value: Indicator
  change?: YearChange
}

export function pillarYearRows(trends: readonly LevelTrend[]): PillarYearRow[] {
  return trends.flatMap((t) =>
    (['T', 'S'] as const).flatMap((k) => t[k].map((p, i) => ({ level: t.level, pillar: k, year: p.year, value: p.value, change: i > 0 ? t.yoy[k][i - 1] : undefined }))),
  )
}

/** The change column in words: the verdict, or why there is none. */
export function changeText(r: PillarYearRow, w: TrendWords): string {
  if (!r.change) return w.noPrevious
  return w.verdict(r.change.change)
}

export function pathRows(trends: readonly LevelTrend[]): { level: Level; year: number; t: Score; s: Score }[] {
  return trends.flatMap((t) =>
    t.T.flatMap((p, i) => {
      const s = t.S[i].value
      return p.value.kind === 'score' && s.kind === 'score' ? [{ level: t.level, year: p.year, t: p.value, s }] : []
    }),
  )
}
