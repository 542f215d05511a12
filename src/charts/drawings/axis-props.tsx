/**
 * What every numeric Recharts axis of ours shares (one place, so no chart writes its own tick
 * rule): the domain and the ticks of the one axis rule (../axis.ts), every tick drawn (no
 * measuring of labels to thin them out), the labels exactly at their position, our ink and sizes.
 */
import type { Lang } from '../../domain/framework'
import { tickText, type Axis } from '../axis'
import { AXIS_TEXT, FONT, INK } from '../encoding'

/** Props for an XAxis or YAxis on a value axis. */
export function valueAxisProps(axis: Axis, lang: Lang) {
  return {
    type: 'number' as const,
    domain: axis.domain,
    ticks: axis.ticks,
    interval: 0 as const,
    allowDataOverflow: true,
    stroke: AXIS_TEXT,
    tick: { fontSize: FONT.tick, fill: AXIS_TEXT },
    tickFormatter: (v: number) => tickText(v, axis, lang),
  }
}

/** The panel's name above a small multiple: SVG text, so an image export carries it. */
export function PanelTitle({ title }: { title?: string }) {
  if (!title) return null
  return (
    <text x={0} y={15} className="panel-title" fontSize={14} fontWeight={700} fill={INK}>
      {title}
    </text>
  )
}
