/**
 * Units other than levels (sectors, regions, region × sector cells): dimension scores per unit
 * from API rows, their pillar summaries, a chosen metric, and the comparison with an average.
 */
import { DIMENSIONS, type Dimension } from './framework'
import {
  balanceGap,
  difference,
  emptyDimensions,
  fromPublished,
  pillarScore,
  readiness,
  verdictOf,
  type Balance,
  type DimensionScores,
  type Indicator,
  type KeyedPublished,
  type Verdict,
} from './indices'

export interface UnitSummary {
  dimensions: DimensionScores
  technological: Indicator
  social: Indicator
  readiness: Indicator
  gap: Indicator
  balance: Balance
}

export function summariseUnit(dimensions: DimensionScores): UnitSummary {
  const technological = pillarScore(dimensions, 'technological')
  const social = pillarScore(dimensions, 'social')
  const { gap, balance } = balanceGap(technological, social)
  return { dimensions, technological, social, readiness: readiness(technological, social), gap, balance }
}

type Row = KeyedPublished & { region?: string; sector?: string | null }

/** Dimension scores per unit, keyed by the values of the given row keys (joined with '|'). */
export function unitsBy(rows: readonly Row[], keys: readonly ('region' | 'sector')[]): Map<string, UnitSummary> {
  const dims = new Map<string, DimensionScores>()
  for (const r of rows) {
    if (!r.dimension || !(DIMENSIONS as readonly string[]).includes(r.dimension)) continue
    const id = keys.map((k) => r[k] ?? '').join('|')
    let d = dims.get(id)
    if (!d) {
      d = emptyDimensions()
      dims.set(id, d)
    }
    d[r.dimension as Dimension] = fromPublished(r)
  }
  return new Map([...dims].map(([id, d]) => [id, summariseUnit(d)]))
}

/** What a map, ranking or matrix can be coloured by. */
export type Metric = 'R' | 'T' | 'S' | 'G' | Dimension
export const METRICS: readonly Metric[] = ['R', 'T', 'S', 'G', ...DIMENSIONS]

export function isMetric(v: string | undefined): v is Metric {
  return v !== undefined && (METRICS as readonly string[]).includes(v)
}

export function metricOf(u: UnitSummary, m: Metric): Indicator {
  switch (m) {
    case 'R':
      return u.readiness
    case 'T':
      return u.technological
    case 'S':
      return u.social
    case 'G':
      return u.gap
    default:
      return u.dimensions[m] ?? { kind: 'none', reason: 'missing' }
  }
}

/** A unit against a reference (e.g. a sector against all sectors): the difference and its verdict. */
export function againstReference(unit: Indicator, reference: Indicator): { diff: Indicator; verdict: Verdict } {
  const diff = difference(unit, reference)
  return { diff, verdict: verdictOf(diff) }
}
