import { describe, expect, it } from 'vitest'
import { balanceFindings, coherenceFinding, dataFindings, overviewFindings } from './findings'
import { scoreOf, summariseLevel } from './indices'
import { dims } from './test-fixtures'

const clear = [
  summariseLevel('individual', dims(3.2, 3.0, 0.05)), // R √9.6 = 3.098387, G 0.2 (se 0.0335 → tech-led)
  summariseLevel('organisational', dims(2.6, 2.6, 0.05)), // R 2.6, balanced
  summariseLevel('regional_sectoral', dims(3.3, 3.3, 0.05)), // R 3.3
  summariseLevel('national', dims(3.4, 3.4, 0.05)), // R 3.4
]

describe('coherence finding', () => {
  it('names the weak link with its readiness against the others (nl and en)', () => {
    expect(coherenceFinding('Groningen', clear, 'nl')).toBe(
      'In Groningen blijft het organisatieniveau achter: gereedheid 2,6 tegen 3,1–3,4 op de andere niveaus.',
    )
    expect(coherenceFinding('Groningen', clear, 'en')).toBe(
      'In Groningen, the organisational level lags: readiness 2.6 against 3.1–3.4 at the other levels.',
    )
  })
  it('does not invent a weak link within the margin', () => {
    const wide = [summariseLevel('individual', dims(3.0, 3.0, 0.5)), summariseLevel('organisational', dims(2.8, 2.8, 0.5))]
    const nl = coherenceFinding('Zeeland', wide, 'nl')
    expect(nl).toBe(
      'In Zeeland is geen niveau duidelijk de zwakste schakel: de gereedheid ligt tussen 2,8 en 3,0, en het laagste niveau ligt niet duidelijk onder de andere.',
    )
    expect(nl).not.toMatch(/blijft .* achter/)
  })
})

describe('balance findings', () => {
  it('reports clear leads with their gap and the rest as balanced', () => {
    // individual: G = 0.2, se √(0.025² + 0.0223607²) = 0.033541, CI [0.134, 0.266] → tech-led
    expect(balanceFindings(clear, 'nl')).toEqual([
      'Technologie loopt duidelijk voor op sociale innovatie op het individuele niveau (+0,2).',
      'Op het organisatieniveau, het regionale/sectorale niveau en het landelijke niveau zijn technologie en sociale innovatie in evenwicht binnen de foutmarge.',
    ])
  })
  it('calls a large but uncertain gap balanced, never ahead', () => {
    const level = summariseLevel('organisational', dims(3.5, 2.9, 0.5))
    const [sentence] = balanceFindings([level], 'en')
    expect(sentence).toBe('At the organisational level, technology and social innovation are balanced within the margin.')
  })
})

describe('data findings', () => {
  it('says when a part is suppressed and when data are thin', () => {
    const levels = [
      summariseLevel('individual', dims(3, 3, 0.05)),
      summariseLevel('organisational', dims(3, 3, 0.05, 100, { T1: { kind: 'none', reason: 'suppressed' } })),
      summariseLevel('regional_sectoral', dims(3, 3, 0.05, 100, { S2: scoreOf(3, 0.05, 12) })),
    ]
    expect(dataFindings(levels, 'nl')).toEqual([
      'Niet alle cijfers zijn te tonen: op het organisatieniveau zijn er voor een of meer onderdelen minder dan 10 antwoorden.',
      'Op het regionale/sectorale niveau zijn de gegevens dun (minder dan 30 antwoorden of een brede foutmarge): lees die cijfers met voorzichtigheid.',
    ])
    expect(dataFindings(levels, 'en')[0]).toBe(
      'Not every figure can be shown: at the organisational level one or more parts have fewer than 10 responses.',
    )
  })
})

describe('overview findings', () => {
  it('gives between one and five sentences, weak link first', () => {
    const f = overviewFindings('Groningen', clear, 'en')
    expect(f.length).toBeGreaterThanOrEqual(1)
    expect(f.length).toBeLessThanOrEqual(5)
    expect(f[0]).toMatch(/^In Groningen, the organisational level lags/)
  })
})
