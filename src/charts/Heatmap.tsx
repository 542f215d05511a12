/**
 * A heatmap as a real HTML table: the value is printed in every cell, the colour only repeats it.
 * Each cell can be focused to read its CI and n; suppressed cells are hatched with the reason.
 * Optional sorting by a column (aria-sort on the header). Draws only: cells come prepared.
 */
export interface HeatCell {
  text: string
  fill?: string
  textColor?: string
  /** CI, n and status in words, shown on hover/focus and read by screen readers */
  detail: string
  suppressed?: boolean
  lowReliability?: boolean
}

export interface HeatmapProps {
  caption: string
  corner: string
  columns: readonly { id: string; label: string; title?: string }[]
  rows: readonly { id: string; label: string; highlight?: boolean; cells: readonly HeatCell[] }[]
  sort?: { column: string; direction: 'ascending' | 'descending' }
  onSort?: (column: string) => void
  sortLabel?: (column: string) => string
}

export function Heatmap({ caption, corner, columns, rows, sort, onSort, sortLabel }: HeatmapProps) {
  return (
    <div className="heatmap-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="heatmap">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="heatmap-corner">
              {onSort ? (
                <button type="button" className="sort-button" onClick={() => onSort('label')} aria-label={sortLabel?.('label')}>
                  {corner}
                  <SortMark active={sort?.column === 'label'} direction={sort?.direction} />
                </button>
              ) : (
                corner
              )}
            </th>
            {columns.map((c) => (
              <th
                key={c.id}
                scope="col"
                title={c.title}
                aria-sort={sort && sort.column === c.id ? sort.direction : undefined}
              >
                {onSort ? (
                  <button type="button" className="sort-button" onClick={() => onSort(c.id)} aria-label={sortLabel?.(c.id)}>
                    {c.label}
                    <SortMark active={sort?.column === c.id} direction={sort?.direction} />
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.highlight ? 'is-highlight' : undefined}>
              <th scope="row">{r.label}</th>
              {r.cells.map((cell, i) => (
                <td
                  key={columns[i].id}
                  tabIndex={0}
                  className={`heat-cell${cell.suppressed ? ' is-suppressed' : ''}${cell.lowReliability ? ' is-thin' : ''}`}
                  style={cell.suppressed ? { backgroundImage: `url("data:image/svg+xml,${encodeURIComponent(HATCH_SVG)}")` } : { background: cell.fill, color: cell.textColor }}
                  data-tip={cell.detail}
                >
                  <span>{cell.text}</span>
                  <span className="visually-hidden">, {cell.detail}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

// the same hatching as the charts' pattern, inline so a table cell can use it
const HATCH_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#f3f3f3"/><path d="M0 8L8 0M-2 2L2 -2M6 10L10 6" stroke="#767676" stroke-width="1.5"/></svg>`

function SortMark({ active, direction }: { active?: boolean; direction?: 'ascending' | 'descending' }) {
  return (
    <span aria-hidden="true" className="sort-mark">
      {active ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
    </span>
  )
}
