/** What every part of a profile knows: the unit (a province or a sector), its reference, its parts and peers. */
import { message } from '../../i18n/messages'
import type { Scope, Words } from '../../kit/words'
import { profileMessages } from './messages'

export type ProfileMessageKey = keyof (typeof profileMessages)['nl']

export const pm = (w: Words, key: ProfileMessageKey, values?: Record<string, string | number>) => message(profileMessages, w.lang, key, values)

export interface ProfileUnit {
  isProvince: boolean
  code: string
  name: string
  /** what it is compared with: the Netherlands, or all sectors */
  referenceName: string
  /** its parts: the sectors of a province, the provinces of a sector */
  partIds: string[]
  partName: (id: string) => string
  /** what it may be similar to: the other provinces, or the other sectors */
  peerIds: string[]
  peerName: (id: string) => string
}

export function profileUnit(w: Words, kind: { kind: 'province' | 'sector'; code: string }, chosenSectors: readonly string[]): ProfileUnit {
  const provinces = w.meta.regions.filter((r) => r.kind === 'province').map((r) => r.code)
  const sectors = w.meta.sectors.map((s) => s.code)
  const isProvince = kind.kind === 'province'
  return {
    isProvince,
    code: kind.code,
    name: isProvince ? w.region(kind.code) : w.sector(kind.code),
    referenceName: isProvince ? pm(w, 'reference') : pm(w, 'referenceSectors'),
    // a province's sectors under the sector filter, when there is one
    partIds: isProvince ? sectors.filter((c) => chosenSectors.length === 0 || chosenSectors.includes(c)) : provinces,
    partName: isProvince ? w.sector : w.region,
    peerIds: isProvince ? provinces : sectors,
    peerName: isProvince ? w.region : w.sector,
  }
}

export interface ProfileScope extends Scope {
  unit: ProfileUnit
  firstYear: number
  /** the first year to the chosen one */
  years: number[]
}
