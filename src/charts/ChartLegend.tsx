/**
 * The legend of a chart, drawn as SVG inside the chart so that a PNG or SVG export carries it
 * (case E2). Every key element of the grammar has one swatch here (encoding.ts): a series (line,
 * dash and marker), thin data (open marker), suppressed (hatching), missing (dotted outline), the
 * 95% interval (whisker or band), a clear change (▲), a reference line and colour classes. Items
 * flow in rows that wrap at the chart's width; texts are never cut.
 */
import { memo } from 'react'
import { ChartBox } from './ChartBox'
import { AXIS_TEXT, FONT, INK, MISSING, SERIES, SUPPRESSED, type SeriesKind } from './encoding'
import { Mark } from './Mark'
import { sameData } from './same-data'
import { textWidth, wrapText } from './text-layout'

export type LegendItem =
  | { kind: 'series'; series: SeriesKind; label: string }
  | { kind: 'thin'; label: string }
  | { kind: 'suppressed'; label: string }
  | { kind: 'missing'; label: string }
  | { kind: 'interval'; label: string }
  | { kind: 'band'; label: string }
  | { kind: 'change'; label: string }
  | { kind: 'reference'; label: string }
  | { kind: 'class'; fill: string; label: string }

const SWATCH = 30
const ROW = 22
const SPACING = 18

/** Where each item goes: rows that wrap at `width`; a label longer than a row wraps onto its own. */
export function legendLayout(items: readonly LegendItem[], width: number): { x: number; y: number; item: LegendItem; lines: string[] }[] {
  const out: { x: number; y: number; item: LegendItem; lines: string[] }[] = []
  let x = 0
  let y = 0
  let rowLines = 1
  for (const item of items) {
    const textW = textWidth(item.label, FONT.label)
    const room = Math.max(60, width - SWATCH - 6)
    const lines = textW <= room ? [item.label] : wrapText(item.label, room, FONT.label)
    const w = SWATCH + 6 + Math.min(textW, room) + SPACING
    if (x > 0 && x + w - SPACING > width) {
      x = 0
      y += rowLines * ROW
      rowLines = 1
    }
    out.push({ x, y, item, lines })
    rowLines = Math.max(rowLines, lines.length)
    x += w
  }
  return out
}

/** The legend's height at a width. */
export function legendHeight(items: readonly LegendItem[], width: number): number {
  const placed = legendLayout(items, width)
  return Math.max(0, ...placed.map((p) => p.y + p.lines.length * ROW)) + 4
}

function Swatch({ item }: { item: LegendItem }) {
  const cy = ROW / 2
  switch (item.kind) {
    case 'series': {
      const look = SERIES[item.series]
      return (
        <g>
          <line x1={0} x2={SWATCH} y1={cy} y2={cy} stroke={look.color} strokeWidth={2} strokeDasharray={look.dash} />
          <Mark shape={look.shape} cx={SWATCH / 2} cy={cy} color={look.color} size={5} />
        </g>
      )
    }
    case 'thin':
      return <Mark shape="circle" cx={SWATCH / 2} cy={cy} color={SERIES.technological.color} open size={5} />
    case 'suppressed':
      return <rect x={3} y={cy - 6} width={SWATCH - 6} height={12} fill={SUPPRESSED.fill} stroke={SUPPRESSED.stroke} />
    case 'missing':
      return <rect x={3} y={cy - 6} width={SWATCH - 6} height={12} fill={MISSING.fill} stroke={MISSING.stroke} strokeDasharray={MISSING.dash} />
    case 'interval':
      return (
        <g stroke={INK} strokeWidth={1.5}>
          <line x1={3} x2={SWATCH - 3} y1={cy} y2={cy} />
          <line x1={3} x2={3} y1={cy - 4} y2={cy + 4} />
          <line x1={SWATCH - 3} x2={SWATCH - 3} y1={cy - 4} y2={cy + 4} />
        </g>
      )
    case 'band':
      return (
        <g>
          <rect x={0} y={cy - 6} width={SWATCH} height={12} fill={SERIES.technological.color} fillOpacity={0.14} />
          <line x1={0} x2={SWATCH} y1={cy} y2={cy} stroke={SERIES.technological.color} strokeWidth={2} />
        </g>
      )
    case 'change':
      return <path d={`M${SWATCH / 2 - 5} ${cy + 4}L${SWATCH / 2} ${cy - 4}L${SWATCH / 2 + 5} ${cy + 4}Z`} fill={INK} />
    case 'reference':
      return <line x1={SWATCH / 2} x2={SWATCH / 2} y1={cy - 8} y2={cy + 8} stroke={SERIES.reference.color} strokeWidth={1.5} strokeDasharray="5 4" />
    case 'class':
      return <rect x={3} y={cy - 7} width={SWATCH - 6} height={14} fill={item.fill} stroke="#ffffff" />
  }
}

/** The legend at a known width (also used inside other drawings). */
export function LegendDrawing({ items, width }: { items: readonly LegendItem[]; width: number }) {
  const placed = legendLayout(items, width)
  const height = legendHeight(items, width)
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="chart-legend" aria-hidden="true" focusable="false">
      {placed.map((p, i) => (
        <g key={i} transform={`translate(${p.x} ${p.y})`} className={`legend-item legend-${p.item.kind}`}>
          <Swatch item={p.item} />
          <text x={SWATCH + 6} y={ROW / 2} dominantBaseline="central" fontSize={FONT.label} fill={p.item.kind === 'thin' ? AXIS_TEXT : INK}>
            {p.lines.map((line, k) => (
              <tspan key={k} x={SWATCH + 6} dy={k === 0 ? 0 : ROW}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  )
}

function ChartLegendBox({ items }: { items: readonly LegendItem[] }) {
  return (
    <ChartBox height={(w) => legendHeight(items, w)} className="chart-legend-box">
      {(w) => <LegendDrawing items={items} width={w} />}
    </ChartBox>
  )
}

/** A legend inside the chart body (so the image export carries it). */
export const ChartLegend = memo(ChartLegendBox, sameData)
