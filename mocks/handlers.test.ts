// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { scoresResponse } from '../src/contract/v1'
import { describe as describeSums, poolCells } from '../src/domain/pooling'
import { generateDemoCells } from './demo-data'

describe('the API through MSW (msw/node)', () => {
  it('GET /api/v1/scores?by=level,dimension&region=PV20 equals a hand computation from the generated cells', async () => {
    const res = await fetch('http://localhost/api/v1/scores?by=level,dimension&region=PV20')
    expect(res.status).toBe(200)
    const body = scoresResponse.parse(await res.json())
    const cells = generateDemoCells()
    for (const row of body.rows) {
      const mine = cells.filter((c) => c.region === 'PV20' && c.level === row.level && c.dimension === row.dimension && c.n >= 10)
      const d = describeSums(poolCells(mine))
      if (row.status === 'suppressed') {
        expect(d.n).toBeLessThan(10)
        continue
      }
      expect(row.n).toBe(d.n)
      expect(row.mean).toBeCloseTo(d.mean, 4)
      expect(row.se).toBeCloseTo(d.se, 4)
    }
  })
})
