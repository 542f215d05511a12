/**
 * View state ⇄ URL. Readable params (?regio=PV20,PV27&sector=GEM&jaar=2025&taal=en);
 * unknown or invalid values fall back to defaults and produce a notice the shell shows.
 */
import type { MetaResponse } from '../contract/v1'
import { DIMENSIONS, LEVELS, type Dimension, type Lang, type Level } from '../domain/framework'
import { keepValid, messageNotice, optionalOneOf, readParams, type Notice } from './params'

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

export type { Notice } from './params'

export function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('taal') === 'en' ? 'en' : 'nl'
}

export function viewFromPath(pathname: string): ViewId | undefined {
  const p = pathname.replace(/\/+$/, '') || '/'
  return (Object.keys(VIEWS) as ViewId[]).find((v) => VIEWS[v] === p)
}

/** The shell's single-valued parameters, declared in the registry like every view's. */
const shellParams = {
  level: optionalOneOf<Level, MetaResponse>('niveau', () => LEVELS),
  dimension: optionalOneOf<Dimension, MetaResponse>('dimensie', () => DIMENSIONS),
}

export function parseViewState(pathname: string, search: string, meta: MetaResponse): { state: ViewState; notices: Notice[] } {
  const params = new URLSearchParams(search)
  const provinces = new Set(meta.regions.filter((r) => r.kind !== 'country').map((r) => r.code))
  const sectors = new Set(meta.sectors.map((s) => s.code))
  const regions = keepValid('regio', params.get('regio'), (v) => provinces.has(v))
  const sectorList = keepValid('sector', params.get('sector'), (v) => sectors.has(v))
  const notices: Notice[] = [...regions.notices, ...sectorList.notices]
  const latest = meta.years[meta.years.length - 1] ?? new Date().getFullYear()
  let year = latest
  const rawYear = params.get('jaar')
  if (rawYear !== null) {
    const y = Number(rawYear)
    if (/^\d{4}$/.test(rawYear) && meta.years.includes(y)) year = y
    else notices.push(messageNotice('notice.invalidYear', { value: rawYear, year: latest }))
  }
  const shell = readParams(shellParams, Object.fromEntries(params.entries()), meta)
  notices.push(...shell.notices)
  const state: ViewState = {
    view: viewFromPath(pathname) ?? 'overview',
    regions: regions.kept,
    sectors: sectorList.kept,
    year,
    lang: langFromSearch(search),
    extra: Object.fromEntries([...params.entries()].filter(([k]) => !SHELL_PARAMS.has(k))),
  }
  if (shell.values.level) state.level = shell.values.level
  if (shell.values.dimension) state.dimension = shell.values.dimension
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
