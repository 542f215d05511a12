/**
 * Comparing units (provinces) with each other and with a reference (the Netherlands as a whole):
 * metrics, differences with their 95% CI and verdict, rank ranges, and similar units.
 * Pure functions over level summaries; the methodology page explains every rule here.
 * Metrics (R, T, S, G, a dimension) and metricOf are shared with the other unit views (groups.ts).
 */
import { DIMENSIONS, type Dimension, type Level } from './framework'
import { metricOf, type Metric } from './groups'
import {
  difference,
  meanOfIndependent,
  summariseLevels,
  verdictOf,
  type Indicator,
  type KeyedPublished,
  type LevelSummary,
  type Score,
  type Verdict,
} from './indices'

/** What the side-by-side charts show per level: readiness, the two pillars, the nine dimensions. */
export type Measure = 'R' | 'T' | 'S' | Dimension
export const COMPOSITE_MEASURES: readonly Measure[] = ['R', 'T', 'S']

const MISSING: Indicator = { kind: 'none', reason: 'missing' }

/**
 * A metric over several levels: the equal-weight mean of its value at each level, with
 * se = √(Σ se²) / k. The levels are measured on different units (civil servants, organisations,
 * networks) and samples, so treating them as independent is a fair assumption. Missing or
 * suppressed at any level makes the mean missing or suppressed, as for a pillar.
 */
export function metricAcross(levels: readonly LevelSummary[], metric: Metric): Indicator {
  if (levels.length === 0) return MISSING
  if (levels.length === 1) return metricOf(levels[0], metric)
  return meanOfIndependent(levels.map((l) => metricOf(l, metric)))
}

/** A compared unit: a province (or the reference) with its summaries at the compared levels. */
export interface Unit {
  id: string
  levels: LevelSummary[]
}

/** Units from API rows grouped by level, dimension and region; a unit without rows is all missing. */
export function unitsFromRows(rows: readonly (KeyedPublished & { region?: string })[], ids: readonly string[], levels: readonly Level[]): Unit[] {
  return ids.map((id) => ({ id, levels: summariseLevels(rows.filter((r) => r.region === id), levels) }))
}

/** One value in the comparison: a unit's measure at a level, and its difference from the reference. */
export interface ComparisonCell {
  unit: string
  level: Level
  measure: Measure
  score: Indicator
  /** unit − reference; absent for the reference itself or when no reference is compared */
  diff?: Indicator
  /** higher/lower only when the 95% CI of diff excludes zero */
  verdict?: Verdict
}

/**
 * Every value the comparison shows, level by level and measure by measure; for each measure the
 * reference first (when given), then the units in their order. The difference of a unit from
 * the reference is a − b with se = √(se_a² + se_b²) (see the methodology page: the unit is part
 * of the reference, which makes this se too large, so the verdict is conservative).
 */
export function compareUnits(units: readonly Unit[], reference: Unit | undefined, measures: readonly Measure[]): ComparisonCell[] {
  const out: ComparisonCell[] = []
  const levels = (reference ?? units[0])?.levels.map((l) => l.level) ?? []
  for (const level of levels) {
    for (const measure of measures) {
      const ref = reference?.levels.find((l) => l.level === level)
      const refScore = ref ? metricOf(ref, measure) : undefined
      if (reference && refScore) out.push({ unit: reference.id, level, measure, score: refScore })
      for (const u of units) {
        const l = u.levels.find((x) => x.level === level)
        const score = l ? metricOf(l, measure) : MISSING
        if (refScore) {
          const diff = difference(score, refScore)
          out.push({ unit: u.id, level, measure, score, diff, verdict: verdictOf(diff) })
        } else {
          out.push({ unit: u.id, level, measure, score })
        }
      }
    }
  }
  return out
}

export interface VerdictCount {
  higher: number
  lower: number
  similar: number
  unknown: number
}

export function countVerdicts(cells: readonly ComparisonCell[]): VerdictCount {
  const c: VerdictCount = { higher: 0, lower: 0, similar: 0, unknown: 0 }
  for (const x of cells) if (x.verdict) c[x.verdict] += 1
  return c
}

/** A unit's place in a ranking: its position in the sorted order and the ranks compatible with the CIs. */
export interface RankedUnit {
  id: string
  score: Indicator
  /** 1-based position, highest value first; absent without a score */
  position?: number
  /** best possible rank: 1 + the number of units shown to be above it */
  best?: number
  /** worst possible rank: (units with a score) − the number of units shown to be below it */
  worst?: number
}

/**
 * Rank ranges instead of a falsely precise order. Units are sorted from the highest value down
 * (ties by id). Unit j is shown to be above unit i when the 95% CI of j − i lies wholly above zero
 * (the same difference rule as everywhere). A unit's best rank is 1 + the number of units shown to
 * be above it; its worst rank is K − the number shown to be below it, where K is the number of units
 * with a score. Units without a score come last, without a rank. The 66 pairs of 12 provinces are
 * not corrected for multiple testing (said so on the methodology page).
 */
export function rankRanges(items: readonly { id: string; score: Indicator }[]): RankedUnit[] {
  const scored = items
    .filter((x): x is { id: string; score: Score } => x.score.kind === 'score')
    .sort((a, b) => b.score.value - a.score.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const k = scored.length
  const ranked: RankedUnit[] = scored.map((x, i) => {
    let above = 0
    let below = 0
    for (const y of scored) {
      if (y === x) continue
      const v = verdictOf(difference(y.score, x.score))
      if (v === 'higher') above += 1
      else if (v === 'lower') below += 1
    }
    return { id: x.id, score: x.score, position: i + 1, best: 1 + above, worst: k - below }
  })
  const unscored = items.filter((x) => x.score.kind === 'none').map((x) => ({ id: x.id, score: x.score }))
  return [...ranked, ...unscored]
}

/** The units that can hold rank 1 (best rank 1), highest value first. */
export function possibleLeaders(ranked: readonly RankedUnit[]): RankedUnit[] {
  return ranked.filter((r) => r.best === 1)
}

/** Values of a unit's profile, in a fixed order (undefined where not published). */
export function profileVector(levels: readonly LevelSummary[]): (number | undefined)[] {
  return levels.flatMap((l) =>
    DIMENSIONS.map((d) => {
      const v = l.dimensions[d]
      return v && v.kind === 'score' ? v.value : undefined
    }),
  )
}

export interface Neighbour {
  id: string
  /** root-mean-square difference over the profile, in scale points */
  distance: number
}

/**
 * The k units whose profiles are closest to the target's: the root-mean-square difference over
 * all dimension values, √(Σ (a − b)² / m). Only units with a complete profile take part; ties are
 * broken by id. Descriptive: "similar" here is not a statistical claim.
 */
export function nearestUnits(targetId: string, vectors: ReadonlyMap<string, readonly (number | undefined)[]>, k = 3): Neighbour[] {
  const target = vectors.get(targetId)
  const complete = (v: readonly (number | undefined)[] | undefined): v is readonly number[] =>
    Boolean(v) && v!.length > 0 && v!.every((x) => x !== undefined)
  if (!complete(target)) return []
  const out: Neighbour[] = []
  for (const [id, v] of vectors) {
    if (id === targetId || !complete(v) || v.length !== target.length) continue
    const sq = v.reduce((a, x, i) => a + (x - target[i]) ** 2, 0)
    out.push({ id, distance: Math.sqrt(sq / v.length) })
  }
  return out.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1)).slice(0, k)
}

/** Keep at most `max` distinct codes that pass `valid`, in their order; report the rest. */
export function trimSelection(
  codes: readonly string[],
  valid: (code: string) => boolean,
  max: number,
): { kept: string[]; invalid: string[]; overflow: string[] } {
  const kept: string[] = []
  const invalid: string[] = []
  const overflow: string[] = []
  for (const c of new Set(codes)) {
    if (!valid(c)) invalid.push(c)
    else if (kept.length < max) kept.push(c)
    else overflow.push(c)
  }
  return { kept, invalid, overflow }
}
