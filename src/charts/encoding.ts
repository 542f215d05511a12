/**
 * The visual grammar of every Samenhang chart, in one place (docs/charts.md shows each element).
 * Charts and the models that prepare their rows ask this module how a thing looks; no colour,
 * shape, dash or marker meaning is written anywhere else.
 *
 * - a series is technological (blue #0072B2, solid line, circle), social (vermillion #D55E00,
 *   dashed line, square), composite (readiness R and other indices: near-black diamond), a
 *   reference (the Netherlands in a ranking, the EU average: grey, dotted, triangle), the subject
 *   of a comparison over time (the Netherlands: navy, heavy, diamond) or a peer (other countries:
 *   five categorical colours that are neither blue nor vermillion, with a triangle — circles and
 *   squares stay reserved for T and S);
 * - a filled marker is an estimate with enough data; an open (white) marker is thin data
 *   (n < 30 or a CI half-width above 0.5) — and nothing else;
 * - a verdict on a difference is a mark in the value label: ▲ higher (shown by the data), ▼ lower (shown),
 *   no mark when the interval includes zero ("no difference shown");
 * - suppressed (n < 10) is grey hatching; missing (no data at all) is a dotted outline without
 *   hatching; both are explained in words in the chart and its legend.
 */
import { LEVELS, type Level, type Pillar } from '../domain/framework'

/** Other units beside the subject (countries over time): categorical, never blue or vermillion. */
export type PeerKind = 'peer1' | 'peer2' | 'peer3' | 'peer4' | 'peer5'

/** The kinds of series a chart can draw; each has one look everywhere. */
export type SeriesKind = Pillar | 'composite' | 'reference' | 'subject' | PeerKind

/** Marker shapes. */
export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle'

/** How one kind of series looks. */
export interface SeriesLook {
  /** line, marker and whisker colour (≥ 3:1 on white, WCAG 1.4.11) */
  color: string
  /** a darker variant for text (≥ 4.5:1 on white, WCAG 1.4.3) */
  text: string
  shape: MarkShape
  /**
   * SVG stroke-dasharray of lines and whiskers; undefined = solid. The first dash is at least as
   * long as a whisker's end cap (8 px), so the caps stay solid.
   */
  dash?: string
}

/** Okabe–Ito blue and vermillion: a colour-blind-safe pair; shape and dash tell them apart too. */
export const SERIES: Readonly<Record<SeriesKind, SeriesLook>> = {
  technological: { color: '#0072B2', text: '#005a8c', shape: 'circle' },
  social: { color: '#D55E00', text: '#a84a00', shape: 'square', dash: '8 3' },
  composite: { color: '#1a1a1a', text: '#1a1a1a', shape: 'diamond' },
  reference: { color: '#595959', text: '#4a4a4a', shape: 'triangle', dash: '2 3' },
  subject: { color: '#154273', text: '#154273', shape: 'diamond' },
  peer1: { color: '#007a5a', text: '#006048', shape: 'triangle' },
  peer2: { color: '#a0507f', text: '#8a4069', shape: 'triangle', dash: '8 3' },
  peer3: { color: '#8a5a00', text: '#744b00', shape: 'triangle' },
  peer4: { color: '#5b4ea8', text: '#4b3f94', shape: 'triangle', dash: '8 3' },
  peer5: { color: '#2f6f8f', text: '#245a75', shape: 'triangle', dash: '2 3' },
}

/** The n-th peer's look (0-based), cycling through the five. */
export function peerKind(n: number): PeerKind {
  return `peer${(n % 5) + 1}` as PeerKind
}

/** Ink for axes, ticks and labels (≥ 7:1 on white). */
export const INK = '#1a1a1a'
export const AXIS_TEXT = '#333333'
/** Light grid lines (decoration, not data). */
export const GRID = '#d0d0d0'
/** The zero line of a difference and the diagonal of balance. */
export const ZERO_LINE = '#333333'
/** Background of a highlighted row (the subject or the focus). */
export const HIGHLIGHT_BAND = '#fff4ce'
/** Fill of an open (thin data) marker. */
export const OPEN_FILL = '#ffffff'
/** Opacity of a point's whisker when its data are thin (the marker is open as well). */
export const THIN_WHISKER_OPACITY = 0.6
/** Font sizes in px: tick labels, row labels and value labels, and small notes. */
export const FONT = { tick: 12, label: 13, labelNarrow: 12, value: 12, note: 11 } as const

/** Suppressed (n < 10): grey hatching, defined once per page as an SVG pattern with this id. */
export const HATCH_ID = 'samenhang-hatch'
export const SUPPRESSED = { fill: `url(#${HATCH_ID})`, stroke: '#767676' } as const
/** Missing (no data at all, e.g. a year without a survey): a dotted outline, no hatching. */
export const MISSING = { fill: '#ffffff', stroke: '#767676', dash: '2 3' } as const

/** Why a value is absent: suppressed by disclosure control, or there are no data. */
export type Absence = 'suppressed' | 'missing'

/** The four levels, always in this order: top to bottom, left to right, in every chart and table. */
export const LEVEL_ORDER: readonly Level[] = LEVELS

/** Sorts anything keyed by level into LEVEL_ORDER (stable for equal levels). */
export function inLevelOrder<T>(items: readonly T[], levelOf: (item: T) => Level | undefined): T[] {
  const rank = (l: Level | undefined) => (l === undefined ? LEVEL_ORDER.length : LEVEL_ORDER.indexOf(l))
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(levelOf(a.item)) - rank(levelOf(b.item)) || a.i - b.i)
    .map((x) => x.item)
}

/** A verdict on a difference or a change, from its 95% interval. */
export type Verdict = 'higher' | 'lower' | 'similar'

/** The verdict of an interval: higher or lower only when it excludes zero. */
export function verdictOf(ciLow: number, ciHigh: number): Verdict {
  if (ciLow > 0) return 'higher'
  if (ciHigh < 0) return 'lower'
  return 'similar'
}

/** The mark a verdict adds to a value label: ▲, ▼ or nothing. */
export function verdictMark(v: Verdict | undefined): string {
  return v === 'higher' ? '▲' : v === 'lower' ? '▼' : ''
}

/** A value label with its verdict mark, e.g. "▲ +0,2". */
export function withVerdict(text: string, v: Verdict | undefined): string {
  const mark = verdictMark(v)
  return mark ? `${mark} ${text}` : text
}

/** The series kind of a dimension code (T1…T4 technological, S1…S5 social). */
export function pillarOfDimension(code: string): Pillar {
  return code.startsWith('T') ? 'technological' : 'social'
}

/** The look of a series kind (shorthand). */
export function look(kind: SeriesKind): SeriesLook {
  return SERIES[kind]
}
