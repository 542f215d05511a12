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
