// @vitest-environment node
/**
 * Disclosure control, property-based: over random filters and groupings, no published value ever
 * contains a cell with n below the threshold. Since thin cells enter no total at all, no
 * subtraction of published figures (the differencing attack) can isolate one.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoresResponse, GROUP_KEYS, type GroupKey } from '../src/contract/v1'
import { DIMENSIONS, LEVELS, PROVINCES, SECTORS, COUNTRIES, THRESHOLDS } from '../src/domain/framework'
import { describe as describeSums, poolCells } from '../src/domain/pooling'
import { createApi } from '../server/api/app'
import { MemoryStore } from '../server/stores/memory'
import { DEMO_INFO, DEMO_YEARS, generateDemoCells } from './demo-data'

const cells = generateDemoCells()
const api = createApi({ store: new MemoryStore(cells, DEMO_INFO) })
const subset = <T,>(xs: readonly T[]) => fc.option(fc.subarray([...xs], { minLength: 1, maxLength: Math.min(4, xs.length) }), { nil: undefined })

describe('disclosure control', () => {
  it('publishes only values built from cells with n ≥ 10, over random filters and groupings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          level: subset(LEVELS),
          dimension: subset(DIMENSIONS),
          region: subset([...PROVINCES.map((p) => p.code), ...COUNTRIES.map((c) => c.code)]),
          sector: subset(SECTORS.map((s) => s.code)),
          year: subset(DEMO_YEARS),
          // by must hold dimension (ADR 0007: pooling over dimensions would count respondents twice)
          by: fc.subarray(GROUP_KEYS.filter((k) => k !== 'dimension' && k !== 'pillar') as GroupKey[]).map((ks) => [...ks, 'dimension'] as GroupKey[]),
        }),
        async (q) => {
          const params = new URLSearchParams()
          for (const [k, v] of Object.entries(q)) if (v && v.length > 0) params.set(k, (v as (string | number)[]).join(','))
          const res = await api.fetch(new Request(`http://localhost/api/v1/scores?${params}`))
          expect(res.status).toBe(200)
          const body = scoresResponse.parse(await res.json())
          const matching = cells.filter(
            (c) =>
              (!q.level || q.level.includes(c.level as never)) &&
              (!q.dimension || q.dimension.includes(c.dimension as never)) &&
              (!q.region || q.region.includes(c.region)) &&
              (!q.sector || (c.sector !== null && q.sector.includes(c.sector))) &&
              (!q.year || q.year.includes(c.year as never)),
          )
          const keyOf = (x: Partial<Record<GroupKey, unknown>>) => q.by.map((k) => String(x[k])).join('|')
          const groups = new Map<string, typeof cells>()
          for (const c of matching) {
            const k = keyOf(c)
            groups.set(k, [...(groups.get(k) ?? []), c])
          }
          expect(body.rows).toHaveLength(groups.size)
          for (const row of body.rows) {
            const mine = groups.get(keyOf(row)) ?? []
            const safe = mine.filter((c) => c.n >= THRESHOLDS.minN)
            if (row.status === 'suppressed') {
              expect(safe).toHaveLength(0)
              continue
            }
            expect(row.n).toBeGreaterThanOrEqual(THRESHOLDS.minN)
            // the published figure is exactly the pool of the safe cells: no thin cell in it
            const d = describeSums(poolCells(safe))
            expect(row.n).toBe(d.n)
            expect(row.mean).toBeCloseTo(d.mean, 3)
          }
        },
      ),
      { numRuns: 150 },
    )
  }, 120_000)
})
