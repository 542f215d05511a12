import { describe, expect, it } from 'vitest'
import { scoreOf, summariseLevel } from './indices'
import { changeVerdict, profileFindings, type ProfileFacts } from './profile'
import { dims } from './test-fixtures'

const levels = [
  summariseLevel('individual', dims(3.2, 3.2, 0.05)),
  summariseLevel('organisational', dims(3.1, 3.1, 0.3)),
  summariseLevel('regional_sectoral', dims(3.0, 3.0, 0.3)),
]

const base: ProfileFacts = {
  subject: 'Zeeland',
  reference: 'Nederland',
  levels,
  versus: [
    { level: 'individual', verdict: 'similar' },
    { level: 'organisational', verdict: 'similar' },
    { level: 'regional_sectoral', verdict: 'unknown' },
  ],
  // R from 3.0 (se 0.1) to 3.2 (se 0.1): diff 0.2, half-width 1.96·√0.02 = 0.277 → not clear
  changes: [{ level: 'individual', from: scoreOf(3.0, 0.1, 100), to: scoreOf(3.2, 0.1, 100) }],
  firstYear: 2019,
  year: 2025,
  lagging: [],
  leading: [],
  parts: 'sectors',
}

describe('profile findings', () => {
  it('says so when every difference from the Netherlands is within the margin, and invents no story', () => {
    const f = profileFindings(base, 'nl')
    expect(f).toContain('Op geen enkel niveau wijkt Zeeland duidelijk af van Nederland: alle verschillen in gereedheid vallen binnen de foutmarge.')
    expect(f).toContain('Sinds 2019 is de gereedheid op geen enkel niveau duidelijk veranderd.')
    expect(f).toContain('Geen sector in Zeeland wijkt duidelijk af van dezelfde sector in heel Nederland.')
    expect(f.join(' ')).not.toMatch(/hoger|lager|gestegen|gedaald|blijft .* achter|lopen duidelijk voor/)
    expect(f.length).toBeGreaterThanOrEqual(3)
    expect(f.length).toBeLessThanOrEqual(5)
  })

  it('names clear differences, changes and lagging sectors (en)', () => {
    const f = profileFindings(
      {
        ...base,
        subject: 'Utrecht',
        reference: 'the Netherlands',
        versus: [
          { level: 'individual', verdict: 'higher' },
          { level: 'organisational', verdict: 'similar' },
          { level: 'regional_sectoral', verdict: 'lower' },
        ],
        // 2.9 → 3.4 with se 0.05: diff 0.5, half-width 0.139 → clearly risen
        changes: [{ level: 'individual', from: scoreOf(2.9, 0.05, 100), to: scoreOf(3.4, 0.05, 100) }],
        lagging: ['Municipalities'],
        leading: ['Police', 'Defence'],
      },
      'en',
    )
    expect(f).toContain(
      'Readiness in Utrecht is clearly higher than the Netherlands at the individual level; clearly lower at the regional/sectoral level. At the other levels the difference is not clear.',
    )
    expect(f).toContain('Since 2019, readiness has clearly risen at the individual level (2.9 → 3.4).')
    expect(f).toContain('Sectors in Utrecht against the same sector nationally — clearly behind: Municipalities; clearly ahead: Police and Defence.')
  })

  it('judges a change between years by its CI', () => {
    expect(changeVerdict({ level: 'individual', from: scoreOf(3.0, 0.1, 100), to: scoreOf(3.2, 0.1, 100) })).toBe('similar')
    expect(changeVerdict({ level: 'individual', from: scoreOf(3.0, 0.05, 100), to: scoreOf(2.7, 0.05, 100) })).toBe('lower')
    expect(changeVerdict({ level: 'individual', from: { kind: 'none', reason: 'missing' }, to: scoreOf(2.7, 0.05, 100) })).toBe('unknown')
  })
})
