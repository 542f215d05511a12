// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { DEMO_INFO, generateDemoCells } from '../mocks/demo-data'
import { paths } from '../src/contract/v1'
import { createApi } from './api/app'
import { buildOpenApiDocument } from './openapi'
import { MemoryStore } from './stores/memory'

type Json = Record<string, unknown>
const doc = buildOpenApiDocument() as { openapi: string; paths: Record<string, Json>; components: { schemas: Record<string, Json> } }

/** A component schema as a standalone JSON Schema (refs into $defs), turned back into zod. */
function validator(name: string) {
  const defs = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll('#/components/schemas/', '#/$defs/')) as Record<string, Json>
  return z.fromJSONSchema({ ...defs[name], $defs: defs } as Parameters<typeof z.fromJSONSchema>[0])
}

describe('the OpenAPI document', () => {
  const store = new MemoryStore(generateDemoCells(), DEMO_INFO)
  const api = createApi({ store, openapi: doc })
  const get = async (p: string) => api.fetch(new Request(`http://localhost${p}`))

  it('is OpenAPI 3.1 and documents every implemented endpoint', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual([paths.boundaries, paths.datasets, paths.health, paths.meta, paths.openapi, paths.scores].sort())
  })

  it('has no dangling $ref', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? []
    expect(refs.length).toBeGreaterThan(5)
    for (const r of refs) {
      const name = r.slice('"$ref":"#/components/schemas/'.length, -1)
      expect(doc.components.schemas, r).toHaveProperty(name)
    }
  })

  it('describes the real answers (validated with the document’s own schemas)', async () => {
    expect(validator('MetaResponse').safeParse(await (await get('/api/v1/meta')).json()).success).toBe(true)
    const scores = (await (await get('/api/v1/scores?by=level,sector,dimension&region=PV29')).json()) as { rows: { status: string }[] }
    expect(scores.rows.some((r) => r.status === 'suppressed')).toBe(true)
    expect(validator('ScoresResponse').safeParse(scores).success).toBe(true)
    expect(validator('Problem').safeParse(await (await get('/api/v1/scores?by=colour')).json()).success).toBe(true)
    expect(validator('Health').safeParse(await (await get('/api/v1/health')).json()).success).toBe(true)
    expect(validator('DatasetsResponse').safeParse(await (await get('/api/v1/datasets')).json()).success).toBe(true)
    // and rejects what the contract rejects: a suppressed row may carry no value
    expect(validator('ScoreRow').safeParse({ level: 'individual', status: 'suppressed', n: 3 }).success).toBe(false)
  })

  it('is served by the API when given, and absent from the in-browser API', async () => {
    const res = await get(paths.openapi)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(doc)
    const bare = createApi({ store })
    expect((await bare.fetch(new Request(`http://localhost${paths.openapi}`))).status).toBe(404)
  })
})
