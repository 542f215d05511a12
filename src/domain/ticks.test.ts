import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatTick, roundTo } from './format'
import { niceTicks } from './ticks'

describe('niceTicks', () => {
  it('N3: a symmetric difference axis never lands between printed decimals', () => {
    // reach 0.6: the old axis chose step 0.25 (±0,25 labelled ±0,3); 1-2-5 steps give 0.2 → ±0,6, ±0,4, ±0,2, 0
    const a = niceTicks([-0.31, 0.6], { symmetric: true })
    expect(a.ticks).toEqual([-0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6])
    expect(a.digits).toBe(1)
    expect(a.ticks.map((t) => formatTick(t, 'nl', a.digits, true))).toEqual(['\u22120,6', '\u22120,4', '\u22120,2', '0', '+0,2', '+0,4', '+0,6'])
  })
  it('covers the 1–5 scale with whole ticks', () => {
    expect(niceTicks([1.2, 4.7])).toEqual({ domain: [1, 5], ticks: [1, 2, 3, 4, 5], digits: 0 })
    expect(niceTicks([])).toEqual({ domain: [1, 5], ticks: [1, 2, 3, 4, 5], digits: 0 })
  })
  it('uses two decimals only when the values span less than a few tenths', () => {
    const a = niceTicks([3.27, 3.36])
    expect(a.ticks).toEqual([3.26, 3.28, 3.3, 3.32, 3.34, 3.36])
    expect(a.digits).toBe(2)
    expect(niceTicks([-0.02, 0.03], { includeZero: true })).toMatchObject({ ticks: [-0.02, -0.01, 0, 0.01, 0.02, 0.03], digits: 2 })
  })
  it('property: every tick prints exactly, the domain holds every value, zero is a tick when asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -4, max: 5, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        (values, symmetric, includeZero) => {
          const a = niceTicks(values, { symmetric, includeZero })
          for (const t of a.ticks) expect(roundTo(t, a.digits)).toBe(t)
          expect(a.domain[0]).toBeLessThanOrEqual(Math.min(...values) + 1e-9)
          expect(a.domain[1]).toBeGreaterThanOrEqual(Math.max(...values) - 1e-9)
          expect(a.ticks.length).toBeLessThanOrEqual(8)
          expect(a.ticks.length).toBeGreaterThanOrEqual(2)
          if (symmetric || includeZero) expect(a.ticks).toContain(0)
          if (symmetric) expect(a.domain[0]).toBe(-a.domain[1])
        },
      ),
      { numRuns: 2_000, seed: 3 },
    )
  })
})
