import { describe, expect, it } from 'vitest'
import { DIMENSIONS, type Dimension } from './framework'
import { scoreOf, summariseLevel, type DimensionScores, type Indicator } from './indices'
import { furthestBehind, orgBalance, placeAgainst, placeOne, selfscanFindings } from './selfscan-placement'
import { orgResult, type OrgScore } from './selfscan-score'
import { flat } from './selfscan-test-fixtures'

const est = (value: number, se: number, n: number): Indicator => scoreOf(value, se, n)

describe('placeOne: org − benchmark with a Welch t interval (worked by hand)', () => {
  it('a team of 10 clearly below a benchmark of 100', () => {
    // diff = 2 − 3 = −1; se = √(0.1² + 0.05²) = 0.111803
    // Welch df = 0.0125² / (0.1⁴/9 + 0.05⁴/99) = 0.00015625 / 0.0000111742 = 13.98 → 13 → t = 2.160
    const org: OrgScore = { kind: 'score', value: 2, n: 10, interval: { se: 0.1, df: 9, low: 0, high: 0 } }
    const p = placeOne('T1', org, est(3, 0.05, 100))
    expect(p.diff!.value).toBe(-1)
    expect(p.diff!.interval!.se).toBeCloseTo(0.111803, 6)
    expect(p.diff!.interval!.df).toBeCloseTo(13.983, 3)
    expect(p.diff!.interval!.low).toBeCloseTo(-1 - 2.16 * 0.111803, 5)
    expect(p.diff!.interval!.high).toBeCloseTo(-0.7585, 4)
    expect(p.verdict).toBe('lower')
  })
  it('a team of three with a wide interval is not clearly different', () => {
    // team T: 3, 4, 2 → mean 3, se 1/√3; benchmark 3.5 (se 0.1, n 40)
    // se = √(1/3 + 0.01) = 0.585947; df = 0.343333² / ((1/3)²/2 + 0.01²/39) = 2.12 → 2 → t = 4.303
    const org: OrgScore = { kind: 'score', value: 3, n: 3, interval: { se: 1 / Math.sqrt(3), df: 2, low: 0, high: 0 } }
    const p = placeOne('T', org, est(3.5, 0.1, 40))
    expect(p.diff!.interval!.df).toBeCloseTo(2.1217, 3)
    expect(p.diff!.interval!.low).toBeCloseTo(-0.5 - 4.303 * 0.585947, 4)
    expect(p.verdict).toBe('similar')
  })
  it('one respondent: the size, no interval, no verdict', () => {
    const p = placeOne('R', { kind: 'score', value: 2.5, n: 1 }, est(3.2, 0.05, 300))
    expect(p.diff).toEqual({ value: -0.7000000000000002 })
    expect(p.verdict).toBe('no_interval')
  })
  it('a suppressed benchmark or a missing org score: unknown', () => {
    expect(placeOne('T1', { kind: 'score', value: 3, n: 1 }, { kind: 'none', reason: 'suppressed' }).verdict).toBe('unknown')
    expect(placeOne('T1', { kind: 'none', reason: 'too_few_answers' }, est(3, 0.1, 50)).verdict).toBe('unknown')
  })
})

/** A benchmark whose dimensions all have the same se and n. */
function benchmark(values: Record<Dimension, number>, se = 0.02, n = 600) {
  const dims: DimensionScores = Object.fromEntries(DIMENSIONS.map((d) => [d, est(values[d], se, n)]))
  return summariseLevel('organisational', dims)
}

describe('findings', () => {
  const bench = benchmark({ T1: 3.6, T2: 3.1, T3: 3.7, T4: 3.6, S1: 3.4, S2: 3.3, S3: 3.6, S4: 3.5, S5: 3.8 })

  it('one respondent: sizes only, the three furthest behind, and the one-person note', () => {
    const org = orgResult([flat({ T1: 4, T2: 3, T3: 4, T4: 4, S1: 2, S2: 2, S3: 4, S4: 3, S5: 4 })])
    const placements = placeAgainst(org, bench)
    expect(placements.map((p) => p.measure)).toEqual(['R', 'T', 'S', 'G', ...DIMENSIONS])
    expect(placements.every((p) => p.verdict === 'no_interval')).toBe(true)
    // below: S1 −1.4, S2 −1.3, S4 −0.5, T2 −0.1 → the first three
    expect(furthestBehind(placements).map((p) => p.measure)).toEqual(['S1', 'S2', 'S4'])
    expect(orgBalance(org)).toBe('no_interval')
    const f = selfscanFindings({ org, placements, referenceName: 'gemeenten in Groningen', reference: bench }, 'nl')
    expect(f.join(' ')).not.toMatch(/hoger dan|lager dan|blijft achter|blijven achter/)
    expect(f).toContainEqual(
      expect.stringMatching(
        /^Het verst onder gemeenten in Groningen liggen uw scores op Digitale geletterdheid \(−1,4\), Cocreatie & participatie \(−1,3\) en Leiderschap & leercultuur \(−0,5\)\. Met één invuller zeggen we niet of dat echt achterblijven is\.$/,
      ),
    )
    expect(f.at(-1)).toMatch(/^Dit is het beeld van één persoon\. Eén persoon heeft geen foutmarge/)
  })

  it('a team: "behind" only where the interval excludes zero', () => {
    // ten respondents, five at one profile and five at another: dimension sd is 0.527 (n = 10)
    const low = flat({ T1: 4, T2: 3, T3: 4, T4: 4, S1: 2, S2: 3, S3: 4, S4: 3, S5: 4 })
    const high = flat({ T1: 4, T2: 4, T3: 4, T4: 4, S1: 3, S2: 4, S3: 4, S4: 4, S5: 4 })
    const org = orgResult([low, low, low, low, low, high, high, high, high, high])
    const placements = placeAgainst(org, bench)
    const by = (m: string) => placements.find((p) => p.measure === m)!
    // S1: mean 2.5 against 3.4 → −0.9, se 0.1667 → clearly lower; S4: 3.5 vs 3.5 → similar
    expect(by('S1').verdict).toBe('lower')
    expect(by('S4').verdict).toBe('similar')
    const en = selfscanFindings({ org, placements, referenceName: 'municipalities in Groningen', reference: bench }, 'en')
    // below the benchmark: only S1 (S4 is 3.5 against 3.5)
    expect(en).toContainEqual(expect.stringMatching(/^Behind municipalities in Groningen: Digital literacy \(−0\.9\)\.$/))
    // T: 3.75 and 4 → 3.875 against 3.5 (clearly higher); S: 3.2 and 3.8 → 3.5 against 3.52 (not clear)
    expect(en).toContainEqual(expect.stringMatching(/^Neither technology \(T \+0\.4\) nor social innovation \(S 0\.0\) clearly lags behind municipalities in Groningen\.$/))
    expect(en.some((s) => s.includes('Based on 10 respondents'))).toBe(true)
  })

  it('says so when nobody answered enough for a readiness score', () => {
    const sheet = flat({ T1: 3, T2: 3, T3: 3, T4: 3, S1: 3, S2: 3, S3: 3, S4: 3, S5: 3 })
    const org = orgResult([{ answers: { ...sheet.answers, T2_1: 'dk', T2_2: 'dk', T2_3: 'dk' } }])
    const f = selfscanFindings({ org, placements: placeAgainst(org, bench), referenceName: 'alle organisaties', reference: bench }, 'nl')
    expect(f[0]).toBe('Uw scan heeft geen gereedheid R: voor Data & AI zijn te weinig stellingen beantwoord.')
  })

  it('warns when the benchmark is thin or partly suppressed', () => {
    const thin = summariseLevel('organisational', { ...benchmark({ T1: 3, T2: 3, T3: 3, T4: 3, S1: 3, S2: 3, S3: 3, S4: 3, S5: 3 }).dimensions, T1: { kind: 'none', reason: 'suppressed' } })
    const org = orgResult([flat({ T1: 3, T2: 3, T3: 3, T4: 3, S1: 3, S2: 3, S3: 3, S4: 3, S5: 3 })])
    const f = selfscanFindings({ org, placements: placeAgainst(org, thin), referenceName: 'waterschappen in Zeeland', reference: thin }, 'nl')
    expect(f).toContain('Uw gereedheid is R 3,0. Voor waterschappen in Zeeland zijn te weinig gegevens om mee te vergelijken.')
    expect(f.at(-1)).toMatch(/^Voor waterschappen in Zeeland zijn niet alle cijfers te tonen/)
  })
})
