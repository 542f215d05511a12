/**
 * The international view's parameters: the measure (R, T, S or a dimension; no T − S at the
 * national level), the earlier year of the gap trend (the first year by default) and up to four
 * extra countries for the chart over time. Any level other than the national one is dropped.
 */
import type { MetaResponse } from '../../api/client'
import { listOf, messageNotice, type Notice, type Param } from '../../app/params'
import type { ViewState } from '../../app/url-state'
import { compareYearParam, measureParam } from '../../kit/params'
import type { ParamContext } from '../../kit/use-view-params'
import { countryCodes, EU_AVERAGE, INTL_MEASURES, MAX_EXTRA, SUBJECT } from './international-model'

/** This view is the national level: another level is dropped with a notice. */
export function nationalOnly(state: ViewState, _meta: MetaResponse): { state: ViewState; notices: Notice[] } {
  if (state.level === undefined || state.level === 'national') return { state, notices: [] }
  return { state: { ...state, level: undefined }, notices: [messageNotice('notice.nationalOnly', {})] }
}

/** ?vergelijkjaar here always has a value: the first year in the data unless an earlier one is chosen. */
const fromParam: Param<number | undefined, ParamContext> = {
  ...compareYearParam,
  fallback: ({ state, meta }) => (meta.years.some((y) => y < state.year) ? meta.years[0] : state.year),
}

export const INTL_PARAMS = {
  metric: measureParam(INTL_MEASURES, 'R'),
  from: fromParam,
  countries: listOf<ParamContext>('land', (c, { meta }) => c !== SUBJECT && c !== EU_AVERAGE && countryCodes(meta).includes(c), MAX_EXTRA),
}
