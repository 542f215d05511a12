/** What the sector view's charts show (its queries are in src/api/score-queries.ts). Pure. */
import type { ScoreRow } from '../../api/client'
import type { Dimension, Level } from '../../domain/framework'
import { againstReference, metricOf, summariseUnit, unitsBy, type Metric, type UnitSummary } from '../../domain/groups'
import { lowestShown, emptyDimensions, type Indicator, type Verdict } from '../../domain/indices'
import type { ViewState } from '../../app/url-state'

export const SECTOR_LEVELS: Level[] = ['individual', 'organisational', 'regional_sectoral']

export function sectorLevel(state: ViewState): Level {
  return state.level && SECTOR_LEVELS.includes(state.level) ? state.level : 'individual'
}

/** All rows as one unit (the reference "all sectors"): dimension rows and, when present, pillar rows. */
export function referenceUnit(rows: readonly ScoreRow[]): UnitSummary {
  return unitsBy(rows, []).get('') ?? summariseUnit(emptyDimensions())
}

export interface SectorComparison {
  sector: string
  unit: UnitSummary
  value: Indicator
  diff: Indicator
  verdict: Verdict
}

/** Every sector (in the order given) against the all-sector reference on one metric. */
export function compareSectors(sectors: readonly string[], units: Map<string, UnitSummary>, reference: UnitSummary, metric: Metric): SectorComparison[] {
  return sectors.flatMap((sector) => {
    const unit = units.get(sector)
    if (!unit) return []
    const value = metricOf(unit, metric)
    const { diff, verdict } = againstReference(value, metricOf(reference, metric))
    return [{ sector, unit, value, diff, verdict }]
  })
}

/** The dimension shown to be lowest in the most sectors, and in how many. */
export function commonLowest(units: Map<string, UnitSummary>): { dimension: Dimension; count: number } | undefined {
  const counts = new Map<Dimension, number>()
  for (const u of units.values()) {
    const d = lowestShown(u.dimensions)
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1)
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]
  return best ? { dimension: best[0], count: best[1] } : undefined
}

export interface MatrixCell {
  region: string
  sector: string
  value: Indicator
  verdict: Verdict
}

/** Region × sector cells on a metric, each against the same sector in the whole country. */
export function matrixCells(rows: readonly ScoreRow[], national: Map<string, UnitSummary>, metric: Metric): MatrixCell[] {
  const units = unitsBy(rows, ['region', 'sector'])
  return [...units].map(([id, u]) => {
    const [region, sector] = id.split('|')
    const value = metricOf(u, metric)
    const ref = national.get(sector)
    const { verdict } = ref ? againstReference(value, metricOf(ref, metric)) : { verdict: 'unknown' as Verdict }
    return { region, sector, value, verdict }
  })
}

export { unitsBy }
