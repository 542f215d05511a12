/**
 * View state ⇄ URL. Readable params (?regio=PV20,PV27&sector=GEM&jaar=2025&taal=en);
 * unknown or invalid values fall back to defaults and produce a notice the shell shows.
 */
import type { MetaResponse } from '../contract/v1'
import { DIMENSIONS, LEVELS, type Dimension, type Lang, type Level } from '../domain/framework'
import type { MessageKey } from '../i18n/nl'

export const VIEWS = { overview: '/', compare: '/vergelijken', sectors: '/sectoren', trends: '/trends', international: '/internationaal', profile: '/profiel', presentation: '/presentatie', data: '/gegevens', selfscan: '/zelfscan', methodology: '/methode' } as const
export type ViewId = keyof typeof VIEWS

export interface ViewState {
  view: ViewId
  /** selected provinces; empty = the whole country */
  regions: string[]
  /** selected sectors; empty = all sectors */
  sectors: string[]
  year: number
  lang: Lang
  /** drill-down focus */
  level?: Level
  dimension?: Dimension
  /**
   * Parameters that belong to one view (for example the comparison's metric). The shell keeps
   * them in the address untouched; each view validates its own and shows its own notices.
   */
  extra: Record<string, string>
}

/** Parameters the shell itself owns; everything else is a view's own (ViewState.extra). */
const SHELL_PARAMS = new Set(['regio', 'sector', 'jaar', 'taal', 'niveau', 'dimensie'])

export interface Notice {
  key: MessageKey
  values: Record<string, string | number>
}

export function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('taal') === 'en' ? 'en' : 'nl'
}

export function viewFromPath(pathname: string): ViewId | undefined {
  const p = pathname.replace(/\/+$/, '') || '/'
  return (Object.keys(VIEWS) as ViewId[]).find((v) => VIEWS[v] === p)
}

function list(params: URLSearchParams, name: string): string[] {
  const raw = params.get(name)
  if (!raw) return []
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))]
}

export function parseViewState(pathname: string, search: string, meta: MetaResponse): { state: ViewState; notices: Notice[] } {
  const params = new URLSearchParams(search)
  const notices: Notice[] = []
  const keep = (param: 'regio' | 'sector' | 'focus', values: string[], valid: (v: string) => boolean) =>
    values.filter((v) => {
      if (valid(v)) return true
      notices.push({ key: 'notice.unknownValue', values: { param, value: v } })
      return false
    })
  const provinces = new Set(meta.regions.filter((r) => r.kind !== 'country').map((r) => r.code))
  const sectors = new Set(meta.sectors.map((s) => s.code))
  const latest = meta.years[meta.years.length - 1] ?? new Date().getFullYear()
  let year = latest
  const rawYear = params.get('jaar')
  if (rawYear !== null) {
    const y = Number(rawYear)
    if (/^\d{4}$/.test(rawYear) && meta.years.includes(y)) year = y
    else notices.push({ key: 'notice.invalidYear', values: { value: rawYear, year: latest } })
  }
  const level = params.get('niveau') ?? undefined
  const dimension = params.get('dimensie') ?? undefined
  const state: ViewState = {
    view: viewFromPath(pathname) ?? 'overview',
    regions: keep('regio', list(params, 'regio'), (v) => provinces.has(v)),
    sectors: keep('sector', list(params, 'sector'), (v) => sectors.has(v)),
    year,
    lang: langFromSearch(search),
    extra: Object.fromEntries([...params.entries()].filter(([k]) => !SHELL_PARAMS.has(k))),
  }
  if (level !== undefined) {
    if ((LEVELS as readonly string[]).includes(level)) state.level = level as Level
    else notices.push({ key: 'notice.unknownValue', values: { param: 'focus', value: level } })
  }
  if (dimension !== undefined) {
    if ((DIMENSIONS as readonly string[]).includes(dimension)) state.dimension = dimension as Dimension
    else notices.push({ key: 'notice.unknownValue', values: { param: 'focus', value: dimension } })
  }
  return { state, notices }
}

/** The same state with some of the view's own parameters set (undefined removes one). */
export function withExtra(state: ViewState, patch: Record<string, string | undefined>): ViewState {
  const extra = { ...state.extra }
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === '') delete extra[k]
    else extra[k] = v
  }
  return { ...state, extra }
}

/** The address of a view state; commas stay readable. */
export function hrefOf(state: ViewState): string {
  const parts: string[] = []
  if (state.regions.length > 0) parts.push(`regio=${state.regions.map(encodeURIComponent).join(',')}`)
  if (state.sectors.length > 0) parts.push(`sector=${state.sectors.map(encodeURIComponent).join(',')}`)
  parts.push(`jaar=${state.year}`)
  if (state.level) parts.push(`niveau=${state.level}`)
  if (state.dimension) parts.push(`dimensie=${state.dimension}`)
  for (const k of Object.keys(state.extra).sort()) {
    parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(state.extra[k]).replace(/%2C/g, ',')}`)
  }
  if (state.lang === 'en') parts.push('taal=en')
  return `${VIEWS[state.view]}?${parts.join('&')}`
}
