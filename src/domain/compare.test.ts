import { describe, expect, it } from 'vitest'
import {
  compareUnits,
  countVerdicts,
  metricAcross,
  nearestUnits,
  possibleLeaders,
  profileVector,
  rankRanges,
  trimSelection,
  unitsFromRows,
  type Unit,
} from './compare'
import { isMetric, metricOf } from './groups'
import { difference, fromPublished, scoreOf, summariseLevel, verdictOf, type Indicator, type Score } from './indices'
import { poolCells, publish, sumsFromMeanSd } from './pooling'
import { dims } from './test-fixtures'

const none: Indicator = { kind: 'none', reason: 'suppressed' }

describe('the CI of a difference from the reference', () => {
  it('is d ± 1.96·√(se_a² + se_b²), and names higher / similar / lower only by that CI', () => {
    // 3.4 (se 0.04) − 3.2 (se 0.02) = 0.2, se √0.002 = 0.0447214, half-width 0.0876539
    const higher = difference(scoreOf(3.4, 0.04, 500), scoreOf(3.2, 0.02, 5000)) as Score
    expect(higher.value).toBeCloseTo(0.2, 12)
    expect(higher.se).toBeCloseTo(0.0447214, 6)
    expect(higher.ciLow).toBeCloseTo(0.1123461, 6)
    expect(higher.ciHigh).toBeCloseTo(0.2876539, 6)
    expect(verdictOf(higher)).toBe('higher')
    // 3.25 (se 0.05) − 3.2 (se 0.02) = 0.05, se √0.0029 = 0.0538516 → CI [−0.0555492, 0.1555492]
    const similar = difference(scoreOf(3.25, 0.05, 500), scoreOf(3.2, 0.02, 5000)) as Score
    expect(similar.ciLow).toBeCloseTo(-0.0555492, 6)
    expect(similar.ciHigh).toBeCloseTo(0.1555492, 6)
    expect(verdictOf(similar)).toBe('similar')
    // 2.9 (se 0.06) − 3.2 (se 0.02) = −0.3, se √0.004 = 0.0632456 → CI [−0.4239613, −0.1760387]
    const lower = difference(scoreOf(2.9, 0.06, 500), scoreOf(3.2, 0.02, 5000)) as Score
    expect(lower.ciHigh).toBeCloseTo(-0.1760387, 6)
    expect(verdictOf(lower)).toBe('lower')
  })

  it('is conservative for a province that is part of the national pool', () => {
    // Province: n 100, mean 3.4, sd 0.5 (se 0.05). Rest of the country: n 400, mean 3.2, sd 0.5 (se 0.025).
    // Netherlands = both pooled: n 500, mean 3.24, var (5376.5 − 500·3.24²)/499 = 0.2559118, se 0.0226235.
    // The exact difference P − NL = (1 − 100/500)·(P − R) = 0.8 · 0.2 = 0.16, with
    // se 0.8·√(0.05² + 0.025²) = 0.0447214. The independence formula gives √(0.05² + 0.0226235²)
    // = 0.0548801: wider, so a difference called clear with it is clear with the exact se too.
    const p = sumsFromMeanSd(100, 3.4, 0.5)
    const rest = sumsFromMeanSd(400, 3.2, 0.5)
    const nl = publish(poolCells([p, rest]))
    const d = difference(fromPublished(publish(p)), fromPublished(nl)) as Score
    expect(d.value).toBeCloseTo(0.16, 10)
    expect(d.se).toBeCloseTo(0.0548801, 6)
    const exact = 0.8 * Math.hypot(0.05, 0.025)
    expect(exact).toBeCloseTo(0.0447214, 6)
    expect(d.se).toBeGreaterThan(exact)
  })
})

describe('compareUnits', () => {
  // Province: every T dimension 3.4, every S dimension 3.0, se 0.1 → bounded pillar se (ADR 0007)
  // T ≤ 4·0.1/4 = 0.1, S ≤ 0.1. Reference: T 3.2, S 3.0, dimension se 0.04 → T se 0.04, S se 0.04.
  const province: Unit = { id: 'PV26', levels: [summariseLevel('individual', dims(3.4, 3.0, 0.1))] }
  const reference: Unit = { id: 'NL', levels: [summariseLevel('individual', dims(3.2, 3.0, 0.04))] }
  const cells = compareUnits([province], reference, ['R', 'T', 'S', 'T1'])

  it('lists the reference first, then each unit, per measure', () => {
    expect(cells.map((c) => `${c.measure}:${c.unit}`)).toEqual(['R:NL', 'R:PV26', 'T:NL', 'T:PV26', 'S:NL', 'S:PV26', 'T1:NL', 'T1:PV26'])
    expect(cells.filter((c) => c.unit === 'NL').every((c) => c.diff === undefined && c.verdict === undefined)).toBe(true)
  })
  it('computes the pillar differences by hand', () => {
    // T: 0.2, se √(0.1² + 0.04²) = √0.0116 = 0.1077033, CI [−0.0110985, 0.4110985] → similar
    // (under the old independence rule, se √(0.05² + 0.02²) = 0.0538516 made it "higher")
    const t = cells.find((c) => c.unit === 'PV26' && c.measure === 'T')!
    expect((t.diff as Score).ciLow).toBeCloseTo(-0.0110985, 6)
    expect((t.diff as Score).ciHigh).toBeCloseTo(0.4110985, 6)
    expect(t.verdict).toBe('similar')
    // S: 0, se √(0.01 + 0.0016) → similar
    expect(cells.find((c) => c.unit === 'PV26' && c.measure === 'S')!.verdict).toBe('similar')
  })
  it('computes the readiness difference by hand', () => {
    // R = √(3.4·3) = 3.1937439, se ≤ (3·0.1 + 3.4·0.1)/(2R) = 0.64 / 6.3874878 = 0.1001959
    // R_NL = √(3.2·3) = 3.0983867, se ≤ (3·0.04 + 3.2·0.04)/(2R) = 0.248 / 6.1967734 = 0.0400208
    // d = 0.0953572, se √(0.1001959² + 0.0400208²) = 0.1078929 → CI [−0.1161129, 0.3068273] → similar
    const r = cells.find((c) => c.unit === 'PV26' && c.measure === 'R')!
    expect((r.score as Score).se).toBeCloseTo(0.1001959, 6)
    expect((r.diff as Score).value).toBeCloseTo(0.0953572, 6)
    expect((r.diff as Score).ciLow).toBeCloseTo(-0.1161129, 6)
    expect((r.diff as Score).ciHigh).toBeCloseTo(0.3068273, 6)
    expect(r.verdict).toBe('similar')
  })
  it('cannot judge a suppressed value, and counts verdicts', () => {
    const thin: Unit = { id: 'PV29', levels: [summariseLevel('individual', dims(3.0, 3.0, 0.1, 100, { T1: none }))] }
    const c = compareUnits([province, thin], reference, ['T1', 'S1'])
    expect(c.find((x) => x.unit === 'PV29' && x.measure === 'T1')).toMatchObject({ verdict: 'unknown', diff: { kind: 'none', reason: 'suppressed' } })
    // T1: PV26 3.4 vs 3.2, se √(0.01 + 0.0016) = 0.1077 → half 0.2111 > 0.2 → similar;
    // S1: 3.0 vs 3.0 similar for both; PV29 T1 unknown
    expect(countVerdicts(c)).toEqual({ higher: 0, lower: 0, similar: 3, unknown: 1 })
  })
  it('has no differences without a reference', () => {
    const c = compareUnits([province], undefined, ['R'])
    expect(c).toHaveLength(1)
    expect(c[0].diff).toBeUndefined()
  })
})

describe('metrics', () => {
  it('reads R, T, S, G and a dimension from a level summary', () => {
    const l = summariseLevel('individual', dims(3.4, 3.0, 0.1))
    expect((metricOf(l, 'T') as Score).value).toBeCloseTo(3.4, 12)
    expect((metricOf(l, 'S') as Score).value).toBeCloseTo(3.0, 12)
    expect((metricOf(l, 'G') as Score).value).toBeCloseTo(0.4, 12)
    expect((metricOf(l, 'R') as Score).value).toBeCloseTo(Math.sqrt(10.2), 12)
    expect((metricOf(l, 'S2') as Score).value).toBe(3.0)
    expect(isMetric('S5')).toBe(true)
    expect(isMetric('X')).toBe(false)
  })
  it('averages a metric over levels with se √(Σse²)/k', () => {
    // T1 at three levels: 3.0 (se 0.1), 3.3 (se 0.2), 3.6 (se 0.2) → 3.3, se √0.09 / 3 = 0.1
    const levels = [
      summariseLevel('individual', dims(3.0, 3, 0.1)),
      summariseLevel('organisational', dims(3.3, 3, 0.2)),
      summariseLevel('regional_sectoral', dims(3.6, 3, 0.2)),
    ]
    const t1 = metricAcross(levels, 'T1') as Score
    expect(t1.value).toBeCloseTo(3.3, 12)
    expect(t1.se).toBeCloseTo(0.1, 12)
    // G per level: 0 / 0.3 / 0.6 → mean 0.3
    expect((metricAcross(levels, 'G') as Score).value).toBeCloseTo(0.3, 12)
    expect(metricAcross([levels[0]], 'T1')).toBe(levels[0].dimensions.T1)
    const gap = [summariseLevel('individual', dims(3, 3, 0.1, 100, { S4: none })), levels[1]]
    expect(metricAcross(gap, 'R')).toEqual(none)
  })
  it('builds units from API rows grouped by region', () => {
    const rows = [
      { level: 'individual', dimension: 'T1', region: 'PV20', status: 'ok' as const, n: 50, mean: 3.1, sd: 0.7, se: 0.099, ciLow: 2.906, ciHigh: 3.294 },
      { level: 'individual', dimension: 'T1', region: 'PV21', status: 'suppressed' as const },
    ]
    const [a, b, c] = unitsFromRows(rows, ['PV20', 'PV21', 'PV22'], ['individual'])
    expect((a.levels[0].dimensions.T1 as Score).value).toBe(3.1)
    expect(b.levels[0].dimensions.T1).toEqual({ kind: 'none', reason: 'suppressed' })
    expect(c.levels[0].dimensions.T1).toEqual({ kind: 'none', reason: 'missing' })
  })
})

describe('rank ranges', () => {
  const s = (v: number) => scoreOf(v, 0.1, 100)
  it('gives each unit the ranks its CI allows, by hand', () => {
    // se 0.1 each: a difference is clear beyond 1.96·√0.02 = 0.277186.
    // A 3.5, B 3.4, C 3.2, D 2.6. Clear pairs: A>C (0.3), A>D, B>D, C>D; not: A−B (0.1), B−C (0.2).
    // A: 0 above → best 1; C, D below → worst 4 − 2 = 2.   B: best 1; only D below → worst 3.
    // C: A above → best 2; D below → worst 3.              D: 3 above → 4; worst 4.
    const r = rankRanges([
      { id: 'D', score: s(2.6) },
      { id: 'E', score: none },
      { id: 'B', score: s(3.4) },
      { id: 'A', score: s(3.5) },
      { id: 'C', score: s(3.2) },
    ])
    expect(r.map((x) => [x.id, x.position, x.best, x.worst])).toEqual([
      ['A', 1, 1, 2],
      ['B', 2, 1, 3],
      ['C', 3, 2, 3],
      ['D', 4, 4, 4],
      ['E', undefined, undefined, undefined],
    ])
    expect(possibleLeaders(r).map((x) => x.id)).toEqual(['A', 'B'])
  })
  it('collapses to single ranks when every pair is clear, and sorts ties by id', () => {
    const r = rankRanges([
      { id: 'b', score: s(3) },
      { id: 'a', score: s(4) },
      { id: 'c', score: s(2) },
    ])
    expect(r.map((x) => `${x.id}${x.best}-${x.worst}`)).toEqual(['a1-1', 'b2-2', 'c3-3'])
    const tie = rankRanges([
      { id: 'y', score: s(3) },
      { id: 'x', score: s(3) },
    ])
    expect(tie.map((x) => `${x.id}${x.position}:${x.best}-${x.worst}`)).toEqual(['x1:1-2', 'y2:1-2'])
  })
})

describe('similar units', () => {
  it('ranks complete profiles by root-mean-square difference', () => {
    // X [3, 3]: A [3.1, 2.9] → √(0.02/2) = 0.1; E [2.9, 3.1] → 0.1; C [3, 3.2] → √(0.04/2) = 0.1414214;
    // B [3.3, 3] → √(0.09/2) = 0.2121320; D is incomplete and takes no part.
    const vectors = new Map<string, (number | undefined)[]>([
      ['X', [3, 3]],
      ['B', [3.3, 3]],
      ['E', [2.9, 3.1]],
      ['A', [3.1, 2.9]],
      ['C', [3, 3.2]],
      ['D', [3.1, undefined]],
    ])
    const n = nearestUnits('X', vectors)
    expect(n.map((x) => x.id)).toEqual(['A', 'E', 'C'])
    expect(n[0].distance).toBeCloseTo(0.1, 12)
    expect(n[2].distance).toBeCloseTo(0.1414214, 6)
    expect(nearestUnits('D', vectors)).toEqual([])
  })
  it('reads a profile as the nine dimensions per level, in order', () => {
    const v = profileVector([summariseLevel('individual', dims(3.4, 3.0, 0.1, 100, { S5: none }))])
    expect(v).toEqual([3.4, 3.4, 3.4, 3.4, 3, 3, 3, 3, undefined])
  })
})

describe('trimSelection', () => {
  it('keeps the first valid codes up to the maximum and reports the rest', () => {
    const valid = (c: string) => c.startsWith('PV')
    expect(trimSelection(['PV20', 'XX', 'PV21', 'PV20', 'PV22'], valid, 2)).toEqual({ kept: ['PV20', 'PV21'], invalid: ['XX'], overflow: ['PV22'] })
  })
})
