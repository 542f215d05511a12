/**
 * Derived indices (FRAMEWORK.md): pillar scores, readiness, balance gap, differences, coherence.
 * Every function takes published estimates and returns either a value with its uncertainty or
 * the reason there is none. Uncertainty is propagated assuming independence (stated on the
 * methodology page); for T − S that is conservative, since T and S share respondents.
 */
import { DIMENSIONS, LEVELS, PILLAR_INFO, THRESHOLDS, Z95, type Dimension, type Level, type Pillar } from './framework'
import type { Published } from './pooling'

/** A derived score with its standard error and 95% CI. */
export interface Score {
  kind: 'score'
  value: number
  se: number
  ciLow: number
  ciHigh: number
  /** the smallest sample behind the score */
  n: number
  status: 'ok' | 'low_reliability'
}

/** No value: suppressed (n below the threshold somewhere) or missing (no data at all). */
export interface NoScore {
  kind: 'none'
  reason: 'suppressed' | 'missing'
}

export type Indicator = Score | NoScore

export function scoreOf(value: number, se: number, n: number, lowReliability = false): Score {
  const half = Z95 * se
  const low = lowReliability || n < THRESHOLDS.lowReliabilityN || half > THRESHOLDS.maxCiHalfWidth
  return { kind: 'score', value, se, ciLow: value - half, ciHigh: value + half, n, status: low ? 'low_reliability' : 'ok' }
}

/** A published API estimate as an indicator (undefined = the API returned no row: missing). */
export function fromPublished(p: Published | undefined): Indicator {
  if (!p) return { kind: 'none', reason: 'missing' }
  if (p.status === 'suppressed') return { kind: 'none', reason: 'suppressed' }
  return { kind: 'score', value: p.mean, se: p.se, ciLow: p.ciLow, ciHigh: p.ciHigh, n: p.n, status: p.status }
}

function firstMissing(parts: readonly Indicator[]): NoScore | undefined {
  const none = parts.filter((p): p is NoScore => p.kind === 'none')
  if (none.length === 0) return undefined
  return { kind: 'none', reason: none.some((p) => p.reason === 'suppressed') ? 'suppressed' : 'missing' }
}

/** Equal-weight mean of dimension scores; se ≈ √(Σ se²) / k. Needs every dimension. */
export function meanScore(parts: readonly Indicator[]): Indicator {
  const missing = firstMissing(parts)
  if (missing || parts.length === 0) return missing ?? { kind: 'none', reason: 'missing' }
  const scores = parts as readonly Score[]
  const k = scores.length
  const value = scores.reduce((a, s) => a + s.value, 0) / k
  const se = Math.sqrt(scores.reduce((a, s) => a + s.se * s.se, 0)) / k
  const n = Math.min(...scores.map((s) => s.n))
  return scoreOf(value, se, n, scores.some((s) => s.status === 'low_reliability'))
}

export type DimensionScores = Partial<Record<Dimension, Indicator>>

export function pillarScore(dims: DimensionScores, pillar: Pillar): Indicator {
  return meanScore(PILLAR_INFO[pillar].dimensions.map((d) => dims[d] ?? { kind: 'none', reason: 'missing' }))
}

/** Readiness R = √(T·S); se by the delta method: √(S²·seT² + T²·seS²) / (2R). */
export function readiness(t: Indicator, s: Indicator): Indicator {
  const missing = firstMissing([t, s])
  if (missing) return missing
  const T = t as Score
  const S = s as Score
  const value = Math.sqrt(T.value * S.value)
  const se = Math.sqrt(S.value ** 2 * T.se ** 2 + T.value ** 2 * S.se ** 2) / (2 * value)
  return scoreOf(value, se, Math.min(T.n, S.n), T.status === 'low_reliability' || S.status === 'low_reliability')
}

/** Difference a − b with se √(se_a² + se_b²). */
export function difference(a: Indicator, b: Indicator): Indicator {
  const missing = firstMissing([a, b])
  if (missing) return missing
  const A = a as Score
  const B = b as Score
  return scoreOf(A.value - B.value, Math.hypot(A.se, B.se), Math.min(A.n, B.n), A.status === 'low_reliability' || B.status === 'low_reliability')
}

export type Verdict = 'higher' | 'lower' | 'similar' | 'unknown'

/** Higher or lower only when the 95% CI of the difference excludes zero. */
export function verdictOf(diff: Indicator): Verdict {
  if (diff.kind === 'none') return 'unknown'
  if (diff.ciLow > 0) return 'higher'
  if (diff.ciHigh < 0) return 'lower'
  return 'similar'
}

export type Balance = 'tech_led' | 'social_led' | 'balanced' | 'unknown'

/** Balance gap G = T − S, labelled only when its 95% CI excludes zero. */
export function balanceGap(t: Indicator, s: Indicator): { gap: Indicator; balance: Balance } {
  const gap = difference(t, s)
  const v = verdictOf(gap)
  const balance: Balance = v === 'higher' ? 'tech_led' : v === 'lower' ? 'social_led' : v === 'similar' ? 'balanced' : 'unknown'
  return { gap, balance }
}

/** Everything the views show for one unit at one level. */
export interface LevelSummary {
  level: Level
  dimensions: DimensionScores
  technological: Indicator
  social: Indicator
  readiness: Indicator
  gap: Indicator
  balance: Balance
}

export function summariseLevel(level: Level, dimensions: DimensionScores): LevelSummary {
  const technological = pillarScore(dimensions, 'technological')
  const social = pillarScore(dimensions, 'social')
  const { gap, balance } = balanceGap(technological, social)
  return { level, dimensions, technological, social, readiness: readiness(technological, social), gap, balance }
}

export function emptyDimensions(): DimensionScores {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, { kind: 'none', reason: 'missing' } as Indicator]))
}

/** Coherence across levels: spread of readiness and the weakest level. */
export interface Coherence {
  /** levels with a readiness score, weakest first */
  ranked: { level: Level; readiness: Score }[]
  /** max − min of readiness; undefined with fewer than two levels */
  spread?: number
  weakest?: Level
  /** true when the weakest level's readiness is clearly below every other level's */
  weakestIsClear: boolean
  /** levels without a readiness score */
  unavailable: Level[]
}

export function coherence(levels: readonly LevelSummary[]): Coherence {
  const ranked = levels
    .filter((l): l is LevelSummary & { readiness: Score } => l.readiness.kind === 'score')
    .map((l) => ({ level: l.level, readiness: l.readiness }))
    .sort((a, b) => a.readiness.value - b.readiness.value || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level))
  const unavailable = levels.filter((l) => l.readiness.kind === 'none').map((l) => l.level)
  if (ranked.length < 2) return { ranked, weakest: ranked[0]?.level, weakestIsClear: false, unavailable }
  const [first, ...others] = ranked
  const weakestIsClear = others.every((o) => verdictOf(difference(first.readiness, o.readiness)) === 'lower')
  return {
    ranked,
    spread: ranked[ranked.length - 1].readiness.value - first.readiness.value,
    weakest: first.level,
    weakestIsClear,
    unavailable,
  }
}

/** A published API row with its keys (structurally matches the contract's score row). */
export type KeyedPublished = Published & { level?: string; dimension?: string }

/** Level summaries from rows grouped by level and dimension. Levels without rows are all missing. */
export function summariseLevels(rows: readonly KeyedPublished[], levels: readonly Level[]): LevelSummary[] {
  return levels.map((level) => {
    const dims: DimensionScores = emptyDimensions()
    for (const r of rows) {
      if (r.level === level && r.dimension && (DIMENSIONS as readonly string[]).includes(r.dimension)) {
        dims[r.dimension as Dimension] = fromPublished(r)
      }
    }
    return summariseLevel(level, dims)
  })
}

/**
 * The item with the lowest score when it is clearly below every other item (each difference's
 * 95% CI excludes zero); undefined when the lowest is within the margin of another, or with
 * fewer than two scores.
 */
export function clearlyLowest<K extends string>(items: Partial<Record<K, Indicator>>): K | undefined {
  const scored = (Object.entries(items) as [K, Indicator | undefined][]).filter((e): e is [K, Score] => e[1]?.kind === 'score')
  if (scored.length < 2) return undefined
  const [lowKey, low] = scored.reduce((a, b) => (b[1].value < a[1].value ? b : a))
  const clear = scored.every(([k, s]) => k === lowKey || verdictOf(difference(low, s)) === 'lower')
  return clear ? lowKey : undefined
}
