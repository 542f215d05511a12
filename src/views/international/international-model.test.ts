import { describe, expect, it } from 'vitest'
import type { MetaResponse } from '../../contract/v1'
import type { ViewState } from '../../app/url-state'
import { scoreOf } from '../../domain/indices'
import { gapTrend } from '../../domain/trends'
import { gapRows, intlSettings, type IntlWords, type MeasureRow } from './international-model'

const meta = {
  years: [2019, 2020, 2021, 2022, 2023, 2024, 2025],
  regions: ['NL', 'EU27', 'BE', 'DE', 'DK', 'FI', 'FR', 'SE'].map((code) => ({ code, kind: 'country', label: { nl: code, en: code } })),
} as unknown as MetaResponse

const state = (extra: Record<string, string>, rest: Partial<ViewState> = {}): ViewState => ({ view: 'international', regions: [], sectors: [], year: 2025, lang: 'nl', extra, ...rest })

describe('international settings from the address', () => {
  it('defaults to readiness, the first year and no extra countries', () => {
    expect(intlSettings(state({}), meta)).toMatchObject({ metric: 'R', fromYear: 2019, extra: [], notices: [] })
  })
  it('reads the measure, the comparison year and up to four countries', () => {
    expect(intlSettings(state({ maat: 'S3', vergelijkjaar: '2021', land: 'DK,FI' }), meta)).toMatchObject({ metric: 'S3', fromYear: 2021, extra: ['DK', 'FI'], notices: [] })
  })
  it('drops what is wrong with a notice: G is not a national measure, NL and EU27 are always shown, a year must come before', () => {
    const s = intlSettings(state({ maat: 'G', vergelijkjaar: '2025', land: 'NL,EU27,BE,DE,DK,FI,FR' }, { level: 'individual' }), meta)
    expect(s.metric).toBe('R')
    expect(s.fromYear).toBe(2019)
    expect(s.extra).toEqual(['BE', 'DE', 'DK', 'FI'])
    expect(s.notices.map((n) => n.key)).toEqual(['notice.badMetric', 'notice.badYear', 'notice.badCountry', 'notice.badCountry', 'notice.tooMany', 'notice.level'])
    expect(s.clean.extra).toEqual({ land: 'BE,DE,DK,FI' })
    expect(s.clean.level).toBeUndefined()
  })
})

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
