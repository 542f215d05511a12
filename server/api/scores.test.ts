// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publish } from '../../src/domain/pooling'
import { rowJson } from './scores'

const round4 = (x: number) => Math.round(x * 1e4) / 1e4

describe('rowJson', () => {
  it('writes exactly what JSON.stringify writes for publish() of the same sums (10,000 random sums)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (n, mean, sd) => {
          const s = { n, sum: n * mean, sumSq: Math.max(0, n - 1) * sd * sd + n * mean * mean }
          const p = publish(s)
          const expected =
            p.status === 'suppressed'
              ? { level: 'individual', status: 'suppressed' }
              : { level: 'individual', n: p.n, mean: round4(p.mean), sd: round4(p.sd), se: round4(p.se), ciLow: round4(p.ciLow), ciHigh: round4(p.ciHigh), status: p.status }
          expect(rowJson('"level":"individual",', s)).toBe(JSON.stringify(expected))
        },
      ),
      { numRuns: 10_000 },
    )
  })
})
