/** Shared SVG patterns (hatching for suppressed data), defined once per page and referenced by id. */
import { HATCH_ID, SUPPRESSED } from './encoding'

export { HATCH_ID }

export function ChartPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f3f3f3" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#767676" strokeWidth="2" />
        </pattern>
      </defs>
    </svg>
  )
}

export function HatchSwatch() {
  return (
    <svg width="18" height="12" aria-hidden="true" focusable="false">
      <rect width="18" height="12" fill={SUPPRESSED.fill} stroke={SUPPRESSED.stroke} />
    </svg>
  )
}
