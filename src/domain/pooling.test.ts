import { describe as suite, expect, it } from 'vitest'
import { describe, poolCells, publish, sumsFromMeanSd } from './pooling'

// Hand-worked fixture. Cell A: scores 2, 3, 4 → n 3, Σx 9, Σx² 29.
// Cell B: scores 3, 5 → n 2, Σx 8, Σx² 34.
// Pooled: N 5, Σx 17, Σx² 63, mean 3.4, var (63 − 5·11.56)/4 = 5.2/4 = 1.3,
// sd 1.140175, se √(1.3/5) = √0.26 = 0.509902, CI 3.4 ± 1.96·0.509902 = [2.400592, 4.399408].
const A = { n: 3, sum: 9, sumSq: 29 }
const B = { n: 2, sum: 8, sumSq: 34 }

suite('poolCells', () => {
  it('adds sufficient statistics', () => {
    expect(poolCells([A, B])).toEqual({ n: 5, sum: 17, sumSq: 63 })
  })
  it('pools nothing to zeros', () => {
    expect(poolCells([])).toEqual({ n: 0, sum: 0, sumSq: 0 })
  })
})

suite('describe', () => {
  it('gives mean, sd, se and the 95% CI worked out by hand', () => {
    const d = describe(poolCells([A, B]))
    expect(d.n).toBe(5)
    expect(d.mean).toBeCloseTo(3.4, 10)
    expect(d.sd).toBeCloseTo(1.140175, 6)
    expect(d.se).toBeCloseTo(0.509902, 6)
    expect(d.ciLow).toBeCloseTo(2.400592, 6)
    expect(d.ciHigh).toBeCloseTo(4.399408, 6)
  })
})

suite('sumsFromMeanSd', () => {
  it('round-trips n, mean and sd', () => {
    // n 10, mean 3, sd 1: Σx 30, Σx² 9·1 + 10·9 = 99
    const s = sumsFromMeanSd(10, 3, 1)
    expect(s).toEqual({ n: 10, sum: 30, sumSq: 99 })
    const d = describe(s)
    expect(d.mean).toBeCloseTo(3, 12)
    expect(d.sd).toBeCloseTo(1, 12)
  })
})

suite('publish', () => {
  it('suppresses n below 10 and carries no value', () => {
    const p = publish({ n: 9, sum: 27, sumSq: 90 })
    expect(p).toEqual({ status: 'suppressed' })
    expect(Object.keys(p)).toEqual(['status'])
  })
  it('flags 10 ≤ n < 30 as low reliability', () => {
    // n 10, mean 3, sd 1: se 0.316228, half-width 0.619806 (also > 0.5)
    const p = publish(sumsFromMeanSd(10, 3, 1))
    expect(p.status).toBe('low_reliability')
  })
  it('flags a wide CI even with n ≥ 30', () => {
    // n 30, sd 1.5: se 0.273861, half-width 0.536768 > 0.5
    expect(publish(sumsFromMeanSd(30, 3, 1.5)).status).toBe('low_reliability')
  })
  it('is ok with n ≥ 30 and a narrow CI', () => {
    // n 30, sd 1: se 0.182574, half-width 0.357845
    const p = publish(sumsFromMeanSd(30, 3, 1))
    expect(p.status).toBe('ok')
    if (p.status !== 'suppressed') expect(p.ciHigh - p.mean).toBeCloseTo(0.357845, 6)
  })
})
