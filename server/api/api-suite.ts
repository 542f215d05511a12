/**
 * One contract suite for the API, run against every store (memory, SQLite, …): the same requests
 * must give the same answers, and every answer must parse with the contract.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { datasetCreated, datasetsResponse, metaResponse, problem, scoresResponse, type ScoresResponse } from '../../src/contract/v1'
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

/**
 * Dataset uploads (POST /api/v1/datasets) and the version list, against every store: all or
 * nothing, the previous dataset served until the new one is current.
 */
export function runDatasetSuite(storeName: string, makeStore: (cells: Cell[]) => Promise<Store>): void {
  describe(`dataset uploads over the ${storeName} store`, () => {
    const TOKEN = 'test-token-0123456789abcdef'
    const cells = generateDemoCells().filter((c) => c.year === 2025)
    let store: Store
    let api: ReturnType<typeof createApi>
    beforeAll(async () => {
      store = await makeStore(cells)
      api = createApi({ store, uploadToken: TOKEN, maxUploadBytes: 200_000 })
    })
    afterAll(async () => store.close())

    const call = async (path: string, init?: RequestInit) => api.fetch(new Request(`http://localhost${path}`, init))
    const upload = (body: BodyInit, headers: Record<string, string> = {}, qs = '') =>
      call(`/api/v1/datasets${qs}`, { method: 'POST', body, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv', ...headers } })
    const snapshot = async () => {
      const res = await call('/api/v1/scores?by=level,region&year=2025')
      return { etag: res.headers.get('etag'), body: await res.text() }
    }

    it('refuses without a token (401), with a wrong one (403), another media type (415), too large (413), and when uploads are off (403)', async () => {
      const before = await snapshot()
      const csv = 'level,dimension,region,sector,year,n,mean,sd\nindividual,T1,PV20,GEM,2025,12,3,1\n'
      const none = await call('/api/v1/datasets', { method: 'POST', body: csv, headers: { 'content-type': 'text/csv' } })
      expect(none.status).toBe(401)
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/)
      expect(problem.parse(await none.json()).status).toBe(401)
      expect((await upload(csv, { authorization: `Bearer ${TOKEN}x` })).status).toBe(403)
      expect((await upload(csv, { authorization: 'Bearer short' })).status).toBe(403)
      expect((await upload(csv, { authorization: `Basic ${TOKEN}` })).status).toBe(401)
      expect((await upload(csv, { 'content-type': 'application/json' })).status).toBe(415)
      const big = await upload(csv + 'individual,T2,PV20,GEM,2025,12,3,1\n'.repeat(7000))
      expect(big.status).toBe(413)
      expect(problem.parse(await big.json()).status).toBe(413)
      const off = createApi({ store })
      const refused = await off.fetch(new Request('http://localhost/api/v1/datasets', { method: 'POST', body: csv, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' } }))
      expect(refused.status).toBe(403)
      expect(await snapshot()).toEqual(before)
    })

    it('answers 422 with every problem (row, column, value, nl and en) and changes nothing', async () => {
      const before = await snapshot()
      const csv = 'level;dimension;region;sector;year;n;mean;sd\r\nindividual;T1;PV20;GEM;2025;12;3,1;0,9\r\nindividual;T9;PV20;GEM;2025;0;3,1;0,9\r\n'
      const res = await upload(csv)
      expect(res.status).toBe(422)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      const p = problem.parse(await res.json())
      expect(p.importErrorCount).toBe(2)
      expect(p.importErrors).toEqual([
        expect.objectContaining({ row: 3, column: 'dimension', value: 'T9', code: 'unknown_dimension' }),
        expect.objectContaining({ row: 3, column: 'n', value: '0', code: 'n_below_1', message: expect.objectContaining({ nl: expect.stringContaining('minstens 1') }) }),
      ])
      expect(await snapshot()).toEqual(before)
    })

    it('replaces the dataset on a valid file (201), with a new version, ETag and numbers, and lists the versions', async () => {
      const before = await snapshot()
      const listed = datasetsResponse.parse(await (await call('/api/v1/datasets')).json())
      const csv = 'level,dimension,region,sector,year,n,mean,sd\nindividual,T1,PV20,GEM,2024,20,3.5,1\nindividual,T1,PV21,GEM,2024,4,2,1\nnational,S2,NL,,2024,100,2.25,0.5\n'
      const res = await upload(csv, {}, '?title=Enqu%C3%AAte%202024')
      expect(res.status).toBe(201)
      const { dataset } = datasetCreated.parse(await res.json())
      expect(dataset).toMatchObject({ cells: 3, synthetic: false, title: { nl: 'Enquête 2024', en: 'Enquête 2024' } })
      expect(dataset.version).not.toBe(listed.current)
      expect(res.headers.get('etag')).toBe(`"${dataset.version}"`)

      const meta = metaResponse.parse(await (await call('/api/v1/meta')).json())
      expect(meta.dataset.version).toBe(dataset.version)
      expect(meta.years).toEqual([2024])
      const after = await call('/api/v1/scores?by=region&level=individual&year=2024')
      expect(after.headers.get('etag')).not.toBe(before.etag)
      const body = scoresResponse.parse(await after.json())
      // PV20: n = 20, mean 3.5, sd 1 → se = 1/√20, CI 3.5 ± 1.96·0.2236; PV21 (n = 4) is suppressed
      expect(body.rows).toEqual([
        { region: 'PV20', n: 20, mean: 3.5, sd: 1, se: 0.2236, ciLow: 3.0617, ciHigh: 3.9383, status: 'low_reliability' },
        { region: 'PV21', status: 'suppressed' },
      ])

      const versions = datasetsResponse.parse(await (await call('/api/v1/datasets')).json())
      expect(versions.current).toBe(dataset.version)
      expect(versions.versions.map((v) => v.version)).toEqual([dataset.version, ...listed.versions.map((v) => v.version)])
    })

    it('takes two concurrent uploads one after the other: the one written last is current, whole', async () => {
      const a = 'level,dimension,region,sector,year,n,mean,sd\nindividual,T1,PV20,GEM,2023,20,3,1\n'
      const b = 'level,dimension,region,sector,year,n,mean,sd\nindividual,T1,PV20,GEM,2022,20,3,1\nindividual,T2,PV20,GEM,2022,20,3,1\n'
      const [ra, rb] = await Promise.all([upload(a), upload(b)])
      expect([ra.status, rb.status]).toEqual([201, 201])
      const va = datasetCreated.parse(await ra.json()).dataset.version
      const vb = datasetCreated.parse(await rb.json()).dataset.version
      const listed = datasetsResponse.parse(await (await call('/api/v1/datasets')).json())
      // the history says which was written last; that one is served, with its own cells only
      const [last, before] = listed.versions.map((v) => v.version)
      expect([last, before].sort()).toEqual([va, vb].sort())
      const meta = metaResponse.parse(await (await call('/api/v1/meta')).json())
      expect(meta.dataset.version).toBe(last)
      expect({ years: meta.years, cells: meta.dataset.cells }).toEqual(last === va ? { years: [2023], cells: 1 } : { years: [2022], cells: 2 })
    })
  })
}
