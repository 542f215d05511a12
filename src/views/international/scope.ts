/** What every figure of the international view knows: the data per country and year, the chosen measure, the words. */
import type { ViewState } from '../../app/url-state'
import type { RankedUnit } from '../../domain/compare'
import type { Dimension } from '../../domain/framework'
import type { Verdict } from '../../domain/indices'
import { gapTrendWord, type GapTrend } from '../../domain/trends'
import { message } from '../../i18n/messages'
import { scopeOf, type Scope, type Words } from '../../kit/words'
import { EU_AVERAGE, measureRow, measureRows, ranking, SUBJECT, type CountryYears, type IntlMeasure, type IntlWords, type MeasureRow } from './international-model'
import { internationalMessages, type InternationalMessageKey } from './messages'

export const im = (w: Words, key: InternationalMessageKey, values?: Record<string, string | number>) => message(internationalMessages, w.lang, key, values)

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

export interface IntlScope extends Scope {
  data: CountryYears
  names: IntlWords
  /** the countries that take part in ranks (every country but the EU average) */
  countries: string[]
  /** the first year to the chosen one */
  years: number[]
  metric: IntlMeasure
  fromYear: number
  /** extra countries in the chart over time */
  extra: string[]
  ranked: RankedUnit[]
  /** the chosen measure: NL against the EU and the leader */
  row: MeasureRow
  /** every measure */
  rows: MeasureRow[]
  metricName: string
  metricInSentence: string
  /** the countries in the chart over time */
  timeIds: string[]
}

export function intlScope(state: ViewState, w: Words, data: CountryYears, countries: string[], v: { metric: IntlMeasure; fromYear: number; extra: string[] }): IntlScope {
  const measureName = (x: IntlMeasure) => (x === 'R' || x === 'T' || x === 'S' ? im(w, `metric.${x}`) : w.dimension(x as Dimension))
  const row = measureRow(data, countries, v.metric, state.year, v.fromYear)
  const rival = row.rival?.rival
  return {
    ...scopeOf(state, w),
    data,
    names: {
      lang: w.lang,
      countryName: w.region,
      measureName,
      missing: w.missing,
      thin: w.t('status.lowReliability'),
      verdict: (x: Verdict) => w.verdict(x),
      trend: (x: GapTrend) => gapTrendWord(x, w.lang),
    },
    countries,
    years: w.meta.years.filter((y) => y <= state.year),
    metric: v.metric,
    fromYear: v.fromYear,
    extra: v.extra,
    ranked: ranking(data, countries, state.year, v.metric),
    row,
    rows: measureRows(data, countries, state.year, v.fromYear),
    metricName: measureName(v.metric),
    metricInSentence: v.metric.length === 1 ? lowerFirst(measureName(v.metric)) : measureName(v.metric),
    timeIds: [SUBJECT, EU_AVERAGE, ...(rival && rival !== SUBJECT ? [rival] : []), ...v.extra.filter((c) => c !== rival)],
  }
}
