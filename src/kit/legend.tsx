/**
 * Legends, defined once: every marker a chart uses (R diamond, T blue circle on a solid line, S
 * vermillion square on a dashed line; filled = a difference shown by the data, open = none shown;
 * lighter = thin data; hatched = too few responses) with its words, and the list of colour classes
 * of a map or heatmap. The thresholds in the words come from the server's configuration.
 */
import type { ReactNode } from 'react'
import { INK, SERIES } from '../charts/encoding'
import { Mark } from '../charts/Mark'
import { HatchSwatch } from '../charts/patterns'
import type { Words } from './words'

export interface LegendItem {
  id: string
  marker?: ReactNode
  text: string
}

function Marker({ children, width = 16 }: { children: ReactNode; width?: number }) {
  return (
    <svg width={width} height="16" viewBox={`0 0 ${width} 16`} aria-hidden="true" focusable="false">
      {children}
    </svg>
  )
}

/** A series' line and marker, as the charts draw them (charts/encoding.ts). */
function SeriesMarker({ kind }: { kind: 'technological' | 'social' | 'composite' }) {
  const look = SERIES[kind]
  return (
    <Marker width={30}>
      {kind === 'composite' ? null : <line x1="0" y1="8" x2="30" y2="8" stroke={look.color} strokeWidth="2" strokeDasharray={look.dash} />}
      <Mark shape={look.shape} cx={15} cy={8} color={look.color} size={5} />
    </Marker>
  )
}

/**
 * The standard legend entries, in the reader's language. Each marker is the one the charts draw
 * (charts/encoding.ts): R a near-black diamond, T a blue circle on a solid line, S a vermillion
 * square on a dashed line; an open (white) marker is thin data and nothing else; ▲ / ▼ beside a
 * value is a difference shown by the data, no mark means none shown; hatching is too few responses.
 */
export function legendItems(w: Words) {
  const { t } = w
  const th = w.thresholds
  return {
    readiness: { id: 'readiness', marker: <SeriesMarker kind="composite" />, text: t('table.readiness') },
    technological: { id: 'technological', marker: <SeriesMarker kind="technological" />, text: `${t('legend.technological')} (T)` },
    social: { id: 'social', marker: <SeriesMarker kind="social" />, text: `${t('legend.social')} (S)` },
    thin: {
      id: 'thin',
      marker: (
        <Marker>
          <Mark shape="circle" cx={8} cy={8} color={SERIES.composite.color} open size={5} />
        </Marker>
      ),
      text: t('legend.lowReliability', { lowN: th.lowReliabilityN }),
    },
    suppressed: { id: 'suppressed', marker: <HatchSwatch />, text: t('legend.suppressed', { minN: th.minN }) },
    shown: {
      id: 'shown',
      marker: (
        <Marker width={26}>
          <text x="0" y="13" fontSize="12" fill={INK}>
            ▲▼
          </text>
        </Marker>
      ),
      text: t('legend.shown'),
    },
    notShown: { id: 'notShown', text: t('legend.notShown') },
    band: {
      id: 'band',
      marker: (
        <Marker width={30}>
          <rect x="0" y="3" width="30" height="10" fill={SERIES.technological.color} fillOpacity="0.14" />
          <line x1="0" y1="8" x2="30" y2="8" stroke={SERIES.technological.color} strokeWidth="2" />
        </Marker>
      ),
      text: t('legend.band'),
    },
    up: {
      id: 'up',
      marker: (
        <Marker width={12}>
          <path d="M2 12L6 5L10 12Z" fill={SERIES.technological.text} />
        </Marker>
      ),
      text: t('legend.up'),
    },
    down: {
      id: 'down',
      marker: (
        <Marker width={12}>
          <path d="M2 5L6 12L10 5Z" fill={SERIES.technological.text} />
        </Marker>
      ),
      text: t('legend.down'),
    },
    gap: { id: 'gap', marker: <HatchSwatch />, text: t('legend.gap') },
    ci: { id: 'ci', text: t('chart.ci') },
  } satisfies Record<string, LegendItem>
}

/** A legend: marker and words per entry; `false`/`undefined` entries are left out. */
export function Legend({ items }: { items: readonly (LegendItem | false | undefined)[] }) {
  return (
    <ul className="legend">
      {items
        .filter((i): i is LegendItem => Boolean(i))
        .map((i) => (
          <li key={i.id} className={i.marker ? undefined : 'legend-ci'}>
            {i.marker}
            {i.text}
          </li>
        ))}
    </ul>
  )
}

/** One colour class: its fill and the range it stands for, in words. */
export interface ClassEntry {
  fill: string
  text: string
}

/** The colour classes of a map or heatmap, with the hatching for suppressed cells when there are any. */
export function ClassLegend({ title, classes, suppressed, extra }: { title?: string; classes: readonly ClassEntry[]; suppressed?: string; extra?: readonly ReactNode[] }) {
  return (
    <div className="color-ramp-wrap">
      {title ? <span className="color-ramp-title">{title}</span> : null}
      <ul className="color-ramp">
        {classes.map((c) => (
          <li key={`${c.fill}-${c.text}`}>
            <span className="color-ramp-swatch" style={{ background: c.fill }} aria-hidden="true" />
            {c.text}
          </li>
        ))}
        {suppressed ? (
          <li>
            <HatchSwatch />
            {suppressed}
          </li>
        ) : null}
        {extra?.map((e, i) => <li key={i}>{e}</li>)}
      </ul>
    </div>
  )
}
