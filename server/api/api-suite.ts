/**
 * One contract suite for the API, run against every store (memory, SQLite, …): the same requests
 * must give the same answers, and every answer must parse with the contract.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { metaResponse, problem, scoresResponse, type ScoresResponse } from '../../src/contract/v1'
import type { Cell } from '../../src/domain/cells'
import { describe as describeSums, poolCells } from '../../src/domain/pooling'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import type { Store } from '../store'
import { createApi } from './app'

export function runApiSuite(storeName: string, makeStore: (cells: Cell[]) => Promise<Store>): void {
  describe(`API v1 over the ${storeName} store`, () => {
    const cells = generateDemoCells()
    let store: Store
    let api: ReturnType<typeof createApi>
    beforeAll(async () => {
      store = await makeStore(cells)
      api = createApi({ store })
    })
    afterAll(async () => store.close())

    const get = async (path: string, init?: RequestInit) => api.fetch(new Request(`http://localhost${path}`, init))
    const scores = async (qs: string): Promise<ScoresResponse> => {
      const res = await get(`/api/v1/scores?${qs}`)
      expect(res.status).toBe(200)
      return scoresResponse.parse(await res.json())
    }

    it('serves meta that parses with the contract and says the data are synthetic', async () => {
      const res = await get('/api/v1/meta')
      expect(res.status).toBe(200)
      const meta = metaResponse.parse(await res.json())
      expect(meta.dataset.synthetic).toBe(true)
      expect(meta.dataset.version).toBe(DEMO_INFO.version)
      expect(meta.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025])
      expect(meta.regions.filter((r) => r.kind === 'province')).toHaveLength(12)
      expect(meta.sectors).toHaveLength(14)
      expect(meta.dataset.cells).toBe(cells.length)
    })

    it('pools by level and dimension for PV20 exactly as a hand computation from the cells', async () => {
      const body = await scores('by=level,dimension&region=PV20')
      expect(body.rows).toHaveLength(27) // 3 sub-national levels × 9 dimensions (PV20 has no national cells)
      const row = body.rows.find((r) => r.level === 'organisational' && r.dimension === 'T2')!
      const mine = cells.filter((c) => c.region === 'PV20' && c.level === 'organisational' && c.dimension === 'T2' && c.n >= 10)
      const d = describeSums(poolCells(mine))
      expect(row.status).not.toBe('suppressed')
      if (row.status === 'suppressed') return
      expect(row.n).toBe(d.n)
      expect(row.mean).toBeCloseTo(d.mean, 4)
      expect(row.sd).toBeCloseTo(d.sd, 4)
      expect(row.ciLow).toBeCloseTo(d.ciLow, 4)
      expect(row.ciHigh).toBeCloseTo(d.ciHigh, 4)
    })

    it('never reveals a value for a cell below the threshold, alone or by subtraction', async () => {
      const thin = cells.find((c) => c.n < 10 && c.level === 'organisational')!
      const alone = await scores(
        `by=level,dimension,region,sector,year&level=${thin.level}&dimension=${thin.dimension}&region=${thin.region}&sector=${thin.sector}&year=${thin.year}`,
      )
      expect(alone.rows).toEqual([
        { level: thin.level, dimension: thin.dimension, region: thin.region, sector: thin.sector, year: thin.year, status: 'suppressed' },
      ])
      // differencing: the total over all sectors minus every other sector's published part
      const base = `level=${thin.level}&dimension=${thin.dimension}&region=${thin.region}&year=${thin.year}`
      const total = (await scores(`by=region&${base}`)).rows[0]
      const parts = (await scores(`by=sector&${base}`)).rows
      if (total.status === 'suppressed') return
      let n = total.n
      let sum = total.n * total.mean
      for (const p of parts) {
        if (p.status === 'suppressed') continue
        n -= p.n
        sum -= p.n * p.mean
      }
      // what is left is nothing: thin cells never enter a total. (A thin cell's Σx is at least
      // 1, since n ≥ 1 and scores ≥ 1; the residue allowed here is the rounding of published means.)
      expect(n).toBe(0)
      expect(Math.abs(sum)).toBeLessThan(0.1)
    })

    it('filters by sector and leaves the sector-less national level out', async () => {
      const body = await scores('by=level&sector=GEM&year=2025')
      expect(body.rows.map((r) => r.level)).toEqual(['individual', 'organisational', 'regional_sectoral'])
      const nat = await scores('by=region&level=national&region=NL,EU27&year=2025')
      expect(nat.rows.map((r) => r.region)).toEqual(['EU27', 'NL'])
    })

    it('answers 400 problem+json naming the offending parameter', async () => {
      for (const [qs, param] of [
        ['region=PV99', 'region'],
        ['year=20x5', 'year'],
        ['by=colour', 'by'],
        ['level=individual,individual', 'level'],
        ['foo=1', 'foo'],
      ]) {
        const res = await get(`/api/v1/scores?${qs}`)
        expect(res.status).toBe(400)
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/)
        const p = problem.parse(await res.json())
        expect(p.errors?.map((e) => e.param)).toContain(param)
        expect(p.errors?.[0].message.nl).toBeTruthy()
      }
    })

    it('answers 304 to a matching If-None-Match', async () => {
      const first = await get('/api/v1/scores?by=level')
      const etag = first.headers.get('etag')!
      expect(etag).toContain(DEMO_INFO.version)
      const again = await get('/api/v1/scores?by=level', { headers: { 'if-none-match': etag } })
      expect(again.status).toBe(304)
    })
  })
}
