import { describe, expect, it } from 'vitest'
import { flag, listOf, oneOf, optionalOneOf, readParams, splitList, unknownValueNotice, writeParams, yearOf } from './params'

interface Ctx {
  years: number[]
  year: number
}
const ctx: Ctx = { years: [2019, 2020, 2021, 2023], year: 2023 }

const specs = {
  measure: oneOf<'R' | 'T' | 'S', Ctx>('maat', ['R', 'T', 'S'], 'R'),
  reference: flag<Ctx>('ref', true),
  from: yearOf<Ctx>('vergelijkjaar', (y, c) => c.years.includes(y) && y < c.year, () => undefined),
  focus: optionalOneOf<string, Ctx>('focus', () => ['PV20', 'PV21']),
  countries: listOf<Ctx>('land', (c) => ['DE', 'DK', 'FI', 'BE'].includes(c), 3),
}

describe('the parameter registry', () => {
  it('gives every default when the address holds nothing, silently', () => {
    const r = readParams(specs, {}, ctx)
    expect(r.values).toEqual({ measure: 'R', reference: true, from: undefined, focus: undefined, countries: [] })
    expect(r.notices).toEqual([])
    expect(r.clean).toEqual({})
  })

  it('reads valid values, typed', () => {
    const r = readParams(specs, { maat: 'S', ref: '0', vergelijkjaar: '2020', focus: 'PV21', land: 'DK,FI' }, ctx)
    expect(r.values).toEqual({ measure: 'S', reference: false, from: 2020, focus: 'PV21', countries: ['DK', 'FI'] })
    expect(r.notices).toEqual([])
    expect(r.clean).toEqual({})
  })

  it('replaces an invalid value by the default with the same notice for every parameter, and removes it from the address', () => {
    const r = readParams(specs, { maat: 'Q', ref: 'ja', vergelijkjaar: '2023', focus: 'PV99' }, ctx)
    expect(r.values).toEqual({ measure: 'R', reference: true, from: undefined, focus: undefined, countries: [] })
    expect(r.notices).toEqual([unknownValueNotice('maat', 'Q'), unknownValueNotice('ref', 'ja'), unknownValueNotice('vergelijkjaar', '2023'), unknownValueNotice('focus', 'PV99')])
    expect(r.notices[0]).toEqual({ nl: 'Maat "Q" in het adres bestaat niet en is genegeerd.', en: 'Unknown measure "Q" in the address was ignored.' })
    expect(r.clean).toEqual({ maat: undefined, ref: undefined, vergelijkjaar: undefined, focus: undefined })
  })

  it('cleans an address that spells out a default or repeats itself', () => {
    const r = readParams(specs, { maat: 'R', ref: '1', land: 'DK,DK, FI' }, ctx)
    expect(r.notices).toEqual([])
    expect(r.clean).toEqual({ maat: undefined, ref: undefined, land: 'DK,FI' })
  })

  it('keeps the valid part of a list, naming each invalid code and what did not fit', () => {
    const r = readParams(specs, { land: 'DK,XX,FI,BE,DE' }, ctx)
    expect(r.values.countries).toEqual(['DK', 'FI', 'BE'])
    expect(r.notices.map((n) => n.nl)).toEqual(['Land "XX" in het adres bestaat niet en is genegeerd.', 'Er passen hoogstens 3 tegelijk. Weggelaten: DE.'])
    expect(r.clean).toEqual({ land: 'DK,FI,BE' })
  })

  it('writes new values for a link, leaving defaults out', () => {
    expect(writeParams(specs, { measure: 'T', reference: false, countries: ['DE'] }, ctx)).toEqual({ maat: 'T', ref: '0', land: 'DE' })
    expect(writeParams(specs, { measure: 'R', reference: true, from: undefined, countries: [] }, ctx)).toEqual({ maat: undefined, ref: undefined, vergelijkjaar: undefined, land: undefined })
  })

  it('splits comma lists the same way everywhere', () => {
    expect(splitList(' PV20, ,PV21,PV20 ')).toEqual(['PV20', 'PV21'])
    expect(splitList(null)).toEqual([])
  })
})
