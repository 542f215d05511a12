import { describe, expect, it } from 'vitest'
import { versusLevels } from './findings'
import { scoreOf, summariseLevel } from './indices'
import { changeFinding, changeVerdict, partsFinding, profileFindings, type ProfileFacts } from './profile'
import { dims } from './test-fixtures'
import { AVOIDED_WORDS } from './vocabulary'

const levels = [
  summariseLevel('individual', dims(3.2, 3.2, 0.05)),
  summariseLevel('organisational', dims(3.1, 3.1, 0.3)),
  summariseLevel('regional_sectoral', dims(3.0, 3.0, 0.3)),
]
const nl = [summariseLevel('individual', dims(3.18, 3.18, 0.01)), summariseLevel('organisational', dims(3.05, 3.05, 0.01))]

const base: ProfileFacts = {
  subject: 'Zeeland',
  reference: 'Nederland',
  levels,
  // individual 3.2 − 3.18 (se 0.051) and organisational 3.1 − 3.05 (se 0.3): not shown; regional: no reference
  versus: [...versusLevels(levels, nl), { level: 'regional_sectoral', diff: { kind: 'none', reason: 'missing' }, verdict: 'unknown' }],
  // R from 3.0 (se 0.1) to 3.2 (se 0.1): diff 0.2, half-width 1.96·√0.02 = 0.277 → not shown
  changes: [{ level: 'individual', from: scoreOf(3.0, 0.1, 100), to: scoreOf(3.2, 0.1, 100) }],
  firstYear: 2019,
  year: 2025,
  lagging: [],
  leading: [],
  parts: 'sectors',
}

describe('profile findings', () => {
  it('says so when nothing differs from the Netherlands, and invents no story', () => {
    const f = profileFindings(base, 'nl')
    expect(f).toContain(
      'Op het individuele niveau en het organisatieniveau is geen verschil in gereedheid tussen Zeeland en Nederland aantoonbaar: de verschillen vallen binnen de foutmarge.',
    )
    expect(f).toContain('Voor het regionale/sectorale niveau is het verschil met Nederland niet te bepalen: er ontbreken cijfers.')
    expect(f).toContain('Sinds 2019 is op het individuele niveau geen verandering in gereedheid aantoonbaar.')
    // five at most: the thin-data warning (dimension se 0.3 → half-width 0.59) stays, the parts sentence is cut
    expect(f[f.length - 1]).toMatch(/^Op het organisatieniveau en het regionale\/sectorale niveau zijn de gegevens dun/)
    expect(partsFinding(base, 'nl')).toBe('Bij geen enkele sector in Zeeland is een verschil met dezelfde sector in heel Nederland aantoonbaar.')
    expect(f.join(' ')).not.toMatch(/hoger|lager|gestegen|gedaald|achter/)
    expect(f.join(' ')).not.toMatch(AVOIDED_WORDS)
    expect(f.length).toBeLessThanOrEqual(5)
  })

  it('names shown differences with their size, changes and parts (en)', () => {
    const unit = [summariseLevel('individual', dims(3.4, 3.4, 0.05)), summariseLevel('organisational', dims(3.1, 3.1, 0.05)), summariseLevel('regional_sectoral', dims(2.7, 2.7, 0.05))]
    const ref = [summariseLevel('individual', dims(3.0, 3.0, 0.01)), summariseLevel('organisational', dims(3.1, 3.1, 0.01)), summariseLevel('regional_sectoral', dims(3.0, 3.0, 0.01))]
    const f = profileFindings(
      {
        ...base,
        subject: 'Utrecht',
        reference: 'the Netherlands',
        levels: unit,
        versus: versusLevels(unit, ref),
        // 2.9 → 3.4 with se 0.05: diff 0.5, se 0.0707, CI [0.361, 0.639] → risen, medium
        changes: [{ level: 'individual', from: scoreOf(2.9, 0.05, 100), to: scoreOf(3.4, 0.05, 100) }],
        lagging: ['Municipalities'],
        leading: ['Police', 'Defence'],
      },
      'en',
    )
    // +0.4 (se 0.051), 0.0 and −0.3 (se 0.051)
    expect(f).toContain(
      'Readiness in Utrecht is higher than the Netherlands at the individual level (+0.4, moderate) and lower than the Netherlands at the regional/sectoral level (−0.3, moderate), shown by the data.',
    )
    expect(f).toContain('At the organisational level, the difference from the Netherlands is not shown by the data.')
    expect(f).toContain('Since 2019, readiness has risen at the individual level (2.9 → 3.4: +0.5, moderate), shown by the data.')
    expect(f).toContain('Sectors in Utrecht shown to differ from the same sector nationally — lower: Municipalities; higher: Police and Defence.')
  })

  it('W4: the weak link of a province above the Netherlands names its reference and does not say "lags"', () => {
    // Utrecht: regional 3.2 is its lowest level, but above the Netherlands' 3.0 (+0.2)
    const unit = [summariseLevel('individual', dims(3.6, 3.6, 0.05)), summariseLevel('organisational', dims(3.7, 3.7, 0.05)), summariseLevel('regional_sectoral', dims(3.2, 3.2, 0.05))]
    const [weak] = profileFindings({ ...base, subject: 'Utrecht', levels: unit, versus: [] }, 'en')
    expect(weak).toBe(
      'In Utrecht, the regional/sectoral level is the weak link: readiness there is lower than at every other level (3.2 against 3.6–3.7), shown by the data.',
    )
    expect(weak).not.toMatch(/lags|behind/)
  })

  it('judges a change between years by its CI', () => {
    expect(changeVerdict({ level: 'individual', from: scoreOf(3.0, 0.1, 100), to: scoreOf(3.2, 0.1, 100) })).toBe('similar')
    expect(changeVerdict({ level: 'individual', from: scoreOf(3.0, 0.05, 100), to: scoreOf(2.7, 0.05, 100) })).toBe('lower')
    expect(changeVerdict({ level: 'individual', from: { kind: 'none', reason: 'missing' }, to: scoreOf(2.7, 0.05, 100) })).toBe('unknown')
  })

  it('the change finding: true and false cases', () => {
    // fallen at the individual level (3.0 → 2.7: −0.3, se 0.0707), not shown at the organisational (0.2, se 0.14)
    const mixed = changeFinding(
      {
        ...base,
        changes: [
          { level: 'individual', from: scoreOf(3.0, 0.05, 100), to: scoreOf(2.7, 0.05, 100) },
          { level: 'organisational', from: scoreOf(3.0, 0.1, 100), to: scoreOf(3.2, 0.1, 100) },
        ],
      },
      'nl',
    )
    expect(mixed).toBe('Sinds 2019 is de gereedheid aantoonbaar gedaald op het individuele niveau (3,0 → 2,7: −0,3, middelgroot). Op het organisatieniveau is geen verandering aantoonbaar.')
    // no level with both years: no sentence
    expect(changeFinding({ ...base, changes: [{ level: 'individual', from: { kind: 'none', reason: 'missing' }, to: scoreOf(3, 0.1, 100) }] }, 'nl')).toBeUndefined()
    // one year only: no sentence
    expect(changeFinding({ ...base, firstYear: 2025 }, 'nl')).toBeUndefined()
  })

  it('the parts finding: true and false cases', () => {
    expect(partsFinding({ ...base, parts: 'provinces', subject: 'Gemeenten', lagging: ['Zeeland'] }, 'nl')).toBe(
      'Gemeenten scoort, vergeleken met Gemeenten in heel Nederland, aantoonbaar lager in Zeeland.',
    )
    expect(partsFinding({ ...base, parts: 'provinces', subject: 'Gemeenten' }, 'en')).toBe(
      'In no province is a difference for Gemeenten from Gemeenten in the whole country shown.',
    )
  })
})
