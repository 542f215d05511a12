/**
 * Chart rows from indicators, made one way for every view: the encoding of a measure (R a black
 * diamond, T a blue circle, S a vermillion square on a dashed line), of a verdict, the direct
 * label, thin data and the words where there is no value. The chart components keep their props;
 * this is what fills them.
 */
import { PILLAR_COLOR, PILLAR_TEXT } from '../charts/colors'
import type { DotRow } from '../charts/DotIntervalPlot'
import type { IntervalRow } from '../charts/IntervalPlot'
import { formatDiff, formatNumber, formatScore } from '../domain/format'
import type { Indicator, Verdict } from '../domain/indices'
import type { Words } from './words'

export type Look = Pick<IntervalRow, 'color' | 'textColor' | 'shape' | 'dashed'>

/** R (readiness) or a composite; T or a technological dimension; S or a social dimension. */
export function measureLook(measure: string): Look {
  if (measure === 'R' || measure === 'G') return { color: '#1a1a1a', textColor: '#1a1a1a', shape: 'diamond' }
  const pillar = measure.startsWith('T') ? 'technological' : 'social'
  return { color: PILLAR_COLOR[pillar], textColor: PILLAR_TEXT[pillar], shape: pillar === 'technological' ? 'circle' : 'square', dashed: pillar === 'social' }
}

/** A difference's marker by its verdict: blue circle higher, vermillion square lower, grey diamond neither. */
export function verdictLook(v: Verdict): Look {
  if (v === 'higher') return { color: PILLAR_COLOR.technological, textColor: PILLAR_TEXT.technological, shape: 'circle' }
  if (v === 'lower') return { color: PILLAR_COLOR.social, textColor: PILLAR_TEXT.social, shape: 'square' }
  return { color: '#595959', textColor: '#1a1a1a', shape: 'diamond' }
}

/** A row of an interval plot (scores on the 1–5 scale, or differences with `signed`). */
export function intervalRow(
  w: Words,
  id: string,
  label: string,
  value: Indicator,
  look: Look,
  extra: Partial<IntervalRow> & { signed?: boolean; suffix?: string } = {},
): IntervalRow {
  const { signed, suffix, ...rest } = extra
  return {
    id,
    label,
    ...look,
    ...rest,
    ...(value.kind === 'score'
      ? { value: value.value, ciLow: value.ciLow, ciHigh: value.ciHigh, text: `${signed ? formatDiff(value, w.lang) : formatScore(value, w.lang)}${suffix ?? ''}`, lowReliability: value.status === 'low_reliability' }
      : { missingText: w.missing(value.reason) }),
  }
}

/**
 * A row of a dot plot: `hollow` when a difference is not shown by the data, lighter for thin data,
 * the words for a missing value.
 */
export function dotRow(w: Words, id: string, label: string, value: Indicator, look: Look, extra: Partial<DotRow> & { signed?: boolean } = {}): DotRow {
  const { signed, ...rest } = extra
  return {
    id,
    label,
    ...look,
    ...rest,
    ...(value.kind === 'score'
      ? {
          value: value.value,
          ciLow: value.ciLow,
          ciHigh: value.ciHigh,
          text: signed ? formatDiff(value, w.lang) : formatScore(value, w.lang),
          hollow: rest.hollow ?? (signed ? value.ciLow <= 0 && value.ciHigh >= 0 : false),
          faint: value.status === 'low_reliability',
        }
      : { missingText: w.missing(value.reason) }),
  }
}

/** The axis words every balance map carries (overview, comparison, sectors, trends). */
export function balanceMapLabels(w: Words) {
  return {
    xLabel: w.t('overview.balance.x'),
    yLabel: w.t('overview.balance.y'),
    techAheadLabel: w.t('overview.balance.techAhead'),
    socialAheadLabel: w.t('overview.balance.socialAhead'),
    formatTick: (v: number) => formatNumber(v, w.lang, 1),
  }
}
