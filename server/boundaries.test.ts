// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../mocks/demo-data'
import { metaResponse, paths, problem } from '../src/contract/v1'
import { createApi } from './api/app'
import { loadBoundaryFile } from './boundaries'
import { loadConfig } from './config'
import { MemoryStore } from './stores/memory'
import { syntheticProvinceTopology } from './testing/synthetic-boundaries'

const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-boundaries-'))
const file = (name: string, text: string) => {
  const p = path.join(dir, name)
  writeFileSync(p, text)
  return p
}
const good = file('provinces.topojson', JSON.stringify(syntheticProvinceTopology()))

describe('SAMENHANG_BOUNDARIES', () => {
  it('is a path resolved against the working directory; unset = none', () => {
    expect(loadConfig([], { SAMENHANG_BOUNDARIES: 'geo/pv.topojson' }, '/srv/app').boundariesFile).toBe(path.resolve('/srv/app', 'geo/pv.topojson'))
    expect(loadConfig([], {}).boundariesFile).toBeUndefined()
    expect(loadConfig([], { SAMENHANG_BOUNDARIES: '  ' }).boundariesFile).toBeUndefined()
  })

  it('loads a topology with CBS codes: the text as given, a content ETag, the codes found', () => {
    const b = loadBoundaryFile(good)
    expect(b.codes).toHaveLength(12)
    expect(b.codeKey).toBe('statcode')
    expect(JSON.parse(b.body)).toEqual(syntheticProvinceTopology())
    expect(b.etag).toMatch(/^"b-[0-9a-f]{16}"$/)
  })

  it('refuses a missing, non-JSON, non-TopoJSON or code-less file with one clear message', () => {
    expect(() => loadBoundaryFile(path.join(dir, 'absent.topojson'))).toThrow(/SAMENHANG_BOUNDARIES: .*absent\.topojson: cannot be read \(ENOENT\)/)
    expect(() => loadBoundaryFile(file('bad.json', '{"type":'))).toThrow(/is not JSON/)
    expect(() => loadBoundaryFile(file('geo.json', '{"type":"FeatureCollection","features":[]}'))).toThrow(/Not a TopoJSON topology/)
    const topo = syntheticProvinceTopology() as { objects: { provincies: { geometries: { properties: object }[] } } }
    for (const g of topo.objects.provincies.geometries) g.properties = { statcode: 'GM0363' }
    expect(() => loadBoundaryFile(file('gm.json', JSON.stringify(topo)))).toThrow(/No feature carries a known CBS code.*unset the variable/)
  })
})

describe('GET /api/v1/boundaries', () => {
  const store = new MemoryStore(generateDemoCells(), DEMO_INFO)
  const get = (api: ReturnType<typeof createApi>, p: string, headers: Record<string, string> = {}) => api.fetch(new Request(`http://localhost${p}`, { headers }))

  it('serves the configured file with an ETag (304 on a match), and meta says so', async () => {
    const b = loadBoundaryFile(good)
    const api = createApi({ store, boundaries: { body: b.body, etag: b.etag } })
    const res = await get(api, paths.boundaries)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    expect(res.headers.get('etag')).toBe(b.etag)
    expect(await res.json()).toEqual(syntheticProvinceTopology())
    expect((await get(api, paths.boundaries, { 'if-none-match': b.etag })).status).toBe(304)
    expect(metaResponse.parse(await (await get(api, paths.meta)).json()).boundaries).toBe(true)
    expect((await api.fetch(new Request(`http://localhost${paths.boundaries}`, { method: 'POST' }))).status).toBe(405)
  })

  it('answers 404 problem+json when none is configured, and meta says false', async () => {
    const api = createApi({ store })
    const res = await get(api, paths.boundaries)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/)
    expect(problem.parse(await res.json()).detail).toMatch(/SAMENHANG_BOUNDARIES/)
    expect(metaResponse.parse(await (await get(api, paths.meta)).json()).boundaries).toBe(false)
  })

  it('gives meta a different ETag with and without boundaries (a restart may add the file)', async () => {
    const b = loadBoundaryFile(good)
    const withB = (await get(createApi({ store, boundaries: b }), paths.meta)).headers.get('etag')
    const without = (await get(createApi({ store }), paths.meta)).headers.get('etag')
    expect(withB).not.toBe(without)
  })
})
