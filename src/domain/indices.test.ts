import { describe, expect, it } from 'vitest'
import { balanceGap, coherence, difference, pillarScore, readiness, scoreOf, summariseLevel, verdictOf, type Score } from './indices'
import { dims } from './test-fixtures'

describe('pillar scores', () => {
  it('averages the dimensions with se √(Σse²)/k', () => {
    // T: four dimensions at 3.0, se 0.1 → se = √0.04 / 4 = 0.05
    // S: five dimensions at 2.5, se 0.1 → se = √0.05 / 5 = 0.0447214
    const d = dims(3, 2.5, 0.1)
    const t = pillarScore(d, 'technological') as Score
    const s = pillarScore(d, 'social') as Score
    expect(t.value).toBeCloseTo(3, 12)
    expect(t.se).toBeCloseTo(0.05, 10)
    expect(s.value).toBeCloseTo(2.5, 12)
    expect(s.se).toBeCloseTo(0.0447214, 6)
  })
  it('is suppressed when one dimension is suppressed', () => {
    const d = dims(3, 2.5, 0.1, 100, { T2: { kind: 'none', reason: 'suppressed' } })
    expect(pillarScore(d, 'technological')).toEqual({ kind: 'none', reason: 'suppressed' })
    expect(pillarScore(d, 'social').kind).toBe('score')
  })
})

describe('readiness', () => {
  it('is the geometric mean with a delta-method se', () => {
    // R = √(3·2.5) = 2.738613; se = √(2.5²·0.05² + 3²·0.0447214²) / (2·2.738613)
    //   = √(0.015625 + 0.018) / 5.477226 = 0.183371 / 5.477226 = 0.033479
    const t = scoreOf(3, 0.05, 100)
    const s = scoreOf(2.5, Math.sqrt(0.002), 100)
    const r = readiness(t, s) as Score
    expect(r.value).toBeCloseTo(2.738613, 6)
    expect(r.se).toBeCloseTo(0.033479, 6)
  })
  it('lets a weak pillar pull readiness below the arithmetic mean', () => {
    const r = readiness(scoreOf(4, 0.1, 100), scoreOf(2, 0.1, 100)) as Score
    expect(r.value).toBeCloseTo(Math.sqrt(8), 12)
    expect(r.value).toBeLessThan(3)
  })
})

describe('balance gap', () => {
  it('labels a gap whose CI excludes zero as tech-led', () => {
    // G = 0.5, se = √(0.05² + 0.0447214²) = √0.0045 = 0.067082, CI [0.368519, 0.631481]
    const { gap, balance } = balanceGap(scoreOf(3, 0.05, 100), scoreOf(2.5, Math.sqrt(0.002), 100))
    expect(balance).toBe('tech_led')
    expect((gap as Score).ciLow).toBeCloseTo(0.368519, 6)
    expect((gap as Score).ciHigh).toBeCloseTo(0.631481, 6)
  })
  it('calls a large gap that is not significant balanced within the margin', () => {
    // T = 3.5 (se 0.25), S = 2.9 (se 0.2236068): G = 0.6, se = √0.1125 = 0.335410,
    // half-width 0.657404 → CI [−0.057404, 1.257404] includes zero
    const level = summariseLevel('organisational', dims(3.5, 2.9, 0.5))
    expect((level.gap as Score).value).toBeCloseTo(0.6, 12)
    expect((level.gap as Score).ciLow).toBeCloseTo(-0.057404, 6)
    expect(level.balance).toBe('balanced')
  })
  it('labels social-led when S is clearly ahead', () => {
    expect(balanceGap(scoreOf(2.5, 0.05, 100), scoreOf(3, 0.05, 100)).balance).toBe('social_led')
  })
  it('is unknown when a pillar is suppressed', () => {
    expect(balanceGap({ kind: 'none', reason: 'suppressed' }, scoreOf(3, 0.05, 100))).toEqual({
      gap: { kind: 'none', reason: 'suppressed' },
      balance: 'unknown',
    })
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
  it('does not name a clear weak link within the margin', () => {
    const levels = [
      summariseLevel('individual', dims(3.0, 3.0, 0.5)),
      summariseLevel('organisational', dims(2.9, 2.9, 0.5)),
    ]
    const c = coherence(levels)
    expect(c.weakest).toBe('organisational')
    expect(c.weakestIsClear).toBe(false)
  })
  it('lists levels without readiness as unavailable', () => {
    const levels = [
      summariseLevel('individual', dims(3.0, 3.0, 0.05)),
      summariseLevel('organisational', dims(2.9, 2.9, 0.05, 100, { S1: { kind: 'none', reason: 'suppressed' } })),
    ]
    expect(coherence(levels).unavailable).toEqual(['organisational'])
  })
})

describe('clearlyLowest', () => {
  it('names the lowest only when it is clearly below every other item', async () => {
    const { clearlyLowest } = await import('./indices')
    // 2.0 vs 2.5 with se 0.1 each: diff −0.5, half-width 0.277 → clearly lower
    expect(clearlyLowest({ a: scoreOf(2.0, 0.1, 100), b: scoreOf(2.5, 0.1, 100), c: scoreOf(3, 0.1, 100) })).toBe('a')
    // 2.0 vs 2.2: diff −0.2 within ±0.277 → not clear
    expect(clearlyLowest({ a: scoreOf(2.0, 0.1, 100), b: scoreOf(2.2, 0.1, 100), c: scoreOf(3, 0.1, 100) })).toBeUndefined()
    expect(clearlyLowest({ a: scoreOf(2.0, 0.1, 100), b: { kind: 'none', reason: 'suppressed' } })).toBeUndefined()
  })
})
