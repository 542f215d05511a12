/**
 * Year-on-year changes as a grid: one row per series (e.g. a level's T or S), one column per year
 * (the change from the year before). A clear change has an arrow, a bold value and a dark frame;
 * a change within the margin is written in grey without an arrow; a change that cannot be
 * computed (this year or the one before has no value) is hatched. Draws only: cells come prepared.
 */
import { AXIS_TEXT, GRID, SUPPRESSED } from './encoding'
import { ChartBox } from './ChartBox'

export interface ChangeCell {
  kind: 'increase' | 'decrease' | 'no_clear_change' | 'unknown'
  /** the signed change, formatted; or a short word when unknown */
  text: string
}

export interface ChangeGridRow {
  id: string
  label: string
  /** a heading above this row (starts a group) */
  groupStart?: string
  /** colour of the row's label (the pillar's text colour) */
  labelColor?: string
  cells: readonly ChangeCell[]
}

export interface ChangeGridProps {
  /** column headings (years) */
  columns: readonly string[]
  rows: readonly ChangeGridRow[]
}

const ROW_H = 30
const GROUP_GAP = 22
const TOP = 22

/** The grid's height: a row per series, a gap above each group, the year headings on top. */
export function changeGridHeight(rows: readonly ChangeGridRow[]): number {
  return TOP + rows.length * ROW_H + rows.filter((r) => r.groupStart).length * GROUP_GAP + 6
}

export function ChangeGrid(props: ChangeGridProps) {
  return (
    <ChartBox className="change-grid" height={() => changeGridHeight(props.rows)}>
      {(width) => <ChangeGridDrawing {...props} width={width} />}
    </ChartBox>
  )
}

function ChangeGridDrawing({ columns, rows, width }: ChangeGridProps & { width: number }) {
  const narrow = width < 460
  const lw = narrow ? 34 : 60
  const rowH = ROW_H
  const groupGap = GROUP_GAP
  const top = TOP
  const cellW = Math.max(40, Math.min(96, (width - lw - 4) / Math.max(1, columns.length)))
  const groupsUpTo = rows.map((_, i) => rows.slice(0, i + 1).filter((r) => r.groupStart).length)
  const height = changeGridHeight(rows)
  const w = Math.min(width, lw + cellW * columns.length + 4)
  return (
    <svg width={w} height={height} viewBox={`0 0 ${w} ${height}`} aria-hidden="true" focusable="false">
        {columns.map((c, j) => (
          <text key={c} x={lw + j * cellW + cellW / 2} y={14} textAnchor="middle" fontSize={12} fontWeight={600} fill={AXIS_TEXT}>
            {c}
          </text>
        ))}
        {rows.map((r, i) => {
          const y = top + i * rowH + groupsUpTo[i] * groupGap
          return (
            <g key={r.id} data-row={r.id}>
              {r.groupStart ? (
                <text x={0} y={y - 7} fontSize={12} fontWeight={700} fill={AXIS_TEXT}>
                  {r.groupStart}
                </text>
              ) : null}
              <text x={lw - 8} y={y + rowH / 2} dy="0.35em" textAnchor="end" fontSize={13} fontWeight={700} fill={r.labelColor ?? AXIS_TEXT}>
                {r.label}
              </text>
              {r.cells.map((c, j) => {
                const x = lw + j * cellW
                const clear = c.kind === 'increase' || c.kind === 'decrease'
                return (
                  <g key={j} className={`change-cell change-${c.kind}`}>
                    <rect
                      x={x + 2}
                      y={y + 2}
                      width={cellW - 4}
                      height={rowH - 4}
                      rx={3}
                      fill={c.kind === 'unknown' ? SUPPRESSED.fill : clear ? '#eef1f4' : '#ffffff'}
                      stroke={clear ? '#1a1a1a' : c.kind === 'unknown' ? '#767676' : GRID}
                      strokeWidth={clear ? 1.5 : 1}
                    />
                    <text
                      x={x + cellW / 2}
                      y={y + rowH / 2}
                      dy="0.35em"
                      textAnchor="middle"
                      fontSize={12}
                      fontWeight={clear ? 700 : 400}
                      fill={clear ? '#1a1a1a' : '#595959'}
                      paintOrder={c.kind === 'unknown' ? 'stroke' : undefined}
                      stroke={c.kind === 'unknown' ? '#fff' : undefined}
                      strokeWidth={c.kind === 'unknown' ? 4 : undefined}
                    >
                      {c.kind === 'increase' ? '▲ ' : c.kind === 'decrease' ? '▼ ' : ''}
                      {c.text}
                    </text>
                  </g>
                )
              })}
            </g>
          )
        })}
      </svg>
  )
}
