import { describe, expect, it } from 'vitest'
import { pathThrough, runsOf } from './runs'

describe('runsOf', () => {
  it('splits a line where a point has no value: the line is never bridged', () => {
    const pts = [{ x: 0, y: 1 }, { x: 10, y: 2 }, { x: 20, y: null }, { x: 30, y: 3 }, { x: 40, y: 4 }, { x: 50, y: 5 }]
    expect(runsOf(pts).map((r) => r.map((p) => p.x))).toEqual([[0, 10], [30, 40, 50]])
  })
  it('gives a single point a run of its own', () => {
    expect(runsOf([{ x: 0, y: null }, { x: 5, y: 1 }, { x: 9, y: undefined }]).map((r) => r.length)).toEqual([1])
  })
})

describe('pathThrough', () => {
  it('moves to the first point and draws lines to the others', () => {
    expect(pathThrough([{ x: 0, y: 1 }, { x: 10.04, y: 2.26 }])).toBe('M0,1L10,2.3')
  })
})
