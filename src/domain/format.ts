/**
 * Numbers the way the reader writes them (nl-NL: 3,4 and n = 1.234; en-GB: 3.4 and n = 1,234),
 * and the one rounding rule for estimates (issue #16, methodology page "Afronding"). Pure, no React.
 *
 * The rounding rule, for an estimate with its 95% interval:
 * 1. Estimate and interval are printed with the same number of decimals, starting at one (the
 *    scale's precision, FRAMEWORK.md). Rounding is monotone, so the printed estimate always lies
 *    inside its printed interval.
 * 2. When the interval would print as a single point (its bounds equal at one decimal), a second
 *    decimal is added, so a narrow interval stays visible: 3,29 (3,28 – 3,29), not 3,3 (3,3 – 3,3).
 * 3. A difference whose interval excludes zero (a difference shown by the data) gets decimals
 *    until its estimate and both bounds print with that sign: −0,05 (−0,07 – −0,02), never 0,0.
 * 4. Zero prints without a sign ("0,0", never "−0,0" or "+0,0"). On screen the minus is U+2212;
 *    CSV keeps ASCII "-" so spreadsheets read a number (see csv-export.ts).
 * The decimals depend only on the figure itself, so the same figure prints the same on every
 * view, table, tooltip and file.
 */
import type { Lang } from './framework'

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' }
const cache = new Map<string, Intl.NumberFormat>()

/** The typographic minus sign used on screen. */
export const MINUS = '\u2212'

/** Decimals of a figure on the 1–5 scale (FRAMEWORK.md: "Show them with one decimal"). */
export const BASE_DIGITS = 1
/** Decimals added at most to keep an interval from printing as a single point (rule 2). */
export const MAX_INTERVAL_DIGITS = 2
/** Intl's limit; a shown difference gets decimals up to here until its sign shows (rule 3). */
const MAX_DIGITS = 20

function formatter(locale: string, digits: number, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}|${digits}|${grouping}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping })
    cache.set(key, f)
  }
  return f
}

/**
 * A number rounded to `digits` decimals as canonical text ("-0.05", "3.30"; ASCII minus, decimal
 * point, no grouping): Intl's rounding (the shortest decimal form of the double, then half away
 * from zero: 0.15 → 0.2, 1.005 → 1.01), never a negative zero. Every printed figure, on screen
 * and in CSV, is this text in another dress, so they cannot disagree.
 */
export function roundedText(value: number, digits: number): string {
  const text = formatter('en-US', digits, false).format(value)
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text
}

/** `value` rounded to `digits` decimals by the same rule as `roundedText` (−0 becomes 0). */
export function roundTo(value: number, digits: number): number {
  return Number(roundedText(value, digits))
}

/** Canonical text in the reader's dress: decimal comma and grouping dots in Dutch, U+2212 minus. */
function dress(canonical: string, lang: Lang, signed: boolean): string {
  const negative = canonical.startsWith('-')
  const abs = negative ? canonical.slice(1) : canonical
  const [int, frac] = abs.split('.')
  const grouped = formatter(locales[lang], 0, true).format(Number(int))
  const decimal = lang === 'nl' ? ',' : '.'
  const body = frac === undefined ? grouped : `${grouped}${decimal}${frac}`
  const isZero = Number(abs) === 0
  if (negative && !isZero) return `${MINUS}${body}`
  if (signed && !isZero) return `+${body}`
  return body
}

/** A plain number with the given decimals (U+2212 for minus, never "−0,00"). For figures without an interval. */
export function formatNumber(value: number, lang: Lang, digits: number): string {
  return dress(roundedText(value, digits), lang, false)
}

/** A number with an explicit sign (+0,3, −0,3, 0,0), for differences without an interval. */
export function formatSigned(value: number, lang: Lang, digits: number): string {
  return dress(roundedText(value, digits), lang, true)
}

/** A figure with its 95% interval: a `Score` of indices.ts fits. Values on the 1–5 scale or differences of them. */
export interface IntervalFigure {
  value: number
  ciLow: number
  ciHigh: number
}

/**
 * What a figure is: a score (printed without sign) or a difference (printed with its sign; when
 * its interval excludes zero it is a difference shown by the data, rule 3).
 */
export type FigureKind = 'score' | 'difference'

/**
 * The decimals the rounding rule gives a figure (see the module comment): at least one; two when
 * the interval would otherwise print as one point; for a difference whose interval excludes zero,
 * as many as it takes for the estimate and both bounds to carry the sign.
 */
export function estimateDigits(f: IntervalFigure, kind: FigureKind): number {
  let d = BASE_DIGITS
  while (d < MAX_INTERVAL_DIGITS && f.ciLow !== f.ciHigh && roundedText(f.ciLow, d) === roundedText(f.ciHigh, d)) d += 1
  if (kind === 'difference') {
    if (f.ciLow > 0) while (d < MAX_DIGITS && !(roundTo(f.ciLow, d) > 0)) d += 1
    else if (f.ciHigh < 0) while (d < MAX_DIGITS && !(roundTo(f.ciHigh, d) < 0)) d += 1
  }
  return d
}

/** A figure rounded by the rule: the numbers exactly as printed, and their decimals. */
export interface RoundedEstimate {
  digits: number
  value: number
  low: number
  high: number
}

/** The figure's estimate and bounds rounded by the rule (the numbers the CSV writes). */
export function roundEstimate(f: IntervalFigure, kind: FigureKind): RoundedEstimate {
  const digits = estimateDigits(f, kind)
  return { digits, value: roundTo(f.value, digits), low: roundTo(f.ciLow, digits), high: roundTo(f.ciHigh, digits) }
}

/** A figure as screen text by the rule. */
export interface EstimateText {
  digits: number
  /** the estimate; a difference carries its sign ("+0,2", "−0,05", "0,0") */
  value: string
  /** the bounds, with a minus sign only */
  low: string
  high: string
  /** "3,28 – 3,29" */
  interval: string
}

/** Estimate and interval as the reader sees them, at one precision (the rounding rule). */
export function formatEstimate(f: IntervalFigure, kind: FigureKind, lang: Lang): EstimateText {
  const digits = estimateDigits(f, kind)
  const low = dress(roundedText(f.ciLow, digits), lang, false)
  const high = dress(roundedText(f.ciHigh, digits), lang, false)
  return { digits, value: dress(roundedText(f.value, digits), lang, kind === 'difference'), low, high, interval: `${low} – ${high}` }
}

function isFigure(v: number | IntervalFigure): v is IntervalFigure {
  return typeof v === 'object'
}

/**
 * A score on the 1–5 scale. Given the figure with its interval, its decimals follow the rounding
 * rule (so it prints as it does beside its interval); given a bare number, one decimal.
 */
export function formatScore(v: number | IntervalFigure, lang: Lang): string {
  return isFigure(v) ? formatEstimate(v, 'score', lang).value : formatNumber(v, lang, BASE_DIGITS)
}

/**
 * A difference with its sign. Given the figure with its interval, the rounding rule (a difference
 * shown by the data never prints as 0,0); given a bare number, one decimal.
 */
export function formatDiff(v: number | IntervalFigure, lang: Lang): string {
  return isFigure(v) ? formatEstimate(v, 'difference', lang).value : formatSigned(v, lang, BASE_DIGITS)
}

/** The interval of a figure, "3,28 – 3,29", at the figure's precision. */
export function formatInterval(f: IntervalFigure, kind: FigureKind, lang: Lang): string {
  return formatEstimate(f, kind, lang).interval
}

export function formatCount(n: number, lang: Lang): string {
  return formatNumber(n, lang, 0)
}

/** A plain range "2,8–3,4" of two bare values at one decimal (for ranges of estimates, not intervals). */
export function formatRange(low: number, high: number, lang: Lang): string {
  return `${formatNumber(low, lang, BASE_DIGITS)}–${formatNumber(high, lang, BASE_DIGITS)}`
}

/**
 * An axis tick at `digits` decimals; `signed` for difference axes (+0,2 · 0 · −0,2). Zero prints
 * as "0". Give it the digits `niceTicks` returns, so each tick prints exactly at its position.
 */
export function formatTick(value: number, lang: Lang, digits: number, signed = false): string {
  if (roundTo(value, digits) === 0) return '0'
  return signed ? formatSigned(value, lang, digits) : formatNumber(value, lang, digits)
}

/** Lists: "a, b en c" / "a, b and c". */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(locales[lang], { style: 'long', type: 'conjunction' }).format(items)
}
