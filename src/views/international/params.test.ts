import { describe, expect, it } from 'vitest'
import type { MetaResponse } from '../../api/client'
import { readViewParams } from '../../kit/use-view-params'
import type { ViewState } from '../../app/url-state'
import { INTL_PARAMS, nationalOnly } from './params'

const meta = {
  years: [2019, 2020, 2021, 2022, 2023, 2024, 2025],
  regions: ['NL', 'EU27', 'BE', 'DE', 'DK', 'FI', 'FR', 'SE'].map((code) => ({ code, kind: 'country', label: { nl: code, en: code } })),
} as unknown as MetaResponse

const state = (extra: Record<string, string>, rest: Partial<ViewState> = {}): ViewState => ({ view: 'international', regions: [], sectors: [], year: 2025, lang: 'nl', extra, ...rest })

const read = (s: ViewState) => readViewParams(s, meta, INTL_PARAMS, nationalOnly)

describe('the international view in the address', () => {
  it('defaults to readiness, the first year and no extra countries', () => {
    expect(read(state({}))).toMatchObject({ values: { metric: 'R', from: 2019, countries: [] }, notices: [] })
  })
  it('reads the measure, the comparison year and up to four countries', () => {
    expect(read(state({ maat: 'S3', vergelijkjaar: '2021', land: 'DK,FI' }))).toMatchObject({ values: { metric: 'S3', from: 2021, countries: ['DK', 'FI'] }, notices: [] })
  })
  it('drops what is wrong with the shared notices: G is not a national measure, NL and EU27 are always shown, a year must come before', () => {
    const r = read(state({ maat: 'G', vergelijkjaar: '2025', land: 'NL,EU27,BE,DE,DK,FI,FR' }, { level: 'individual' }))
    expect(r.values).toEqual({ metric: 'R', from: 2019, countries: ['BE', 'DE', 'DK', 'FI'] })
    expect(r.notices.map((n) => n.en)).toEqual([
      'This view is always about the national level; the choice of another level was ignored.',
      'Unknown measure "G" in the address was ignored.',
      'Comparison year "2025" is not possible: choose a year before 2025.',
      'Unknown country "NL" in the address was ignored.',
      'Unknown country "EU27" in the address was ignored.',
      'At most 4 fit at once. Left out: FR.',
    ])
    expect(r.clean.extra).toEqual({ land: 'BE,DE,DK,FI' })
    expect(r.clean.level).toBeUndefined()
  })
})
