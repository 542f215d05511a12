/**
 * The one rule for axis ranges, for every chart (docs/charts.md, "Axes"):
 *
 * 1. An axis holds every value and every interval end it shows, widened to whole tick steps.
 * 2. Tick steps are 1, 2 or 5 × 10^k and ticks print with the decimals of their step, so every
 *    tick label is exactly the value at its position (case N3: never "0,3" at 0.25).
 * 3. A score axis stays within the scale (1–5) and spans at least one scale point, so a small
 *    difference never fills the whole width. Small multiples share one axis.
 * 4. A difference axis (T − S, a province against the Netherlands, a change) is symmetric around
 *    zero and always holds zero, which is drawn as a darker line.
 * 5. A time axis is linear in years: a year without data keeps its place (a visible gap).
 */
import type { Lang } from '../domain/framework'
import { formatTick } from '../domain/format'
import { niceTicks, type TickAxis } from '../domain/ticks'
import { textWidth } from './text-layout'

/**
 * What a chart needs of an axis: its range, the ticks and the decimals that print them exactly
 * (the domain's `niceTicks`, src/domain/ticks.ts), and what it measures.
 */
export interface Axis extends TickAxis {
  /** a score axis prints plain numbers; a difference axis prints signs and has a zero line */
  kind: 'score' | 'difference'
}

const SCALE: [number, number] = [1, 5]

/**
 * A score axis (rule 1–3): every value and interval end, at least one scale point wide, within 1–5.
 * `maxSteps` bounds the number of tick intervals (fewer on narrow charts).
 */
export function scoreAxis(values: readonly number[], maxSteps = 5): Axis {
  const finite = values.filter(Number.isFinite)
  let lo = finite.length ? Math.min(...finite) : SCALE[0]
  let hi = finite.length ? Math.max(...finite) : SCALE[1]
  if (hi - lo < 1) {
    const mid = (lo + hi) / 2
    lo = mid - 0.5
    hi = mid + 0.5
  }
  // keep the widened range inside the scale, moving it rather than shrinking it
  if (lo < SCALE[0]) [lo, hi] = [SCALE[0], Math.max(hi, SCALE[0] + 1)]
  if (hi > SCALE[1]) [lo, hi] = [Math.min(lo, SCALE[1] - 1), SCALE[1]]
  const { ticks, digits } = niceTicks([lo, hi], { maxSteps, minStep: 0.1 })
  const inScale = ticks.filter((t) => t >= SCALE[0] - 1e-9 && t <= SCALE[1] + 1e-9)
  return { domain: [inScale[0], inScale[inScale.length - 1]], ticks: inScale, digits, kind: 'score' }
}

/** The whole scale 1–5 with a tick at each scale point (charts that name the scale's words). */
export function fullScaleAxis(): Axis {
  return { domain: [...SCALE], ticks: [1, 2, 3, 4, 5], digits: 0, kind: 'score' }
}

/**
 * A difference axis (rule 1, 2, 4): symmetric around zero, holding every value and interval end
 * (and at least ±0.1); `maxSteps` bounds the intervals on each side of zero.
 */
export function differenceAxis(values: readonly number[], maxSteps = 3): Axis {
  const reach = Math.max(0.1, ...values.filter(Number.isFinite).map(Math.abs))
  const { domain, ticks, digits } = niceTicks([-reach, reach], { symmetric: true, maxSteps: 2 * maxSteps, minStep: 0.01 })
  return { domain, ticks, digits, kind: 'difference' }
}

/** A tick label: exactly the tick's value at the axis's decimals; signed on difference axes, zero as "0". */
export function tickText(value: number, axis: Pick<Axis, 'digits' | 'kind'>, lang: Lang): string {
  return formatTick(value, lang, axis.digits, axis.kind === 'difference')
}

/** Every year from the first to the last (rule 5): years absent from the data keep their place. */
export function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return []
  const lo = Math.min(...years)
  const hi = Math.max(...years)
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
}

/**
 * The ticks that get a label where the plot is `plotWidth` px wide: every tick when their labels
 * fit side by side, else every second, third… tick, always including zero (or the first tick).
 * Grid lines stay at every tick; only labels are left out, so no label is ever squeezed or moved.
 */
export function labelledTicks(axis: Axis, plotWidth: number, lang: Lang, fontSize = 12): number[] {
  const n = axis.ticks.length
  if (n < 2) return [...axis.ticks]
  const widest = Math.max(...axis.ticks.map((t) => textWidth(tickText(t, axis, lang), fontSize)))
  const spacing = plotWidth / (n - 1)
  const every = Math.max(1, Math.ceil((widest + 8) / spacing))
  const zero = axis.ticks.findIndex((t) => t === 0)
  const phase = zero >= 0 ? zero % every : 0
  return axis.ticks.filter((_, i) => i % every === phase)
}
