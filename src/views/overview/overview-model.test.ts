import { describe, expect, it } from 'vitest'
import { summariseLevel, type Score } from '../../domain/indices'
import { dims } from '../../domain/test-fixtures'
import { besideCsv, besideRows, countryQuery, levelsBeside, overviewScope, pooledNote, subnationalQuery, versusCountry } from './overview-model'
import { overviewFindings } from '../../domain/findings'

// Groningen: individual R 3.3 (dimension se 0.05 → R se 0.05); Netherlands 3.0 (se 0.01) → +0.3, se 0.051: higher.
// Organisational 3.02 against 3.0: +0.02, not shown. Regional: suppressed in Groningen.
const groningen = [
  summariseLevel('individual', dims(3.3, 3.3, 0.05)),
  summariseLevel('organisational', dims(3.02, 3.02, 0.05)),
  summariseLevel('regional_sectoral', dims(3, 3, 0.05, 100, { T1: { kind: 'none', reason: 'suppressed' } })),
  summariseLevel('national', dims(3.4, 3.4, 0.01)),
]
const nl = [summariseLevel('individual', dims(3, 3, 0.01)), summariseLevel('organisational', dims(3, 3, 0.01)), summariseLevel('regional_sectoral', dims(3, 3, 0.01))]

describe('the overview for one province: each level beside the Netherlands', () => {
  it('knows when it compares one province, pools several, or shows the country', () => {
    expect(overviewScope({ regions: [] })).toEqual({ kind: 'country' })
    expect(overviewScope({ regions: ['PV20'] })).toEqual({ kind: 'province', code: 'PV20' })
    expect(overviewScope({ regions: ['PV20', 'PV21'] })).toEqual({ kind: 'pooled', codes: ['PV20', 'PV21'] })
    // the reference is the same query without the province
    expect(countryQuery({ sectors: ['GEM'] })).toEqual(subnationalQuery({ regions: [], sectors: ['GEM'] }))
  })
  it('gives R, T and S per sub-national level with the difference and its verdict (hand-worked)', () => {
    const rows = levelsBeside(groningen, nl)
    expect(rows.map((r) => `${r.level}:${r.measure}:${r.verdict}`)).toEqual([
      'individual:R:higher',
      'individual:T:higher',
      'individual:S:higher',
      'organisational:R:similar',
      'organisational:T:similar',
      'organisational:S:similar',
      'regional_sectoral:R:unknown',
      'regional_sectoral:T:unknown',
      'regional_sectoral:S:similar',
    ])
    // individual R: 3.3 − 3.0 = 0.3, se √(0.05² + 0.01²) = 0.0509902, CI [0.2000592, 0.3999408]
    const d = rows[0].diff as Score
    expect(d.value).toBeCloseTo(0.3, 12)
    expect(d.ciLow).toBeCloseTo(0.2000592, 6)
    expect(d.ciHigh).toBeCloseTo(0.3999408, 6)
  })
  it('draws and exports the rows by the rounding rule, with the verdict words', () => {
    const rows = levelsBeside(groningen, nl)
    const drawn = besideRows(rows, (b) => `${b.level} ${b.measure}`, 'nl', (r) => r)
    expect(drawn[0]).toMatchObject({ text: '+0,3 · aantoonbaar hoger', shape: 'circle' })
    expect(drawn[3]).toMatchObject({ text: '0,0 · geen aantoonbaar verschil', shape: 'diamond' })
    expect(drawn[6]).toMatchObject({ missingText: 'suppressed' })
    const csv = besideCsv(rows, { level: 'l', measure: 'm', unit: 'u', reference: 'r', diff: 'd', diffLow: 'dl', diffHigh: 'dh', verdict: 'v' }, (b) => [b.level, b.measure], 'en')
    expect(csv.rows[0]).toEqual(['individual', 'R', { rounded: 3.3, digits: 1 }, { rounded: 3, digits: 2 }, { rounded: 0.3, digits: 1 }, { rounded: 0.2, digits: 1 }, { rounded: 0.4, digits: 1 }, 'higher (shown)'])
  })
  it('says in the findings how each level compares with the Netherlands', () => {
    const f = overviewFindings('Groningen', groningen, 'nl', { reference: 'Nederland', versus: versusCountry(groningen, nl) })
    expect(f).toContain('De gereedheid van Groningen is aantoonbaar hoger dan Nederland op het individuele niveau (+0,3, middelgroot).')
    expect(f).toContain('Op het organisatieniveau is het verschil met Nederland niet aantoonbaar.')
    expect(f).toContain('Voor het regionale/sectorale niveau is het verschil met Nederland niet te bepalen: er ontbreken cijfers.')
  })
})

describe('several provinces', () => {
  it('says they are pooled, and names them', () => {
    const names: Record<string, string> = { PV20: 'Groningen', PV21: 'Fryslân', PV22: 'Drenthe' }
    expect(pooledNote({ kind: 'pooled', codes: ['PV20', 'PV21', 'PV22'] }, (c) => names[c], 'nl')).toBe(
      'U koos 3 provincies: Groningen, Fryslân en Drenthe. Hun antwoorden zijn samengevoegd tot één groep; de cijfers zijn dus niet die van één provincie. Vergelijk provincies apart op de pagina Regio’s vergelijken.',
    )
    expect(pooledNote({ kind: 'province', code: 'PV20' }, (c) => names[c], 'nl')).toBeUndefined()
  })
})
