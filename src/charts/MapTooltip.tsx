/**
 * The pointer tooltip of the maps (province and Europe map): the name, value, interval, n and
 * status, and the click's action. Decorative for assistive technology: the same words are in each
 * shape's accessible name or in the list beside the map.
 */
export interface MapTooltipProps {
  /** where the pointer is, in px from the map's top-left corner */
  x: number
  y: number
  /** the map's width, to keep the tooltip inside it */
  width: number
  name: string
  details: readonly string[]
  action?: string
}

export function MapTooltip({ x, y, width, name, details, action }: MapTooltipProps) {
  return (
    <div className="map-tooltip" aria-hidden="true" style={{ left: Math.min(Math.max(x, 90), width - 90), top: y, translate: y < 110 ? '-50% 14px' : '-50% calc(-100% - 12px)' }}>
      <strong>{name}</strong>
      {details.map((d) => (
        <span key={d}>{d}</span>
      ))}
      {action ? <em>{action}</em> : null}
    </div>
  )
}

/** A value written on a map's shape, with a halo in the shape's own colour so it stays readable. */
export function MapValue({ x, y, text, fill, ink }: { x: number; y: number; text: string; fill?: string; ink?: string }) {
  return (
    <text
      x={x}
      y={y}
      dy="0.35em"
      textAnchor="middle"
      fontSize={12}
      fontWeight={700}
      fill={fill ? (ink ?? '#1a1a1a') : '#1a1a1a'}
      paintOrder="stroke"
      stroke={fill ?? '#fff'}
      strokeWidth={3}
      strokeLinejoin="round"
      pointerEvents="none"
      aria-hidden="true"
    >
      {text}
    </text>
  )
}
