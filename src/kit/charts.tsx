/**
 * How views place charts, written once: a dot plot whose axis is made from its own rows (ticks
 * that print exactly, domain/ticks.ts), small multiples with a name per panel, and a chart that
 * waits for something it loads by itself (a map's shapes). When the chart components change,
 * these are the places that change.
 */
import type { ReactNode } from 'react'
import { DotIntervalPlot, type DotRow } from '../charts/DotIntervalPlot'
import { ErrorState } from '../components/ErrorState'
import { differenceAxis, scoreAxis } from '../charts/axis'

export interface DotsProps {
  rows: readonly DotRow[]
  /** `difference`: symmetric around an emphasised zero, signed ticks; `scale`: a padded axis on the values */
  axis: 'difference' | 'scale'
  /** a dashed line with a label (the Netherlands, the EU average) */
  reference?: { value: number; label: string }
  /** words under both ends of a difference axis */
  ends?: [string, string]
  /** also hold zero on a scale axis (T − S) */
  zero?: boolean
  /** the axis holds these values too (e.g. every panel's rows, for one shared axis) */
  also?: readonly number[]
  rowHeight?: number
  prefixWidth?: number
}

/** The values an axis must hold: every interval of the rows, and the reference. */
export function rowBounds(rows: readonly DotRow[]): number[] {
  return rows.flatMap((r) => (r.ciLow !== undefined && r.ciHigh !== undefined ? [r.ciLow, r.ciHigh] : r.value !== undefined ? [r.value] : []))
}

/** A dot plot with its axis: symmetric with signed ticks for differences, padded for scores. */
export function Dots({ rows, axis, reference, ends, zero, also = [], rowHeight = 26, prefixWidth }: DotsProps) {
  const difference = axis === 'difference'
  const values = [...(also.length > 0 ? also : rowBounds(rows)), ...(reference ? [reference.value] : [])]
  // the one axis rule (charts/axis.ts): symmetric around zero for differences and for a scale that must hold zero
  const ticks = difference || zero ? differenceAxis(values) : scoreAxis(values)
  return (
    <DotIntervalPlot
      rows={rows}
      domain={ticks.domain}
      ticks={ticks.ticks}
      zero={difference || zero}
      reference={reference}
      ends={ends}
      rowHeight={rowHeight}
      prefixWidth={prefixWidth}
    />
  )
}

export interface Panel {
  id: string
  name: string
  /** a line under the name (counts of a panel) */
  note?: string
  className?: string
  content: ReactNode
}

/** Small multiples: one panel per unit or level, each with its name (the name goes into the image export too). */
export function SmallMultiples({ panels, className }: { panels: readonly Panel[]; className?: string }) {
  return (
    <div className={`small-multiples${panels.length === 1 ? ' single' : ''}${className ? ` ${className}` : ''}`}>
      {panels.map((p) => (
        <div key={p.id} className={`small-multiple${p.className ? ` ${p.className}` : ''}`} data-panel={p.id}>
          <h4 className="panel-title">{p.name}</h4>
          {p.note ? <p className="panel-counts">{p.note}</p> : null}
          {p.content}
        </div>
      ))}
    </div>
  )
}

/** A chart that needs something loaded first (a map's shapes): a loading line, the error with a retry, or the chart. */
export function Loaded<T>({ query, loading, children }: { query: { data?: T; error: unknown; refetch: () => unknown }; loading: string; children: (data: T) => ReactNode }) {
  if (query.data !== undefined) return <>{children(query.data)}</>
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  return (
    <div className="map-loading" aria-busy="true">
      {loading}
    </div>
  )
}

/**
 * The title that fits two counts (higher and lower, up and down, tech and social): both, only the
 * first, only the second, or neither.
 */
export function byCounts<T>(a: number, b: number, titles: { both: T; a: T; b: T; none: T }): T {
  return a > 0 && b > 0 ? titles.both : a > 0 ? titles.a : b > 0 ? titles.b : titles.none
}

/** One row of the list beside a map: the name, its cells, and whether it is chosen. */
export interface MapListRow {
  id: string
  name: string
  cells: readonly ReactNode[]
  chosen: boolean
  data?: Record<string, string>
}

/**
 * Every unit of a map in a table beside it: the keyboard and screen-reader way to read and choose
 * (left out of image exports, which show the map itself).
 */
export function MapList({ label, head, rows, numeric }: { label: string; head: readonly string[]; rows: readonly MapListRow[]; numeric: readonly boolean[] }) {
  return (
    <div className="tilemap-list table-scroll" role="region" aria-label={label} tabIndex={0} data-export="skip">
      <table>
        <caption>{label}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.chosen ? 'is-chosen' : undefined} {...Object.fromEntries(Object.entries(r.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}>
              <th scope="row">{r.name}</th>
              {r.cells.map((c, i) => (
                <td key={i} className={numeric[i] ? 'num' : undefined}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
