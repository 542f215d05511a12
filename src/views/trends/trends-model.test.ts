import { describe, expect, it } from 'vitest'
import type { ScoreRow } from '../../contract/v1'
import { parseDatasetCsv } from '../../domain/csv-import'
import no2021 from '../../domain/fixtures/no-2021.csv?raw'
import { DIMENSIONS } from '../../domain/framework'
import { poolCells, publish } from '../../domain/pooling'
import { changeRows, levelTrends, pillarSeries, spanYears, trendPaths, trendPoints, type TrendWords } from './trends-model'

/** Every dimension of the individual level at `mean` (se 0.02, n 400) in each given year. */
function rows(means: Record<number, number | 'suppressed'>): ScoreRow[] {
  return Object.entries(means).flatMap(([year, mean]) =>
    DIMENSIONS.map((d): ScoreRow =>
      mean === 'suppressed'
        ? { level: 'individual', dimension: d, year: Number(year), status: 'suppressed' }
        : { level: 'individual', dimension: d, year: Number(year), n: 400, mean, sd: 0.4, se: 0.02, ciLow: mean - 0.0392, ciHigh: mean + 0.0392, status: 'ok' },
    ),
  )
}

const words: TrendWords = {
  lang: 'nl',
  levelLabel: (l) => l,
  pillarLabel: (k) => k,
  missing: (r) => r,
  short: (r) => (r === 'suppressed' ? 'te weinig gegevens' : 'geen gegevens'),
  verdict: (c) => c,
  thin: 'dun',
  noPrevious: 'geen vorig jaar',
}

describe('trends model', () => {
  // 2019 3.0, 2020 3.1, 2021 missing, 2022 suppressed, 2023 3.3, 2024 3.31
  const years = [2019, 2020, 2021, 2022, 2023, 2024]
  const [t] = levelTrends(rows({ 2019: 3.0, 2020: 3.1, 2022: 'suppressed', 2023: 3.3, 2024: 3.31 }), [], years, ['individual'])

  it('keeps missing and suppressed years as gaps in the series of the chart', () => {
    const [T] = pillarSeries(t, words)
    expect(T.points.map((p) => p.value ?? p.missingText)).toEqual([3.0, 3.1, 'geen gegevens', 'te weinig gegevens', 3.3, 3.31].map((v) => (typeof v === 'number' ? expect.closeTo(v, 9) : v)))
    // T: four dimensions with se 0.02 → se 0.01; 3.0 → 3.1: d 0.1, se 0.01414, CI [0.072, 0.128]: a clear rise.
    // 3.3 → 3.31: d 0.01, CI [−0.018, 0.038]: no arrow. No change is computed across the gap.
    expect(T.points.map((p) => p.mark)).toEqual([undefined, 'up', undefined, undefined, undefined, undefined])
    expect(changeRows([t], words)[0].cells.map((c) => c.kind)).toEqual(['increase', 'unknown', 'unknown', 'unknown', 'no_clear_change'])
  })

  it('draws the path through the T × S plane in pieces that break at the gap', () => {
    expect(trendPaths([t]).map((p) => p.points.map((q) => q.year))).toEqual([
      [2019, 2020],
      [2023, 2024],
    ])
    // a focused level shows every year with a value, labelled at the ends of each piece
    expect(trendPoints([t], words, 'individual').map((p) => [p.id, p.label])).toEqual([
      ['individual-2019', '2019'],
      ['individual-2020', '2020'],
      ['individual-2023', '2023'],
      ['individual-2024', '2024'],
    ])
    // without a focus: each level's last year with a value
    expect(trendPoints([t], words).map((p) => [p.id, p.x])).toEqual([['individual', expect.closeTo(3.31, 9)]])
  })
})
describe('a year the data skip entirely (case I5, fixture no-2021.csv)', () => {
  // Groningen (GEM) and the Netherlands, 2019, 2020, 2022–2024: no 2021 rows at all
  const parsed = parseDatasetCsv(no2021)
  if (!parsed.ok) throw new Error('the fixture no-2021.csv must be valid')
  const cells = parsed.dataset.cells
  const yearsInData = [...new Set(cells.map((c) => c.year))]
  /** rows by level, dimension and year, pooled like the API pools them */
  const rowsOf = (levels: readonly string[]): ScoreRow[] => {
    const groups = new Map<string, typeof cells>()
    for (const c of cells.filter((x) => levels.includes(x.level))) {
      const k = `${c.level}|${c.dimension}|${c.year}`
      groups.set(k, [...(groups.get(k) ?? []), c])
    }
    return [...groups].map(([k, cs]) => {
      const [level, dimension, year] = k.split('|')
      return { level, dimension, year: Number(year), ...publish(poolCells(cs)) } as ScoreRow
    })
  }
  const years = spanYears(yearsInData, 2024)
  const trends = levelTrends(rowsOf(['individual', 'organisational', 'regional_sectoral']), rowsOf(['national']), years)

  it('puts 2021 on the time axis, linear in years', () => {
    expect(yearsInData.sort()).toEqual([2019, 2020, 2022, 2023, 2024])
    expect(years).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
  })
  it('draws 2021 as a gap at every level: the lines break there', () => {
    for (const t of trends) {
      const [T] = pillarSeries(t, words)
      expect(T.points.find((p) => p.year === 2021)).toMatchObject({ missingText: 'geen gegevens' })
      expect(T.points.find((p) => p.year === 2021)?.value).toBeUndefined()
    }
  })
  it('computes no change 2020 → 2022: both changes around 2021 are unknown', () => {
    for (const t of trends) {
      const yoy = t.yoy.T.map((c) => `${c.from}→${c.to}:${c.change === 'unknown' ? 'unknown' : 'known'}`)
      expect(yoy).toEqual(['2019→2020:known', '2020→2021:unknown', '2021→2022:unknown', '2022→2023:known', '2023→2024:known'])
    }
    expect(changeRows(trends, words)[0].cells.map((c) => c.kind)[1]).toBe('unknown')
    expect(changeRows(trends, words)[0].cells.map((c) => c.kind)[2]).toBe('unknown')
  })
})
