/**
 * The twelve provinces as equal tiles laid out like the country (no boundary file needed), each
 * coloured by its class, with the value printed on it. Every tile is a real button: hover or
 * keyboard focus shows value, CI and n; click, Enter or Space toggles it in the comparison.
 * Suppressed values are hatched. Draws only: tiles, colours and texts come prepared.
 */
import { useId, useState } from 'react'
import { HATCH_ID } from './patterns'

/** Column and row of each province's tile (4 × 4; designed for this project, not to scale). */
export const TILE_LAYOUT: Readonly<Record<string, { col: number; row: number }>> = {
  PV21: { col: 2, row: 0 }, // Fryslân
  PV20: { col: 3, row: 0 }, // Groningen
  PV27: { col: 1, row: 1 }, // Noord-Holland
  PV24: { col: 2, row: 1 }, // Flevoland
  PV22: { col: 3, row: 1 }, // Drenthe
  PV28: { col: 0, row: 2 }, // Zuid-Holland
  PV26: { col: 1, row: 2 }, // Utrecht
  PV25: { col: 2, row: 2 }, // Gelderland
  PV23: { col: 3, row: 2 }, // Overijssel
  PV29: { col: 0, row: 3 }, // Zeeland
  PV30: { col: 1, row: 3 }, // Noord-Brabant
  PV31: { col: 2, row: 3 }, // Limburg
}
export const TILE_COLUMNS = 4
export const TILE_ROWS = 4

export interface Tile {
  id: string
  name: string
  /** formatted value, or a short word when there is none */
  text: string
  /** undefined: no value (hatched) */
  fill?: string
  /** text colour on fill */
  ink?: string
  /** value, CI, n and status in words (the tooltip and the button's description) */
  details: string[]
  selected: boolean
}

export interface TileMapProps {
  tiles: readonly Tile[]
  /** accessible name of the group of tiles */
  label: string
  /** the action of a click on a tile, in words: (tile) => "Add to the comparison" */
  actionText: (tile: Tile) => string
  onToggle: (id: string) => void
}

export function TileMap({ tiles, label, actionText, onToggle }: TileMapProps) {
  const id = useId()
  const [active, setActive] = useState<string | undefined>()
  const shown = tiles.find((t) => t.id === active)
  const pos = shown ? TILE_LAYOUT[shown.id] : undefined
  return (
    <div className="tile-map" role="group" aria-label={label} onMouseLeave={() => setActive(undefined)}>
      <div className="tile-grid" style={{ gridTemplateColumns: `repeat(${TILE_COLUMNS}, minmax(0, 1fr))` }}>
        {inReadingOrder(tiles).map((t) => {
          const p = TILE_LAYOUT[t.id]
          if (!p) return null
          return (
            <button
              key={t.id}
              type="button"
              className={`tile${t.selected ? ' is-selected' : ''}${t.fill ? '' : ' is-missing'}`}
              style={{ gridColumn: p.col + 1, gridRow: p.row + 1, background: t.fill, color: t.ink ?? '#1a1a1a' }}
              aria-pressed={t.selected}
              aria-describedby={`${id}-${t.id}`}
              data-province={t.id}
              onClick={() => onToggle(t.id)}
              onMouseEnter={() => setActive(t.id)}
              onFocus={() => setActive(t.id)}
              onBlur={() => setActive((a) => (a === t.id ? undefined : a))}
            >
              {t.fill ? null : (
                <svg className="tile-hatch" aria-hidden="true" focusable="false">
                  <rect width="100%" height="100%" fill={`url(#${HATCH_ID})`} />
                </svg>
              )}
              <span className="tile-name">{t.name}</span>
              <span className={`tile-value${t.fill ? '' : ' tile-value-missing'}`}>{t.text}</span>
              {t.selected ? (
                <span className="tile-check" aria-hidden="true">
                  ✓
                </span>
              ) : null}
              <span id={`${id}-${t.id}`} className="visually-hidden">
                {t.details.join('; ')}. {actionText(t)}.
              </span>
            </button>
          )
        })}
      </div>
      {shown && pos ? (
        <div
          className={`tile-tooltip${pos.row === 0 ? ' below' : ''}`}
          aria-hidden="true"
          style={{
            left: `${((pos.col + 0.5) / TILE_COLUMNS) * 100}%`,
            top: `${((pos.row + (pos.row === 0 ? 1 : 0)) / TILE_ROWS) * 100}%`,
            translate: `${pos.col === 0 ? '-25%' : pos.col === TILE_COLUMNS - 1 ? '-75%' : '-50%'} ${pos.row === 0 ? '6px' : 'calc(-100% - 6px)'}`,
          }}
        >
          <strong>{shown.name}</strong>
          {shown.details.map((d) => (
            <span key={d}>{d}</span>
          ))}
          <em>{actionText(shown)}</em>
        </div>
      ) : null}
    </div>
  )
}

/** Tiles row by row, left to right, so the tab order follows what the eye sees. */
function inReadingOrder(tiles: readonly Tile[]): Tile[] {
  const at = (t: Tile) => {
    const p = TILE_LAYOUT[t.id]
    return p ? p.row * TILE_COLUMNS + p.col : Infinity
  }
  return [...tiles].sort((a, b) => at(a) - at(b))
}
