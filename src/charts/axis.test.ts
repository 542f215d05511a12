import { describe, expect, it } from 'vitest'
import { differenceAxis, labelledTicks, scoreAxis, tickText, yearRange } from './axis'

describe('scoreAxis', () => {
  it('holds every value and interval end on whole 1-2-5 steps, at least one scale point wide', () => {
    // 3.1 … 3.4 is widened to 2.75 … 3.75, then to whole steps of 0.5
    expect(scoreAxis([3.1, 3.4])).toEqual({ domain: [2.5, 4], ticks: [2.5, 3, 3.5, 4], digits: 1, kind: 'score' })
  })
  it('uses a finer step when the values span more than five of them', () => {
    const a = scoreAxis([2.62, 3.91])
    expect(a.ticks).toEqual([2.5, 3, 3.5, 4])
    expect(a.domain[0]).toBeLessThanOrEqual(2.62)
    expect(a.domain[1]).toBeGreaterThanOrEqual(3.91)
  })
  it('never leaves the scale 1–5, moving a widened range inside it', () => {
    expect(scoreAxis([1.05, 1.2]).domain).toEqual([1, 2])
    expect(scoreAxis([4.9, 4.95]).domain).toEqual([4, 5])
  })
  it('is the whole scale without values', () => {
    expect(scoreAxis([]).domain).toEqual([1, 5])
  })
})

describe('differenceAxis', () => {
  it('is symmetric around zero and holds zero', () => {
    expect(differenceAxis([0.05, 0.22])).toEqual({ domain: [-0.3, 0.3], ticks: [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3], digits: 1, kind: 'difference' })
  })
  it('never puts a tick at 0.25 (case N3): every tick prints exactly at one decimal', () => {
    for (const reach of [0.12, 0.25, 0.31, 0.49, 0.6, 0.74, 1.3]) {
      const a = differenceAxis([-reach, reach / 2])
      for (const t of a.ticks) expect(Math.round(t * 10 ** a.digits) / 10 ** a.digits).toBe(t)
      expect(a.domain[1]).toBeGreaterThanOrEqual(reach)
    }
    expect(differenceAxis([-0.25, 0.25]).ticks).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3])
    expect(differenceAxis([-0.25, 0.25], 2).ticks).toEqual([-0.4, -0.2, 0, 0.2, 0.4])
  })
})

describe('tickText', () => {
  it('prints the exact tick at the axis decimals, signed on difference axes, zero as "0"', () => {
    const d = differenceAxis([0.25], 2)
    // the minus sign itself is the formatter's (U+2212 on screen); compare without it
    expect(d.ticks.map((t) => tickText(t, d, 'nl').replace(/[-−]/, '-'))).toEqual(['-0,4', '-0,2', '0', '+0,2', '+0,4'])
    const s = scoreAxis([3.1, 3.4])
    expect(s.ticks.map((t) => tickText(t, s, 'en'))).toEqual(['2.5', '3.0', '3.5', '4.0'])
  })
})

describe('yearRange', () => {
  it('keeps the place of a year without data (case I5)', () => {
    expect(yearRange([2019, 2020, 2022, 2023, 2024])).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
  })
})

describe('labelledTicks', () => {
  it('labels every tick where the labels fit, and every second one (keeping zero) where not', () => {
    const d = differenceAxis([0.25])
    expect(labelledTicks(d, 600, 'nl')).toEqual(d.ticks)
    expect(labelledTicks(d, 150, 'nl')).toEqual([-0.2, 0, 0.2])
  })
})
