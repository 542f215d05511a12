import { describe, expect, it } from 'vitest'
import { balanceFindings, coherenceFinding, dataFindings, limitFindings, overviewFindings, versusFindings, versusLevels } from './findings'
import { scoreOf, summariseLevel } from './indices'
import { dims } from './test-fixtures'
import { AVOIDED_WORDS } from './vocabulary'

// Dimension se 0.05 → bounded pillar se 0.05 (ADR 0007), gap se 0.1, R se 0.05 (T = S).
const clear = [
  // T 3.3, S 3.0: G = 0.3, CI [0.104, 0.496] → tech-led, printed +0,3 (medium); R = √9.9 = 3.1464
  summariseLevel('individual', dims(3.3, 3.0, 0.05)),
  summariseLevel('organisational', dims(2.6, 2.6, 0.05)), // R 2.6, G 0 (CI ±0.196: balanced)
  summariseLevel('regional_sectoral', dims(3.3, 3.3, 0.05)), // R 3.3
  summariseLevel('national', dims(3.4, 3.4, 0.05)), // R 3.4
]

describe('the weak-link finding', () => {
  it('true case: names the weak link, its size and its reference (W4)', () => {
    // organisational 2.6 against the next lowest, individual 3.1464 (se 0.0500): −0.546, se 0.0707,
    // CI [−0.685, −0.408] → shown, printed −0,5: medium ("lager"); the others print 3,1, 3,3, 3,4
    expect(coherenceFinding('Groningen', clear, 'nl')).toBe(
      'In Groningen is het organisatieniveau de zwakste schakel: de gereedheid ligt er lager dan op elk ander niveau (2,6 tegen 3,1–3,4), en dat is aantoonbaar.',
    )
    expect(coherenceFinding('Groningen', clear, 'en')).toBe(
      'In Groningen, the organisational level is the weak link: readiness there is lower than at every other level (2.6 against 3.1–3.4), shown by the data.',
    )
  })
  it('says "slightly" for a small distance, never a strong word', () => {
    // organisational 2.95 against 3.1: −0.15, se 0.0707, CI [−0.289, −0.011] → shown; printed −0,15 (two decimals
    // for the sign of its bound): small → "iets lager"
    const levels = [summariseLevel('individual', dims(3.1, 3.1, 0.05)), summariseLevel('organisational', dims(2.95, 2.95, 0.05))]
    expect(coherenceFinding('Zeeland', levels, 'nl')).toBe(
      'In Zeeland is het organisatieniveau de zwakste schakel: de gereedheid ligt er iets lager dan op elk ander niveau (3,0 tegen 3,1), en dat is aantoonbaar.',
    )
  })
  it('false case: no weak link within the margin', () => {
    // dimension se 0.5 → R se 0.5: 2.8 − 3.0 = −0.2 with se 0.707 → not shown
    const wide = [summariseLevel('individual', dims(3.0, 3.0, 0.5)), summariseLevel('organisational', dims(2.8, 2.8, 0.5))]
    const nl = coherenceFinding('Zeeland', wide, 'nl')
    expect(nl).toBe(
      'In Zeeland is geen niveau aantoonbaar de zwakste schakel: de gereedheid ligt tussen 2,8 en 3,0, en het laagste niveau ligt niet aantoonbaar onder elk ander niveau.',
    )
    expect(nl).not.toMatch(/ligt er .* lager|achter/)
  })
  it('says nothing with fewer than two levels', () => {
    expect(coherenceFinding('Zeeland', [clear[0]], 'nl')).toBeUndefined()
  })
})

describe('balance findings', () => {
  it('true case: reports a lead with its gap and size, the rest as not shown with theirs', () => {
    expect(balanceFindings(clear, 'nl')).toEqual([
      'Technologie loopt aantoonbaar voor op sociale innovatie op het individuele niveau (+0,3, middelgroot).',
      'Op het organisatieniveau (0,0, verwaarloosbaar), het regionale/sectorale niveau (0,0, verwaarloosbaar) en het landelijke niveau (0,0, verwaarloosbaar) is geen verschil tussen technologie en sociale innovatie aantoonbaar: het valt binnen de foutmarge.',
    ])
  })
  it('false case: a large gap that is not shown is called not shown, with its size', () => {
    // T 3.5, S 2.9, dimension se 0.5 → se_G = 1.0: CI [−1.36, 2.56]
    const level = summariseLevel('organisational', dims(3.5, 2.9, 0.5))
    expect(balanceFindings([level], 'en')).toEqual([
      'At the organisational level (+0.6, large), no difference between technology and social innovation is shown: it is within the margin of error.',
    ])
  })
  it('says nothing of a level without a gap', () => {
    const none = summariseLevel('organisational', dims(3, 3, 0.05, 100, { T1: { kind: 'none', reason: 'suppressed' } }))
    expect(balanceFindings([none], 'nl')).toEqual([])
  })
})

describe('data findings', () => {
  it('true case: says when a part is suppressed, missing or thin', () => {
    const levels = [
      summariseLevel('individual', dims(3, 3, 0.05)),
      summariseLevel('organisational', dims(3, 3, 0.05, 100, { T1: { kind: 'none', reason: 'suppressed' } })),
      summariseLevel('regional_sectoral', dims(3, 3, 0.05, 100, { S2: scoreOf(3, 0.05, 12) })),
      summariseLevel('national', dims(3, 3, 0.05, 100, { S5: { kind: 'none', reason: 'missing' } })),
    ]
    expect(dataFindings(levels, 'nl')).toEqual([
      'Niet alle cijfers zijn te tonen: op het organisatieniveau zijn er voor een of meer onderdelen minder dan 10 antwoorden.',
      'Voor het landelijke niveau zijn er geen gegevens voor deze selectie.',
      'Op het regionale/sectorale niveau zijn de gegevens dun (minder dan 30 antwoorden of een brede foutmarge): lees die cijfers met voorzichtigheid.',
    ])
    expect(dataFindings(levels, 'en')[0]).toBe(
      'Not every figure can be shown: at the organisational level one or more parts have fewer than 10 responses.',
    )
  })
  it('false case: no warning when every figure is there and thick', () => {
    expect(dataFindings(clear, 'nl')).toEqual([])
  })
})

describe('the limit of five (W2)', () => {
  it('never drops a data warning, and cuts the other findings instead', () => {
    expect(limitFindings(['a', 'b', 'c', 'd', 'e'], ['thin'])).toEqual(['a', 'b', 'c', 'd', 'thin'])
    expect(limitFindings(['a', 'b'], ['suppressed', 'missing', 'thin'])).toEqual(['a', 'b', 'suppressed', 'missing', 'thin'])
    expect(limitFindings(['a', 'b', 'c'], [])).toEqual(['a', 'b', 'c'])
    // at least one finding of substance stays
    expect(limitFindings(['a', 'b'], ['1', '2', '3', '4', '5'])).toEqual(['a', '1', '2', '3', '4', '5'])
  })
  it('keeps the thin-data warning on an overview with six candidate findings', () => {
    // weak link, a tech lead, a social lead, balance, versus NL on three levels… and thin organisational data
    const levels = [
      summariseLevel('individual', dims(3.3, 3.0, 0.05)),
      summariseLevel('organisational', dims(2.6, 3.0, 0.05, 100, { S2: scoreOf(3, 0.05, 12) })),
      summariseLevel('regional_sectoral', dims(3.3, 3.3, 0.05)),
      summariseLevel('national', dims(3.4, 3.4, 0.05)),
    ]
    const nl = [summariseLevel('individual', dims(3.0, 3.0, 0.01)), summariseLevel('organisational', dims(3.0, 3.0, 0.01)), summariseLevel('regional_sectoral', dims(3.0, 3.0, 0.01))]
    const f = overviewFindings('Flevoland', levels, 'nl', { reference: 'Nederland', versus: versusLevels(levels.slice(0, 3), nl) })
    expect(f.length).toBeLessThanOrEqual(5)
    expect(f[f.length - 1]).toMatch(/^Op het organisatieniveau zijn de gegevens dun/)
  })
})

describe('a unit against its reference, level by level (W1)', () => {
  const nl = [summariseLevel('individual', dims(3.0, 3.0, 0.01)), summariseLevel('organisational', dims(3.0, 3.0, 0.01)), summariseLevel('regional_sectoral', dims(3.0, 3.0, 0.01))]
  it('true case, every level shown: no sentence about "the other levels"', () => {
    // differences +0.3, −0.4, +0.7 with se √(0.05² + 0.01²) = 0.051: all shown
    const unit = [summariseLevel('individual', dims(3.3, 3.3, 0.05)), summariseLevel('organisational', dims(2.6, 2.6, 0.05)), summariseLevel('regional_sectoral', dims(3.7, 3.7, 0.05))]
    const f = versusFindings('Limburg', 'Nederland', versusLevels(unit, nl), 'nl')
    expect(f).toEqual([
      'De gereedheid van Limburg is aantoonbaar hoger dan Nederland op het individuele niveau (+0,3, middelgroot) en het regionale/sectorale niveau (+0,7, groot) en lager dan Nederland op het organisatieniveau (−0,4, middelgroot).',
    ])
    expect(f.join(' ')).not.toMatch(/andere niveaus|niet aantoonbaar/)
  })
  it('names exactly the levels whose difference is not shown', () => {
    const unit = [summariseLevel('individual', dims(3.3, 3.3, 0.05)), summariseLevel('organisational', dims(3.02, 3.02, 0.05)), summariseLevel('regional_sectoral', dims(3.0, 3.0, 0.05))]
    expect(versusFindings('Utrecht', 'the Netherlands', versusLevels(unit, nl), 'en')).toEqual([
      'Readiness in Utrecht is higher than the Netherlands at the individual level (+0.3, moderate), shown by the data.',
      'At the organisational level and the regional/sectoral level, the difference from the Netherlands is not shown by the data.',
    ])
  })
  it('false case, nothing shown: one sentence, no comparative', () => {
    const unit = [summariseLevel('individual', dims(3.02, 3.02, 0.05))]
    const f = versusFindings('Zeeland', 'Nederland', versusLevels(unit, nl), 'nl')
    expect(f).toEqual(['Op het individuele niveau is geen verschil in gereedheid tussen Zeeland en Nederland aantoonbaar: de verschillen vallen binnen de foutmarge.'])
    expect(f.join(' ')).not.toMatch(/hoger|lager/)
  })
  it('says when a difference cannot be determined', () => {
    const unit = [summariseLevel('individual', dims(3, 3, 0.05, 100, { T1: { kind: 'none', reason: 'suppressed' } }))]
    expect(versusFindings('Zeeland', 'Nederland', versusLevels(unit, nl), 'nl')).toEqual([
      'Voor het individuele niveau is het verschil met Nederland niet te bepalen: er ontbreken cijfers.',
    ])
  })
})

describe('no finding uses a word that reads as "large" (W3)', () => {
  it('writes "aantoonbaar" / "shown by the data", none of the avoided words', () => {
    const all = [...overviewFindings('Groningen', clear, 'nl'), ...overviewFindings('Groningen', clear, 'en')].join(' ')
    expect(all).not.toMatch(AVOIDED_WORDS)
    expect(all).toMatch(/aantoonbaar/)
  })
})
