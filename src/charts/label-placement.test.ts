import { describe, expect, it } from 'vitest'
import { boxesOverlap, placeLabels, segmentHitsBox, spreadLabels, type Box, type Segment } from './label-placement'

const bounds: Box = { x: 0, y: 0, w: 400, h: 400 }

/** The whiskers of a point: a horizontal T interval and a vertical S interval through (x, y). */
function whiskers(x: number, y: number, t: [number, number], s: [number, number]): Segment[] {
  return [
    { x1: t[0], y1: y, x2: t[1], y2: y },
    { x1: x, y1: s[0], x2: x, y2: s[1] },
  ]
}

describe('segmentHitsBox', () => {
  it('finds a segment through a box and misses one beside it', () => {
    const box = { x: 10, y: 10, w: 20, h: 10 }
    expect(segmentHitsBox({ x1: 0, y1: 15, x2: 50, y2: 15 }, box)).toBe(true)
    expect(segmentHitsBox({ x1: 0, y1: 25, x2: 50, y2: 25 }, box)).toBe(false)
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 40, y2: 30 }, box)).toBe(true)
  })
})

describe('placeLabels (case N6)', () => {
  it('does not put a label over the right half of a wide T whisker: it moves off the whisker', () => {
    // organisational level: gap −0.1 with a wide interval; the T whisker runs 40 … 220 px
    const segs = whiskers(100, 100, [40, 220], [90, 110])
    const [p] = placeLabels([{ id: 'org', x: 100, y: 100, w: 70, h: 15, r: 7 }], { boxes: [], segments: segs }, bounds)
    for (const s of segs) expect(segmentHitsBox(s, p)).toBe(false)
    expect(p.covers).toBe(false)
    // the label stays near its point
    expect(Math.abs(p.x + p.w / 2 - 100)).toBeLessThan(90)
    expect(Math.abs(p.y + p.h / 2 - 100)).toBeLessThan(40)
  })

  it('keeps two labels of nearby points apart and off both points’ whiskers and markers', () => {
    const segs = [...whiskers(200, 200, [170, 230], [185, 215]), ...whiskers(240, 205, [215, 265], [190, 220])]
    const markers = [
      { x: 193, y: 193, w: 14, h: 14 },
      { x: 233, y: 198, w: 14, h: 14 },
    ]
    const placed = placeLabels(
      [
        { id: 'a', x: 200, y: 200, w: 80, h: 15, r: 7 },
        { id: 'b', x: 240, y: 205, w: 60, h: 15, r: 7 },
      ],
      { boxes: markers, segments: segs },
      bounds,
    )
    expect(boxesOverlap(placed[0], placed[1])).toBe(false)
    for (const p of placed) {
      for (const s of segs) expect(segmentHitsBox(s, p)).toBe(false)
      for (const m of markers) expect(boxesOverlap(p, m)).toBe(false)
      expect(p.covers).toBe(false)
    }
  })

  it('stays inside the plot: a point at the right edge gets its label on the left', () => {
    const [p] = placeLabels([{ id: 'x', x: 395, y: 200, w: 60, h: 15, r: 6 }], { boxes: [], segments: [] }, bounds)
    expect(p.x + p.w).toBeLessThanOrEqual(400)
    expect(p.anchor).toBe('end')
  })

  it('says so when no position is free', () => {
    // a box that fills the whole plot
    const [p] = placeLabels([{ id: 'x', x: 200, y: 200, w: 60, h: 15, r: 6 }], { boxes: [bounds], segments: [] }, bounds)
    expect(p.covers).toBe(true)
  })
})

describe('spreadLabels', () => {
  it('keeps the order of the values and at least the gap between labels, inside the bounds', () => {
    const ys = spreadLabels([100, 104, 200], 15, 10, 190)
    expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(15)
    expect(ys[2]).toBeLessThanOrEqual(190)
    expect(ys[0]).toBe(100)
  })
})

describe('placeLabels at fractional coordinates (Recharts scales give them)', () => {
  it('takes the nearest free position even when the box edges are not whole pixels', () => {
    const segs = whiskers(366.87, 217.33, [259.1, 474.2], [187.3, 247.1])
    const [p] = placeLabels([{ id: 'org', x: 366.87, y: 217.33, w: 84.03, h: 16, r: 7.5 }], { boxes: [], segments: segs }, { x: 62, y: 12, w: 538, h: 560 })
    // above right of the marker, between the whisker's arms
    expect(p.anchor).toBe('start')
    expect(p.y + p.h).toBeLessThan(217.33)
    expect(p.x).toBeGreaterThan(366.87)
  })
})
