/**
 * The certainty vocabulary and the size bands (issue #16 item 3, ADR 0009): two separate things
 * said with fixed words.
 *
 * - Certainty: whether the data show a difference, i.e. whether the 95% interval of the difference
 *   excludes zero. Words: "aantoonbaar" / "shown". The word "duidelijk" / "clearly" is not used
 *   anywhere in the product: policymakers read it as "large", while it only meant "statistically
 *   clear" (case W3: Gemeenten −0,03 "clearly below average").
 * - Size: how large a difference is on the 1–5 scale, in four bands. Titles lead with the size
 *   and never call a negligible difference by a strong word.
 *
 * Pure; every view imports its verdict, change and size words from here.
 */
import type { Lang } from './framework'
import { formatDiff, roundEstimate, type IntervalFigure } from './format'
import type { Verdict } from './indices'

/**
 * The words the product never writes, because they read as "large" while they meant "statistically
 * clear" (W3). Tests check generated texts against this pattern; it is the one place they appear.
 */
export const AVOIDED_WORDS = /duidelijk|clearly/i

/** Whether the data show a difference (its 95% interval excludes zero). */
export type Certainty = 'shown' | 'not_shown' | 'unknown'

/** Certainty of a verdict: higher/lower are shown, similar is not shown, unknown stays unknown. */
export function certaintyOf(verdict: Verdict): Certainty {
  return verdict === 'higher' || verdict === 'lower' ? 'shown' : verdict === 'similar' ? 'not_shown' : 'unknown'
}

const CERTAINTY_WORD: Record<Lang, Record<Certainty, string>> = {
  nl: { shown: 'aantoonbaar', not_shown: 'niet aantoonbaar', unknown: 'niet te bepalen' },
  en: { shown: 'shown by the data', not_shown: 'not shown by the data', unknown: 'cannot be determined' },
}

/** "aantoonbaar" / "shown by the data", "niet aantoonbaar" / "not shown by the data". */
export function certaintyWord(c: Certainty, lang: Lang): string {
  return CERTAINTY_WORD[lang][c]
}

/** The size of a difference on the 1–5 scale. */
export type SizeBand = 'negligible' | 'small' | 'medium' | 'large'
export const SIZE_BANDS: readonly SizeBand[] = ['negligible', 'small', 'medium', 'large']

/**
 * Lower limits of the bands, in scale points (|difference|): negligible below 0.1 (less than the
 * scale's printed precision), small from 0.1, medium from 0.3, large from 0.6 (more than half a
 * maturity step). With respondents' sd of 0.65–0.9 on the scale (demo data, 2025) these are about
 * Cohen's d 0.15, 0.4 and 0.75: the conventional small, medium and large effects. The methodology
 * page states and explains them.
 */
export const SIZE_LIMITS = { small: 0.1, medium: 0.3, large: 0.6 } as const

/**
 * The size band of a difference. Given the figure with its interval, the band of its estimate as
 * printed by the rounding rule (so "0,10" is never called negligible); given a bare number, of it.
 */
export function sizeBand(d: number | IntervalFigure): SizeBand {
  const v = Math.abs(typeof d === 'number' ? d : roundEstimate(d, 'difference').value)
  if (v >= SIZE_LIMITS.large) return 'large'
  if (v >= SIZE_LIMITS.medium) return 'medium'
  if (v >= SIZE_LIMITS.small) return 'small'
  return 'negligible'
}

const SIZE_WORD: Record<Lang, Record<SizeBand, string>> = {
  nl: { negligible: 'verwaarloosbaar', small: 'klein', medium: 'middelgroot', large: 'groot' },
  en: { negligible: 'negligible', small: 'small', medium: 'moderate', large: 'large' },
}

/** "klein" / "small" … for "een klein verschil" / "a small difference". */
export function sizeWord(band: SizeBand, lang: Lang): string {
  return SIZE_WORD[lang][band]
}

/** Direction of a difference, for comparatives. */
export type Direction = 'higher' | 'lower'

const COMPARATIVE: Record<Lang, Record<Direction, Record<SizeBand, string>>> = {
  nl: {
    higher: { negligible: 'nauwelijks hoger', small: 'iets hoger', medium: 'hoger', large: 'veel hoger' },
    lower: { negligible: 'nauwelijks lager', small: 'iets lager', medium: 'lager', large: 'veel lager' },
  },
  en: {
    higher: { negligible: 'barely higher', small: 'slightly higher', medium: 'higher', large: 'much higher' },
    lower: { negligible: 'barely lower', small: 'slightly lower', medium: 'lower', large: 'much lower' },
  },
}

/** A comparative that carries the size: "iets hoger" / "slightly higher", "veel lager" / "much lower". */
export function comparative(direction: Direction, band: SizeBand, lang: Lang): string {
  return COMPARATIVE[lang][direction][band]
}

const AHEAD: Record<Lang, Record<SizeBand, string>> = {
  nl: { negligible: 'nauwelijks', small: 'iets', medium: '', large: 'ver' },
  en: { negligible: 'barely', small: 'slightly', medium: '', large: 'far' },
}

/** The adverb before "voor" / "ahead": "iets" / "slightly", "" for medium, "ver" / "far". */
export function aheadAdverb(band: SizeBand, lang: Lang): string {
  return AHEAD[lang][band]
}

const CHANGE_ADVERB: Record<Lang, Record<SizeBand, string>> = {
  nl: { negligible: 'nauwelijks', small: 'licht', medium: '', large: 'sterk' },
  en: { negligible: 'barely', small: 'slightly', medium: '', large: 'strongly' },
}

/** The adverb of a rise or fall: "licht" / "slightly" (small), "" (medium), "sterk" / "strongly" (large). */
export function changeAdverb(band: SizeBand, lang: Lang): string {
  return CHANGE_ADVERB[lang][band]
}

const VERDICT_WORD: Record<Lang, Record<Verdict, string>> = {
  nl: { higher: 'aantoonbaar hoger', lower: 'aantoonbaar lager', similar: 'geen aantoonbaar verschil', unknown: 'niet te bepalen' },
  en: { higher: 'higher (shown)', lower: 'lower (shown)', similar: 'no difference shown', unknown: 'cannot be determined' },
}

/** The verdict of a difference in a table or tooltip: certainty only, the size is in the number beside it. */
export function verdictWord(v: Verdict, lang: Lang): string {
  return VERDICT_WORD[lang][v]
}

/**
 * A difference with its size and its certainty, for a sentence: "+0,2: klein, aantoonbaar" /
 * "+0.2: small, shown by the data". The number prints by the rounding rule.
 */
export function sizedDifference(f: IntervalFigure, lang: Lang): string {
  const certainty: Certainty = f.ciLow > 0 || f.ciHigh < 0 ? 'shown' : 'not_shown'
  return `${formatDiff(f, lang)}: ${sizeWord(sizeBand(f), lang)}, ${certaintyWord(certainty, lang)}`
}
