import { describe, expect, it } from 'vitest'
import type { ScoreRow } from '../../contract/v1'
import { DIMENSIONS } from '../../domain/framework'
import { compareYearOf } from './year-comparison'
import { changeRows, levelTrends, pillarSeries, trendPaths, trendPoints, type TrendWords } from './trends-model'

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
    expect(T.points.map((p) => p.value ?? p.absentText)).toEqual([3.0, 3.1, 'geen gegevens', 'te weinig gegevens', 3.3, 3.31].map((v) => (typeof v === 'number' ? expect.closeTo(v, 9) : v)))
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

describe('the comparison year in the address', () => {
  it('accepts only a year in the data before the chosen one', () => {
    const years = [2019, 2020, 2021, 2022]
    expect(compareYearOf(undefined, years, 2022)).toEqual({})
    expect(compareYearOf('2019', years, 2022)).toEqual({ from: 2019 })
    expect(compareYearOf('2022', years, 2022)).toEqual({ invalid: '2022' })
    expect(compareYearOf('2018', years, 2022)).toEqual({ invalid: '2018' })
    expect(compareYearOf('19', years, 2022)).toEqual({ invalid: '19' })
  })
})
