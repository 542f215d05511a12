import { describe, expect, it } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import { MemoryStore } from '../../server/stores/memory'
import { buildMeta } from '../../server/api/app'
import { hrefOf, parseViewState, withExtra } from './url-state'

const meta = await buildMeta(new MemoryStore(generateDemoCells(), DEMO_INFO))

describe('view state in the URL', () => {
  it('round-trips a readable address', () => {
    const { state, notices } = parseViewState('/', '?regio=PV20,PV27&sector=GEM&jaar=2023&niveau=organisational&taal=en', meta)
    expect(notices).toEqual([])
    expect(hrefOf(state)).toBe('/?regio=PV20,PV27&sector=GEM&jaar=2023&niveau=organisational&taal=en')
  })
  it('drops unknown codes with a notice and defaults the year to the latest', () => {
    const { state, notices } = parseViewState('/', '?regio=PV20,XX&jaar=abc&niveau=planet', meta)
    expect(state.regions).toEqual(['PV20'])
    expect(state.year).toBe(2025)
    expect(state.level).toBeUndefined()
    expect(notices.map((n) => n.nl)).toEqual([
      'Provincie "XX" in het adres bestaat niet en is genegeerd.',
      'Jaar "abc" bestaat niet in deze gegevens. We tonen 2025.',
      'Niveau "planet" in het adres bestaat niet en is genegeerd.',
    ])
    expect(notices[0].en).toBe('Unknown province "XX" in the address was ignored.')
  })
  it("keeps a view's own parameters and lets the view change them", () => {
    const { state } = parseViewState('/', '?jaar=2025&maat=R', meta)
    expect(state.extra).toEqual({ maat: 'R' })
    expect(hrefOf(withExtra(state, { maat: 'T', ref: '0' }))).toBe('/?jaar=2025&maat=T&ref=0')
    expect(hrefOf(withExtra(state, { maat: undefined }))).toBe('/?jaar=2025')
  })
})
