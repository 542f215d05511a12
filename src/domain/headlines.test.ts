import { describe, expect, it } from 'vitest'
import { rankRanges } from './compare'
import { balanceTitle, leaderNames, leadersOf, levelsTitle, lowestDimensionTitle, weakLinkTitle } from './headlines'
import { scoreOf, summariseLevel } from './indices'
import { dims } from './test-fixtures'
import { AVOIDED_WORDS } from './vocabulary'

// dimension se 0.05 → pillar se 0.05, gap se 0.1 (CI ±0.196), R se 0.05
const levels = [
  summariseLevel('individual', dims(3.3, 3.0, 0.05)), // G +0.3: tech-led, medium; R 3.146
  summariseLevel('organisational', dims(2.6, 2.6, 0.05)), // R 2.6
  summariseLevel('regional_sectoral', dims(3.0, 3.25, 0.05)), // G −0.25, CI [−0.446, −0.054]: social-led; printed −0,3 (medium)
  summariseLevel('national', dims(3.4, 3.4, 0.05)),
]

describe('weak-link title', () => {
  it('true case: names the level, its size and the reference (W4)', () => {
    // 2.6 against the next lowest 3.122 (regional, √(3·3.25)): −0.52, printed −0,5 → medium: "lager"
    expect(weakLinkTitle(levels, 'nl')).toBe('Gereedheid op het organisatieniveau lager dan op de andere niveaus')
    expect(weakLinkTitle(levels, 'en')).toBe('Readiness at the organisational level lower than at the other levels')
  })
  it('a small distance is "iets lager", never a strong word', () => {
    // 2.95 against 3.1: −0.15 (CI [−0.289, −0.011]): shown, small
    const ls = [summariseLevel('individual', dims(3.1, 3.1, 0.05)), summariseLevel('organisational', dims(2.95, 2.95, 0.05))]
    expect(weakLinkTitle(ls, 'nl')).toBe('Gereedheid op het organisatieniveau iets lager dan op de andere niveaus')
  })
  it('false case: no weak link within the margin; nothing with one level', () => {
    const ls = [summariseLevel('individual', dims(3.0, 3.0, 0.5)), summariseLevel('organisational', dims(2.8, 2.8, 0.5))]
    expect(weakLinkTitle(ls, 'nl')).toBe('Geen niveau is aantoonbaar de zwakste schakel')
    expect(weakLinkTitle([levels[0]], 'nl')).toBeUndefined()
  })
})

describe('balance title', () => {
  it('counts the leads on each side, with the size of the largest as the adverb', () => {
    expect(balanceTitle(levels, 'nl')).toBe('Technologie loopt voor op 1, sociale innovatie op 1 van de 4 niveaus (aantoonbaar)')
    expect(balanceTitle(levels.slice(0, 2), 'en')).toBe('Technology is ahead at 1 of the 2 levels (shown by the data)')
  })
  it('says "barely" for a negligible lead that is shown', () => {
    // T 3.05, S 3.0 with dimension se 0.01: G 0.05, se 0.02, CI [0.011, 0.089] → shown, negligible
    expect(balanceTitle([summariseLevel('individual', dims(3.05, 3.0, 0.01))], 'nl')).toBe('Technologie loopt nauwelijks voor op 1 van de 1 niveaus (aantoonbaar)')
  })
  it('false case: no lead shown anywhere', () => {
    expect(balanceTitle([levels[1], levels[3]], 'en')).toBe('At no level is a difference between technology and social innovation shown')
  })
})

describe('levels title', () => {
  it('names the largest shown gap with its size', () => {
    expect(levelsTitle(levels, 'nl')).toBe('Op het individuele niveau loopt technologie het verst voor: +0,3, middelgroot verschil')
    expect(levelsTitle([levels[2]], 'en')).toBe('At the regional/sectoral level, social innovation is ahead: \u22120.3, a moderate difference')
  })
  it('false case: no level ahead', () => {
    expect(levelsTitle([levels[1]], 'nl')).toBe('Technologie en mensen: op geen enkel niveau is een verschil aantoonbaar')
  })
})

describe('lowest dimension title', () => {
  it('true case: the first level with a dimension below every other, with its size', () => {
    // individual: T2 at 2.5 against the others at 3.0 (se 0.05): −0.5, CI [−0.639, −0.361]: medium
    const ls = [
      summariseLevel('organisational', dims(3, 3, 0.3)),
      summariseLevel('individual', dims(3, 3, 0.05, 100, { T2: scoreOf(2.5, 0.05, 100) })),
    ]
    expect(lowestDimensionTitle(ls, (d) => (d === 'T2' ? 'Data & AI' : d), 'nl')).toBe('Op het individuele niveau scoort Data & AI lager dan elke andere dimensie')
  })
  it('false case: no dimension is shown to be lowest', () => {
    expect(lowestDimensionTitle([summariseLevel('individual', dims(3, 3, 0.05))], (d) => d, 'en')).toBe('No dimension is shown to score lowest at any level')
  })
})

describe('who scores highest (W5)', () => {
  it('names one leader only when no other unit can be first', () => {
    // EE 3.9 (se 0.03) is above FI 3.6 and DK 3.5 (se 0.03): differences ≥ 0.3 with se 0.042 → shown
    const one = rankRanges([
      { id: 'EE', score: scoreOf(3.9, 0.03, 500) },
      { id: 'FI', score: scoreOf(3.6, 0.03, 500) },
      { id: 'DK', score: scoreOf(3.5, 0.03, 500) },
    ])
    expect(leadersOf(one)).toEqual({ ids: ['EE'], shared: false })
  })
  it('lists every unit that could be first when rank ranges overlap', () => {
    // 3.9, 3.85, 3.8 with se 0.05: differences ≤ 0.1 with se 0.071 (half-width 0.139) → not shown: all share ranks 1–3
    const shared = rankRanges([
      { id: 'EE', score: scoreOf(3.9, 0.05, 500) },
      { id: 'FI', score: scoreOf(3.85, 0.05, 500) },
      { id: 'DK', score: scoreOf(3.8, 0.05, 500) },
      { id: 'FR', score: scoreOf(3.2, 0.05, 500) },
    ])
    expect(leadersOf(shared)).toEqual({ ids: ['EE', 'FI', 'DK'], shared: true })
    expect(leaderNames(shared, (id) => ({ EE: 'Estland', FI: 'Finland', DK: 'Denemarken' })[id] ?? id, 'nl')).toBe('Estland, Finland en Denemarken')
  })
})

describe('no title uses an avoided word', () => {
  it('holds for every title above, in both languages', () => {
    const all = (['nl', 'en'] as const).flatMap((lang) => [weakLinkTitle(levels, lang), balanceTitle(levels, lang), levelsTitle(levels, lang)]).join(' ')
    expect(all).not.toMatch(AVOIDED_WORDS)
  })
})
