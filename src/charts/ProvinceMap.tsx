/**
 * The optional geographic map of the Compare view: the provinces drawn with d3-geo from the
 * boundary file the server offers (province-shapes.ts), coloured like the tile map (the same
 * classes and texts, Tile from TileMap). Suppressed values are hatched. Each province is a
 * focusable button in the SVG: hover or focus shows value, CI and n; click, Enter or Space
 * toggles it in the comparison. The list beside the map stays the full keyboard alternative.
 * Draws only: shapes, colours and texts come prepared.
 */
import { geoAzimuthalEqualArea, geoIdentity, geoPath, type GeoProjection } from 'd3-geo'
import type { FeatureCollection } from 'geojson'
import { useState, type KeyboardEvent } from 'react'
import { ChartBox } from './ChartBox'
import { SUPPRESSED } from './encoding'
import { MapTooltip, MapValue } from './MapTooltip'
import type { ProvinceShapes } from './province-shapes'
import { TILE_COLUMNS, TILE_LAYOUT, type Tile } from './TileMap'

export interface ProvinceMapProps {
  shapes: ProvinceShapes
  tiles: readonly Tile[]
  /** accessible name of the map */
  label: string
  actionText: (tile: Tile) => string
  onToggle: (id: string) => void
}

const MAX_WIDTH = 416
const MAX_HEIGHT = 520
const PAD = 3

interface Frame {
  h: number
  paths: { code: string; d: string; bounds: [[number, number], [number, number]]; centroid: [number, number] }[]
}

const frames = new WeakMap<ProvinceShapes, Map<number, Frame>>()

/** The projected shapes at a width (cached: the box's height and the drawing use the same). */
export function provinceFrame(shapes: ProvinceShapes, w: number): Frame {
  let byWidth = frames.get(shapes)
  if (!byWidth) frames.set(shapes, (byWidth = new Map()))
  const cached = byWidth.get(w)
  if (cached) return cached
  const fc: FeatureCollection = { type: 'FeatureCollection', features: shapes.shapes.map((s) => s.feature) }
  // projected files (RD New) are drawn as they are, north up; degrees with an equal-area projection centred on the country
  const projection = (shapes.planar ? geoIdentity().reflectY(true) : geoAzimuthalEqualArea().rotate([-5.3, -52.2])) as GeoProjection
  projection.fitWidth(w - 2 * PAD, fc)
  const [[, y0], [, y1]] = geoPath(projection).bounds(fc)
  const h = Math.min(MAX_HEIGHT, Math.ceil(y1 - y0) + 2 * PAD)
  projection.fitExtent(
    [
      [PAD, PAD],
      [w - PAD, h - PAD],
    ],
    fc,
  )
  const path = geoPath(projection)
  const paths = shapes.shapes.flatMap((s) => {
    const d = path(s.feature)
    if (!d) return []
    return [{ code: s.code, d, bounds: path.bounds(s.feature), centroid: path.centroid(s.feature) }]
  })
  const frame = { h, paths }
  byWidth.set(w, frame)
  return frame
}

const widthOf = (width: number) => Math.max(200, Math.min(width, MAX_WIDTH))

export function ProvinceMap(props: ProvinceMapProps) {
  return (
    <ChartBox eager className="province-map" height={(width) => provinceFrame(props.shapes, widthOf(width)).h}>
      {(width) => <ProvinceMapDrawing {...props} w={widthOf(width)} />}
    </ChartBox>
  )
}

function ProvinceMapDrawing({ shapes, tiles, label, actionText, onToggle, w }: ProvinceMapProps & { w: number }) {
  const [active, setActive] = useState<{ id: string; x: number; y: number } | undefined>()
  const drawn = provinceFrame(shapes, w)
  const byId = new Map(tiles.map((t) => [t.id, t]))
  const joined = drawn.paths.flatMap((p) => {
    const tile = byId.get(p.code)
    return tile ? [{ ...p, tile }] : []
  })
  // a fixed order (north to south, west to east, as the tiles), so the tab order follows the eye
  // and does not change when a province is chosen; the chosen ones' outlines are drawn over the rest
  const at = (code: string) => {
    const p = TILE_LAYOUT[code]
    return p ? p.row * TILE_COLUMNS + p.col : Infinity
  }
  const ordered = [...joined].sort((a, b) => at(a.code) - at(b.code))
  const shown = active ? byId.get(active.id) : undefined
  const key = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onToggle(id)
    }
  }
  return (
    <div className="map-drawing" onMouseLeave={() => setActive(undefined)}>
      <svg width={w} height={drawn.h} viewBox={`0 0 ${w} ${drawn.h}`} role="group" aria-label={label}>
        {ordered.map((p) => {
          const t = p.tile
          return (
            <path
              key={t.id}
              d={p.d}
              data-province={t.id}
              data-fill={t.fill ?? 'hatch'}
              role="button"
              tabIndex={0}
              aria-pressed={t.selected}
              aria-label={`${t.name}: ${t.details.join('; ')}. ${actionText(t)}.`}
              fill={t.fill ?? SUPPRESSED.fill}
              stroke="#1a1a1a"
              strokeWidth={0.75}
              style={{ cursor: 'pointer' }}
              onClick={() => onToggle(t.id)}
              onKeyDown={key(t.id)}
              onMouseMove={(e) => {
                const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect()
                setActive({ id: t.id, x: e.clientX - box.left, y: e.clientY - box.top })
              }}
              onFocus={() => setActive({ id: t.id, x: p.centroid[0] || w / 2, y: p.centroid[1] || drawn.h / 2 })}
              onBlur={() => setActive((a) => (a?.id === t.id ? undefined : a))}
            />
          )
        })}
        {ordered
          .filter((p) => p.tile.selected)
          .map((p) => (
            <path key={`s-${p.code}`} d={p.d} fill="none" stroke="#000000" strokeWidth={2.5} strokeDasharray="5 3" pointerEvents="none" aria-hidden="true" />
          ))}
        {joined.map((p) => {
          const t = p.tile
          const [[x0, y0], [x1, y1]] = p.bounds
          if (!Number.isFinite(p.centroid[0]) || x1 - x0 < 34 || y1 - y0 < 18) return null
          return (
            <MapValue key={`t-${t.id}`} x={p.centroid[0]} y={p.centroid[1]} text={t.selected ? `✓ ${t.text}` : t.text} fill={t.fill} ink={t.ink} />
          )
        })}
      </svg>
      {shown && active ? <MapTooltip x={active.x} y={active.y} width={w} name={shown.name} details={shown.details} action={actionText(shown)} /> : null}
    </div>
  )
}
