/**
 * One contract suite for the API, run against every store (memory, SQLite, …): the same requests
 * must give the same answers, and every answer must parse with the contract.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { datasetCreated, datasetsResponse, metaResponse, problem, scoresResponse, type ScoresResponse } from '../../src/contract/v1'
import type { Cell, PillarCell } from '../../src/domain/cells'
import { describe as describeSums, poolCells } from '../../src/domain/pooling'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import type { Store } from '../store'
import { HAND_CELLS, HAND_PILLAR_CELLS, answerableGroupings, respondents, syntheticPillarCells } from '../testing/pillar-fixture'
import { AnswerCache } from './answer-cache'
import { createApi } from './app'

/** Makes a store holding these cells (and pillar cells, when given) as its current dataset. */
export type MakeStore = (cells: Cell[], pillarCells?: PillarCell[]) => Promise<Store>

export function runApiSuite(storeName: string, makeStore: MakeStore): void {
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
      expect(meta.dataset.pillarCells).toBe(false)
      expect(meta.limits).toEqual({ maxGroups: 50_000, maxBytes: 12 * 1024 * 1024 })
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
      const total = (await scores(`by=region,dimension&${base}`)).rows[0]
      const parts = (await scores(`by=sector,dimension&${base}`)).rows
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
      const body = await scores('by=level,dimension&sector=GEM&year=2025')
      expect([...new Set(body.rows.map((r) => r.level))]).toEqual(['individual', 'organisational', 'regional_sectoral'])
      const nat = await scores('by=region,dimension&level=national&region=NL,EU27&year=2025&dimension=T1')
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
      const first = await get('/api/v1/scores?by=level,dimension')
      const etag = first.headers.get('etag')!
      expect(etag).toContain(DEMO_INFO.version)
      const again = await get('/api/v1/scores?by=level,dimension', { headers: { 'if-none-match': etag } })
      expect(again.status).toBe(304)
    })

    it('refuses to pool over dimensions (by without dimension or pillar) with a 400 that says how to ask', async () => {
      for (const qs of ['by=level', 'by=region,year&level=organisational', '', 'year=2025', 'by=dimension,pillar', 'by=level,pillar&dimension=T1']) {
        const res = await get(`/api/v1/scores?${qs}`)
        expect(res.status, qs).toBe(400)
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
        const p = problem.parse(await res.json())
        expect(p.errors?.[0].param, qs).toMatch(/^(by|dimension)$/)
        expect(p.errors?.[0].message.en).toMatch(/dimension|pillar/)
        expect(p.errors?.[0].message.nl).toMatch(/dimensie|pijler|dimension/)
      }
      const res = await get('/api/v1/scores?by=level')
      expect(((await res.json()) as { detail: string }).detail).toMatch(/by=level,dimension/)
    })

    it('answers a pillar question with no rows when the dataset has no pillar cells', async () => {
      const body = await scores('by=level,pillar')
      expect(body.rows).toEqual([])
    })

    it('normalises by: two orderings share one cache entry and answer the same bytes, in canonical order', async () => {
      const cache = new AnswerCache()
      const cached = createApi({ store, cache })
      const ask = async (qs: string) => {
        const res = await cached.fetch(new Request(`http://localhost/api/v1/scores?${qs}`))
        expect(res.status).toBe(200)
        return new Uint8Array(await res.arrayBuffer())
      }
      const a = await ask('by=year,dimension,level&region=PV21,PV20')
      const b = await ask('region=PV20,PV21&by=level,dimension,year')
      expect(b).toEqual(a)
      expect(cache.size.entries).toBe(1)
      const body = scoresResponse.parse(JSON.parse(new TextDecoder().decode(a)))
      expect(body.by).toEqual(['level', 'dimension', 'year'])
      // rows sorted by level, then dimension, then year
      const order = body.rows.map((r) => `${r.level}|${r.dimension}|${r.year}`)
      expect(order).toEqual([...order].sort())
      // the same bytes as without the cache
      expect(await (await get('/api/v1/scores?by=dimension,year,level&region=PV20,PV21')).arrayBuffer().then((x) => new Uint8Array(x))).toEqual(a)
      // a repeated request is a hit
      expect(await ask('by=year,dimension,level&region=PV21,PV20')).toEqual(a)
      expect(cache.hits).toBeGreaterThanOrEqual(2)
    })

    it('refuses an answer over the group limit with the documented problem, before building any row', async () => {
      const asked: (number | undefined)[] = []
      const returned: number[] = []
      const spy: Store = {
        ...store,
        summary: () => store.summary(),
        versions: () => store.versions(),
        close: async () => undefined,
        replace: (c, i, p) => store.replace(c, i, p),
        poolPillars: (f, by, minN, limit) => store.poolPillars(f, by, minN, limit),
        pool: async (f, by, minN, limit) => {
          asked.push(limit)
          const groups = await store.pool(f, by, minN, limit)
          returned.push(groups.length)
          return groups
        },
      }
      const small = createApi({ store: spy, limits: { maxGroups: 100, maxBytes: 1024 * 1024 } })
      const res = await small.fetch(new Request('http://localhost/api/v1/scores?by=level,dimension,region,sector,year'))
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      const p = problem.parse(await res.json())
      expect(p).toMatchObject({ type: 'https://samenhang.example/problems/answer-too-large', status: 400, limits: { maxGroups: 100 } })
      expect(p.detail).toMatch(/more than 100 groups.*Narrow it/)
      expect(p.errors?.[0].message.nl).toMatch(/hoogstens 100 groepen/)
      // the store was asked for at most 101 groups and gave no more
      expect(asked).toEqual([100])
      expect(returned[0]).toBe(101)
      // a question within the limit is answered
      expect((await small.fetch(new Request('http://localhost/api/v1/scores?by=level,dimension&region=PV20&year=2025'))).status).toBe(200)
      // the byte bound: a limit of 2 KiB refuses 27 rows of PV20
      const tiny = createApi({ store, limits: { maxGroups: 100, maxBytes: 2048 } })
      const big = await tiny.fetch(new Request('http://localhost/api/v1/scores?by=level,dimension&region=PV20&year=2025'))
      expect(big.status).toBe(400)
      expect(problem.parse(await big.json()).detail).toMatch(/MiB/)
    })
  })
}

/**
 * Pillar statistics (ADR 0007) against every store: the hand-worked fixture's exact intervals, n
 * counting respondents (never a respondent per dimension), suppression at source, and parity of
 * every pillar grouping with a computation from the pillar cells.
 */
export function runPillarSuite(storeName: string, makeStore: MakeStore): void {
  describe(`pillar statistics over the ${storeName} store`, () => {
    let hand: Store
    let demo: Store
    let handApi: ReturnType<typeof createApi>
    let demoApi: ReturnType<typeof createApi>
    const demoCells = generateDemoCells().filter((c) => c.year >= 2024)
    const demoPillars = syntheticPillarCells(demoCells)
    beforeAll(async () => {
      hand = await makeStore(HAND_CELLS, HAND_PILLAR_CELLS)
      demo = await makeStore(demoCells, demoPillars)
      handApi = createApi({ store: hand })
      demoApi = createApi({ store: demo })
    })
    afterAll(async () => {
      await hand.close()
      await demo.close()
    })
    const scores = async (api: ReturnType<typeof createApi>, qs: string): Promise<ScoresResponse> => {
      const res = await api.fetch(new Request(`http://localhost/api/v1/scores?${qs}`))
      expect(res.status, qs).toBe(200)
      return scoresResponse.parse(await res.json())
    }

    it('says in meta that the dataset has pillar cells', async () => {
      const meta = metaResponse.parse(await (await handApi.fetch(new Request('http://localhost/api/v1/meta'))).json())
      expect(meta.dataset.pillarCells).toBe(true)
      expect(meta.dataset.cells).toBe(27)
    })

    it('gives T, S and the gap of the hand-worked fixture exactly, with n = 12 respondents', async () => {
      const body = await scores(handApi, 'by=pillar,level&level=organisational')
      expect(body.by).toEqual(['level', 'pillar'])
      // PV21's four respondents are below the threshold: left out (suppression at source)
      expect(body.rows).toEqual([
        { level: 'organisational', pillar: 'technological', n: 12, mean: 3.5, sd: 0.5222, se: 0.1508, ciLow: 3.2045, ciHigh: 3.7955, status: 'low_reliability' },
        { level: 'organisational', pillar: 'social', n: 12, mean: 2.5, sd: 0.5222, se: 0.1508, ciLow: 2.2045, ciHigh: 2.7955, status: 'low_reliability' },
        { level: 'organisational', pillar: 'gap', n: 12, mean: 1, sd: 0, se: 0, ciLow: 1, ciHigh: 1, status: 'low_reliability' },
      ])
      const thin = await scores(handApi, 'by=level,pillar,region&region=PV21')
      expect(thin.rows).toEqual([
        { level: 'organisational', pillar: 'technological', region: 'PV21', status: 'suppressed' },
        { level: 'organisational', pillar: 'social', region: 'PV21', status: 'suppressed' },
        { level: 'organisational', pillar: 'gap', region: 'PV21', status: 'suppressed' },
      ])
    })

    it('never reports n above the number of respondents: per dimension n = 12, and by=level is refused', async () => {
      const dims = await scores(handApi, 'by=level,dimension&level=organisational')
      expect(dims.rows).toHaveLength(9)
      for (const r of dims.rows) expect(r.status !== 'suppressed' && r.n).toBe(12)
      // the old answer to by=level summed n over nine dimensions: 108 "respondents" out of 12
      expect((await handApi.fetch(new Request('http://localhost/api/v1/scores?by=level&level=organisational'))).status).toBe(400)
    })

    it(`never reports n above the respondents, on every pillar grouping × filters (demo data with pillar cells)`, async () => {
      const perKey = respondents(demoPillars)
      const filters = ['', 'region=PV20', 'year=2025', 'sector=GEM,PO', 'level=national', 'level=organisational&region=PV29&sector=RM']
      let rows = 0
      for (const by of answerableGroupings().filter((b) => b.includes('pillar'))) {
        for (const f of filters) {
          const qs = [f, `by=${by.join(',')}`].filter(Boolean).join('&')
          const body = await scores(demoApi, qs)
          // the respondents of the pillar cells each row pools, from the cells themselves
          for (const r of body.rows) {
            rows++
            if (r.status === 'suppressed') continue
            let most = 0
            for (const p of demoPillars) {
              const match = (['level', 'region', 'sector', 'year'] as const).every((k) => r[k] === undefined || r[k] === p[k])
              if (match && perKey.get(`${p.level}|${p.region}|${p.sector}|${p.year}`)! >= 10) most += p.n
            }
            expect(r.n, qs).toBeLessThanOrEqual(most)
          }
        }
      }
      expect(rows).toBeGreaterThan(1000)
    })
  })
}

/**
 * Dataset uploads (POST /api/v1/datasets) and the version list, against every store: all or
 * nothing, the previous dataset served until the new one is current.
 */
export function runDatasetSuite(storeName: string, makeStore: MakeStore): void {
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
      const res = await call('/api/v1/scores?by=level,dimension,region&year=2025')
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
      const after = await call('/api/v1/scores?by=region,dimension&level=individual&year=2024')
      expect(after.headers.get('etag')).not.toBe(before.etag)
      const body = scoresResponse.parse(await after.json())
      // PV20: n = 20, mean 3.5, sd 1 → se = 1/√20, CI 3.5 ± 1.96·0.2236; PV21 (n = 4) is suppressed
      expect(body.rows).toEqual([
        { dimension: 'T1', region: 'PV20', n: 20, mean: 3.5, sd: 1, se: 0.2236, ciLow: 3.0617, ciHigh: 3.9383, status: 'low_reliability' },
        { dimension: 'T1', region: 'PV21', status: 'suppressed' },
      ])

      const versions = datasetsResponse.parse(await (await call('/api/v1/datasets')).json())
      expect(versions.current).toBe(dataset.version)
      expect(versions.versions.map((v) => v.version)).toEqual([dataset.version, ...listed.versions.map((v) => v.version)])
    })

    it('gives every upload its own version, even the same file twice at once; /meta\'s ETag follows its body (S3)', async () => {
      const csv = 'level,dimension,region,sector,year,n,mean,sd\nindividual,T1,PV20,GEM,2021,20,3,1\n'
      const first = await upload(csv, {}, '?title=Eerste')
      const meta1 = await call('/api/v1/meta')
      const etag1 = meta1.headers.get('etag')!
      expect(metaResponse.parse(await meta1.json()).dataset.title.nl).toBe('Eerste')
      const second = await upload(csv, {}, '?title=Tweede')
      const [v1, v2] = [first, second].map(async (r) => datasetCreated.parse(await r.json()).dataset.version)
      expect(await v1).not.toBe(await v2)
      // the old ETag no longer matches: the new title is sent, not a 304
      const meta2 = await call('/api/v1/meta', { headers: { 'if-none-match': etag1 } })
      expect(meta2.status).toBe(200)
      expect(meta2.headers.get('etag')).not.toBe(etag1)
      expect(metaResponse.parse(await meta2.json()).dataset.title.nl).toBe('Tweede')
      // and the current ETag does match
      expect((await call('/api/v1/meta', { headers: { 'if-none-match': meta2.headers.get('etag')! } })).status).toBe(304)
    })

    it('refuses control and text-direction characters in title, source and sheet; the log names where a problem is, never a value, and escapes names (S7)', async () => {
      const before = await snapshot()
      const csv = 'level,dimension,region,sector,year,n,mean,sd\nindividual,T1,PV20,GEM,2021,20,3,1\n'
      for (const [param, value, code] of [
        ['title', 'a\u0000b', 'U+0000'],
        ['title', 'line\nforged', 'U+000A'],
        ['source', 'evil\u202Etxt.exe', 'U+202E'],
        ['sheet', 'Blad\u00071', 'U+0007'],
      ]) {
        const res = await upload(csv, {}, `?${param}=${encodeURIComponent(value)}`)
        expect(res.status, value).toBe(400)
        const p = problem.parse(await res.json())
        expect(p.errors?.[0]).toMatchObject({ param, message: { en: expect.stringContaining(code) } })
      }
      expect(await snapshot()).toEqual(before)
      const lines: string[] = []
      const logged = createApi({ store, uploadToken: TOKEN, log: (m) => lines.push(m) })
      const forged = 'level,dimension,region,sector,year,n,mean,sd\nindividual,"T1\n{""forged"":1}\u202E",PV20,GEM,2021,20,3,1\n'
      const res = await logged.fetch(new Request('http://localhost/api/v1/datasets', { method: 'POST', body: forged, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' } }))
      expect(res.status).toBe(422)
      const rejected = lines.find((l) => l.startsWith('import: rejected'))!
      // where the problem is, never the value: in a respondent file a value is somebody's answer
      expect(rejected).toMatch(/first: row 2, column dimension, unknown_dimension$/)
      expect(rejected).not.toContain('forged')
      expect(rejected).not.toMatch(/[\n\u202e]/)
      // a column name is the file's text too: escaped
      lines.length = 0
      const header = 'level,dimension,region,sector,year,n,mean,sd,"x\n{""forged"":1}"\nindividual,T1,PV20,GEM,2021,20,3,1,\n'
      await logged.fetch(new Request('http://localhost/api/v1/datasets', { method: 'POST', body: header, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' } }))
      const second = lines.find((l) => l.startsWith('import: rejected'))!
      expect(second).toContain('\\u000a')
      expect(second).not.toMatch(/\n/)
      expect(await snapshot()).toEqual(before)
    })

    it('takes an Excel workbook by its own media type (not 415), and names both types when refusing another', async () => {
      const res = await upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, '?sheet=Blad1')
      expect(res.status).not.toBe(415)
      const other = await upload('x', { 'content-type': 'application/json' })
      expect(other.status).toBe(415)
      expect(other.headers.get('accept')).toMatch(/text\/csv, application\/vnd\.openxmlformats/)
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
