/**
 * Where labels go so that they never cover data (case N6): no label over a whisker, a marker, a
 * path or another label. Pure geometry in px, tested on its own; the charts draw the result.
 */

/** An axis-aligned box in px; (x, y) is the top-left corner. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** A line segment in px (a whisker, a piece of a path, an axis). */
export interface Segment {
  x1: number
  y1: number
  x2: number
  y2: number
}

/** A label to place next to a point. */
export interface LabelRequest {
  id: string
  /** the point (marker centre) */
  x: number
  y: number
  /** the label's size */
  w: number
  h: number
  /** room the marker takes around the point (its radius) */
  r: number
}

/** A placed label: its box and where its text is anchored. */
export interface PlacedLabel extends Box {
  id: string
  /** text-anchor for SVG text drawn at (textX, textY) */
  anchor: 'start' | 'middle' | 'end'
  textX: number
  /** baseline-centre: draw with dominant-baseline "central" at this y */
  textY: number
  /** the label could not be placed clear of everything; it is drawn where it covers the least */
  covers: boolean
}

/** What labels must keep clear of. */
export interface Obstacles {
  boxes: readonly Box[]
  segments: readonly Segment[]
}

const GAP = 4

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/** Does the segment pass through the box's interior? (Liang–Barsky clipping.) */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1
  const dy = s.y2 - s.y1
  let t0 = 0
  let t1 = 1
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.w - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.h - s.y1],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false
    } else {
      const t = q / p
      if (p < 0) t0 = Math.max(t0, t)
      else t1 = Math.min(t1, t)
      if (t0 >= t1) return false
    }
  }
  return true
}

/** Candidate positions around a point, nearest first: right, left, the four corners, above, below. */
function candidates(q: LabelRequest): Omit<PlacedLabel, 'covers'>[] {
  const out: Omit<PlacedLabel, 'covers'>[] = []
  for (const extra of [0, 8, 16, 28, 42]) {
    const d = q.r + GAP + extra
    const midY = q.y - q.h / 2
    const add = (x: number, y: number, anchor: PlacedLabel['anchor']) =>
      out.push({ id: q.id, x, y, w: q.w, h: q.h, anchor, textX: anchor === 'start' ? x : anchor === 'end' ? x + q.w : x + q.w / 2, textY: y + q.h / 2 })
    add(q.x + d, midY, 'start')
    add(q.x - d - q.w, midY, 'end')
    add(q.x + d * 0.7, q.y - d * 0.7 - q.h, 'start')
    add(q.x - d * 0.7 - q.w, q.y - d * 0.7 - q.h, 'end')
    add(q.x + d * 0.7, q.y + d * 0.7, 'start')
    add(q.x - d * 0.7 - q.w, q.y + d * 0.7, 'end')
    add(q.x - q.w / 2, q.y - d - q.h, 'middle')
    add(q.x - q.w / 2, q.y + d, 'middle')
  }
  return out
}

function cost(b: Box, obstacles: Obstacles, placed: readonly Box[], bounds: Box): number {
  let c = 0
  for (const s of obstacles.segments) if (segmentHitsBox(s, b)) c += 1000
  for (const o of obstacles.boxes) c += overlapArea(b, o) * 10
  for (const p of placed) c += overlapArea(b, p) * 10
  // the part of the box outside the plot (rounded: a box inside must cost exactly nothing)
  const outside = Math.round(b.w * b.h - overlapArea(b, bounds))
  if (outside > 0) c += outside * 20
  return c
}

/**
 * Places labels one by one, in the order given (put the most important first): each takes the
 * nearest candidate position that covers no segment, box, earlier label or the edge of `bounds`;
 * when none is free, the one that covers least, marked `covers` (the caller can say so).
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: Obstacles, bounds: Box): PlacedLabel[] {
  const placed: PlacedLabel[] = []
  for (const q of requests) {
    let best: PlacedLabel | undefined
    let bestCost = Infinity
    for (const c of candidates(q)) {
      const k = cost(c, obstacles, placed, bounds)
      if (k < bestCost) {
        bestCost = k
        best = { ...c, covers: k > 0 }
        if (k === 0) break
      }
    }
    placed.push(best!)
  }
  return placed
}

/**
 * Vertical positions for labels at the end of lines: in the order of the values, at least `gap`
 * px apart, inside [lo, hi]. Used for the direct labels of trend lines.
 */
export function spreadLabels(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y)
  const placed: number[] = []
  for (const [k, o] of order.entries()) placed[k] = Math.max(o.y, k === 0 ? lo : placed[k - 1] + gap)
  // push back up when the last label runs past the bottom
  for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k], k === placed.length - 1 ? hi : placed[k + 1] - gap)
  const out: number[] = []
  order.forEach((o, k) => (out[o.i] = placed[k]))
  return out
}

/** Boxes overlap (for tests and callers that check a result). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return overlapArea(a, b) > 0
}
