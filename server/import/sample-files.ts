/**
 * Valid dataset files of any size (up to about 120,000 rows), generated deterministically: for
 * tests, the fault test and the import benchmark. Every row is a distinct cell with codes from
 * the framework; values are synthetic.
 */
import type { Cell } from '../../src/domain/cells'
import { datasetCsv } from '../../src/domain/csv-import'
import type { CsvVariant } from '../../src/domain/csv-export'
import { COUNTRIES, DIMENSIONS, LEVELS, PROVINCES, SECTORS } from '../../src/domain/framework'
import { sumsFromMeanSd } from '../../src/domain/pooling'

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

/** Distinct cells per year: 9 dimensions × (12 countries + 3 levels × 12 provinces × 14 sectors). */
export const CELLS_PER_YEAR = DIMENSIONS.length * (COUNTRIES.length + 3 * PROVINCES.length * SECTORS.length)
const FIRST_YEAR = 2000
const LAST_YEAR = 2025
export const MAX_SAMPLE_CELLS = CELLS_PER_YEAR * (LAST_YEAR - FIRST_YEAR + 1)

/** `count` synthetic cells, newest year first; `seed` changes the values, not the keys. */
export function sampleCells(count: number, seed = 1): Cell[] {
  if (count > MAX_SAMPLE_CELLS) throw new Error(`at most ${MAX_SAMPLE_CELLS} sample cells`)
  const rand = prng(seed)
  const cells: Cell[] = []
  const push = (level: string, dimension: string, region: string, sector: string | null, year: number) => {
    const n = 5 + Math.floor(rand() * 400)
    const mean = Math.round((1.5 + rand() * 3) * 100) / 100
    const sd = Math.round((0.5 + rand() * 0.7) * 100) / 100
    cells.push({ level, dimension, region, sector, year, ...sumsFromMeanSd(n, mean, sd) })
  }
  for (let year = LAST_YEAR; year >= FIRST_YEAR && cells.length < count; year--) {
    for (const dimension of DIMENSIONS) {
      for (const c of COUNTRIES) {
        if (cells.length >= count) return cells
        push('national', dimension, c.code, null, year)
      }
      for (const level of LEVELS.filter((l) => l !== 'national')) {
        for (const p of PROVINCES) {
          for (const s of SECTORS) {
            if (cells.length >= count) return cells
            push(level, dimension, p.code, s.code, year)
          }
        }
      }
    }
  }
  return cells
}

/** A valid dataset file of `rows` rows (values with two decimals, as a survey export has them). */
export function sampleDatasetCsv(rows: number, variant: CsvVariant = 'intl', seed = 1): string {
  return datasetCsv(sampleCells(rows, seed), variant, 2)
}
