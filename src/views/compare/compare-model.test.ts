import { describe, expect, it } from 'vitest'
import type { MetaResponse } from '../../contract/v1'
import type { ViewState } from '../../app/url-state'
import { compareSettings, MAX_REGIONS } from './compare-model'

const meta = {
  regions: [
    ...['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27'].map((code) => ({ code, kind: 'province' as const, label: { nl: code, en: code } })),
    { code: 'GM0014', kind: 'other' as const, label: { nl: 'GM0014', en: 'GM0014' } },
  ],
} as unknown as MetaResponse

const state = (patch: Partial<ViewState>): ViewState => ({ view: 'compare', regions: [], sectors: [], year: 2025, lang: 'nl', extra: {}, ...patch })

describe('compareSettings', () => {
  it('keeps up to six provinces, drops codes that are not provinces, and says so', () => {
    const s = compareSettings(state({ regions: ['PV20', 'GM0014', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27'] }), meta)
    expect(s.regions).toEqual(['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25'])
    expect(s.regions).toHaveLength(MAX_REGIONS)
    expect(s.notices).toEqual([
      { key: 'notice.notProvince', values: { value: 'GM0014' } },
      { key: 'notice.tooMany', values: { count: 8, max: 6, dropped: 'PV26, PV27' } },
    ])
    expect(s.clean.regions).toEqual(s.regions)
  })
  it('reads metric, reference, level and focus, and falls back with a notice', () => {
    const ok = compareSettings(state({ regions: ['PV20', 'PV21'], level: 'organisational', extra: { maat: 'S3', ref: '0', focus: 'PV21' } }), meta)
    expect(ok).toMatchObject({ metric: 'S3', reference: false, levels: ['organisational'], focus: 'PV21', notices: [] })
    const bad = compareSettings(state({ regions: ['PV20'], level: 'national', extra: { maat: 'Q', ref: 'ja', focus: 'PV27' } }), meta)
    expect(bad).toMatchObject({ metric: 'R', reference: true, levels: ['individual', 'organisational', 'regional_sectoral'], focus: 'PV20' })
    expect(bad.notices.map((n) => n.key)).toEqual(['notice.badMetric', 'notice.badRef', 'notice.national', 'notice.badFocus'])
    expect(bad.clean.extra).toEqual({})
    expect(bad.clean.level).toBeUndefined()
  })
})
