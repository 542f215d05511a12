import { describe, expect, it } from 'vitest'
import { pillarSeries, describe as describeSums } from './pooling'
import { isNoAnswer, minItems, parseItemColumn, RespondentAggregator, scoreRespondent, type ItemColumn } from './respondents'

const cols = (...names: string[]): ItemColumn[] => names.map((n) => parseItemColumn(n)!)

describe('item columns', () => {
  it('reads dimension, item and the reverse mark', () => {
    expect(parseItemColumn('T1_1')).toEqual({ name: 'T1_1', dimension: 'T1', item: '1', reverse: false })
    expect(parseItemColumn(' s2_4_r ')).toEqual({ name: 's2_4_r', dimension: 'S2', item: '4', reverse: true })
    expect(parseItemColumn('T5_1')).toBeUndefined()
    expect(parseItemColumn('level')).toBeUndefined()
  })
  it('knows the no-answer codes in both languages', () => {
    for (const t of ['', ' ', 'Weet niet', 'n.v.t.', 'NVT', '9', "Don't know", 'n/a']) expect(isNoAnswer(t)).toBe(true)
    for (const t of ['1', '5', '0', 'ja']) expect(isNoAnswer(t)).toBe(false)
  })
  it('needs half of a dimension’s items, rounded up', () => {
    expect([1, 2, 3, 4, 5].map(minItems)).toEqual([1, 1, 2, 2, 3])
  })
})

describe('scoreRespondent (worked by hand)', () => {
  // T1: items 1, 2, 3_r; T2..T4 one item each; S1..S5 one item each
  const items = cols('T1_1', 'T1_2', 'T1_3_r', 'T2_1', 'T3_1', 'T4_1', 'S1_1', 'S2_1', 'S3_1', 'S4_1', 'S5_1')
  it('means of items, reversed where marked, and pillar means', () => {
    // T1 = (4 + 2 + (6−5)) / 3 = 7/3; T = (7/3 + 3 + 4 + 2) / 4 = 34/12; S = (3+3+2+4+5)/5 = 3.4
    const r = scoreRespondent(items, [4, 2, 5, 3, 4, 2, 3, 3, 2, 4, 5])
    expect(r.dimensions.T1).toBeCloseTo(7 / 3, 12)
    expect(r.technological).toBeCloseTo(34 / 12, 12)
    expect(r.social).toBeCloseTo(3.4, 12)
    expect(r.missingAnswers).toBe(0)
  })
  it('a dimension with too few answers has no score, and then no pillar score', () => {
    // T1: 1 of 3 answered (needs 2) → no T1, so no T; S complete
    const r = scoreRespondent(items, [4, null, null, 3, 4, 2, 3, 3, 2, 4, 5])
    expect(r.dimensions.T1).toBeUndefined()
    expect(r.technological).toBeUndefined()
    expect(r.social).toBeCloseTo(3.4, 12)
    expect(r.missingAnswers).toBe(2)
  })
  it('refuses an answer outside 1–5', () => {
    expect(() => scoreRespondent(items, [6, 2, 5, 3, 4, 2, 3, 3, 2, 4, 5])).toThrow(RangeError)
  })
})

describe('RespondentAggregator', () => {
  it('sums dimension and pillar statistics per cell; the gap carries the covariance', () => {
    const items = cols('T1_1', 'T2_1', 'T3_1', 'T4_1', 'S1_1', 'S2_1', 'S3_1', 'S4_1', 'S5_1')
    const key = { level: 'organisational', region: 'PV20', sector: 'GEM', year: 2025 }
    const agg = new RespondentAggregator()
    // three respondents: T = 2, 3, 4 and S = 3, 3, 5 (all dimensions equal within a pillar)
    for (const [t, s] of [[2, 3], [3, 3], [4, 5]]) agg.add(key, scoreRespondent(items, [t, t, t, t, s, s, s, s, s]))
    const { cells, pillarCells } = agg.result()
    expect(cells).toHaveLength(9)
    expect(cells[0]).toEqual({ ...key, dimension: 'T1', n: 3, sum: 9, sumSq: 29 })
    expect(pillarCells).toEqual([{ ...key, n: 3, sumT: 9, sumTSq: 29, sumS: 11, sumSSq: 43, sumTS: 35 }])
    // G per respondent: −1, 0, −1 → mean −2/3, var = ((1/3)² + (2/3)² + (1/3)²)/2 = 1/3
    const g = describeSums(pillarSeries(pillarCells[0]).gap)
    expect(g.mean).toBeCloseTo(-2 / 3, 12)
    expect(g.sd ** 2).toBeCloseTo(1 / 3, 12)
    expect(agg.respondents).toBe(3)
  })
})
