/**
 * The two cubes every store builds per dataset version (ADR 0110): one over dimension cells
 * (level, dimension, region, sector, year; sums n, Σx, Σx²) and one over pillar cells (level,
 * region, sector, year; sums n, ΣT, ΣT², ΣS, ΣS², ΣTS). Pure: used by the memory store (also in
 * the browser) and, to write rollup tables, by the SQL stores.
 */
import { CELL_KEYS, type CellKeyName } from '../../src/contract/v1'
import type { Cell, PillarCell } from '../../src/domain/cells'
import { PILLAR_CELL_KEYS, compareGroups, type CellFilter, type PillarFilter, type PillarKeyName, type PooledGroup, type PooledPillarGroup } from '../store'
import { Cube, maskOf, type CubeFilter, type CubeInput, type KeyValue } from './cube'

export const CELL_INPUT: CubeInput<Cell> = {
  keys: CELL_KEYS,
  arity: 3,
  key: (c, i) => (i === 0 ? c.level : i === 1 ? c.dimension : i === 2 ? c.region : i === 3 ? c.sector : c.year),
  sums: (c, out, at) => {
    out[at] = c.n
    out[at + 1] = c.sum
    out[at + 2] = c.sumSq
  },
}

export const PILLAR_INPUT: CubeInput<PillarCell> = {
  keys: PILLAR_CELL_KEYS,
  arity: 6,
  key: (c, i) => (i === 0 ? c.level : i === 1 ? c.region : i === 2 ? c.sector : c.year),
  sums: (c, out, at) => {
    out[at] = c.n
    out[at + 1] = c.sumT
    out[at + 2] = c.sumTSq
    out[at + 3] = c.sumS
    out[at + 4] = c.sumSSq
    out[at + 5] = c.sumTS
  },
}

export function buildCellCube(cells: readonly Cell[], minN: number): Cube {
  return Cube.build(cells, CELL_INPUT, minN)
}

export function buildPillarCube(cells: readonly PillarCell[], minN: number): Cube {
  return Cube.build(cells, PILLAR_INPUT, minN)
}

function cubeFilter(keys: readonly string[], filter: Partial<Record<string, readonly KeyValue[]>>): CubeFilter | undefined {
  const out = new Map<number, readonly KeyValue[]>()
  for (let i = 0; i < keys.length; i++) {
    const vs = filter[keys[i]]
    if (vs === undefined) continue
    if (vs.length === 0) return undefined // an empty list matches nothing
    out.set(i, vs)
  }
  return out
}

/** Pool dimension cells from a cube: the Store.pool contract (sorted; at most limit + 1 groups). */
export function poolCellCube(cube: Cube, filter: CellFilter, by: readonly CellKeyName[], limit?: number): PooledGroup[] {
  const f = cubeFilter(cube.keys, filter as Partial<Record<string, readonly KeyValue[]>>)
  if (!f) return []
  const groups = cube.query(f, maskOf(cube.keys, by), limit)
  const out: PooledGroup[] = groups.map((g) => ({ keys: g.keys, n: g.sums[0], sum: g.sums[1], sumSq: g.sums[2] }))
  return limit !== undefined && out.length > limit ? out : out.sort(compareGroups(by))
}

/** Pool pillar cells from a cube: the Store.poolPillars contract. */
export function poolPillarCube(cube: Cube, filter: PillarFilter, by: readonly PillarKeyName[], limit?: number): PooledPillarGroup[] {
  const f = cubeFilter(cube.keys, filter as Partial<Record<string, readonly KeyValue[]>>)
  if (!f) return []
  const groups = cube.query(f, maskOf(cube.keys, by), limit)
  const out: PooledPillarGroup[] = groups.map((g) => ({
    keys: g.keys,
    n: g.sums[0],
    sumT: g.sums[1],
    sumTSq: g.sums[2],
    sumS: g.sums[3],
    sumSSq: g.sums[4],
    sumTS: g.sums[5],
  }))
  return limit !== undefined && out.length > limit ? out : out.sort(compareGroups(by))
}
