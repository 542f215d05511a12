import { describe, expect, it } from 'vitest'
import { classDigits, classOf, colorClasses, contrast, DIVERGING_FILLS, inkOn, SEQUENTIAL_FILLS } from './tile-scale'

describe('tile colours', () => {
  it('computes WCAG contrast (black on white is 21:1, #767676 on white 4.54:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6)
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })
  it('keeps every fill at ≥ 3:1 against the page and its text at ≥ 4.5:1', () => {
    for (const fill of [...SEQUENTIAL_FILLS, ...DIVERGING_FILLS]) {
      expect(contrast(fill, '#ffffff')).toBeGreaterThanOrEqual(3)
      expect(contrast(fill, inkOn(fill))).toBeGreaterThanOrEqual(4.5)
    }
  })
  it('picks white text on the dark end and black on the light end', () => {
    expect(inkOn(SEQUENTIAL_FILLS[0])).toBe('#000000')
    expect(inkOn(SEQUENTIAL_FILLS[4])).toBe('#ffffff')
  })
})

describe('colour classes', () => {
  it('covers the values with five equal classes on a nice step', () => {
    // 2.93 … 3.61: step 0.1 from 2.9 reaches only 3.4; step 0.2 from 2.8 reaches 3.8
    const c = colorClasses([3.61, 2.93, 3.2], 'sequential')
    expect(c.map((x) => [x.from, x.to])).toEqual([
      [2.8, 3.0],
      [3.0, 3.2],
      [3.2, 3.4],
      [3.4, 3.6],
      [3.6, 3.8],
    ])
    expect(classOf(2.93, c).fill).toBe(SEQUENTIAL_FILLS[0])
    expect(classOf(3.2, c).fill).toBe(SEQUENTIAL_FILLS[2])
    expect(classOf(3.61, c).fill).toBe(SEQUENTIAL_FILLS[4])
    expect(classDigits(c)).toBe(1)
  })
  it('makes diverging classes symmetric around zero', () => {
    // largest |G| 0.4: 2.5·0.2 = 0.5 ≥ 0.4 → classes of 0.2 from −0.5
    const c = colorClasses([-0.1, 0.4, 0.05], 'diverging')
    expect(c.map((x) => x.from)).toEqual([-0.5, -0.3, -0.1, 0.1, 0.3])
    expect(classOf(0.05, c).fill).toBe(DIVERGING_FILLS[2])
    expect(classOf(-0.35, c).fill).toBe(DIVERGING_FILLS[0])
  })
  it('uses two decimals when a bound needs them', () => {
    // 3.0 … 4.2: step 0.25 from 3.0 reaches 4.25
    const c = colorClasses([3.0, 4.2], 'sequential')
    expect(c[1].from).toBe(3.25)
    expect(classDigits(c)).toBe(2)
  })
})
