import { describe, expect, it } from 'vitest'
import { fitOffset, fitScale, layoutWidth } from './fit'

describe('fitting a figure into a slide', () => {
  // a 1920×1080 slide leaves a stage of about 1780×800 px under the title
  const stage = { width: 1780, height: 800 }

  it('lays a figure out at the width that matches the stage proportions', () => {
    // 600 px tall: 600 × 1780 / 800 = 1335 px wide fills both ways
    expect(layoutWidth(stage, 600)).toBe(1335)
    // a short chart (300 px) would want 667.5 px: clamped to the narrowest layout
    expect(layoutWidth(stage, 300)).toBe(720)
    // a tall heatmap (14 rows, 1000 px) would want 2225 px: clamped to the widest
    expect(layoutWidth(stage, 1000)).toBe(1500)
  })

  it('falls back to the stage width while nothing is measured', () => {
    expect(layoutWidth(stage, 0)).toBe(1500)
    expect(layoutWidth({ width: 1000, height: 0 }, 500)).toBe(1000)
  })

  it('scales by the tighter side and never cuts', () => {
    // 1335 × 600 in 1780 × 800: 1780/1335 = 1.3333, 800/600 = 1.3333
    expect(fitScale(stage, { width: 1335, height: 600 })).toBeCloseTo(4 / 3, 10)
    // a 12-row ranking 1500 × 1000 at 1280×720 (stage 1180 × 500): height decides, 500/1000 = 0.5
    const s = fitScale({ width: 1180, height: 500 }, { width: 1500, height: 1000 })
    expect(s).toBe(0.5)
    expect(1500 * s).toBeLessThanOrEqual(1180)
    expect(1000 * s).toBeLessThanOrEqual(500)
    // width decides: 2000 × 100 in 1000 × 800 → 0.5
    expect(fitScale({ width: 1000, height: 800 }, { width: 2000, height: 100 })).toBe(0.5)
  })

  it('does not blow a tiny figure up without end, and gives 0 for nothing', () => {
    expect(fitScale(stage, { width: 100, height: 50 })).toBe(2.5)
    expect(fitScale(stage, { width: 0, height: 50 })).toBe(0)
    expect(fitScale({ width: 0, height: 0 }, { width: 10, height: 10 })).toBe(0)
  })

  it('centres the scaled figure across the stage', () => {
    // 1000 × 500 at scale 0.8 is 800 wide in a 1780 stage: (1780 − 800) / 2 = 490
    expect(fitOffset(stage, { width: 1000, height: 500 }, 0.8)).toEqual({ x: 490, y: 0 })
    expect(fitOffset(stage, { width: 3000, height: 500 }, 1)).toEqual({ x: 0, y: 0 })
  })
})
