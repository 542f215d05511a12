/**
 * An in-memory Store: used by the mocks (browser and tests), the in-browser import, and as the
 * parity reference. It answers from cubes built once per dataset (server/stores/cube.ts, ADR
 * 0110) for the threshold of the framework; a query with another threshold builds a cube for it
 * on demand (tests only).
 */
import type { CellKeyName, DatasetInfo } from '../../src/contract/v1'
import type { Cell, PillarCell } from '../../src/domain/cells'
import { THRESHOLDS } from '../../src/domain/framework'
import {
  completeInfo,
  type CellFilter,
  type DatasetDescription,
  type DatasetSummary,
  type PillarFilter,
  type PillarKeyName,
  type PooledGroup,
  type PooledPillarGroup,
  type Store,
} from '../store'
import { buildCellCube, buildPillarCube, poolCellCube, poolPillarCube } from './cell-cubes'
import type { Cube } from './cube'

/** The years, regions and sectors a dataset holds (sorted), with its description. */
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

/** One dataset version held in memory: its cells, its description and its cubes. */
interface Held {
  cells: readonly Cell[]
  pillarCells: readonly PillarCell[]
  summary: DatasetSummary
  cubes: Map<number, { cells: Cube; pillars: Cube }>
}

function hold(cells: readonly Cell[], pillarCells: readonly PillarCell[], info: DatasetInfo): Held {
  const held: Held = { cells, pillarCells, summary: summarise(cells, info), cubes: new Map() }
  cubesOf(held, THRESHOLDS.minN)
  return held
}

function cubesOf(held: Held, minN: number): { cells: Cube; pillars: Cube } {
  let c = held.cubes.get(minN)
  if (!c) {
    c = { cells: buildCellCube(held.cells, minN), pillars: buildPillarCube(held.pillarCells, minN) }
    held.cubes.set(minN, c)
  }
  return c
}

export class MemoryStore implements Store {
  private held: Held
  private history: DatasetInfo[]

  constructor(cells: readonly Cell[], info: DatasetDescription, pillarCells: readonly PillarCell[] = []) {
    this.held = hold(cells, pillarCells, completeInfo(info, cells.length, pillarCells.length))
    this.history = [this.held.summary.info]
  }

  async summary(): Promise<DatasetSummary> {
    return this.held.summary
  }

  async pool(filter: CellFilter, by: readonly CellKeyName[], minN: number, limit?: number): Promise<PooledGroup[]> {
    return poolCellCube(cubesOf(this.held, minN).cells, filter, by, limit)
  }

  async poolPillars(filter: PillarFilter, by: readonly PillarKeyName[], minN: number, limit?: number): Promise<PooledPillarGroup[]> {
    return poolPillarCube(cubesOf(this.held, minN).pillars, filter, by, limit)
  }

  async replace(cells: readonly Cell[], info: DatasetDescription, pillarCells: readonly PillarCell[] = []): Promise<DatasetInfo> {
    // build everything first, then swap one reference: a reader sees the old version or the new
    const next = hold(cells, pillarCells, completeInfo(info, cells.length, pillarCells.length))
    this.held = next
    const v = next.summary.info
    this.history = [v, ...this.history.filter((h) => h.version !== v.version)]
    return v
  }

  async versions(): Promise<DatasetInfo[]> {
    return [...this.history]
  }

  async close(): Promise<void> {}
}
