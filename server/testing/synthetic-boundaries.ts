/**
 * A synthetic TopoJSON boundary file, made in this project for tests: the twelve provinces as
 * rectangles in degrees, laid out like the tile map (TILE_LAYOUT), with the CBS code in the
 * `statcode` property as in CBS's files on PDOK. Not real boundaries; no third-party data.
 * Rings are written counter-clockwise (RFC 7946), so the rewinding for d3-geo is exercised too.
 */
import { TILE_LAYOUT } from '../../src/charts/TileMap'

const WEST = 3.4
const NORTH = 53.6
const WIDTH = 0.95
const HEIGHT = 0.7

export function syntheticProvinceTopology(): object {
  const codes = Object.keys(TILE_LAYOUT).sort()
  const arcs = codes.map((code) => {
    const { col, row } = TILE_LAYOUT[code]
    const x0 = round(WEST + col * WIDTH)
    const x1 = round(x0 + WIDTH)
    const y1 = round(NORTH - row * HEIGHT)
    const y0 = round(y1 - HEIGHT)
    // counter-clockwise: south-west, south-east, north-east, north-west, back
    return [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ]
  })
  return {
    type: 'Topology',
    objects: {
      provincies: {
        type: 'GeometryCollection',
        geometries: codes.map((code, i) => ({ type: 'Polygon', arcs: [[i]], properties: { statcode: code, statnaam: `Synthetic ${code}` } })),
      },
    },
    arcs,
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
