import { geoArea } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { syntheticProvinceTopology } from '../../server/testing/synthetic-boundaries'
import { TILE_LAYOUT } from './TileMap'
import { BoundaryError, provinceShapes } from './province-shapes'

const CODES = Object.keys(TILE_LAYOUT)

describe('provinceShapes', () => {
  it('maps the synthetic topology to 12 shapes keyed by the statcode property, wound for d3-geo', () => {
    const r = provinceShapes(syntheticProvinceTopology(), CODES)
    expect(r.codeKey).toBe('statcode')
    expect(r.planar).toBe(false)
    expect(r.shapes.map((s) => s.code).sort()).toEqual([...CODES].sort())
    // every rectangle is small (the counter-clockwise rings were reversed, not read as the rest of the globe)
    for (const s of r.shapes) expect(geoArea(s.feature)).toBeLessThan(0.001)
  })

  it('finds the code in the feature id or in another property, in any case', () => {
    const topo = syntheticProvinceTopology() as { objects: { provincies: { geometries: { id?: string; properties: Record<string, unknown> }[] } } }
    for (const g of topo.objects.provincies.geometries) {
      g.id = String(g.properties.statcode).toLowerCase()
      g.properties = { naam: 'x' }
    }
    const r = provinceShapes(topo, CODES)
    expect(r.codeKey).toBe('id')
    expect(r.shapes).toHaveLength(12)
    expect(r.shapes[0].code).toMatch(/^PV\d\d$/)
  })

  it('recognises projected coordinates (RD New) and leaves their winding alone', () => {
    const topo = {
      type: 'Topology',
      objects: { p: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { statcode: 'PV26' } }] } },
      arcs: [
        [
          [130000, 450000],
          [150000, 450000],
          [150000, 470000],
          [130000, 470000],
          [130000, 450000],
        ],
      ],
    }
    const r = provinceShapes(topo, CODES)
    expect(r.planar).toBe(true)
    expect(r.shapes.map((s) => s.code)).toEqual(['PV26'])
  })

  it('refuses what is not a topology, or one without a known code', () => {
    expect(() => provinceShapes({ type: 'FeatureCollection', features: [] }, CODES)).toThrow(BoundaryError)
    expect(() => provinceShapes(null, CODES)).toThrow(/not a TopoJSON topology/)
    const topo = syntheticProvinceTopology() as { objects: { provincies: { geometries: { properties: Record<string, unknown> }[] } } }
    for (const g of topo.objects.provincies.geometries) g.properties = { statcode: 'GM0363' }
    expect(() => provinceShapes(topo, CODES)).toThrow(/no feature carries a known CBS code/)
  })
})
