import { describe, expect, it } from 'vitest'
import { DIMENSIONS } from './framework'
import { SELFSCAN_ITEMS, itemsOf, selfscanStatements } from './selfscan-items'
import { answeredCount, orgResult, tQuantile975 } from './selfscan-score'
import { flat, sheetOf } from './selfscan-test-fixtures'

const score = (s: ReturnType<typeof orgResult>['technological']) => {
  if (s.kind !== 'score') throw new Error('expected a score')
  return s
}

describe('the statements', () => {
  it('has three statements per dimension, each in both languages, named as item columns', () => {
    for (const d of DIMENSIONS) expect(itemsOf(d).map((i) => i.id)).toEqual([`${d}_1`, `${d}_2`, `${d}_3`])
    expect(SELFSCAN_ITEMS).toHaveLength(27)
    for (const i of SELFSCAN_ITEMS) {
      expect(i.text.nl.length).toBeGreaterThan(20)
      expect(i.text.en.length).toBeGreaterThan(20)
      expect(i.basis).not.toBe('')
    }
    const groups = selfscanStatements('en')
    expect(groups.map((g) => g.dimension)).toEqual([...DIMENSIONS])
    expect(groups[0].label).toBe('Digital infrastructure & platforms')
    expect(groups[8].statements).toHaveLength(3)
  })
})

describe('tQuantile975', () => {
  it('gives the tabled values and tends to 1.96', () => {
    expect(tQuantile975(1)).toBe(12.706)
    expect(tQuantile975(2)).toBe(4.303)
    expect(tQuantile975(2.9)).toBe(4.303) // a Welch df is rounded down: wider, never narrower
    expect(tQuantile975(30)).toBe(2.042)
    expect(tQuantile975(40)).toBeCloseTo(2.021, 3)
    expect(tQuantile975(60)).toBeCloseTo(2.0, 3)
    expect(tQuantile975(120)).toBeCloseTo(1.98, 3)
    expect(tQuantile975(1e6)).toBeCloseTo(1.96, 3)
    expect(() => tQuantile975(0)).toThrow(RangeError)
  })
})

describe('one respondent (worked by hand)', () => {
  // T1 3,4,2 → 3   T2 2,2,3 → 7/3   T3 4,4,4 → 4   T4 1,2,3 → 2
  // S1 3,3,3 → 3   S2 2,dk,4 → 3 (2 of 3 answered is enough)   S3 5,4,3 → 4   S4 2,2,2 → 2   S5 3,4,5 → 4
  const answers = sheetOf({
    T1: [3, 4, 2],
    T2: [2, 2, 3],
    T3: [4, 4, 4],
    T4: [1, 2, 3],
    S1: [3, 3, 3],
    S2: [2, 'dk', 4],
    S3: [5, 4, 3],
    S4: [2, 2, 2],
    S5: [3, 4, 5],
  })
  it('dimension scores, T, S, G and R without intervals', () => {
    const r = orgResult([answers])
    expect(r.respondents).toBe(1)
    expect(score(r.dimensions.T2).value).toBeCloseTo(7 / 3, 12)
    expect(score(r.dimensions.S2).value).toBe(3)
    // T = (3 + 7/3 + 4 + 2) / 4 = 34/12; S = (3 + 3 + 4 + 2 + 4) / 5 = 3.2
    expect(score(r.technological).value).toBeCloseTo(34 / 12, 12)
    expect(score(r.social).value).toBeCloseTo(3.2, 12)
    expect(score(r.gap).value).toBeCloseTo(34 / 12 - 3.2, 12)
    // R = √(34/12 · 3.2) = √9.0667 = 3.01109
    expect(score(r.readiness).value).toBeCloseTo(Math.sqrt((34 / 12) * 3.2), 12)
    expect(score(r.readiness).value).toBeCloseTo(3.01109, 5)
    for (const s of [r.technological, r.social, r.gap, r.readiness, r.dimensions.T1]) expect(score(s).interval).toBeUndefined()
    expect(r.missingAnswers).toBe(1)
    expect(answeredCount(answers.answers)).toBe(27)
  })
  it('"weet niet" on two of three statements leaves that dimension without a score, and then no T, G or R', () => {
    const r = orgResult([{ answers: { ...answers.answers, T3_1: 'dk', T3_2: 'dk' } }])
    expect(r.dimensions.T3).toEqual({ kind: 'none', reason: 'too_few_answers' })
    expect(r.technological.kind).toBe('none')
    expect(r.gap.kind).toBe('none')
    expect(r.readiness.kind).toBe('none')
    expect(score(r.social).value).toBeCloseTo(3.2, 12)
    expect(r.missingAnswers).toBe(3)
  })
  it('a dimension left open counts the same as "weet niet"', () => {
    const open = { ...answers.answers }
    delete open.S4_1
    delete open.S4_2
    delete open.S4_3
    const r = orgResult([{ answers: open }])
    expect(r.dimensions.S4.kind).toBe('none')
    expect(r.social.kind).toBe('none')
    expect(score(r.technological).value).toBeCloseTo(34 / 12, 12)
    expect(answeredCount(open)).toBe(24)
  })
  it('no sheets at all: nothing to show', () => {
    const r = orgResult([])
    expect(r.respondents).toBe(0)
    expect(r.readiness.kind).toBe('none')
  })
})

describe('a team of three (worked by hand)', () => {
  // per respondent: T = mean of (T1..T4), S = mean of (S1..S5)
  // P1: T 3,3,4,2 → 3   S 2,2,3,2,1 → 2
  // P2: T 4,5,4,3 → 4   S 3,4,3,3,2 → 3
  // P3: T 2,2,3,1 → 2   S 4,3,4,5,4 → 4   (with a "weet niet" in S2: 3,dk,3 → 3)
  const p1 = flat({ T1: 3, T2: 3, T3: 4, T4: 2, S1: 2, S2: 2, S3: 3, S4: 2, S5: 1 })
  const p2 = flat({ T1: 4, T2: 5, T3: 4, T4: 3, S1: 3, S2: 4, S3: 3, S4: 3, S5: 2 })
  const p3 = { answers: { ...flat({ T1: 2, T2: 2, T3: 3, T4: 1, S1: 4, S2: 3, S3: 4, S4: 5, S5: 4 }).answers, S2_2: 'dk' as const } }
  const r = orgResult([p1, p2, p3])
  const t2 = 4.303 // t(0.975, df = 2)

  it('n = 3 and t intervals with 2 degrees of freedom', () => {
    expect(r.respondents).toBe(3)
    // T: 3, 4, 2 → mean 3, sd 1, se 1/√3; 95% CI 3 ± 4.303/√3 = 3 ± 2.48434
    const T = score(r.technological)
    expect(T.n).toBe(3)
    expect(T.value).toBeCloseTo(3, 12)
    expect(T.interval!.df).toBe(2)
    expect(T.interval!.se).toBeCloseTo(1 / Math.sqrt(3), 12)
    expect(T.interval!.low).toBeCloseTo(3 - t2 / Math.sqrt(3), 10)
    expect(T.interval!.high).toBeCloseTo(5.48434, 5)
    // S: 2, 3, 4 → the same spread
    expect(score(r.social).interval!.low).toBeCloseTo(0.51566, 5)
  })
  it('the gap per respondent carries the covariance: G = 1, 1, −2 → mean 0, se 1', () => {
    const G = score(r.gap)
    expect(G.value).toBeCloseTo(0, 12)
    expect(G.interval!.se).toBeCloseTo(1, 12)
    expect(G.interval!.high).toBeCloseTo(t2, 10)
  })
  it('R = √(3·3) = 3 with se √3/6 by the delta method (cov of the means −1/6)', () => {
    // se_R = √(S²·se_T² + T²·se_S² + 2TS·cov) / 2R = √(9/3 + 9/3 − 18/6) / 6 = √3 / 6
    const R = score(r.readiness)
    expect(R.value).toBeCloseTo(3, 12)
    expect(R.interval!.se).toBeCloseTo(Math.sqrt(3) / 6, 12)
    expect(R.interval!.low).toBeCloseTo(3 - t2 * (Math.sqrt(3) / 6), 10)
  })
  it('dimension T2: 3, 5, 2 → mean 10/3, var 7/3, se √(7/9)', () => {
    const T2 = score(r.dimensions.T2)
    expect(T2.value).toBeCloseTo(10 / 3, 12)
    expect(T2.interval!.se).toBeCloseTo(Math.sqrt(7 / 9), 12)
  })
  it('a member without one dimension counts in the other dimensions, not in T, S or R', () => {
    const partial = { answers: { ...p3.answers, T4_1: 'dk' as const, T4_2: 'dk' as const, T4_3: 'dk' as const } }
    const q = orgResult([p1, p2, partial])
    expect(q.withoutPillars).toBe(1)
    expect(score(q.dimensions.T4).n).toBe(2)
    expect(score(q.dimensions.T1).n).toBe(3)
    // T from P1 and P2 only: 3 and 4 → 3.5; t(0.975, 1) = 12.706, se 0.5
    expect(score(q.technological).n).toBe(2)
    expect(score(q.technological).value).toBeCloseTo(3.5, 12)
    expect(score(q.technological).interval!.high).toBeCloseTo(3.5 + 12.706 * 0.5, 10)
    // S from all three; G and R from the two with both
    expect(score(q.social).n).toBe(3)
    expect(score(q.readiness).n).toBe(2)
    expect(score(q.gap).n).toBe(2)
  })
})
