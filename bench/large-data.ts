/**
 * Large synthetic datasets for benchmarks: the demo cells first (so every demo query still has
 * its answer), then copies of the sub-national demo cells under synthetic municipality-style
 * region codes (GM0001…), each copy's means shifted a little (sd kept), up to the size asked.
 */
import { DEMO_INFO, generateDemoCells } from '../mocks/demo-data'
import type { DatasetInfo } from '../src/contract/v1'
import type { Cell } from '../src/domain/cells'

function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generateLargeCells(size: number, seed = 7): Cell[] {
  const demo = generateDemoCells()
  const out: Cell[] = demo.slice(0, size)
  const template = demo.filter((c) => c.sector !== null)
  const rand = prng(seed)
  for (let copy = 1; out.length < size; copy++) {
    const codes = new Map<string, string>()
    const shift = new Map<string, number>()
    for (const c of template) {
      if (out.length >= size) break
      let region = codes.get(c.region)
      if (!region) {
        region = `GM${String(codes.size + 1 + (copy - 1) * 12).padStart(4, '0')}`
        codes.set(c.region, region)
        shift.set(region, (rand() - 0.5) * 0.4)
      }
      // shift the mean by d, keep the spread: Σ(x+d) = Σx + n·d; Σ(x+d)² = Σx² + 2d·Σx + n·d²
      const d = shift.get(region)! + (rand() - 0.5) * 0.05
      out.push({ ...c, region, sum: c.sum + c.n * d, sumSq: c.sumSq + 2 * d * c.sum + c.n * d * d })
    }
  }
  return out
}

export function largeInfo(size: number): Omit<DatasetInfo, 'cells'> {
  return {
    ...DEMO_INFO,
    id: `bench-${size}`,
    version: `bench-${size}-1`,
    title: { nl: `Benchmarkdata (${size} cellen, synthetisch)`, en: `Benchmark data (${size} cells, synthetic)` },
  }
}
