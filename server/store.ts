/**
 * The one interface between the API and storage. Memory, SQLite and PostgreSQL stores implement
 * it; the API never sees SQL. Pooling is always plain addition of sufficient statistics: n, Σx
 * and Σx² for dimension cells; n, ΣT, ΣT², ΣS, ΣS², ΣTS for pillar cells (ADR 0007).
 *
 * Every store answers from rollups built once per dataset version (server/stores/cube.ts,
 * ADR 0110), so the cost of an answer grows with its size, not with the size of the data.
 */
import { GROUP_KEYS, PILLAR_SERIES, type CellKeyName, type DatasetDescription, type DatasetInfo, type GroupKey } from '../src/contract/v1'
import type { Cell, PillarCell } from '../src/domain/cells'
import type { PillarSums, Sums } from '../src/domain/pooling'

export type { DatasetDescription }

/** Filters on cell keys; absent = all. */
export interface CellFilter {
  level?: readonly string[]
  dimension?: readonly string[]
  region?: readonly string[]
  sector?: readonly string[]
  year?: readonly number[]
}

/** The keys of a pillar cell: a cell's keys without the dimension. */
export const PILLAR_CELL_KEYS = ['level', 'region', 'sector', 'year'] as const
export type PillarKeyName = (typeof PILLAR_CELL_KEYS)[number]

/** Filters on pillar cell keys (no dimension: pillar cells have none). */
export type PillarFilter = Omit<CellFilter, 'dimension'>

/** One group of a pooled answer: the values of the grouping keys, and the pooled sums. */
export interface PooledGroup extends Sums {
  keys: Partial<Record<CellKeyName, string | number | null>>
}

/** One group of pooled pillar cells. */
export interface PooledPillarGroup extends PillarSums {
  keys: Partial<Record<PillarKeyName, string | number | null>>
}

/** What a store knows about the dataset it serves. */
export interface DatasetSummary {
  info: DatasetInfo
  years: number[]
  regions: string[]
  sectors: string[]
}

export interface Store {
  /** The current dataset's description. */
  summary(): Promise<DatasetSummary>
  /**
   * Pool the cells matching the filter, grouped by the given keys (canonical order, CELL_KEYS).
   * Cells with n below minN are left out of every group (suppression at source, so no
   * subtraction can recover them); a group whose cells are all below minN is still returned,
   * with n = 0, so the API can report it as suppressed instead of missing. Sorted by
   * compareGroups(by).
   *
   * With `limit`, at most limit + 1 groups are returned: limit + 1 means "more than limit" (the
   * rest was not computed, and the order of a cut answer is unspecified).
   */
  pool(filter: CellFilter, by: readonly CellKeyName[], minN: number, limit?: number): Promise<PooledGroup[]>
  /** The same for pillar cells (ADR 0007): no dimension; empty when the dataset has none. */
  poolPillars(filter: PillarFilter, by: readonly PillarKeyName[], minN: number, limit?: number): Promise<PooledPillarGroup[]>
  /**
   * Replace the whole dataset atomically: every reader sees either the previous dataset or the
   * new one, never a mix, and a failure (or a crash) part-way leaves the previous one intact and
   * served. The previous one is served until this resolves. Pillar cells are optional (only
   * respondent-level files give them).
   */
  replace(cells: readonly Cell[], info: DatasetDescription, pillarCells?: readonly PillarCell[]): Promise<DatasetInfo>
  /** The dataset versions this store has held, newest first (the current one included). */
  versions(): Promise<DatasetInfo[]>
  close(): Promise<void>
}

/** The full description of a dataset from what a writer gave and what the data hold. */
export function completeInfo(info: DatasetDescription, cells: number, pillarCells: number): DatasetInfo {
  return { ...info, cells, pillarCells: pillarCells > 0 }
}

/** A stored description from before pillar cells existed reads as "none". */
export function readInfo(stored: Omit<DatasetInfo, 'pillarCells'> & { pillarCells?: boolean }): DatasetInfo {
  return { ...stored, pillarCells: stored.pillarCells ?? false }
}

const PILLAR_RANK: Record<string, number> = Object.fromEntries(PILLAR_SERIES.map((p, i) => [p, i]))

/** Keys in canonical order (GROUP_KEYS), duplicates dropped. */
export function canonicalBy<K extends GroupKey>(by: readonly K[]): K[] {
  return (GROUP_KEYS as readonly GroupKey[]).filter((k) => by.includes(k as K)) as K[]
}

/**
 * Order groups by their keys, so every store answers in the same order: keys in the given order,
 * null first, numbers numerically, text by UTF-16 code units; pillar series in the order
 * technological, social, gap.
 */
export function compareGroups(by: readonly string[]) {
  return (a: { keys: Partial<Record<string, string | number | null>> }, b: { keys: Partial<Record<string, string | number | null>> }): number => {
    for (const k of by) {
      const x = a.keys[k]
      const y = b.keys[k]
      if (x === y) continue
      if (x === null || x === undefined) return -1
      if (y === null || y === undefined) return 1
      if (typeof x === 'number' && typeof y === 'number') return x - y
      if (k === 'pillar') return PILLAR_RANK[String(x)] - PILLAR_RANK[String(y)]
      return String(x) < String(y) ? -1 : 1
    }
    return 0
  }
}

/**
 * `groups` in compareGroups(by) order, in place. A store that asked its database for this order
 * (PostgreSQL: ORDER BY … COLLATE "C") pays one pass to confirm it instead of a sort: sorting
 * 48,000 groups in JavaScript took 75 ms in one block of the event loop.
 */
export function sortGroups<G extends { keys: Partial<Record<string, string | number | null>> }>(groups: G[], by: readonly string[]): G[] {
  const cmp = compareGroups(by)
  for (let i = 1; i < groups.length; i++) if (cmp(groups[i - 1], groups[i]) > 0) return groups.sort(cmp)
  return groups
}

/** A raw row of a store's query: the keys in `by` order, then the sums. */
export type RawGroupRow = readonly unknown[]

/** A raw row (the keys in `by` order, then n, Σx, Σx²) as a pooled group. */
export function cellGroupOf(by: readonly CellKeyName[]): (row: RawGroupRow) => PooledGroup {
  const w = by.length
  return (row) => {
    const keys: PooledGroup['keys'] = {}
    for (let i = 0; i < w; i++) keys[by[i]] = row[i] as string | number | null
    return { keys, n: Number(row[w]), sum: Number(row[w + 1]), sumSq: Number(row[w + 2]) }
  }
}

/** A raw pillar row (keys, then n, ΣT, ΣT², ΣS, ΣS², ΣTS) as a pooled pillar group. */
export function pillarGroupOf(by: readonly PillarKeyName[]): (row: RawGroupRow) => PooledPillarGroup {
  const w = by.length
  return (row) => {
    const keys: PooledPillarGroup['keys'] = {}
    for (let i = 0; i < w; i++) keys[by[i]] = row[i] as string | number | null
    const x = (j: number) => Number(row[w + j])
    return { keys, n: x(0), sumT: x(1), sumTSq: x(2), sumS: x(3), sumSSq: x(4), sumTS: x(5) }
  }
}

/** Groups in compareGroups order (sortGroups), unless there are more than `limit` (a cut answer is refused anyway). */
export function sortedUnlessCut<G extends { keys: Partial<Record<string, string | number | null>> }>(groups: G[], by: readonly string[], limit?: number): G[] {
  return limit !== undefined && groups.length > limit ? groups : sortGroups(groups, by)
}
