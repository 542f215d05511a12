/**
 * The comparison's parameters: 2–6 provinces (a rule on the shell's ?regio), the measure of map
 * and ranking, the reference on or off, the province whose similar ones are suggested, the
 * comparison year and the map's view (tiles, or the real shapes when the server has them).
 */
import type { MetaResponse } from '../../api/client'
import { flag, oneOf, unknownValueNotice, type Notice, type Param } from '../../app/params'
import { translator } from '../../i18n/i18n'
import type { ViewState } from '../../app/url-state'
import { trimSelection } from '../../domain/compare'
import { METRICS } from '../../domain/groups'
import { compareYearParam, measureParam, withoutNationalLevel } from '../../kit/params'
import type { ParamContext } from '../../kit/use-view-params'

export const MAX_REGIONS = 6

export function provinceCodes(meta: MetaResponse): string[] {
  return meta.regions.filter((r) => r.kind === 'province').map((r) => r.code)
}

/** Only provinces, at most six (the rest named in a notice), and no national level. */
export function compareRules(state: ViewState, meta: MetaResponse): { state: ViewState; notices: Notice[] } {
  const provinces = new Set(provinceCodes(meta))
  const { kept, invalid, overflow } = trimSelection(state.regions, (c) => provinces.has(c), MAX_REGIONS)
  const name = (code: string) => meta.regions.find((r) => r.code === code)?.label
  const dropped = { nl: overflow.map((c) => name(c)?.nl ?? c).join(', '), en: overflow.map((c) => name(c)?.en ?? c).join(', ') }
  const notices: Notice[] = invalid.map((c) => unknownValueNotice('regio', c))
  if (overflow.length > 0) {
    const text = (lang: 'nl' | 'en') => translator(lang)('notice.tooMany', { max: MAX_REGIONS, dropped: dropped[lang] })
    notices.push({ nl: text('nl'), en: text('en') })
  }
  const level = withoutNationalLevel({ ...state, regions: kept })
  return { state: level.state, notices: [...notices, ...level.notices] }
}

/** ?focus: the chosen province whose similar provinces are suggested; the first chosen by default. */
const focusParam: Param<string | undefined, ParamContext> = {
  name: 'focus',
  fallback: ({ state }) => state.regions[0],
  parse: (raw, { state }) => (state.regions.includes(raw) ? raw : undefined),
  format: (v) => v ?? '',
}

/** ?kaart=grenzen: the map of the real shapes, offered only when the server has a boundary file. */
const mapParam: Param<'tegels' | 'grenzen', ParamContext> = {
  ...oneOf<'tegels' | 'grenzen', ParamContext>('kaart', ['tegels', 'grenzen'], 'tegels'),
  parse: (raw, { meta }) => (raw === 'tegels' || (raw === 'grenzen' && meta.boundaries === true) ? raw : undefined),
}

export const COMPARE_PARAMS = {
  metric: measureParam(METRICS, 'R'),
  reference: flag<ParamContext>('ref', true),
  focus: focusParam,
  from: compareYearParam,
  map: mapParam,
}
