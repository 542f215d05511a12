/**
 * Province shapes for the optional geographic map: a TopoJSON boundary file the operator
 * configures (SAMENHANG_BOUNDARIES; for example CBS's generalised province boundaries from PDOK),
 * turned into one GeoJSON feature per CBS code. Used twice: by the server, to refuse a bad file at
 * start-up with one clear message, and by the browser, to draw it. No boundary file ships with
 * the project; tests use a synthetic one (server/testing/synthetic-boundaries.ts).
 */
import { geoArea } from 'd3-geo'
import type { Feature, Geometry } from 'geojson'
import { feature } from 'topojson-client'

export interface ProvinceShape {
  /** CBS code, e.g. PV20 */
  code: string
  feature: Feature<Geometry>
}

export interface ProvinceShapes {
  shapes: ProvinceShape[]
  /** where the code was found: "id" (the feature id) or the property's name */
  codeKey: string
  /** true when the coordinates are projected (e.g. RD New, EPSG:28992) rather than degrees */
  planar: boolean
}

export class BoundaryError extends Error {}

type AnyFeature = Feature<Geometry | null, Record<string, unknown> | null>

/**
 * The features of a TopoJSON topology whose code (the feature id or a property such as
 * `statcode`, found automatically: the key whose values match the most known codes) is one of
 * `known`. Throws BoundaryError when the input is not a topology or no feature matches.
 */
export function provinceShapes(topology: unknown, known: readonly string[]): ProvinceShapes {
  const topo = topology as { type?: unknown; objects?: Record<string, { type?: string }>; arcs?: unknown }
  if (!topo || typeof topo !== 'object' || topo.type !== 'Topology' || !topo.objects || typeof topo.objects !== 'object' || !Array.isArray(topo.arcs)) {
    throw new BoundaryError('not a TopoJSON topology (expected {"type": "Topology", "objects": …, "arcs": […]}).')
  }
  const wanted = new Set(known.map(norm))
  let best: ProvinceShapes | undefined
  for (const [name, object] of Object.entries(topo.objects)) {
    let features: AnyFeature[]
    try {
      const fc = feature(topo as never, object as never) as unknown as { features?: AnyFeature[] } & AnyFeature
      features = fc.features ?? [fc]
    } catch (e) {
      throw new BoundaryError(`object "${name}" cannot be read: ${(e as Error).message}`)
    }
    const keys = new Set<string>(['id'])
    for (const f of features) for (const k of Object.keys(f.properties ?? {})) keys.add(k)
    for (const key of keys) {
      const value = (f: AnyFeature) => (key === 'id' ? f.id : f.properties?.[key])
      const matched = features.filter((f) => f.geometry && typeof value(f) !== 'object' && wanted.has(norm(String(value(f)))))
      if (matched.length > (best?.shapes.length ?? 0)) {
        // one shape per code: a second feature with the same code is merged into the first
        const byCode = new Map<string, Feature<Geometry>>()
        for (const f of matched) {
          const code = norm(String(value(f)))
          const prev = byCode.get(code)
          byCode.set(code, prev ? mergeInto(prev, f as Feature<Geometry>) : { type: 'Feature', id: code, properties: {}, geometry: f.geometry as Geometry })
        }
        best = { shapes: [...byCode].map(([code, f]) => ({ code, feature: f })), codeKey: key, planar: false }
      }
    }
  }
  if (!best) {
    throw new BoundaryError(`no feature carries a known CBS code (looked at the feature ids and every property, for codes such as ${known.slice(0, 2).join(', ')}).`)
  }
  best.planar = best.shapes.some((s) => isPlanar(s.feature.geometry))
  if (!best.planar) for (const s of best.shapes) s.feature = rewound(s.feature)
  return best
}

/** "pv20", " PV20 " → "PV20" */
function norm(code: string): string {
  return code.trim().toUpperCase()
}

function mergeInto(a: Feature<Geometry>, b: Feature<Geometry>): Feature<Geometry> {
  const polys = (g: Geometry): number[][][][] => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [])
  return { ...a, geometry: { type: 'MultiPolygon', coordinates: [...polys(a.geometry), ...polys(b.geometry as Geometry)] } }
}

/** Coordinates outside ±180° / ±90° cannot be degrees: a projected grid such as RD New. */
function isPlanar(g: Geometry): boolean {
  let planar = false
  const walk = (c: unknown): void => {
    if (planar || !Array.isArray(c)) return
    if (typeof c[0] === 'number') {
      if (Math.abs(c[0]) > 180 || Math.abs(c[1] as number) > 90) planar = true
      return
    }
    for (const x of c) walk(x)
  }
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => (planar ||= isPlanar(x)))
  else walk(g.coordinates)
  return planar
}

/**
 * d3-geo wants the outer ring clockwise; GeoJSON (RFC 7946) writes it counter-clockwise. A polygon
 * that covers more than half the globe is one drawn the other way round: reverse its rings.
 */
function rewound(f: Feature<Geometry>): Feature<Geometry> {
  const g = f.geometry
  const fix = (rings: number[][][]): number[][][] => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings)
  if (g.type === 'Polygon') return { ...f, geometry: { type: 'Polygon', coordinates: fix(g.coordinates) } }
  if (g.type === 'MultiPolygon') return { ...f, geometry: { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) } }
  return f
}
