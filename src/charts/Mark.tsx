/** A data marker in the grammar's shapes: filled for an estimate, open (white) for thin data. */
import { OPEN_FILL, type MarkShape } from './encoding'

export interface MarkProps {
  shape: MarkShape
  cx: number
  cy: number
  color: string
  /** thin data: an open marker */
  open?: boolean
  /** half the marker's size in px */
  size?: number
}

export function Mark({ shape, cx, cy, color, open, size = 6 }: MarkProps) {
  const fill = open ? OPEN_FILL : color
  const common = { fill, stroke: color, strokeWidth: 2, className: open ? 'mark mark-open' : 'mark' }
  if (shape === 'square') return <rect x={cx - size + 0.5} y={cy - size + 0.5} width={size * 2 - 1} height={size * 2 - 1} {...common} />
  if (shape === 'diamond') return <path d={`M${cx} ${cy - size - 1}L${cx + size + 1} ${cy}L${cx} ${cy + size + 1}L${cx - size - 1} ${cy}Z`} {...common} />
  if (shape === 'triangle') return <path d={`M${cx} ${cy - size - 1}L${cx + size + 1} ${cy + size}L${cx - size - 1} ${cy + size}Z`} {...common} />
  return <circle cx={cx} cy={cy} r={size} {...common} />
}
