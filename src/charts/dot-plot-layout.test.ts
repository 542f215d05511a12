import { describe, expect, it } from 'vitest'
import { differenceAxis, tickText } from './axis'
import { dotPlotLayout, type DotRow } from './dot-plot-layout'
import { FONT } from './encoding'
import { textWidth } from './text-layout'

describe('the dot plot keeps its text inside the drawing', () => {
  // a narrow panel (a three-column grid) with long value labels: the labels go under the markers
  const rows: DotRow[] = ['Digitale infrastructuur & platforms', 'Data & AI', 'Integriteit & ethisch bewustzijn'].map((label, i) => ({
    id: `d${i}`,
    label,
    series: 'technological',
    value: 0.2,
    ciLow: 0.1,
    ciHigh: 0.3,
    text: '+0,2 · aantoonbaar hoger',
  }))
  const axis = differenceAxis([0.1, 0.3, -0.3])

  it('puts long value labels under the markers and leaves room for the last tick label on the right', () => {
    const width = 360
    const L = dotPlotLayout(rows, width, { axis }, 'nl')
    expect(L.labelsBelow).toBe(true)
    const last = axis.ticks[axis.ticks.length - 1]
    const half = textWidth(tickText(last, axis, 'nl'), FONT.tick) / 2
    // the tick at the right end of the plot is drawn centred there: all of it within the width
    expect(L.plotRight + half).toBeLessThanOrEqual(width)
  })

  it('keeps the value labels to the right of the whiskers when there is room', () => {
    const L = dotPlotLayout(rows, 900, { axis }, 'nl')
    expect(L.labelsBelow).toBe(false)
    expect(L.width - L.plotRight).toBeGreaterThanOrEqual(textWidth('+0,2 · aantoonbaar hoger', FONT.value, true))
  })
})
