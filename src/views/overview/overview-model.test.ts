import { describe, expect, it } from 'vitest'
import { summariseLevel, type Score } from '../../domain/indices'
import { dims } from '../../domain/test-fixtures'
import { overviewFindings, versusLevels } from '../../domain/findings'
import { provinceRows } from './ProvinceFigure'

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
  it('gives R, T and S per sub-national level with the difference and its verdict (hand-worked)', () => {
    const rows = provinceRows(groningen, nl)
    // national on top as in the overview's other charts; the national level itself is left out
    expect(rows.map((r) => `${r.level}:${r.measure}:${r.verdict}`)).toEqual([
      'regional_sectoral:R:unknown',
      'regional_sectoral:T:unknown',
      'regional_sectoral:S:similar',
      'organisational:R:similar',
      'organisational:T:similar',
      'organisational:S:similar',
      'individual:R:higher',
      'individual:T:higher',
      'individual:S:higher',
    ])
    // individual R: 3.3 − 3.0 = 0.3, se √(0.05² + 0.01²) = 0.0509902, CI [0.2000592, 0.3999408]
    const d = rows[6].diff as Score
    expect(d.value).toBeCloseTo(0.3, 12)
    expect(d.ciLow).toBeCloseTo(0.2000592, 6)
    expect(d.ciHigh).toBeCloseTo(0.3999408, 6)
  })
  it('says in the findings how each level compares with the Netherlands', () => {
    const f = overviewFindings('Groningen', groningen, 'nl', { reference: 'Nederland', versus: versusLevels(groningen.filter((l) => l.level !== 'national'), nl) })
    expect(f).toContain('De gereedheid van Groningen is aantoonbaar hoger dan Nederland op het individuele niveau (+0,3, middelgroot).')
    expect(f).toContain('Op het organisatieniveau is het verschil met Nederland niet aantoonbaar.')
    expect(f).toContain('Voor het regionale/sectorale niveau is het verschil met Nederland niet te bepalen: er ontbreken cijfers.')
  })
})
