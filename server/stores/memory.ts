/** An in-memory Store: used by the mocks (browser and tests), the in-browser import, and as the parity reference. */
import type { DatasetInfo, GroupKey } from '../../src/contract/v1'
import type { Cell } from '../../src/domain/cells'
import { compareGroups, type CellFilter, type DatasetSummary, type PooledGroup, type Store } from '../store'

function matches<T>(allowed: readonly T[] | undefined, value: T): boolean {
  return !allowed || allowed.includes(value)
}

export function summarise(cells: readonly Cell[], info: DatasetInfo): DatasetSummary {
  const years = new Set<number>()
  const regions = new Set<string>()
  const sectors = new Set<string>()
  for (const c of cells) {
    years.add(c.year)
    regions.add(c.region)
    if (c.sector !== null) sectors.add(c.sector)
  }
  return {
    info,
    years: [...years].sort((a, b) => a - b),
    regions: [...regions].sort(),
    sectors: [...sectors].sort(),
  }
}

export class MemoryStore implements Store {
  private cells: readonly Cell[]
  private current: DatasetSummary

  private history: DatasetInfo[]

  constructor(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>) {
    this.cells = cells
    this.current = summarise(cells, { ...info, cells: cells.length })
    this.history = [this.current.info]
  }

  async summary(): Promise<DatasetSummary> {
    return this.current
  }

  async pool(filter: CellFilter, by: readonly GroupKey[], minN: number): Promise<PooledGroup[]> {
    const groups = new Map<string, PooledGroup>()
    for (const c of this.cells) {
      if (
        !matches(filter.level, c.level) ||
        !matches(filter.dimension, c.dimension) ||
        !matches(filter.region, c.region) ||
        // a sector filter excludes the national level's sector-less cells
        (filter.sector && (c.sector === null || !filter.sector.includes(c.sector))) ||
        !matches(filter.year, c.year)
      )
        continue
      const key = by.map((k) => String(c[k])).join('\u0000')
      let g = groups.get(key)
      if (!g) {
        g = { keys: Object.fromEntries(by.map((k) => [k, c[k]])), n: 0, sum: 0, sumSq: 0 }
        groups.set(key, g)
      }
      if (c.n >= minN) {
        g.n += c.n
        g.sum += c.sum
        g.sumSq += c.sumSq
      }
    }
    return [...groups.values()].sort(compareGroups(by))
  }

  async replace(cells: readonly Cell[], info: Omit<DatasetInfo, 'cells'>): Promise<DatasetInfo> {
    // build everything first, then swap both references in one synchronous step: a reader
    // (pool, summary) sees the old pair or the new pair, never one of each
    const next = summarise(cells, { ...info, cells: cells.length })
    this.cells = cells
    this.current = next
    this.history = [next.info, ...this.history.filter((h) => h.version !== next.info.version)]
    return next.info
  }

  async versions(): Promise<DatasetInfo[]> {
    return [...this.history]
  }

  async close(): Promise<void> {}
}
