/**
 * Change over time: a unit's value per year, the change between two years, year-on-year changes,
 * and the trend of a gap to the leading unit. The same rule as everywhere (FRAMEWORK.md): a
 * change is an increase or a decrease only when the 95% CI of the difference excludes zero.
 * A year without a value stays missing: nothing here fills in, carries forward or bridges a gap.
 * Pure; the wording (nl and en) sits beside the rules so both are tested together.
 */
import type { Lang } from './framework'
import { formatDiff, formatScore } from './format'
import { difference, verdictOf, type Indicator, type NoScore, type Score } from './indices'
import { changeAdverb, sizeBand } from './vocabulary'

/** A unit's value in one year; `value` is a NoScore when the year is missing or suppressed. */
export interface YearValue {
  year: number
  value: Indicator
}

export type Change = 'increase' | 'decrease' | 'no_clear_change' | 'unknown'

/** The change of one value from one year to a later one. */
export interface YearChange {
  from: number
  to: number
  /** value(to) − value(from), se = √(se_from² + se_to²) (the two years are independent samples) */
  diff: Indicator
  change: Change
}

const MISSING: NoScore = { kind: 'none', reason: 'missing' }

/** Increase or decrease only when the 95% CI of the difference excludes zero. */
export function changeOf(diff: Indicator): Change {
  const v = verdictOf(diff)
  return v === 'higher' ? 'increase' : v === 'lower' ? 'decrease' : v === 'similar' ? 'no_clear_change' : 'unknown'
}

export function changeBetween(from: YearValue, to: YearValue): YearChange {
  const diff = difference(to.value, from.value)
  return { from: from.year, to: to.year, diff, change: changeOf(diff) }
}

/**
 * Every calendar year from the first to the last of the given years (sorted, no duplicates): a
 * year that is absent from the data altogether (case I5: no 2021 rows at all) is still a year on
 * the time axis, with no value, like a suppressed one. Empty in, empty out.
 */
export function calendarYears(years: readonly number[]): number[] {
  if (years.length === 0) return []
  const first = Math.min(...years)
  const last = Math.max(...years)
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/**
 * One entry per calendar year from the first to the last given year (calendarYears); a year
 * without a value, or absent from the data, is missing, never filled in.
 */
export function yearSeries(years: readonly number[], valueAt: (year: number) => Indicator | undefined): YearValue[] {
  return calendarYears(years).map((year) => ({ year, value: valueAt(year) ?? MISSING }))
}

/**
 * For each entry after the first, the change from the calendar year before it. When either year
 * has no value, or the year before is not in the series, the change is unknown: a change is never
 * computed across a gap, so 2020 → 2022 is not reported as the change of 2022 when 2021 is missing.
 */
export function yearOnYear(series: readonly YearValue[]): YearChange[] {
  return series.slice(1).map((to, i) => {
    const from = series[i]
    if (from.year !== to.year - 1) return { from: to.year - 1, to: to.year, diff: MISSING, change: 'unknown' as const }
    return changeBetween(from, to)
  })
}

/** The value in a given year (missing when the series has no such year). */
export function valueIn(series: readonly YearValue[], year: number): Indicator {
  return series.find((p) => p.year === year)?.value ?? MISSING
}

/**
 * The change over the period: from the first to the last year that have a value. Undefined with
 * fewer than two such years. The years used are returned, so the text can say "since 2021" when
 * 2019 and 2020 are missing.
 */
export function periodChange(series: readonly YearValue[]): YearChange | undefined {
  const scored = series.filter((p) => p.value.kind === 'score')
  if (scored.length < 2) return undefined
  return changeBetween(scored[0], scored[scored.length - 1])
}

/**
 * Runs of consecutive entries that have a value. A line is drawn per run, so it breaks at every
 * missing or suppressed year instead of joining the years on either side.
 */
export function runs(series: readonly YearValue[]): { year: number; value: Score }[][] {
  const out: { year: number; value: Score }[][] = []
  let current: { year: number; value: Score }[] = []
  for (const p of series) {
    if (p.value.kind === 'score') current.push({ year: p.year, value: p.value })
    else if (current.length > 0) {
      out.push(current)
      current = []
    }
  }
  if (current.length > 0) out.push(current)
  return out
}

/** Counts of the kinds of change, e.g. for a takeaway title. */
export function countChanges(changes: readonly (YearChange | undefined)[]): Record<Change, number> {
  const c: Record<Change, number> = { increase: 0, decrease: 0, no_clear_change: 0, unknown: 0 }
  for (const x of changes) c[x ? x.change : 'unknown'] += 1
  return c
}

/** The leader in one year and the unit the subject is measured against. */
export interface Rival {
  /** the unit with the highest value (ties by id) */
  leader: string
  /** the leader, or — when the subject itself leads — the runner-up */
  rival: string
  subjectLeads: boolean
}

/**
 * The leader among units with a value in one year. The subject is compared with the leader;
 * when the subject is the leader, with the runner-up. Undefined when the subject or every other
 * unit has no value.
 */
export function rivalOf(subject: string, items: readonly { id: string; score: Indicator }[]): Rival | undefined {
  const scored = items
    .filter((x): x is { id: string; score: Score } => x.score.kind === 'score')
    .sort((a, b) => b.score.value - a.score.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (!scored.some((x) => x.id === subject) || scored.length < 2) return undefined
  const leader = scored[0].id
  if (leader !== subject) return { leader, rival: leader, subjectLeads: false }
  return { leader, rival: scored[1].id, subjectLeads: true }
}

/**
 * What happened to the subject's standing against its rival between two years:
 * catching up / falling behind (the subject is behind the leader in the later year), pulling
 * ahead / being caught up (the subject leads and is compared with the runner-up), or no
 * significant change.
 */
export type GapTrend = 'catching_up' | 'falling_behind' | 'pulling_ahead' | 'being_caught_up' | 'no_significant_change' | 'unknown'

export interface GapTrendResult {
  /** rival − subject in the first year: how far the subject is behind (negative: ahead) */
  gapFrom: Indicator
  /** the same in the later year */
  gapTo: Indicator
  /** gapTo − gapFrom; se = √(se_gapFrom² + se_gapTo²), i.e. of all four estimates */
  change: Indicator
  trend: GapTrend
}

/**
 * The trend of the gap between the subject and its rival, by the same CI rule: the gap grew
 * when the 95% CI of its change lies wholly above zero, shrank when wholly below. The rival is
 * fixed (the leader of the later year), so the two gaps measure the same pair.
 */
export function gapTrend(
  subject: { from: Indicator; to: Indicator },
  rival: { from: Indicator; to: Indicator },
  subjectLeads: boolean,
): GapTrendResult {
  const gapFrom = difference(rival.from, subject.from)
  const gapTo = difference(rival.to, subject.to)
  const change = difference(gapTo, gapFrom)
  const c = changeOf(change)
  // gap = rival − subject: when the subject leads, the gap is negative and a decrease means a wider lead
  const trend: GapTrend =
    c === 'unknown'
      ? 'unknown'
      : c === 'no_clear_change'
        ? 'no_significant_change'
        : subjectLeads
          ? c === 'decrease'
            ? 'pulling_ahead'
            : 'being_caught_up'
          : c === 'decrease'
            ? 'catching_up'
            : 'falling_behind'
  return { gapFrom, gapTo, change, trend }
}

// ——— wording ———

const CHANGE_WORD: Record<Lang, Record<Change, string>> = {
  nl: { increase: 'aantoonbare toename', decrease: 'aantoonbare afname', no_clear_change: 'geen aantoonbare verandering', unknown: 'niet te bepalen' },
  en: { increase: 'increase (shown)', decrease: 'decrease (shown)', no_clear_change: 'no change shown', unknown: 'cannot be determined' },
}

/** "aantoonbare toename" / "increase (shown)", "geen aantoonbare verandering" / "no change shown" (the certainty vocabulary). */
export function changeWord(change: Change, lang: Lang): string {
  return CHANGE_WORD[lang][change]
}

const TREND_WORD: Record<Lang, Record<GapTrend, string>> = {
  nl: {
    catching_up: 'loopt in',
    falling_behind: 'raakt achterop',
    pulling_ahead: 'loopt verder uit',
    being_caught_up: 'wordt ingelopen',
    no_significant_change: 'geen aantoonbare verandering',
    unknown: 'niet te bepalen',
  },
  en: {
    catching_up: 'catching up',
    falling_behind: 'falling behind',
    pulling_ahead: 'pulling ahead',
    being_caught_up: 'being caught up',
    no_significant_change: 'no change shown',
    unknown: 'cannot be determined',
  },
}

/** The short word for a gap trend: "loopt in" / "catching up", "raakt achterop" / "falling behind". */
export function gapTrendWord(trend: GapTrend, lang: Lang): string {
  return TREND_WORD[lang][trend]
}

/**
 * How a change reads in a sentence about a measure (also a chart title): the size first, then the
 * values, the change and its certainty: "Gereedheid steeg licht van 3,1 (2019) naar 3,3 (2025)
 * (+0,2; aantoonbaar)". The change is judged by the CI rule (changeBetween); every figure prints
 * by the rounding rule.
 */
export function changeSentence(measure: string, from: { year: number; value: Score }, to: { year: number; value: Score }, lang: Lang): string {
  const c = changeBetween(from, to)
  const change = c.change
  const diff = c.diff as Score
  const a = `${formatScore(from.value, lang)} (${from.year})`
  const b = `${formatScore(to.value, lang)} (${to.year})`
  const d = formatDiff(diff, lang)
  const adverb = changeAdverb(sizeBand(diff), lang)
  const how = adverb ? ` ${adverb}` : ''
  if (lang === 'nl') {
    if (change === 'increase') return `${measure} steeg${how} van ${a} naar ${b} (${d}; aantoonbaar).`
    if (change === 'decrease') return `${measure} daalde${how} van ${a} naar ${b} (${d}; aantoonbaar).`
    return `${measure}: ${a} en ${b} (${d}). Een verandering is niet aantoonbaar: het verschil valt binnen de foutmarge.`
  }
  if (change === 'increase') return `${measure} rose${how} from ${a} to ${b} (${d}; shown by the data).`
  if (change === 'decrease') return `${measure} fell${how} from ${a} to ${b} (${d}; shown by the data).`
  return `${measure}: ${a} and ${b} (${d}). No change is shown: the difference is within the margin of error.`
}

/** The subject's standing against its rival in words: "0,3 punt achter" / "0.3 points behind", "0,1 punt voor", "gelijk". */
export function standingWords(gap: Score, lang: Lang): string {
  // the gap's size as the rounding rule prints it, without its sign
  const size = formatDiff(gap, lang).replace(/^[+\u2212]/, '')
  if (Number(size.replace(',', '.')) === 0) return lang === 'nl' ? 'gelijk' : 'level'
  if (lang === 'nl') return `${size} punt ${gap.value > 0 ? 'achter' : 'voor'}`
  return `${size} points ${gap.value > 0 ? 'behind' : 'ahead'}`
}

/**
 * One sentence on the trend of the gap, e.g. "Nederland raakt achterop bij Denemarken: op
 * gereedheid van 0,3 punt achter (2019) naar 0,5 punt achter (2025)."
 */
export function gapTrendSentence(
  names: { subject: string; rival: string; measure: string },
  years: { from: number; to: number },
  result: GapTrendResult,
  lang: Lang,
): string {
  const s = sentenceOfGapTrend(names, years, result, lang)
  // names may start in lower case ("the Netherlands"); a sentence does not
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function sentenceOfGapTrend(
  names: { subject: string; rival: string; measure: string },
  years: { from: number; to: number },
  result: GapTrendResult,
  lang: Lang,
): string {
  const { subject, rival, measure } = names
  if (result.gapFrom.kind === 'none' || result.gapTo.kind === 'none') {
    return lang === 'nl'
      ? `Of de afstand tussen ${subject} en ${rival} op ${measure} veranderde, is niet te bepalen: voor ${years.from} of ${years.to} ontbreken cijfers.`
      : `Whether the distance between ${subject} and ${rival} in ${measure} changed cannot be determined: figures for ${years.from} or ${years.to} are missing.`
  }
  const from = `${standingWords(result.gapFrom, lang)} (${years.from})`
  const to = `${standingWords(result.gapTo, lang)} (${years.to})`
  if (lang === 'nl') {
    const path = `op ${measure} van ${from} naar ${to}`
    switch (result.trend) {
      case 'catching_up':
        return `${subject} loopt in op ${rival}: ${path}.`
      case 'falling_behind':
        return `${subject} raakt achterop bij ${rival}: ${path}.`
      case 'pulling_ahead':
        return `${subject} loopt verder uit op ${rival}: ${path}.`
      case 'being_caught_up':
        return `${rival} loopt in op ${subject}: ${path}.`
      default:
        return `Geen aantoonbare verandering tussen ${subject} en ${rival}: ${path}. Dat verschil valt binnen de foutmarge.`
    }
  }
  const path = `in ${measure}, from ${from} to ${to}`
  switch (result.trend) {
    case 'catching_up':
      return `${subject} is catching up with ${rival}: ${path}.`
    case 'falling_behind':
      return `${subject} is falling behind ${rival}: ${path}.`
    case 'pulling_ahead':
      return `${subject} is pulling further ahead of ${rival}: ${path}.`
    case 'being_caught_up':
      return `${rival} is catching up with ${subject}: ${path}.`
    default:
      return `No change shown between ${subject} and ${rival}: ${path}. That change is within the margin of error.`
  }
}
