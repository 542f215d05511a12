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

/** The item columns of a sample respondent file: three questions per dimension, the third reverse-scored. */
export const SAMPLE_ITEMS: readonly string[] = DIMENSIONS.flatMap((d) => [`${d}_1`, `${d}_2`, `${d}_3_r`])

/**
 * A valid respondent file (one row per respondent, docs/data-format.md) of `respondents` rows:
 * individual level, spread over the provinces, sectors and years 2019–2025; answers 1–5 around
 * a per-respondent level, 4% no-answer codes. Synthetic; for tests and the import benchmark.
 */
export function sampleRespondentRows(respondents: number, seed = 1): (string | number)[][] {
  const rand = prng(seed)
  const rows: (string | number)[][] = [['level', 'region', 'sector', 'year', ...SAMPLE_ITEMS]]
  const codes = ['', 'weet niet', 'n.v.t.', 9]
  for (let i = 0; i < respondents; i++) {
    const p = PROVINCES[i % PROVINCES.length].code
    const s = SECTORS[Math.floor(i / PROVINCES.length) % SECTORS.length].code
    const year = 2019 + (Math.floor(i / (PROVINCES.length * SECTORS.length)) % 7)
    const level = 1.5 + rand() * 3
    const answers = SAMPLE_ITEMS.map((item) => {
      if (rand() < 0.04) return codes[Math.floor(rand() * codes.length)]
      const x = Math.min(5, Math.max(1, Math.round(level + (rand() - 0.5) * 2)))
      return item.endsWith('_r') ? 6 - x : x
    })
    rows.push(['individual', p, s, year, ...answers])
  }
  return rows
}

/** Respondent rows as CSV (`;` and decimal comma for 'nl', `,` for 'intl'). */
export function sampleRespondentCsv(respondents: number, variant: CsvVariant = 'nl', seed = 1): string {
  const sep = variant === 'nl' ? ';' : ','
  return `${sampleRespondentRows(respondents, seed)
    .map((r) => r.join(sep))
    .join('\r\n')}\r\n`
}
