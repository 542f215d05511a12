/**
 * Parameters that more than one view declares, defined once so they read and fail the same way
 * everywhere: the comparison year and the measure.
 */
import { oneOf, messageNotice, yearOf, type Notice, type Param } from '../app/params'
import type { ViewState } from '../app/url-state'
import type { ParamContext } from './use-view-params'

/** ?vergelijkjaar: an earlier year in the data to compare the chosen year with; absent = off. */
export const compareYearParam: Param<number | undefined, ParamContext> = {
  ...yearOf<ParamContext>('vergelijkjaar', (y, { state, meta }) => meta.years.includes(y) && y < state.year, () => undefined),
  notice: (raw, { state }) => messageNotice('notice.badCompareYear', { value: raw, year: state.year }),
}

/** ?maat: what a map, ranking or matrix shows, one of the given measures (readiness R by default). */
export function measureParam<const V extends string>(values: readonly V[], fallback: V): Param<V, ParamContext> {
  return oneOf<V, ParamContext>('maat', values, fallback)
}

/**
 * Views without a national figure per province or sector (sectors, comparison): a request for the
 * national level is dropped with a notice, the same on both views.
 */
export function withoutNationalLevel(state: ViewState): { state: ViewState; notices: Notice[] } {
  if (state.level !== 'national') return { state, notices: [] }
  return { state: { ...state, level: undefined }, notices: [messageNotice('notice.nationalLevel', {})] }
}
