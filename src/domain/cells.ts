/** The storage unit: one cell of sufficient statistics (FRAMEWORK.md). */
import type { PillarSums, Sums } from './pooling'

export interface CellKey {
  level: string
  dimension: string
  /** CBS province code (PV20…) or, at the national level, a country code (NL, EU27, …) */
  region: string
  /** sector code; null at the national level */
  sector: string | null
  year: number
}

export type Cell = CellKey & Sums

/** A cell of per-respondent pillar statistics (ADR 0007): the keys of a cell without a dimension. */
export type PillarCell = Omit<CellKey, 'dimension'> & PillarSums
