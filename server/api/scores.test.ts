// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { GroupKey } from '../../src/contract/v1'
import { pillarSeries, publish, type Sums } from '../../src/domain/pooling'
import type { PooledGroup, PooledPillarGroup } from '../store'
import { answerBytes, rowJson, type CanonicalQuery } from './scores'

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

/** The row JSON.stringify would write: keys first, then the published estimate rounded to 4 decimals. */
function expectedRow(keys: Record<string, unknown>, s: Sums) {
  const p = publish(s)
  return p.status === 'suppressed'
    ? { ...keys, status: 'suppressed' }
    : { ...keys, n: p.n, mean: round4(p.mean), sd: round4(p.sd), se: round4(p.se), ciLow: round4(p.ciLow), ciHigh: round4(p.ciHigh), status: p.status }
}

const query = (by: GroupKey[]): CanonicalQuery => ({ filter: {}, by, pillars: by.includes('pillar'), key: JSON.stringify(by) })
const decode = (b: Uint8Array) => new TextDecoder().decode(b)

describe('answerBytes', () => {
  // 4,500 groups: three pieces of 2,000 rows and a short one; region names outside ASCII, repeated values, a null sector
  const regions = ['PV20', 'Fryslân', 'ʼs-Hertogenbosch', 'Zürich “Nord”']
  const cellGroups: PooledGroup[] = Array.from({ length: 4_500 }, (_, i) => {
    const n = i % 7 === 0 ? 4 : 10 + (i % 300)
    const mean = 1 + ((i * 37) % 400) / 100
    return { keys: { dimension: `d${i % 9}`, region: regions[i % 4], sector: i % 5 === 0 ? null : `S${i % 3}`, year: 2019 + (i % 7) }, n, sum: n * mean, sumSq: n * mean * mean + (n - 1) * 0.64 }
  })

  it('writes the UTF-8 of JSON.stringify of the same answer, over several pieces', async () => {
    const by: GroupKey[] = ['dimension', 'region', 'sector', 'year']
    const { body, rows } = await answerBytes('v1"quoted', query(by), { kind: 'cells', groups: cellGroups })
    expect(rows).toBe(4_500)
    const expected = { datasetVersion: 'v1"quoted', by, rows: cellGroups.map((g) => expectedRow({ dimension: g.keys.dimension, region: g.keys.region, sector: g.keys.sector, year: g.keys.year }, g)) }
    expect(decode(body)).toBe(JSON.stringify(expected))
    expect(body.length).toBe(new TextEncoder().encode(JSON.stringify(expected)).length)
  })

  it('writes three rows per pillar group (T, S and the gap), pillar after level', async () => {
    const groups: PooledPillarGroup[] = Array.from({ length: 2_100 }, (_, i) => {
      const n = 10 + i
      return { keys: { level: 'organisational', region: regions[i % 4], year: 2025 }, n, sumT: 3.1 * n, sumTSq: 10 * n, sumS: 2.9 * n, sumSSq: 9 * n, sumTS: 8.9 * n }
    })
    const by: GroupKey[] = ['level', 'pillar', 'region', 'year']
    const { body, rows } = await answerBytes('v2', query(by), { kind: 'pillars', groups })
    expect(rows).toBe(6_300)
    const expected = {
      datasetVersion: 'v2',
      by,
      rows: groups.flatMap((g) => {
        const s = pillarSeries(g)
        return (['technological', 'social', 'gap'] as const).map((pillar) => expectedRow({ level: g.keys.level, pillar, region: g.keys.region, year: g.keys.year }, s[pillar]))
      }),
    }
    expect(decode(body)).toBe(JSON.stringify(expected))
  })

  it('stops between pieces when the client has gone away', async () => {
    const gone = new AbortController()
    const writing = answerBytes('v1', query(['dimension', 'region', 'sector', 'year']), { kind: 'cells', groups: cellGroups }, gone.signal)
    gone.abort(new Error('client went away'))
    await expect(writing).rejects.toThrow('client went away')
  })
})
