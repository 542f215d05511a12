/** Words for the current selection, so a screenshot explains itself ("Groningen · Gemeenten · 2025"). */
import type { MetaResponse } from '../contract/v1'
import type { Lang } from '../domain/framework'
import { formatList } from '../domain/format'
import { translator } from '../i18n/i18n'
import type { ViewState } from './url-state'

export function regionNames(state: ViewState, meta: MetaResponse, lang: Lang): string[] {
  return state.regions.map((code) => meta.regions.find((r) => r.code === code)?.label[lang] ?? code)
}

export function sectorNames(state: ViewState, meta: MetaResponse, lang: Lang): string[] {
  return state.sectors.map((code) => meta.sectors.find((s) => s.code === code)?.label[lang] ?? code)
}

export function regionWords(state: ViewState, meta: MetaResponse, lang: Lang): string {
  const t = translator(lang)
  const names = regionNames(state, meta, lang)
  if (names.length === 0) return t('filter.region.all')
  if (names.length > 3) return t('filter.region.count', { count: names.length })
  return names.join(', ')
}

export function sectorWords(state: ViewState, meta: MetaResponse, lang: Lang): string {
  const t = translator(lang)
  const names = sectorNames(state, meta, lang)
  if (names.length === 0) return t('filter.sector.all')
  if (names.length > 3) return t('filter.sector.count', { count: names.length })
  return names.join(', ')
}

export function selectionWords(state: ViewState, meta: MetaResponse, lang: Lang): string {
  return `${regionWords(state, meta, lang)} · ${sectorWords(state, meta, lang)} · ${state.year}`
}

/** The unit findings speak about: "Groningen", "Groningen en Drenthe (Gemeenten)", "Nederland". */
export function subjectWords(state: ViewState, meta: MetaResponse, lang: Lang): string {
  const t = translator(lang)
  const names = regionNames(state, meta, lang)
  const where = names.length === 0 ? t('overview.subject.nl') : formatList(names, lang)
  const sectors = sectorNames(state, meta, lang)
  return sectors.length === 0 ? where : `${where} (${formatList(sectors, lang)})`
}
