/**
 * Units other than levels (sectors, regions, region × sector cells): dimension scores per unit
 * from API rows, their pillar summaries, a chosen metric, and the comparison with an average.
 */
import { DIMENSIONS, type Dimension } from './framework'
import {
  difference,
  emptyDimensions,
  fromPublished,
  pillarKeyOf,
  summarisePillars,
  verdictOf,
  type DimensionScores,
  type Indicator,
  type KeyedPublished,
  type PillarScores,
  type PillarSummary,
  type Verdict,
} from './indices'

/** A unit's dimension scores and its pillar figures (exact from pillar rows, or bounded; see indices.ts). */
export interface UnitSummary extends PillarSummary {
  dimensions: DimensionScores
}

/** A unit's summary from its dimension scores and, when present, its pillar rows. */
export function summariseUnit(dimensions: DimensionScores, pillars: PillarScores = {}): UnitSummary {
  return { dimensions, ...summarisePillars(dimensions, pillars) }
}

type Row = KeyedPublished & { region?: string; sector?: string | null }

/**
 * Summaries per unit, keyed by the values of the given row keys (joined with '|'), from rows
 * grouped by dimension and, when the dataset has pillar cells, by pillar (ADR 0007).
 */
export function unitsBy(rows: readonly Row[], keys: readonly ('region' | 'sector')[]): Map<string, UnitSummary> {
  const dims = new Map<string, DimensionScores>()
  const pillars = new Map<string, PillarScores>()
  for (const r of rows) {
    const pillar = pillarKeyOf(r)
    const isDimension = r.dimension && (DIMENSIONS as readonly string[]).includes(r.dimension)
    if (!pillar && !isDimension) continue
    const id = keys.map((k) => r[k] ?? '').join('|')
    if (!dims.has(id)) {
      dims.set(id, emptyDimensions())
      pillars.set(id, {})
    }
    if (pillar) pillars.get(id)![pillar] = fromPublished(r)
    else dims.get(id)![r.dimension as Dimension] = fromPublished(r)
  }
  return new Map([...dims].map(([id, d]) => [id, summariseUnit(d, pillars.get(id))]))
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
