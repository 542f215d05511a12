/**
 * From the API answer to what the international benchmark shows: every country's measures per
 * year, the ranking with rank ranges, the Netherlands against the EU average, the distance to the
 * leader and its trend, and the prepared chart rows (the settings come from params.ts). Pure: no React, no fetching. The statistics live in
 * src/domain (compare.ts: rank ranges; trends.ts: changes and the gap trend).
 */
import type { MetaResponse, ScoreRow } from '../../api/client'
import { rankRanges, type RankedUnit } from '../../domain/compare'
import { DIMENSIONS, PILLAR_INFO, type Dimension, type Lang } from '../../domain/framework'
import { formatDiff, formatScore } from '../../domain/format'
import { metricOf, unitsBy, type UnitSummary } from '../../domain/groups'
import { difference, verdictOf, type Indicator, type Verdict } from '../../domain/indices'
import { gapTrend, rivalOf, yearSeries, type GapTrend, type GapTrendResult, type Rival, type YearValue } from '../../domain/trends'
import type { DotRow } from '../../charts/DotIntervalPlot'
import type { MapCountry } from '../../charts/EuropeMap'
import { PILLAR_COLOR, PILLAR_TEXT } from '../../charts/colors'
import { classOf, colorClasses, type ColorClass } from '../../charts/tile-scale'
import type { TrendSeries } from '../../charts/TrendChart'

export const SUBJECT = 'NL'
export const EU_AVERAGE = 'EU27'
/** Extra countries in the chart over time, besides the Netherlands, the EU average and the leader. */
export const MAX_EXTRA = 4

export type IntlMeasure = 'R' | 'T' | 'S' | Dimension
export const INTL_MEASURES: readonly IntlMeasure[] = ['R', 'T', 'S', ...DIMENSIONS]

export function isIntlMeasure(v: string | undefined): v is IntlMeasure {
  return v !== undefined && (INTL_MEASURES as readonly string[]).includes(v)
}

/** Country codes at the national level, as the API's meta lists them (the Netherlands first). */
export function countryCodes(meta: MetaResponse): string[] {
  return meta.regions.filter((r) => r.kind === 'country').map((r) => r.code)
}

/** A country's summary per year. */
export type CountryYears = Map<number, Map<string, UnitSummary>>

export function countryYears(rows: readonly ScoreRow[], years: readonly number[]): CountryYears {
  return new Map(years.map((y) => [y, unitsBy(rows.filter((r) => r.year === y), ['region'])]))
}

const MISSING: Indicator = { kind: 'none', reason: 'missing' }

export function valueOf(data: CountryYears, country: string, year: number, measure: IntlMeasure): Indicator {
  const u = data.get(year)?.get(country)
  return u ? metricOf(u, measure) : MISSING
}

/** Countries that take part in ranks and the leader: every country except the EU average. */
export function rankedCountries(meta: MetaResponse): string[] {
  return countryCodes(meta).filter((c) => c !== EU_AVERAGE)
}

export function ranking(data: CountryYears, countries: readonly string[], year: number, measure: IntlMeasure): RankedUnit[] {
  return rankRanges(countries.map((id) => ({ id, score: valueOf(data, id, year, measure) })))
}

/** One measure: the Netherlands against the EU average, its rank, and the distance to the leader. */
export interface MeasureRow {
  measure: IntlMeasure
  nl: Indicator
  eu: Indicator
  /** NL − EU27 */
  diffEu: Indicator
  verdictEu: Verdict
  rank?: RankedUnit
  rival?: Rival
  gap?: GapTrendResult
}

export function measureRow(data: CountryYears, countries: readonly string[], measure: IntlMeasure, year: number, fromYear: number): MeasureRow {
  const nl = valueOf(data, SUBJECT, year, measure)
  const eu = valueOf(data, EU_AVERAGE, year, measure)
  const diffEu = difference(nl, eu)
  const ranked = ranking(data, countries, year, measure)
  const rival = rivalOf(
    SUBJECT,
    countries.map((id) => ({ id, score: valueOf(data, id, year, measure) })),
  )
  const gap = rival
    ? gapTrend(
        { from: valueOf(data, SUBJECT, fromYear, measure), to: nl },
        { from: valueOf(data, rival.rival, fromYear, measure), to: valueOf(data, rival.rival, year, measure) },
        rival.subjectLeads,
      )
    : undefined
  return { measure, nl, eu, diffEu, verdictEu: verdictOf(diffEu), rank: ranked.find((r) => r.id === SUBJECT), rival, gap }
}

export function measureRows(data: CountryYears, countries: readonly string[], year: number, fromYear: number): MeasureRow[] {
  return INTL_MEASURES.map((m) => measureRow(data, countries, m, year, fromYear))
}

/** The distance rival − NL in every year of the span (missing where either has no value). */
export function gapSeries(data: CountryYears, rival: string, years: readonly number[], measure: IntlMeasure): YearValue[] {
  return yearSeries(years, (y) => difference(valueOf(data, rival, y, measure), valueOf(data, SUBJECT, y, measure)))
}

/** Rank range as text: "3" or "2–5". */
export function rankText(r: RankedUnit | undefined): string {
  if (!r || r.best === undefined || r.worst === undefined) return '—'
  return r.best === r.worst ? String(r.best) : `${r.best}–${r.worst}`
}

/** Words the builders need, in the reader's language. */
export interface IntlWords {
  lang: Lang
  countryName: (code: string) => string
  measureName: (m: IntlMeasure) => string
  missing: (reason: 'suppressed' | 'missing') => string
  thin: string
  verdict: (v: Verdict) => string
  trend: (t: GapTrend) => string
}

function measureStyle(m: IntlMeasure): Pick<DotRow, 'color' | 'textColor' | 'shape' | 'dashed'> {
  if (m === 'R') return { color: '#1a1a1a', textColor: '#1a1a1a', shape: 'diamond' }
  const pillar = m.startsWith('T') ? 'technological' : 'social'
  return { color: PILLAR_COLOR[pillar], textColor: PILLAR_TEXT[pillar], shape: pillar === 'technological' ? 'circle' : 'square', dashed: pillar === 'social' }
}

function groupOf(m: IntlMeasure, composite: string, pillarLabel: (p: 'technological' | 'social') => string): string | undefined {
  if (m === 'R') return composite
  if (m === PILLAR_INFO.technological.dimensions[0]) return pillarLabel('technological')
  if (m === PILLAR_INFO.social.dimensions[0]) return pillarLabel('social')
  return undefined
}

/** The ranking as dot rows, highest first, the Netherlands highlighted. */
export function rankRows(ranked: readonly RankedUnit[], measure: IntlMeasure, w: IntlWords): DotRow[] {
  return ranked.map((r) => ({
    id: r.id,
    label: w.countryName(r.id),
    prefix: rankText(r),
    highlight: r.id === SUBJECT,
    ...measureStyle(measure),
    ...(r.score.kind === 'score'
      ? { value: r.score.value, ciLow: r.score.ciLow, ciHigh: r.score.ciHigh, text: formatScore(r.score, w.lang), faint: r.score.status === 'low_reliability' }
      : { missingText: w.missing(r.score.reason) }),
  }))
}

/** NL − EU27 per measure; open markers where the difference is within the margin. */
export function euRows(rows: readonly MeasureRow[], w: IntlWords, composite: string, pillarLabel: (p: 'technological' | 'social') => string): DotRow[] {
  return rows.map((r) => ({
    id: r.measure,
    label: w.measureName(r.measure),
    groupStart: groupOf(r.measure, composite, pillarLabel),
    ...measureStyle(r.measure),
    ...(r.diffEu.kind === 'score'
      ? { value: r.diffEu.value, ciLow: r.diffEu.ciLow, ciHigh: r.diffEu.ciHigh, text: formatDiff(r.diffEu, w.lang), hollow: r.verdictEu === 'similar', faint: r.diffEu.status === 'low_reliability' }
      : { missingText: w.missing(r.diffEu.reason) }),
  }))
}

/** Change of the distance to the leader per measure; open markers where it is within the margin. */
export function gapRows(rows: readonly MeasureRow[], w: IntlWords, composite: string, pillarLabel: (p: 'technological' | 'social') => string): DotRow[] {
  return rows.map((r) => {
    const base = { id: r.measure, label: `${w.measureName(r.measure)} · ${r.rival ? w.countryName(r.rival.rival) : '—'}`, groupStart: groupOf(r.measure, composite, pillarLabel), ...measureStyle(r.measure) }
    const c = r.gap?.change
    if (!c || c.kind === 'none') return { ...base, missingText: w.missing(c && c.kind === 'none' ? c.reason : 'missing') }
    const clear = r.gap!.trend !== 'no_significant_change'
    // the trend in words only where it is clear; an open marker says "within the margin"
    const text = clear ? `${formatDiff(c, w.lang)} ${w.trend(r.gap!.trend)}` : formatDiff(c, w.lang)
    return { ...base, value: c.value, ciLow: c.ciLow, ciHigh: c.ciHigh, text, hollow: !clear, faint: c.status === 'low_reliability' }
  })
}

/** Colour classes for the map (sequential; the EU average is not a country and not on the map). */
export function mapClasses(ranked: readonly RankedUnit[]): ColorClass[] {
  return colorClasses(
    ranked.flatMap((r) => (r.score.kind === 'score' ? [r.score.value] : [])),
    'sequential',
  )
}

export function mapCountries(ranked: readonly RankedUnit[], classes: readonly ColorClass[], w: IntlWords, details: (r: RankedUnit) => string[], chosen: ReadonlySet<string>): MapCountry[] {
  return ranked.map((r) => {
    const base = { id: r.id, name: w.countryName(r.id), details: details(r), selected: chosen.has(r.id), subject: r.id === SUBJECT }
    if (r.score.kind === 'none') return { ...base, text: r.score.reason === 'suppressed' ? 'n < 10' : '—' }
    const c = classOf(r.score.value, classes)
    return { ...base, text: formatScore(r.score, w.lang), fill: c.fill, ink: c.ink }
  })
}

/** Line styles for the chart over time: the Netherlands bold, the EU average grey and dashed. */
const LINE_STYLES: readonly Pick<TrendSeries, 'color' | 'textColor' | 'shape' | 'dashed'>[] = [
  { color: '#007a5a', textColor: '#006048', shape: 'diamond' },
  { color: '#a0507f', textColor: '#8a4069', shape: 'circle', dashed: true },
  { color: '#8a5a00', textColor: '#744b00', shape: 'square' },
  { color: '#5b4ea8', textColor: '#4b3f94', shape: 'diamond', dashed: true },
  { color: '#2f6f8f', textColor: '#245a75', shape: 'square', dashed: true },
]

/** The countries over time: NL, the EU average, the rival (leader or runner-up) and the chosen ones. */
export function timeSeries(data: CountryYears, years: readonly number[], measure: IntlMeasure, ids: readonly string[], w: IntlWords): TrendSeries[] {
  let next = 0
  return ids.map((id) => {
    const style =
      id === SUBJECT
        ? { color: '#154273', textColor: '#154273', shape: 'circle' as const, emphasis: true }
        : id === EU_AVERAGE
          ? { color: '#595959', textColor: '#4d4d4d', shape: 'square' as const, dashed: true, emphasis: false }
          : { ...LINE_STYLES[next++ % LINE_STYLES.length], emphasis: false }
    return {
      id,
      // the EU average is labelled by its code at the line's end; the legend gives the full name
      label: id === EU_AVERAGE ? EU_AVERAGE : w.countryName(id),
      ...style,
      points: years.map((y) => {
        const v = valueOf(data, id, y, measure)
        return v.kind === 'score'
          ? { year: y, value: v.value, ciLow: v.ciLow, ciHigh: v.ciHigh, text: formatScore(v, w.lang), faint: v.status === 'low_reliability' }
          : { year: y, missingText: w.missing(v.reason) }
      }),
    }
  })
}

/** The distance to the rival as one series, with its CI band. */
export function gapTrendSeries(series: readonly YearValue[], label: string, w: IntlWords): TrendSeries {
  return {
    id: 'gap',
    label,
    color: '#154273',
    textColor: '#154273',
    shape: 'circle',
    emphasis: true,
    points: series.map((p) =>
      p.value.kind === 'score'
        ? { year: p.year, value: p.value.value, ciLow: p.value.ciLow, ciHigh: p.value.ciHigh, text: formatDiff(p.value, w.lang), faint: p.value.status === 'low_reliability' }
        : { year: p.year, missingText: w.missing(p.value.reason) },
    ),
  }
}

/** Every bound in a set of series (for one axis). */
export function seriesBounds(series: readonly TrendSeries[]): number[] {
  return series.flatMap((s) => s.points.flatMap((p) => (p.value !== undefined ? [p.ciLow ?? p.value, p.ciHigh ?? p.value] : [])))
}

