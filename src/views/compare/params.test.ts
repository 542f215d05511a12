import { describe, expect, it } from 'vitest'
import type { MetaResponse } from '../../api/client'
import { readViewParams } from '../../kit/use-view-params'
import type { ViewState } from '../../app/url-state'
import { COMPARE_PARAMS, compareRules, MAX_REGIONS } from './params'

const meta = {
  years: [2019, 2020, 2025],
  regions: [
    ...['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27'].map((code) => ({ code, kind: 'province' as const, label: { nl: `${code} nl`, en: `${code} en` } })),
    { code: 'GM0014', kind: 'other' as const, label: { nl: 'GM0014', en: 'GM0014' } },
  ],
} as unknown as MetaResponse

const state = (patch: Partial<ViewState>): ViewState => ({ view: 'compare', regions: [], sectors: [], year: 2025, lang: 'nl', extra: {}, ...patch })

const read = (s: ViewState) => readViewParams(s, meta, COMPARE_PARAMS, compareRules)

describe('the comparison in the address', () => {
  it('keeps up to six provinces, drops codes that are not provinces, and says so in both languages', () => {
    const r = read(state({ regions: ['PV20', 'GM0014', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27'] }))
    expect(r.clean.regions).toEqual(['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25'])
    expect(r.clean.regions).toHaveLength(MAX_REGIONS)
    expect(r.notices).toEqual([
      { nl: 'Provincie "GM0014" in het adres bestaat niet en is genegeerd.', en: 'Unknown province "GM0014" in the address was ignored.' },
      { nl: 'Er passen hoogstens 6 tegelijk. Weggelaten: PV26 nl, PV27 nl.', en: 'At most 6 fit at once. Left out: PV26 en, PV27 en.' },
    ])
  })

  it('reads measure, reference, level, focus and comparison year', () => {
    const r = read(state({ regions: ['PV20', 'PV21'], level: 'organisational', extra: { maat: 'S3', ref: '0', focus: 'PV21', vergelijkjaar: '2019' } }))
    expect(r.values).toEqual({ metric: 'S3', reference: false, focus: 'PV21', from: 2019, map: 'tegels' })
    expect(r.notices).toEqual([])
    expect(r.clean.level).toBe('organisational')
  })

  it('falls back with the shared notices, and cleans the address', () => {
    const r = read(state({ regions: ['PV20'], level: 'national', extra: { maat: 'Q', ref: 'ja', focus: 'PV27', kaart: 'grenzen' } }))
    // the focus falls back to the first chosen province; without a boundary file there is no map of shapes
    expect(r.values).toEqual({ metric: 'R', reference: true, focus: 'PV20', from: undefined, map: 'tegels' })
    expect(r.clean.level).toBeUndefined()
    expect(r.notices.map((n) => n.nl)).toEqual([
      'Het landelijke niveau heeft geen cijfers per provincie of sector. We tonen de andere niveaus.',
      'Maat "Q" in het adres bestaat niet en is genegeerd.',
      'Referentie "ja" in het adres bestaat niet en is genegeerd.',
      'Focus "PV27" in het adres bestaat niet en is genegeerd.',
      'Kaartweergave "grenzen" in het adres bestaat niet en is genegeerd.',
    ])
    expect(r.clean.extra).toEqual({})
  })
})
