/** A one-page profile of a province or a sector: what each chart shows (queries: src/api/score-queries.ts). Pure. */
import type { ScoreRow } from '../../api/client'
import { metricAcross, nearestUnits, profileVector, type Neighbour } from '../../domain/compare'
import { DIMENSIONS, LEVELS, type Dimension, type Level } from '../../domain/framework'
import type { Metric } from '../../domain/groups'
import { difference, summariseLevels, verdictOf, type Indicator, type LevelSummary, type Verdict } from '../../domain/indices'
import type { LevelChange, LevelComparison } from '../../domain/profile'
import type { ViewState } from '../../app/url-state'

export const SUB: Level[] = ['individual', 'organisational', 'regional_sectoral']

export type ProfileKind = { kind: 'province'; code: string } | { kind: 'sector'; code: string } | { kind: 'choose' }

/** One province (any sector filter applies), or one sector (no province), else a choice. */
export function profileKind(state: ViewState): ProfileKind {
  if (state.regions.length === 1) return { kind: 'province', code: state.regions[0] }
  if (state.regions.length === 0 && state.sectors.length === 1) return { kind: 'sector', code: state.sectors[0] }
  return { kind: 'choose' }
}

export function levelsInYear(rows: readonly ScoreRow[], year: number, levels: readonly Level[] = SUB): LevelSummary[] {
  return summariseLevels(
    rows.filter((r) => r.year === year),
    levels,
  )
}

export interface Difference {
  id: string
  level?: Level
  metric: Metric
  unit: Indicator
  reference: Indicator
  diff: Indicator
  verdict: Verdict
}

function diffOf(id: string, unit: Indicator, reference: Indicator, metric: Metric, level?: Level): Difference {
  const diff = difference(unit, reference)
  return { id, level, metric, unit, reference, diff, verdict: verdictOf(diff) }
}

const pick = (l: LevelSummary, m: 'R' | 'T' | 'S'): Indicator => (m === 'R' ? l.readiness : m === 'T' ? l.technological : l.social)

/** R, T and S per level against the reference. */
export function versusReference(unit: readonly LevelSummary[], reference: readonly LevelSummary[]): Difference[] {
  return unit.flatMap((u) => {
    const r = reference.find((x) => x.level === u.level)
    if (!r) return []
    return (['R', 'T', 'S'] as const).map((m) => diffOf(`${u.level}-${m}`, pick(u, m), pick(r, m), m, u.level))
  })
}

/** Each dimension (mean of the levels) against the reference. */
export function dimensionsVersus(unit: readonly LevelSummary[], reference: readonly LevelSummary[]): Difference[] {
  return DIMENSIONS.map((d: Dimension) => diffOf(d, metricAcross(unit, d), metricAcross(reference, d), d))
}

/** Readiness in the first year and in the chosen one, per level (for the findings). */
export function changes(rows: readonly ScoreRow[], firstYear: number, year: number): LevelChange[] {
  const first = levelsInYear(rows, firstYear)
  const last = levelsInYear(rows, year)
  return SUB.map((level) => ({
    level,
    from: first.find((l) => l.level === level)!.readiness,
    to: last.find((l) => l.level === level)!.readiness,
  }))
}

/** Readiness per year for one level; a year without data stays a gap. */
export function readinessByYear(rows: readonly ScoreRow[], years: readonly number[], level: Level): { year: number; value: Indicator }[] {
  return years.map((year) => ({ year, value: levelsInYear(rows, year, [level])[0].readiness }))
}

/**
 * Parts of the unit (sectors or provinces), each against the same part in the reference, on
 * readiness at the individual level: the civil-servant survey has samples large enough to
 * publish a sector within a province; the organisational and regional levels mostly do not.
 */
export const PART_LEVEL: Level = 'individual'

export function partsVersus(
  rows: readonly ScoreRow[],
  key: 'sector' | 'region',
  ids: readonly string[],
  reference: (id: string) => readonly LevelSummary[],
): Difference[] {
  return ids.flatMap((id) => {
    const mine = rows.filter((r) => r[key] === id && r.level === PART_LEVEL)
    if (mine.length === 0) return []
    const unit = summariseLevels(mine, [PART_LEVEL])[0].readiness
    const ref = reference(id).find((l) => l.level === PART_LEVEL)?.readiness ?? { kind: 'none' as const, reason: 'missing' as const }
    return [diffOf(id, unit, ref, 'R', PART_LEVEL)]
  })
}

/** The three peers with the closest dimension profiles. */
export function similarPeers(rows: readonly ScoreRow[], key: 'sector' | 'region', ids: readonly string[], target: string): Neighbour[] {
  const vectors = new Map(ids.map((id) => [id, profileVector(summariseLevels(rows.filter((r) => r[key] === id), SUB))]))
  return nearestUnits(target, vectors, 3)
}

export function clearCount(ds: readonly Difference[]): number {
  return ds.filter((d) => d.verdict === 'higher' || d.verdict === 'lower').length
}

export const ALL_LEVELS = LEVELS

export function toComparisons(ds: readonly Difference[]): LevelComparison[] {
  return ds.filter((d) => d.metric === 'R' && d.level).map((d) => ({ level: d.level!, diff: d.diff, verdict: d.verdict }))
}
