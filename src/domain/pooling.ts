/**
 * Cells of sufficient statistics and how they pool (FRAMEWORK.md, "Storage unit").
 * Pooling is plain addition of n, Σx and Σx², so it gives the same answer in TypeScript and SQL.
 */
import { THRESHOLDS, Z95 } from './framework'

/** Sufficient statistics of a set of scores. */
export interface Sums {
  /** number of scores */
  n: number
  /** Σx */
  sum: number
  /** Σx² */
  sumSq: number
}

export type ReliabilityStatus = 'ok' | 'low_reliability' | 'suppressed'

/** A published estimate: a mean with its uncertainty. */
export interface Estimate {
  n: number
  mean: number
  sd: number
  /** standard error of the mean */
  se: number
  ciLow: number
  ciHigh: number
  status: 'ok' | 'low_reliability'
}

/** What may leave the API for a group: an estimate, or only the fact that it is suppressed. */
export type Published = Estimate | { status: 'suppressed' }

export function addSums(a: Sums, b: Sums): Sums {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq }
}

export function poolCells(cells: readonly Sums[]): Sums {
  let n = 0
  let sum = 0
  let sumSq = 0
  for (const c of cells) {
    n += c.n
    sum += c.sum
    sumSq += c.sumSq
  }
  return { n, sum, sumSq }
}

/** Imported data come as n, mean, sd per cell. */
export function sumsFromMeanSd(n: number, mean: number, sd: number): Sums {
  return { n, sum: n * mean, sumSq: (n - 1) * sd * sd + n * mean * mean }
}

/**
 * Mean, sd, se and the 95% CI (normal approximation, z = 1.96) of pooled sums, without
 * disclosure control. Needs n ≥ 2 for a variance; rounding noise below zero is clamped.
 */
export function describe(s: Sums): Omit<Estimate, 'status'> {
  const { n } = s
  const mean = s.sum / n
  const variance = n >= 2 ? Math.max(0, (s.sumSq - n * mean * mean) / (n - 1)) : 0
  const sd = Math.sqrt(variance)
  const se = Math.sqrt(variance / n)
  return { n, mean, sd, se, ciLow: mean - Z95 * se, ciHigh: mean + Z95 * se }
}

/**
 * Disclosure control and reliability: n below minN is suppressed (no value at all);
 * n below lowReliabilityN or a CI half-width above maxCiHalfWidth is flagged low reliability.
 */
export function publish(s: Sums, thresholds = THRESHOLDS): Published {
  if (!(s.n >= thresholds.minN)) return { status: 'suppressed' }
  const d = describe(s)
  const halfWidth = Z95 * d.se
  const status = d.n < thresholds.lowReliabilityN || halfWidth > thresholds.maxCiHalfWidth ? 'low_reliability' : 'ok'
  return { ...d, status }
}

/**
 * Sufficient statistics of per-respondent pillar scores in one cell (ADR 0007): T and S are a
 * respondent's technological and social scores on the 1–5 scale (means of their dimension
 * scores). With these the intervals of T, S, G = T − S and R = √(T·S) are exact, because the
 * covariance of T and S is known.
 */
export interface PillarSums {
  /** number of respondents with both a T and an S score */
  n: number
  /** ΣT */
  sumT: number
  /** ΣT² */
  sumTSq: number
  /** ΣS */
  sumS: number
  /** ΣS² */
  sumSSq: number
  /** ΣT·S */
  sumTS: number
}

export const ZERO_PILLAR_SUMS: PillarSums = Object.freeze({ n: 0, sumT: 0, sumTSq: 0, sumS: 0, sumSSq: 0, sumTS: 0 })

/** Pools pillar sums by addition (like poolCells). */
export function poolPillarSums(cells: readonly PillarSums[]): PillarSums {
  let n = 0
  let sumT = 0
  let sumTSq = 0
  let sumS = 0
  let sumSSq = 0
  let sumTS = 0
  for (const c of cells) {
    n += c.n
    sumT += c.sumT
    sumTSq += c.sumTSq
    sumS += c.sumS
    sumSSq += c.sumSSq
    sumTS += c.sumTS
  }
  return { n, sumT, sumTSq, sumS, sumSSq, sumTS }
}

/**
 * The three per-respondent series of a pillar cell as ordinary sums: T, S and the gap G = T − S
 * (ΣG = ΣT − ΣS, ΣG² = ΣT² − 2ΣTS + ΣS²), so `describe`/`publish` give their exact intervals.
 */
export function pillarSeries(p: PillarSums): { technological: Sums; social: Sums; gap: Sums } {
  return {
    technological: { n: p.n, sum: p.sumT, sumSq: p.sumTSq },
    social: { n: p.n, sum: p.sumS, sumSq: p.sumSSq },
    gap: { n: p.n, sum: p.sumT - p.sumS, sumSq: Math.max(0, p.sumTSq - 2 * p.sumTS + p.sumSSq) },
  }
}
