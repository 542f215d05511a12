import { describe, expect, it } from 'vitest'
import { scoreOf } from '../../domain/indices'
import { gapTrend } from '../../domain/trends'
import { gapRows, type IntlWords, type MeasureRow } from './international-model'

describe('gap rows', () => {
  const words: IntlWords = { lang: 'nl', countryName: (c) => c, measureName: (m) => m, missing: (r) => r, thin: 'dun', verdict: (v) => v, trend: (t) => t }
  it('writes the trend next to the change only when it is clear', () => {
    const row = (to: number): MeasureRow => ({
      measure: 'R',
      nl: scoreOf(3.5, 0.04, 100),
      eu: scoreOf(3.3, 0.02, 100),
      diffEu: scoreOf(0.2, 0.045, 100),
      verdictEu: 'higher',
      rival: { leader: 'DK', rival: 'DK', subjectLeads: false },
      // 2019: NL 3.2, DK 3.5 (gap 0.3); 2025: NL 3.5, DK `to`
      gap: gapTrend({ from: scoreOf(3.2, 0.04, 100), to: scoreOf(3.5, 0.04, 100) }, { from: scoreOf(3.5, 0.03, 100), to: scoreOf(to, 0.03, 100) }, false),
    })
    const [clear, unclear] = gapRows([row(3.98), row(3.9)], words, 'Samengesteld', (p) => p)
    // gap 0.48: change +0.18, CI [0.041, 0.319] → falling behind; gap 0.4: change +0.1, CI [−0.039, 0.239] → no change
    // the rounding rule: the lower bound 0.041 carries its sign only at two decimals, so the change prints as +0,18
    expect([clear.text, clear.hollow]).toEqual(['+0,18 falling_behind', false])
    expect([unclear.text, unclear.hollow]).toEqual(['+0,1', true])
    expect(clear.label).toBe('R · DK')
  })
})
