/**
 * The one interface between the API and storage. Memory, SQLite and (later) PostgreSQL stores
 * implement it; the API never sees SQL. Pooling is always the sum of n, Σx and Σx².
 */
import type { DatasetInfo, GroupKey } from '../src/contract/v1'
import type { Cell } from '../src/domain/cells'
import type { Sums } from '../src/domain/pooling'

/** Filters on cell keys; absent = all. */
export interface CellFilter {
  level?: readonly string[]
  dimension?: readonly string[]
  region?: readonly string[]
  sector?: readonly string[]
  year?: readonly number[]
}

/** One group of a pooled answer: the values of the grouping keys, and the pooled sums. */
export interface PooledGroup extends Sums {
  keys: Partial<Record<GroupKey, string | number | null>>
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
   * Pool the cells matching the filter, grouped by the given keys. Cells with n below minN
   * are left out of every group (suppression at source, so no subtraction can recover them);
   * a group whose cells are all below minN is still returned, with n = 0, so the API can
   * report it as suppressed instead of missing.
   */
  pool(filter: CellFilter, by: readonly GroupKey[], minN: number): Promise<PooledGroup[]>
  /**
   * Replace the whole dataset atomically: every reader sees either the previous dataset or the
   * new one, never a mix, and a failure (or a crash) part-way leaves the previous one intact and
   * served. The previous one is served until this resolves.
   */
  replace(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>): Promise<DatasetInfo>
  /** The dataset versions this store has held, newest first (the current one included). */
  versions(): Promise<DatasetInfo[]>
  close(): Promise<void>
}

/** Order groups by their keys, so every store answers in the same order. */
export function compareGroups(by: readonly GroupKey[]) {
  return (a: PooledGroup, b: PooledGroup): number => {
    for (const k of by) {
      const x = a.keys[k]
      const y = b.keys[k]
      if (x === y) continue
      if (x === null || x === undefined) return -1
      if (y === null || y === undefined) return 1
      if (typeof x === 'number' && typeof y === 'number') return x - y
      return String(x) < String(y) ? -1 : 1
    }
    return 0
  }
}
