// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { compareGroups, sortGroups } from './store'

const g = (region: string, sector: string | null, year: number) => ({ keys: { region, sector, year } })
const by = ['region', 'sector', 'year']

describe('compareGroups and sortGroups', () => {
  it('orders by the keys in turn: null first, numbers numerically, text by UTF-16 code units', () => {
    const groups = [g('PV21', 'GEM', 2025), g('PV20', null, 2025), g('PV20', 'GEM', 2019), g('PV20', 'GEM', 2100), g('PV20', 'AAA', 2025)]
    expect(sortGroups(groups, by).map((x) => `${x.keys.region} ${x.keys.sector} ${x.keys.year}`)).toEqual([
      'PV20 null 2025',
      'PV20 AAA 2025',
      'PV20 GEM 2019',
      'PV20 GEM 2100',
      'PV21 GEM 2025',
    ])
  })

  it('returns groups already in order as they are, without sorting them', () => {
    const groups = [g('A', null, 1), g('A', 'X', 1), g('B', 'X', 2)]
    const sort = groups.sort.bind(groups)
    let sorted = 0
    groups.sort = (cmp) => {
      sorted++
      return sort(cmp)
    }
    expect(sortGroups(groups, by)).toBe(groups)
    expect(sorted).toBe(0)
  })

  it('re-sorts where a database\'s code-point order differs from UTF-16 (text beyond U+FFFF)', () => {
    // UTF-8 / code-point order (PostgreSQL's "C" collation): U+FF5E before U+1F600;
    // UTF-16 code units: the surrogate 0xD83D comes before 0xFF5E
    const fromDatabase = [g('\uFF5E', null, 1), g('\u{1F600}', null, 1)]
    expect(sortGroups(fromDatabase, by).map((x) => x.keys.region)).toEqual(['\u{1F600}', '\uFF5E'])
    expect(compareGroups(by)(g('\u{1F600}', null, 1), g('\uFF5E', null, 1))).toBeLessThan(0)
  })
})
