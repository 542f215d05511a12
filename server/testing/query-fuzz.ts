/**
 * Property test, shared by the stores: random query strings (real vocabulary mixed with junk) sent
 * to the API over a store. Never a 5xx; every 200 parses with the contract and equals the memory
 * store's answer; every 400 is problem+json naming a parameter.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Cell } from '../../src/domain/cells'
import type { Store } from '../store'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import { GROUP_KEYS, problem, scoresResponse } from '../../src/contract/v1'
import { COUNTRIES, DIMENSIONS, LEVELS, PROVINCES, SECTORS } from '../../src/domain/framework'
import { MemoryStore } from '../stores/memory'
import { createApi } from '../api/app'

const junk = fc.oneof(
  fc.constantFrom('', ' ', ',', ',,', '%', '%zz', '%00', '%E2%82', '+', 'null', 'undefined', '-1', '1e3', '20x5', '99999', '0', 'PV99', 'national ', "'; DROP TABLE cells; --", '__proto__', 'constructor', '😀', 'Ω'),
  fc.string({ maxLength: 12 }),
)
const vocab: Record<string, fc.Arbitrary<string>> = {
  level: fc.constantFrom(...LEVELS),
  dimension: fc.constantFrom(...DIMENSIONS),
  region: fc.constantFrom(...PROVINCES.map((p) => p.code), ...COUNTRIES.map((c) => c.code)),
  sector: fc.constantFrom(...SECTORS.map((s) => s.code)),
  year: fc.constantFrom('2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'),
  by: fc.constantFrom(...GROUP_KEYS),
}
const names = Object.keys(vocab)

/** A value list for a known parameter: mostly valid codes, sometimes junk, duplicates or far too many. */
const valueFor = (name: string): fc.Arbitrary<string> =>
  name === 'by'
    ? fc.oneof(
        // mostly an answerable grouping (with dimension, ADR 0007), in any order
        { weight: 8, arbitrary: fc.uniqueArray(fc.constantFrom('level', 'region', 'sector', 'year'), { maxLength: 4 }).chain((ks) => fc.shuffledSubarray([...ks, 'dimension'], { minLength: ks.length + 1 })).map((v) => v.join(',')) },
        { weight: 2, arbitrary: anyValueFor(name) },
      )
    : anyValueFor(name)

const anyValueFor = (name: string) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.uniqueArray(vocab[name], { minLength: 1, maxLength: 4 }).map((v) => v.join(',')) },
    { weight: 2, arbitrary: fc.array(fc.oneof(vocab[name], junk), { minLength: 1, maxLength: 4 }).map((v) => v.join(',')) },
    { weight: 1, arbitrary: fc.array(vocab[name], { minLength: 101, maxLength: 130 }).map((v) => v.join(',')) },
  )

const param = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...names).chain((name) => valueFor(name).map((v) => [name, v] as const)) },
  { weight: 1, arbitrary: fc.tuple(junk, junk) },
)

/** Either a well-formed query (URLSearchParams-encoded) or a raw string with arbitrary bytes. */
const queryString = fc.oneof(
  {
    weight: 9,
    // usually with a `by` (most often an answerable one), which the API requires (ADR 0007)
    arbitrary: fc
      .tuple(fc.array(param, { maxLength: 4 }), fc.option(valueFor('by'), { freq: 8 }))
      .map(([ps, by]) => new URLSearchParams([...ps.filter(([k]) => k !== 'by').map(([k, v]) => [k, v]), ...(by === null ? [] : [['by', by]])]).toString()),
  },
  { weight: 1, arbitrary: fc.array(param, { maxLength: 4 }).map((ps) => ps.map(([k, v]) => `${k}=${v}`).join('&')) },
)

export function fuzzQueries(storeName: string, makeStore: (cells: Cell[]) => Promise<Store>, RUNS = 1000): void {
  describe(`random query strings against the API over ${storeName}`, () => {
    const cells = generateDemoCells()
    let store: Store
    let api: ReturnType<typeof createApi>
    // a small group limit keeps each comparison quick (and exercises the refusal on every store)
    const limits = { maxGroups: 4000, maxBytes: 12 * 1024 * 1024 }
    const memory = createApi({ store: new MemoryStore(cells, DEMO_INFO), limits })
    beforeAll(async () => {
      store = await makeStore(cells)
      api = createApi({ store, limits })
    })
    afterAll(async () => store.close())

    it(`never answers 5xx, and every answer parses and equals the memory store's (${RUNS} runs)`, async () => {
      const seen = { ok: 0, bad: 0 }
      await fc.assert(
        fc.asyncProperty(queryString, async (qs) => {
          const url = `http://localhost/api/v1/scores?${qs}`
          const res = await api.fetch(new Request(url))
          expect([200, 400]).toContain(res.status)
          const body: unknown = await res.json()
          if (res.status === 200) {
            seen.ok++
            const parsed = scoresResponse.parse(body)
            for (const row of parsed.rows) for (const k of parsed.by) expect(row).toHaveProperty(k)
            const mine = await memory.fetch(new Request(url))
            expect(body).toEqual(await mine.json())
          } else {
            seen.bad++
            expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
            const p = problem.parse(body)
            expect(p.errors?.length).toBeGreaterThan(0)
          }
        }),
        { numRuns: RUNS },
      )
      // both kinds of answer were exercised
      expect(seen.ok).toBeGreaterThan(RUNS / 4)
      expect(seen.bad).toBeGreaterThan(RUNS / 10)
    }, 120_000)
  })
}
