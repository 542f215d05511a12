/**
 * Colour classes of maps in words, and what a tile or a country says on hover and focus: shared
 * by the comparison's map and the map of Europe.
 */
import { classDigits, type ColorClass } from '../charts/tile-scale'
import { formatNumber } from '../domain/format'
import type { Indicator, Score } from '../domain/indices'
import type { Words } from './words'

/** The classes in words: "< 3,2", "3,2 – 3,4", "≥ 3,6". */
export function classWords(classes: readonly ColorClass[], lang: 'nl' | 'en'): string[] {
  const f = (v: number) => formatNumber(v, lang, classDigits(classes))
  return classes.map((c, i) => (i === 0 ? `< ${f(c.to)}` : i === classes.length - 1 ? `≥ ${f(c.from)}` : `${f(c.from)} – ${f(c.to)}`))
}

/** The class of a value, in words (or why there is none). */
export function classOfScore(w: Words, score: Indicator, classes: readonly ColorClass[]): string {
  if (score.kind === 'none') return w.missing(score.reason)
  const i = classes.reduce((at, c, j) => (score.value >= c.from ? j : at), 0)
  return classWords(classes, w.lang)[i]
}

/** What a tile or a country says on hover and focus: value, interval, n, thin data. */
export function details(w: Words, i: Indicator, value: (v: Score) => string, extra: readonly string[] = []): string[] {
  if (i.kind === 'none') return [i.reason === 'suppressed' ? w.t('legend.suppressed', { minN: w.thresholds.minN }) : w.t('status.missing')]
  return [
    value(i),
    `${w.t('table.ci')} ${w.interval(i).replace(' – ', '–')}`,
    w.t('chart.n', { n: w.count(i.n) }),
    ...extra,
    ...(i.status === 'low_reliability' ? [w.t('status.lowReliability')] : []),
  ]
}

