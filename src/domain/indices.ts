/**
 * Derived indices (FRAMEWORK.md, ADR 0007): pillar scores, readiness, balance gap, differences,
 * coherence. Every function takes published estimates and returns either a value with its
 * uncertainty or the reason there is none.
 *
 * Two kinds of uncertainty propagation, stated on the methodology page:
 * - Across dimensions (T = mean of T1..T4, S = mean of S1..S5) the same respondents answer every
 *   dimension, so the dimensions are correlated. From dimension cells alone we use bounds that
 *   hold for any correlation: se_T ≤ Σ se_i / 4, se_S ≤ Σ se_j / 5, se_G ≤ se_T + se_S and
 *   se_R ≤ (S·se_T + T·se_S) / (2R). From pillar rows (per-respondent T, S and G = T − S, ADR 0007)
 *   the intervals of T, S and G are exact and R's follows from the delta method with the known
 *   covariance cov = (se_T² + se_S² − se_G²) / 2.
 * - Between units, years and levels (different samples) the estimates are independent:
 *   se(a − b) = √(se_a² + se_b²).
 */
import { DIMENSIONS, LEVELS, PILLAR_INFO, THRESHOLDS, Z95, type Dimension, type Level, type Pillar } from './framework'
import type { Published } from './pooling'

/** A derived score with its standard error and 95% CI. */
export interface Score {
  kind: 'score'
  value: number
  /** standard error (or, for bounded pillar figures, its upper bound), in scale points */
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

/** A score with a symmetric 95% CI value ± 1.96·se, flagged low reliability by the thresholds of FRAMEWORK.md. */
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

function isLow(...parts: readonly Score[]): boolean {
  return parts.some((p) => p.status === 'low_reliability')
}

/**
 * Equal-weight mean of independent estimates (different samples, e.g. the four levels):
 * se = √(Σ se²) / k. Missing or suppressed in any part makes the mean missing or suppressed.
 */
export function meanOfIndependent(parts: readonly Indicator[]): Indicator {
  const missing = firstMissing(parts)
  if (missing || parts.length === 0) return missing ?? { kind: 'none', reason: 'missing' }
  const scores = parts as readonly Score[]
  const k = scores.length
  const value = scores.reduce((a, s) => a + s.value, 0) / k
  const se = Math.sqrt(scores.reduce((a, s) => a + s.se * s.se, 0)) / k
  return scoreOf(value, se, Math.min(...scores.map((s) => s.n)), isLow(...scores))
}

/**
 * Equal-weight mean of estimates from the same respondents (the dimensions of a pillar), whose
 * correlation is unknown: se ≤ (Σ se) / k, the sd of a mean being at most the mean of the sds
 * (equality at perfect correlation). Conservative: the interval is never narrower than the true one.
 */
export function meanOfCorrelated(parts: readonly Indicator[]): Indicator {
  const missing = firstMissing(parts)
  if (missing || parts.length === 0) return missing ?? { kind: 'none', reason: 'missing' }
  const scores = parts as readonly Score[]
  const k = scores.length
  const value = scores.reduce((a, s) => a + s.value, 0) / k
  const se = scores.reduce((a, s) => a + s.se, 0) / k
  return scoreOf(value, se, Math.min(...scores.map((s) => s.n)), isLow(...scores))
}

export type DimensionScores = Partial<Record<Dimension, Indicator>>

/** A pillar score from dimension cells: the mean of its dimensions with the bounded se (meanOfCorrelated). */
export function pillarScore(dims: DimensionScores, pillar: Pillar): Indicator {
  return meanOfCorrelated(PILLAR_INFO[pillar].dimensions.map((d) => dims[d] ?? { kind: 'none', reason: 'missing' }))
}

/**
 * Readiness R = √(T·S), se by the delta method: var R = (S²·se_T² + T²·se_S² + 2·T·S·cov) / (4R²).
 * With the gap G = T − S from pillar rows, cov = (se_T² + se_S² − se_G²) / 2 (exact); without it,
 * the largest possible covariance cov = se_T·se_S, which gives se_R = (S·se_T + T·se_S) / (2R)
 * (a bound that holds for any correlation, ADR 0007).
 */
export function readiness(t: Indicator, s: Indicator, gap?: Indicator): Indicator {
  const missing = firstMissing([t, s])
  if (missing) return missing
  const T = t as Score
  const S = s as Score
  const value = Math.sqrt(T.value * S.value)
  let se: number
  if (gap && gap.kind === 'score') {
    const cov = (T.se ** 2 + S.se ** 2 - gap.se ** 2) / 2
    se = Math.sqrt(Math.max(0, S.value ** 2 * T.se ** 2 + T.value ** 2 * S.se ** 2 + 2 * T.value * S.value * cov)) / (2 * value)
  } else {
    se = (S.value * T.se + T.value * S.se) / (2 * value)
  }
  return scoreOf(value, se, Math.min(T.n, S.n), isLow(T, S))
}

/** Difference a − b of independent estimates (different units, years or levels): se = √(se_a² + se_b²). */
export function difference(a: Indicator, b: Indicator): Indicator {
  const missing = firstMissing([a, b])
  if (missing) return missing
  const A = a as Score
  const B = b as Score
  return scoreOf(A.value - B.value, Math.hypot(A.se, B.se), Math.min(A.n, B.n), isLow(A, B))
}

/**
 * The balance gap G = T − S from dimension cells: T and S share respondents, so
 * se_G ≤ se_T + se_S (weights ±1/k on the dimensions; holds for any correlation, ADR 0007).
 */
export function gapBound(t: Indicator, s: Indicator): Indicator {
  const missing = firstMissing([t, s])
  if (missing) return missing
  const T = t as Score
  const S = s as Score
  return scoreOf(T.value - S.value, T.se + S.se, Math.min(T.n, S.n), isLow(T, S))
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

/** Tech-led or social-led only when the 95% CI of the gap G = T − S excludes zero. */
export function balanceOf(gap: Indicator): Balance {
  const v = verdictOf(gap)
  return v === 'higher' ? 'tech_led' : v === 'lower' ? 'social_led' : v === 'similar' ? 'balanced' : 'unknown'
}

/** Exact pillar figures from pillar rows (ADR 0007): T, S and G = T − S per respondent, pooled. */
export interface PillarScores {
  technological?: Indicator
  social?: Indicator
  gap?: Indicator
}

/** The pillar figures of a unit, and where their intervals come from. */
export interface PillarSummary {
  technological: Indicator
  social: Indicator
  readiness: Indicator
  gap: Indicator
  balance: Balance
  /** 'exact' from pillar rows (per-respondent data); 'bound' from dimension cells (wider, never narrower than the truth) */
  intervals: 'exact' | 'bound'
}

/**
 * T, S, R and G of a unit. With pillar rows whose T, S and G all have a value, their exact
 * intervals; otherwise the bounds from the dimension cells (a suppressed or absent pillar row
 * falls back to the bounds, which disclose nothing the published dimension cells do not).
 */
export function summarisePillars(dimensions: DimensionScores, pillars: PillarScores = {}): PillarSummary {
  const { technological: pt, social: ps, gap: pg } = pillars
  if (pt?.kind === 'score' && ps?.kind === 'score' && pg?.kind === 'score') {
    return { technological: pt, social: ps, gap: pg, readiness: readiness(pt, ps, pg), balance: balanceOf(pg), intervals: 'exact' }
  }
  const technological = pillarScore(dimensions, 'technological')
  const social = pillarScore(dimensions, 'social')
  const gap = gapBound(technological, social)
  return { technological, social, gap, readiness: readiness(technological, social), balance: balanceOf(gap), intervals: 'bound' }
}

/** The pillar a row describes (ADR 0007: `pillar` = technological | social | gap), if any. */
export function pillarKeyOf(row: { pillar?: string | null }): keyof PillarScores | undefined {
  const p = row.pillar
  return p === 'technological' || p === 'social' || p === 'gap' ? p : undefined
}

/** Everything the views show for one unit at one level. */
export interface LevelSummary extends PillarSummary {
  level: Level
  dimensions: DimensionScores
}

/** A level's summary from its dimension scores and, when the API sent them, its pillar rows. */
export function summariseLevel(level: Level, dimensions: DimensionScores, pillars: PillarScores = {}): LevelSummary {
  return { level, dimensions, ...summarisePillars(dimensions, pillars) }
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
  /** true when the weakest level's readiness is below every other level's, shown by the data */
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

/** A published API row with its keys (structurally matches the contract's score row; `pillar` rows per ADR 0007). */
export type KeyedPublished = Published & { level?: string; dimension?: string | null; pillar?: string | null }

/**
 * Level summaries from rows grouped by level and dimension, and by level and pillar when the
 * dataset has pillar cells. Levels without rows are all missing.
 */
export function summariseLevels(rows: readonly KeyedPublished[], levels: readonly Level[]): LevelSummary[] {
  return levels.map((level) => {
    const dims: DimensionScores = emptyDimensions()
    const pillars: PillarScores = {}
    for (const r of rows) {
      if (r.level !== level) continue
      const pillar = pillarKeyOf(r)
      if (pillar) pillars[pillar] = fromPublished(r)
      else if (r.dimension && (DIMENSIONS as readonly string[]).includes(r.dimension)) dims[r.dimension as Dimension] = fromPublished(r)
    }
    return summariseLevel(level, dims, pillars)
  })
}

/**
 * The item with the lowest score when it is below every other item, shown by the data (each difference's
 * 95% CI excludes zero); undefined when the lowest is within the margin of another, or with
 * fewer than two scores.
 */
export function lowestShown<K extends string>(items: Partial<Record<K, Indicator>>): K | undefined {
  const scored = (Object.entries(items) as [K, Indicator | undefined][]).filter((e): e is [K, Score] => e[1]?.kind === 'score')
  if (scored.length < 2) return undefined
  const [lowKey, low] = scored.reduce((a, b) => (b[1].value < a[1].value ? b : a))
  const clear = scored.every(([k, s]) => k === lowKey || verdictOf(difference(low, s)) === 'lower')
  return clear ? lowKey : undefined
}
