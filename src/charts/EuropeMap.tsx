/**
 * A map of Europe drawn with d3-geo (Lambert azimuthal equal-area, centred on Europe as in
 * EPSG:3035) from Natural Earth shapes. Countries in the data are filled by their colour class;
 * a country in the data without a value is hatched, like a suppressed province; other countries
 * are light grey. Pointer users get a tooltip and can click a country; the same information and
 * actions are in the country list beside the map (the keyboard and screen-reader alternative),
 * so the SVG itself is decorative. Draws only: shapes, classes and texts come prepared.
 */
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo'
import type { MultiPoint } from 'geojson'
import { useState } from 'react'
import { ChartBox } from './ChartBox'
import { LegendDrawing, legendHeight, type LegendItem } from './ChartLegend'
import { SUPPRESSED } from './encoding'
import { MapTooltip, MapValue } from './MapTooltip'
import type { CountryShape } from './europe-shapes'

export interface MapCountry {
  /** ISO 3166-1 alpha-2 */
  id: string
  name: string
  /** formatted value, or a short word when there is none */
  text: string
  /** undefined: in the data but without a value (hatched) */
  fill?: string
  /** text colour on fill */
  ink?: string
  /** value, CI, n and status in words (the tooltip) */
  details: string[]
  /** shown in the chart over time (a dotted outline) */
  selected?: boolean
  /** the subject (the Netherlands): the darkest outline */
  subject?: boolean
}

export interface EuropeMapProps {
  shapes: readonly CountryShape[]
  countries: readonly MapCountry[]
  /** the action of a click, in words ("Add to the chart over time"); no action when absent */
  actionText?: (c: MapCountry) => string
  onToggle?: (id: string) => void
  /** the colour classes (and hatching), drawn under the map as SVG so an image export carries them */
  legend?: readonly LegendItem[]
}

/** The window on Europe: Ireland and Portugal to Finland, Crete to the North Cape. */
const WINDOW: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    ...Array.from({ length: 9 }, (_, i) => [-10.5 + i * 5.25, 35.2]),
    ...Array.from({ length: 9 }, (_, i) => [-10.5 + i * 5.25, 70.8]),
    [-10.5, 52],
    [31.5, 52],
  ],
}
const OTHER_FILL = '#e4e4e4'
const SEA = '#f2f6fa'
const BORDER = '#ffffff'

interface Frame {
  h: number
  paths: { shape: CountryShape; d: string; bounds: [[number, number], [number, number]]; centroid: [number, number] }[]
}

const frames = new WeakMap<readonly CountryShape[], Map<number, Frame>>()

/** The projected countries at a width (cached: the box's height and the drawing use the same). */
export function europeFrame(shapes: readonly CountryShape[], w: number): Frame {
  let byWidth = frames.get(shapes)
  if (!byWidth) frames.set(shapes, (byWidth = new Map()))
  const cached = byWidth.get(w)
  if (cached) return cached
  const projection = geoAzimuthalEqualArea().rotate([-10, -52]).fitWidth(w, WINDOW)
  const probe = geoPath(projection)
  const [[, y0], [, y1]] = probe.bounds(WINDOW)
  const h = Math.round(y1 - y0)
  projection.clipExtent([
    [0, 0],
    [w, h],
  ])
  const path = geoPath(projection)
  const paths = shapes.flatMap((s) => {
    const d = path(s.feature)
    if (!d) return []
    return [{ shape: s, d, bounds: path.bounds(s.feature), centroid: path.centroid(s.feature) }]
  })
  const frame = { h, paths }
  byWidth.set(w, frame)
  return frame
}

const widthOf = (width: number) => Math.max(240, Math.min(width, 720))

export function EuropeMap(props: EuropeMapProps) {
  return (
    <ChartBox eager className="europe-map" height={(width) => europeFrame(props.shapes, widthOf(width)).h + (props.legend ? legendHeight(props.legend, widthOf(width)) + 8 : 0)}>
      {(width) => <EuropeMapDrawing {...props} w={widthOf(width)} />}
    </ChartBox>
  )
}

function EuropeMapDrawing({ shapes, countries, actionText, onToggle, legend, w }: EuropeMapProps & { w: number }) {
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | undefined>()
  const drawn = europeFrame(shapes, w)
  const byId = new Map(countries.map((c) => [c.id, c]))
  const joined = drawn.paths.map((p) => ({ ...p, country: p.shape.iso2 ? byId.get(p.shape.iso2) : undefined }))

  const shown = hover ? countries.find((c) => c.id === hover.id) : undefined
  const inData = joined.filter((p) => p.country)
  // draw the others first, then the data countries, the selected and the subject last (outlines on top)
  const order = (p: (typeof inData)[number]) => (p.country?.subject ? 3 : p.country?.selected ? 2 : 1)
  return (
    <div className="map-drawing" onMouseLeave={() => setHover(undefined)}>
      <svg width={w} height={drawn.h} viewBox={`0 0 ${w} ${drawn.h}`} aria-hidden="true" focusable="false">
        <rect width={w} height={drawn.h} fill={SEA} />
        {joined
          .filter((p) => !p.country)
          .map((p, i) => (
            <path key={`o-${p.shape.iso2 ?? p.shape.name}-${i}`} d={p.d} fill={OTHER_FILL} stroke={BORDER} strokeWidth={0.75} />
          ))}
        {[...inData]
          .sort((a, b) => order(a) - order(b))
          .map((p) => {
            const c = p.country!
            return (
              <path
                key={c.id}
                d={p.d}
                data-country={c.id}
                fill={c.fill ?? SUPPRESSED.fill}
                stroke={c.subject ? '#000000' : c.selected ? '#1a1a1a' : BORDER}
                strokeWidth={c.subject ? 2.5 : c.selected ? 1.75 : 0.9}
                strokeDasharray={c.selected && !c.subject ? '4 3' : undefined}
                style={{ cursor: onToggle ? 'pointer' : undefined }}
                onMouseMove={(e) => {
                  const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect()
                  setHover({ id: c.id, x: e.clientX - box.left, y: e.clientY - box.top })
                }}
                onClick={onToggle ? () => onToggle(c.id) : undefined}
              />
            )
          })}
        {inData.map((p) => {
          const c = p.country!
          const [[x0, y0], [x1, y1]] = p.bounds
          if (!p.centroid || x1 - x0 < 30 || y1 - y0 < 16) return null
          return (
            <MapValue key={`t-${c.id}`} x={p.centroid[0]} y={p.centroid[1]} text={c.text} fill={c.fill} ink={c.ink} />
          )
        })}
      </svg>
      {legend ? (
        <div className="map-legend" style={{ paddingTop: 8 }}>
          <LegendDrawing items={legend} width={w} />
        </div>
      ) : null}
      {shown && hover ? <MapTooltip x={hover.x} y={hover.y} width={w} name={shown.name} details={shown.details} action={actionText?.(shown)} /> : null}
    </div>
  )
}
