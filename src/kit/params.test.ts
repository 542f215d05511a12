import { describe, expect, it } from 'vitest'
import type { MetaResponse } from '../api/client'
import { readParams } from '../app/params'
import type { ViewState } from '../app/url-state'
import { compareYearParam, withoutNationalLevel } from './params'

const meta = { years: [2019, 2020, 2021, 2022] } as MetaResponse
const state = (year: number, level?: ViewState['level']): ViewState => ({ view: 'overview', regions: [], sectors: [], year, lang: 'nl', level, extra: {} })

describe('the shared view parameters', () => {
  it('takes as comparison year only a year in the data before the chosen one, with one notice', () => {
    const read = (raw?: string) => readParams({ from: compareYearParam }, { vergelijkjaar: raw }, { state: state(2022), meta })
    expect(read(undefined).values.from).toBeUndefined()
    expect(read('2019').values.from).toBe(2019)
    for (const bad of ['2022', '2018', '19']) {
      const r = read(bad)
      expect(r.values.from).toBeUndefined()
      expect(r.notices).toEqual([{ nl: `Vergelijkingsjaar "${bad}" kan niet: kies een jaar vóór 2022.`, en: `Comparison year "${bad}" is not possible: choose a year before 2022.` }])
    }
  })

  it('drops the national level where there is no national figure per province or sector', () => {
    expect(withoutNationalLevel(state(2022, 'organisational'))).toEqual({ state: state(2022, 'organisational'), notices: [] })
    const r = withoutNationalLevel(state(2022, 'national'))
    expect(r.state.level).toBeUndefined()
    expect(r.notices[0].nl).toBe('Het landelijke niveau heeft geen cijfers per provincie of sector. We tonen de andere niveaus.')
  })
})
