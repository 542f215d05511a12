import { describe, expect, it } from 'vitest'
import { pillarSeries, publish, type PillarSums } from './pooling'
import {
  balanceOf,
  lowestShown,
  coherence,
  difference,
  gapBound,
  meanOfIndependent,
  pillarScore,
  readiness,
  scoreOf,
  summariseLevel,
  summariseLevels,
  verdictOf,
  type KeyedPublished,
  type Score,
} from './indices'
import { PILLAR_INFO } from './framework'
import { dims } from './test-fixtures'

describe('pillar scores from dimension cells (bounds, ADR 0007)', () => {
  it('averages the dimensions with se ≤ Σse/k', () => {
    // T: four dimensions at 3.0, se 0.1 → se_T ≤ 0.4 / 4 = 0.1 (independence would give √0.04 / 4 = 0.05)
    // S: five dimensions at 2.5, se 0.1 → se_S ≤ 0.5 / 5 = 0.1 (independence: √0.05 / 5 = 0.0447214)
    const d = dims(3, 2.5, 0.1)
    const t = pillarScore(d, 'technological') as Score
    const s = pillarScore(d, 'social') as Score
    expect(t.value).toBeCloseTo(3, 12)
    expect(t.se).toBeCloseTo(0.1, 12)
    expect(s.value).toBeCloseTo(2.5, 12)
    expect(s.se).toBeCloseTo(0.1, 12)
  })
  it('bounds unequal dimension errors by their mean', () => {
    // T1..T4 se 0.1, 0.2, 0.3, 0.2 → se_T ≤ 0.8 / 4 = 0.2; value (3 + 3 + 3 + 3) / 4 = 3
    const d = dims(3, 2.5, 0.1, 100, { T2: scoreOf(3, 0.2, 100), T3: scoreOf(3, 0.3, 100), T4: scoreOf(3, 0.2, 100) })
    expect((pillarScore(d, 'technological') as Score).se).toBeCloseTo(0.2, 12)
  })
  it('is suppressed when one dimension is suppressed', () => {
    const d = dims(3, 2.5, 0.1, 100, { T2: { kind: 'none', reason: 'suppressed' } })
    expect(pillarScore(d, 'technological')).toEqual({ kind: 'none', reason: 'suppressed' })
    expect(pillarScore(d, 'social').kind).toBe('score')
  })
  it('gives the gap se_G ≤ se_T + se_S and readiness se_R ≤ (S·se_T + T·se_S) / (2R)', () => {
    // T 3.0 (se 0.1), S 2.5 (se 0.1): G = 0.5, se_G = 0.2, CI 0.5 ± 0.392 = [0.108, 0.892] → tech-led
    // R = √7.5 = 2.7386128; se_R = (2.5·0.1 + 3·0.1) / (2·2.7386128) = 0.55 / 5.4772256 = 0.1004158,
    // CI [2.5417978, 2.9354278]
    const l = summariseLevel('individual', dims(3, 2.5, 0.1))
    expect(l.intervals).toBe('bound')
    const g = l.gap as Score
    expect(g.value).toBeCloseTo(0.5, 12)
    expect(g.se).toBeCloseTo(0.2, 12)
    expect(g.ciLow).toBeCloseTo(0.108, 12)
    expect(g.ciHigh).toBeCloseTo(0.892, 12)
    expect(l.balance).toBe('tech_led')
    const r = l.readiness as Score
    expect(r.value).toBeCloseTo(2.7386128, 6)
    expect(r.se).toBeCloseTo(0.1004158, 6)
    expect(r.ciLow).toBeCloseTo(2.5417978, 6)
    expect(r.ciHigh).toBeCloseTo(2.9354278, 6)
  })
})

describe('the verdict changes between the independence rule and the bound (hand-worked)', () => {
  // Every dimension has se 0.1 (n = 100). The independence rule (before issue #16) gives
  // se_T = 0.05, se_S = 0.0447214; the bound gives 0.1 and 0.1.
  const independentPillar = (l: ReturnType<typeof summariseLevel>, p: 'technological' | 'social') =>
    meanOfIndependent(PILLAR_INFO[p].dimensions.map((d) => l.dimensions[d]!)) as Score

  it('the weakest level: clear under independence, not under the bound', () => {
    // Organisational: every dimension 2.8, the others 3.0 → R = 2.8 and 3.0 (T = S).
    // Independence: se_R = √(0.05² + 0.0447214²) / 2 = 0.0335410; difference −0.2 with
    // se √2·0.0335410 = 0.0474342, CI [−0.2930, −0.1070] → organisational is the weakest, shown by the data.
    // Bound: se_R = (x·0.1 + x·0.1) / (2x) = 0.1; difference se √2·0.1 = 0.1414214,
    // CI [−0.4772, 0.0772] holds zero → no clear weak link.
    const levels = [
      summariseLevel('individual', dims(3, 3, 0.1)),
      summariseLevel('organisational', dims(2.8, 2.8, 0.1)),
      summariseLevel('regional_sectoral', dims(3, 3, 0.1)),
    ]
    const oldR = levels.map((l) => {
      const t = independentPillar(l, 'technological')
      const s = independentPillar(l, 'social')
      return readiness(t, s, difference(t, s)) as Score // cov = 0: the old formula
    })
    expect(oldR[1].se).toBeCloseTo(0.033541, 6)
    const oldDiff = difference(oldR[1], oldR[0]) as Score
    expect(oldDiff.ciHigh).toBeCloseTo(-0.107029, 6)
    expect(verdictOf(oldDiff)).toBe('lower')

    expect((levels[1].readiness as Score).se).toBeCloseTo(0.1, 12)
    const newDiff = difference(levels[1].readiness, levels[0].readiness) as Score
    expect(newDiff.ciLow).toBeCloseTo(-0.477186, 6)
    expect(newDiff.ciHigh).toBeCloseTo(0.077186, 6)
    const c = coherence(levels)
    expect(c.weakest).toBe('organisational')
    expect(c.weakestIsClear).toBe(false)
  })

  it('the balance: tech-led under independence, balanced within the margin under the bound', () => {
    // T 3.2, S 3.0. Independence: se_G = √(0.05² + 0.0447214²) = 0.0670820, CI [0.0685, 0.3315] → tech-led.
    // Bound: se_G = 0.1 + 0.1 = 0.2, CI [−0.192, 0.592] → balanced.
    const l = summariseLevel('individual', dims(3.2, 3.0, 0.1))
    const oldGap = difference(independentPillar(l, 'technological'), independentPillar(l, 'social')) as Score
    expect(oldGap.ciLow).toBeCloseTo(0.068519, 6)
    expect(balanceOf(oldGap)).toBe('tech_led')
    expect((l.gap as Score).ciLow).toBeCloseTo(-0.192, 12)
    expect(l.balance).toBe('balanced')
  })
})

describe('pillar rows give exact intervals (ADR 0007, hand-worked)', () => {
  // Ten respondents (T, S): (3,2) (4,3) (3,3) (2,2) (4,4) (3,2) (5,4) (3,3) (2,1) (1,2)
  // ΣT = 30, ΣT² = 102, ΣS = 26, ΣS² = 76, ΣTS = 86.
  // T̄ = 3.0, var T = (102 − 90) / 9 = 1.3333333, se_T = √(1.3333333 / 10) = 0.3651484
  // S̄ = 2.6, var S = (76 − 67.6) / 9 = 0.9333333, se_S = √0.0933333 = 0.3055050
  // cov(T, S) = (86 − 10·3·2.6) / 9 = 0.8888889
  // G = T − S: ΣG = 4, ΣG² = 102 − 2·86 + 76 = 6, Ḡ = 0.4, var G = (6 − 1.6) / 9 = 0.4888889
  //   (= 1.3333333 + 0.9333333 − 2·0.8888889), se_G = √0.0488889 = 0.2211083,
  //   CI [−0.0333723, 0.8333723] → balanced
  // R = √(3·2.6) = 2.7928480; var R = (2.6²·0.1333333 + 3²·0.0933333 + 2·3·2.6·0.0888889) / (4·7.8)
  //   = (0.9013333 + 0.84 + 1.3866667) / 31.2 = 0.1002564, se_R = 0.3166329
  const sums: PillarSums = { n: 10, sumT: 30, sumTSq: 102, sumS: 26, sumSSq: 76, sumTS: 86 }
  const series = pillarSeries(sums)
  const rows: KeyedPublished[] = [
    { level: 'individual', pillar: 'technological', ...publish(series.technological) },
    { level: 'individual', pillar: 'social', ...publish(series.social) },
    { level: 'individual', pillar: 'gap', ...publish(series.gap) },
    // dimension rows of the same level: the profile still shows them, the pillars come from the pillar rows
    ...(['T1', 'T2', 'T3', 'T4', 'S1', 'S2', 'S3', 'S4', 'S5'] as const).map((d) => ({
      level: 'individual',
      dimension: d,
      ...publish({ n: 10, sum: d.startsWith('T') ? 30 : 26, sumSq: d.startsWith('T') ? 102 : 76 }),
    })),
  ]

  it('takes T, S and G with their exact intervals and derives R by the delta method', () => {
    const [l] = summariseLevels(rows, ['individual'])
    expect(l.intervals).toBe('exact')
    const t = l.technological as Score
    const s = l.social as Score
    const g = l.gap as Score
    const r = l.readiness as Score
    expect(t.value).toBeCloseTo(3, 12)
    expect(t.se).toBeCloseTo(0.3651484, 6)
    expect(s.value).toBeCloseTo(2.6, 12)
    expect(s.se).toBeCloseTo(0.305505, 6)
    expect(g.value).toBeCloseTo(0.4, 12)
    expect(g.se).toBeCloseTo(0.2211083, 6)
    expect(g.ciLow).toBeCloseTo(-0.0333723, 6)
    expect(g.ciHigh).toBeCloseTo(0.8333723, 6)
    expect(l.balance).toBe('balanced')
    expect(r.value).toBeCloseTo(2.792848, 6)
    expect(r.se).toBeCloseTo(0.3166329, 6)
    // n = 10 < 30: low reliability, as for any estimate
    expect(r.status).toBe('low_reliability')
  })
  it('is narrower than the bound from the same respondents’ dimension cells, and never wider', () => {
    const [exact] = summariseLevels(rows, ['individual'])
    const [bounded] = summariseLevels(rows.filter((r) => !r.pillar), ['individual'])
    expect(bounded.intervals).toBe('bound')
    // bound: se_G = 0.3651484 + 0.3055050 = 0.6706534; se_R = (2.6·0.3651484 + 3·0.3055050) / (2·2.792848) = 0.3340498
    expect((bounded.gap as Score).se).toBeCloseTo(0.6706534, 6)
    expect((bounded.readiness as Score).se).toBeCloseTo(0.3340498, 6)
    expect((exact.gap as Score).se).toBeLessThan((bounded.gap as Score).se)
    expect((exact.readiness as Score).se).toBeLessThanOrEqual((bounded.readiness as Score).se)
  })
  it('falls back to the bounds when a pillar row is suppressed', () => {
    const withSuppressed = rows.map((r) => (r.pillar === 'gap' ? { level: 'individual', pillar: 'gap', status: 'suppressed' as const } : r))
    const [l] = summariseLevels(withSuppressed, ['individual'])
    expect(l.intervals).toBe('bound')
    expect((l.gap as Score).se).toBeCloseTo(0.6706534, 6)
  })
})

describe('readiness', () => {
  it('lets a weak pillar pull readiness below the arithmetic mean', () => {
    const r = readiness(scoreOf(4, 0.1, 100), scoreOf(2, 0.1, 100)) as Score
    expect(r.value).toBeCloseTo(Math.sqrt(8), 12)
    expect(r.value).toBeLessThan(3)
    // bound: (2·0.1 + 4·0.1) / (2·√8) = 0.6 / 5.6568542 = 0.1060660
    expect(r.se).toBeCloseTo(0.106066, 6)
  })
})

describe('balance gap', () => {
  it('calls a large gap that is not shown balanced within the margin', () => {
    // T = 3.5, S = 2.9, dimension se 0.5 → se_T = se_S = 0.5, se_G = 1.0: CI [−1.36, 2.56]
    const level = summariseLevel('organisational', dims(3.5, 2.9, 0.5))
    expect((level.gap as Score).value).toBeCloseTo(0.6, 12)
    expect((level.gap as Score).ciLow).toBeCloseTo(-1.36, 12)
    expect(level.balance).toBe('balanced')
  })
  it('labels social-led when S is ahead beyond the bound', () => {
    // G = −0.5, se 0.05 + 0.05 = 0.1, CI [−0.696, −0.304]
    expect(balanceOf(gapBound(scoreOf(2.5, 0.05, 100), scoreOf(3, 0.05, 100)))).toBe('social_led')
  })
  it('is unknown when a pillar is suppressed', () => {
    const gap = gapBound({ kind: 'none', reason: 'suppressed' }, scoreOf(3, 0.05, 100))
    expect(gap).toEqual({ kind: 'none', reason: 'suppressed' })
    expect(balanceOf(gap)).toBe('unknown')
  })
})

describe('difference and verdict', () => {
  it('is similar when the CI includes zero', () => {
    // 3.2 − 3.0 = 0.2, se √(0.1² + 0.1²) = 0.141421, half-width 0.277186 → similar
    expect(verdictOf(difference(scoreOf(3.2, 0.1, 100), scoreOf(3, 0.1, 100)))).toBe('similar')
    // 3.4 − 3.0 = 0.4 > 0.277186 → higher
    expect(verdictOf(difference(scoreOf(3.4, 0.1, 100), scoreOf(3, 0.1, 100)))).toBe('higher')
    expect(verdictOf(difference(scoreOf(2.6, 0.1, 100), scoreOf(3, 0.1, 100)))).toBe('lower')
  })
})

describe('coherence', () => {
  it('finds a clear weakest level and the spread', () => {
    // dimension se 0.05 → se_R = 0.05 per level; differences se √2·0.05 = 0.0707, half 0.1386
    const levels = [
      summariseLevel('individual', dims(3.2, 3.0, 0.05)),
      summariseLevel('organisational', dims(2.6, 2.6, 0.05)),
      summariseLevel('regional_sectoral', dims(3.3, 3.3, 0.05)),
      summariseLevel('national', dims(3.4, 3.4, 0.05)),
    ]
    const c = coherence(levels)
    expect(c.weakest).toBe('organisational')
    expect(c.weakestIsClear).toBe(true)
    // R: organisational 2.6, national 3.4 → spread 0.8
    expect(c.spread).toBeCloseTo(0.8, 10)
  })
  it('lists levels without readiness as unavailable', () => {
    const levels = [
      summariseLevel('individual', dims(3.0, 3.0, 0.05)),
      summariseLevel('organisational', dims(2.9, 2.9, 0.05, 100, { S1: { kind: 'none', reason: 'suppressed' } })),
    ]
    expect(coherence(levels).unavailable).toEqual(['organisational'])
  })
})

describe('lowestShown', () => {
  it('names the lowest only when it is below every other item, shown by the data', () => {
    // 2.0 vs 2.5 with se 0.1 each: diff −0.5, half-width 0.277 → lower, shown
    expect(lowestShown({ a: scoreOf(2.0, 0.1, 100), b: scoreOf(2.5, 0.1, 100), c: scoreOf(3, 0.1, 100) })).toBe('a')
    // 2.0 vs 2.2: diff −0.2 within ±0.277 → not clear
    expect(lowestShown({ a: scoreOf(2.0, 0.1, 100), b: scoreOf(2.2, 0.1, 100), c: scoreOf(3, 0.1, 100) })).toBeUndefined()
    expect(lowestShown({ a: scoreOf(2.0, 0.1, 100), b: { kind: 'none', reason: 'suppressed' } })).toBeUndefined()
  })
})
